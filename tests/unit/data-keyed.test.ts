/**
 * Keys that come from data never find JavaScript's built-ins: a category, channel or column
 * named `constructor`, `toString` or `__proto__` is shown by its own label.
 */
import { describe, expect, it } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import { dataKeyed } from '../../src/lib/i18n/data-keyed';
import { id } from '../../src/lib/i18n/id';
import { pageLabel } from '../../src/lib/export/view-facts';
import { snapshotTableOf } from '../../src/lib/export/arrow-table';

const BUILT_INS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('dictionaries looked up with data', () => {
  it('answer nothing for a built-in name, so the fallback label is shown', () => {
    for (const key of BUILT_INS) {
      expect(id.value[key], key).toBeUndefined();
      expect(id.value[key] ?? `label of ${key}`).toBe(`label of ${key}`);
      expect(pageLabel(`/${key}`)).toBe(`/${key}`);
    }
    expect(id.value.perseorangan).toBe('Perseorangan');
  });

  it('keep their own entries and cannot be changed', () => {
    const labels = dataKeyed({ a: 'A' });
    expect(labels.a).toBe('A');
    expect(Object.isFrozen(labels)).toBe(true);
    expect(Object.getPrototypeOf(labels)).toBeNull();
  });

  it('an export row keeps columns named like built-ins as columns, masked like any other', () => {
    const table = snapshotTableOf(tableFromArrays({ constructor: ['3204011234560001'], toString: ['y'] }), { name: 't', title: 'T', sql: 'SELECT 1', mask: true });
    expect(table.columns.map((c) => c.key)).toEqual(['constructor', 'toString']);
    expect(table.rows).toEqual([['[NIK]', 'y']]);
  });
});
