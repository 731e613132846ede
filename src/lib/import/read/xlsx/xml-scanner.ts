/**
 * A streaming XML scanner: text arrives in chunks of any size, tags and text come out as
 * calls, and nothing but the markup cut by a chunk's end is kept. No tree is built, so a
 * sheet of any size is read in memory proportional to its cells, not to its XML.
 */
import { decodeEntities, localName } from './xml-text';

export interface XmlHandler {
  /** An opening tag: its local name and its raw attribute text (see attributesOf). */
  open(name: string, attributes: string): void;
  /** A closing tag; a self-closing tag gets open and then close. */
  close(name: string): void;
  /** Character data with references resolved; one text run may arrive in several calls. */
  text(text: string): void;
}

/** A tag, comment or processing instruction longer than this (1 MB) is no spreadsheet part. */
const MAX_MARKUP = 1024 * 1024;

export class XmlMarkupError extends Error {}

const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOSTROPHE = 39;

/** Index just past the `>` that ends the tag opened at `lt`, skipping `>` inside quoted values; -1 when cut off. */
function tagEnd(buffer: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < buffer.length; i++) {
    const code = buffer.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === QUOTE || code === APOSTROPHE) quote = code;
    else if (code === GT) return i + 1;
  }
  return -1;
}

function endAfter(buffer: string, from: number, terminator: string): number {
  const at = buffer.indexOf(terminator, from);
  return at < 0 ? -1 : at + terminator.length;
}

export class XmlScanner {
  /** Markup cut off by the end of the last chunk (starts with '<'). */
  private carry = '';
  /** Text seen since the last markup, joined only once its end is known. */
  private pending: string[] = [];

  constructor(private readonly handler: XmlHandler) {}

  push(chunk: string): void {
    const buffer = this.carry === '' ? chunk : this.carry + chunk;
    this.carry = '';
    let pos = 0;
    while (pos < buffer.length) {
      const lt = buffer.indexOf('<', pos);
      if (lt < 0) {
        this.pending.push(buffer.slice(pos));
        return;
      }
      const end = this.markup(buffer, pos, lt);
      if (end < 0) {
        if (buffer.length - lt > MAX_MARKUP) throw new XmlMarkupError('tag XML tidak pernah ditutup');
        if (lt > pos) this.pending.push(buffer.slice(pos, lt));
        this.carry = buffer.slice(lt);
        return;
      }
      pos = end;
    }
  }

  /** The end of the document: anything still open is a truncated part. */
  end(): void {
    if (this.carry !== '') throw new XmlMarkupError('bagian XML terpotong');
    this.flushText('', 0, 0);
  }

  /** Hands over the text before a tag: what is pending from earlier chunks plus buffer[from, to). */
  private flushText(buffer: string, from: number, to: number): void {
    if (this.pending.length === 0) {
      if (to > from) this.handler.text(decodeEntities(buffer.slice(from, to)));
      return;
    }
    if (to > from) this.pending.push(buffer.slice(from, to));
    const raw = this.pending.join('');
    this.pending = [];
    this.handler.text(decodeEntities(raw));
  }

  /**
   * Handles the markup starting at `lt` (text since `textStart` comes before it); returns the
   * index after it, or -1 when it is cut off.
   */
  private markup(buffer: string, textStart: number, lt: number): number {
    const next = buffer.charCodeAt(lt + 1);
    if (Number.isNaN(next)) return -1;
    if (next === 33 /* ! */ || next === 63 /* ? */) return this.special(buffer, textStart, lt);
    if (next === SLASH) {
      // A closing tag has no attributes, so no quoted '>' to skip.
      const gt = buffer.indexOf('>', lt + 2);
      if (gt < 0) return -1;
      this.flushText(buffer, textStart, lt);
      const name = buffer.charCodeAt(gt - 1) > 32 ? buffer.slice(lt + 2, gt) : buffer.slice(lt + 2, gt).trim();
      this.handler.close(localName(name));
      return gt + 1;
    }
    const end = tagEnd(buffer, lt);
    if (end < 0) return -1;
    this.flushText(buffer, textStart, lt);
    const selfClosing = buffer.charCodeAt(end - 2) === SLASH;
    const inner = selfClosing ? end - 2 : end - 1;
    let nameEnd = lt + 1;
    while (nameEnd < inner && buffer.charCodeAt(nameEnd) > 32) nameEnd++;
    const name = localName(buffer.slice(lt + 1, nameEnd));
    this.handler.open(name, nameEnd < inner ? buffer.slice(nameEnd, inner) : '');
    if (selfClosing) this.handler.close(name);
    return end;
  }

  /** Comments, processing instructions and declarations are skipped; CDATA is text as it stands. */
  private special(buffer: string, textStart: number, lt: number): number {
    if (buffer.startsWith('<![CDATA[', lt)) {
      const end = endAfter(buffer, lt + 9, ']]>');
      if (end < 0) return -1;
      this.flushText(buffer, textStart, lt);
      this.handler.text(buffer.slice(lt + 9, end - 3));
      return end;
    }
    const rest = buffer.length - lt;
    if ((rest < 9 && '<![CDATA['.startsWith(buffer.slice(lt))) || (rest < 4 && '<!--'.startsWith(buffer.slice(lt)))) return -1;
    const end = buffer.startsWith('<!--', lt)
      ? endAfter(buffer, lt + 4, '-->')
      : buffer.charCodeAt(lt + 1) === 63
        ? endAfter(buffer, lt + 2, '?>')
        : endAfter(buffer, lt, '>');
    // Text on both sides of a comment is one run.
    if (end >= 0 && lt > textStart) this.pending.push(buffer.slice(textStart, lt));
    return end;
  }
}
