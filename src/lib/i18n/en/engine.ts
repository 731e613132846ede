/** The engine's messages in English: the same keys as engineIndonesian in ../engine-id.ts. */
import type { Dictionary } from '../language';
import type { engineIndonesian } from '../engine-id';
import { formatCount } from '../../format/number';

export const engineEnglish: Dictionary<typeof engineIndonesian> = {
  queryTimedOut: (seconds: number) =>
    `This query ran for more than ${formatCount(seconds)} seconds and was stopped; the data engine was restarted and the data loaded again. Narrow the filters and try again.`,
  queryCancelled: 'This query was cancelled; the data engine was restarted and the data loaded again.',
  stoppedNotice: 'A query that ran too long was stopped; the data engine was restarted and the data loaded again. Your filters are unchanged.',
  cancelledNotice: 'The running query was cancelled; the data engine was restarted and the data loaded again. Your filters are unchanged.',
  retry: 'Try again',
  pageNotCurrent: 'The charts on this page cannot be brought up to date because the data engine is not ready, so nothing was exported. Reload the page and try again.',
  running: 'The data engine is computing…',
  cancel: 'Cancel',
  workerFailed: 'The browser could not load the data engine (its program file could not be read). Reload the page; if it still fails, check the connection to the application server.'
};
