import { Priority, type QueryCoordinator } from '../engine/coordinator';
import type { Question } from '../engine/question';
import { rowsOf } from '../engine/rows';
import { rowsExportQuery } from '../query/rows-query';
import type { DbClient } from '../engine/db-client';
import type { ExtraFile, ViewFormat } from '../../../workers/export-api';
import { bytesOf, type ExportFile, type ExportStep } from './export-runner.svelte';
import { collectView, viewFilters, type CollectEnv, type ViewRef } from './collect-view';
import { drawSnapshotCharts } from './view-pictures';
import type { ExportContext, ViewSnapshot } from './snapshot';
import { viewsId } from '../i18n/views-id';
import { exportId } from '../i18n/export-id';
import { exportFileStem } from './file-names';

let asked = 0;

/** Ask the coordinator on behalf of an export: background priority, its own view name (never stale). */
export function exportAsker(coordinator: QueryCoordinator): CollectEnv['ask'] {
  return async (name: string, question: Question) => {
    const view = `ekspor:${name}:${++asked}`;
    const outcome = await coordinator.request(view, question, Priority.background).finally(() => coordinator.release(view));
    if (outcome.status !== 'ok') throw new Error(exportId.errors.stale);
    return rowsOf<Record<string, unknown>>(outcome.table);
  };
}

export interface ViewExportDeps {
  env: CollectEnv;
  context: ExportContext;
  client: DbClient;
  /** The charts on screen as files (evidence pack of the view on screen). */
  screenCharts: () => Promise<ExtraFile[]>;
}

const TYPES: Record<ViewFormat, { extension: string; type: string }> = {
  xlsx: { extension: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pdf: { extension: 'pdf', type: 'application/pdf' },
  pptx: { extension: 'pptx', type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  evidence: { extension: 'zip', type: 'application/zip' }
};

/** Collect the views (figures, charts drawn), then build the file in the export worker. */
export async function buildViewFile(format: ViewFormat, refs: readonly ViewRef[], deps: ViewExportDeps, step: ExportStep): Promise<ExportFile> {
  const snapshots: ViewSnapshot[] = [];
  for (const [index, ref] of refs.entries()) {
    step.progress({ step: viewsId.export.collecting(ref.title), fraction: (index / refs.length) * 0.5 });
    const collected = await collectView(ref, deps.env);
    step.progress({ step: viewsId.export.drawing, fraction: ((index + 0.5) / refs.length) * 0.5 });
    snapshots.push(await drawSnapshotCharts(collected, collected.facts.map((f) => `${f.label}: ${f.value}`).concat(deps.context.sourcesLine)));
  }
  const first = refs[0]!;
  const extras: ExtraFile[] = format === 'evidence' ? await deps.screenCharts() : [];
  // The evidence pack holds every row behind the view: they travel as Arrow from the engine
  // and become a (masked, formula-safe) CSV in the export worker.
  const rowsSql = rowsExportQuery(viewFilters(first.path, new URLSearchParams(first.search)));
  step.progress({ step: exportId.progress.rows, fraction: 0.55 });
  const rowsIpc = format === 'evidence' ? await deps.client.queryIpc(rowsSql) : null;
  step.progress({ step: viewsId.export.building, fraction: 0.6 });
  const bytes = await step.job.run(async (api, progress) => {
    if (rowsIpc) {
      const meta = { name: 'transaksi', title: exportId.tables.rows, facts: snapshots[0]!.facts, sql: rowsSql };
      extras.push({ name: 'transaksi.csv', bytes: bytesOf(await api.tableFile(rowsIpc, 'csv', meta, deps.context)) });
    }
    return api.viewFile(format, snapshots, deps.context, extras, progress);
  }, (p) => step.progress({ step: p.step, fraction: 0.6 + p.fraction * 0.4 }));
  const stem = refs.length > 1 ? exportFileStem('dek', deps.context.exportedAt) : exportFileStem(first.title, deps.context.exportedAt);
  return { bytes: bytesOf(bytes), fileName: `${stem}.${TYPES[format].extension}`, type: TYPES[format].type };
}
