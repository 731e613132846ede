import type { Workbench } from '../../state/workbench.svelte';
import type { Masking } from '../../state/masking.svelte';
import type { MonitoringSettings } from '../../state/monitoring-settings.svelte';
import { exportContext } from '../../export/export-context';
import { exportAsker, type ViewExportDeps } from '../../export/view-export';
import { screenChartFiles } from '../../export/screen-charts';
import type { ExportContext } from '../../export/snapshot';

/** The export context of this moment: sources, masking, version, time. */
export function currentExportContext(workbench: Workbench, masking: Masking, base: string, hashSample = false): Promise<ExportContext> {
  return exportContext({
    datasets: workbench.datasets.list,
    sampleVisible: workbench.datasets.sampleVisible,
    databaseUrl: `${base}/data/telisik.duckdb`,
    masking: masking.on,
    hashSample
  });
}

/** Everything a view export needs from the running app, read at the moment of the export. */
export async function viewExportDeps(workbench: Workbench, masking: Masking, settings: MonitoringSettings, base: string, hashSample = false): Promise<ViewExportDeps> {
  const context = await currentExportContext(workbench, masking, base, hashSample);
  return {
    context,
    client: workbench.client,
    env: {
      ask: exportAsker(workbench.coordinator),
      options: workbench.options,
      targets: workbench.targets,
      latestDate: workbench.latestDate,
      latestYear: workbench.latestYear,
      masking: masking.on,
      threshold: settings.threshold
    },
    // Every chart card of the page, those off screen brought up to date first.
    screenCharts: () => workbench.withEveryViewCurrent(() => screenChartFiles([context.sourcesLine], masking.on))
  };
}
