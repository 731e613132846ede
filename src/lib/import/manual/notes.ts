/**
 * Notices with codes of the manual mapping alone. MappingState takes only the ISB mappers'
 * codes; these are kept here and appended to its result, as plain ImportMessages.
 */

import type { ImportMessage } from '../raw-table';
import type { MappedTables } from '../isb/types';

export type ManualNoticeCode =
  /** A channel word that is no kanal channel: recorded as 'non_tender'. */
  | 'channel-unknown'
  /** A status word not understood: the row is rejected, never guessed finished or standing. */
  | 'status-unknown'
  /** An optional cell that could not be read: the field is left unknown for that row. */
  | 'value-unreadable'
  /** A recap's sum line, not loaded. */
  | 'total-row';

export class ManualNotes {
  private readonly messages: ImportMessage[] = [];
  private readonly seen = new Set<string>();

  add(code: ManualNoticeCode, message: string, line?: number): void {
    this.messages.push(line === undefined ? { code, message } : { code, message, line });
  }

  /** Once per key (e.g. one per unknown word), at the first line it appears. */
  once(key: string, code: ManualNoticeCode, message: string, line?: number): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.add(code, message, line);
  }

  appendTo(mapped: MappedTables): MappedTables {
    return { ...mapped, notices: [...mapped.notices, ...this.messages] };
  }
}
