/**
 * Hand mapping of a file that is no recognised ISB dataset (a P3DN recap, a regional
 * marketplace export, a SiRUP screen copy) into the canonical tables: the fields each
 * target takes, a suggested mapping, its validation, presets and the mapping itself.
 */
export type { ColumnMapping, FieldKind, FieldSource, FieldSpec, ManualContext, ManualTarget, MappingPreset } from './types';
export { MANUAL_FIELDS } from './fields';
export { suggestMapping } from './suggest';
export { validateMapping } from './validate';
export { applyMapping } from './apply';
export { findPreset, headerSignature } from './header';
