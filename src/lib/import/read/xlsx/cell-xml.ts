/**
 * What one `<c>` element of a sheet holds, gathered while it streams by: its address, type
 * and style, the text of its `<v>`, and its inline string (`<is>`: plain text, or rich-text
 * runs joined, phonetic hints left out), read as read-excel-file 9.3.17 read them.
 */
import { pickAttributes, unescapeSpreadsheetText } from './xml-text';

const CELL_ATTRIBUTES = ['r', 't', 's'];

export class CellXml {
  reference: string | undefined;
  type: string | undefined;
  style: string | undefined;
  /** Undefined when the cell has no `<v>`. */
  value: string | undefined;
  /** Undefined when the cell has no `<is>`. */
  inline: string | undefined;
  private readonly attributes: (string | undefined)[] = [undefined, undefined, undefined];
  private inValue = false;
  private inInline = false;
  private inText = false;
  private inRun = false;
  private inPhonetic = false;
  /** A `<t>` outside a run replaces the text so far (the first text it gets does). */
  private replaceInline = false;

  /** A new `<c>` with these raw attributes. */
  start(raw: string): void {
    pickAttributes(raw, CELL_ATTRIBUTES, this.attributes);
    [this.reference, this.type, this.style] = this.attributes;
    this.value = undefined;
    this.inline = undefined;
  }

  open(name: string): void {
    if (name === 'v') {
      this.inValue = true;
      this.value = '';
    } else if (name === 'is') {
      this.inInline = true;
      this.inline = '';
    } else if (name === 't') {
      this.inText = true;
      this.replaceInline = !this.inRun;
    } else if (name === 'r') this.inRun = true;
    else if (name === 'rPh') this.inPhonetic = true;
  }

  close(name: string): void {
    if (name === 'v') this.inValue = false;
    else if (name === 'is') {
      this.inInline = false;
      this.inline = unescapeSpreadsheetText(this.inline ?? '');
    } else if (name === 't') this.inText = false;
    else if (name === 'r') this.inRun = false;
    else if (name === 'rPh') this.inPhonetic = false;
  }

  text(text: string): void {
    if (this.inValue) this.value += text;
    else if (this.inInline && this.inText && !this.inPhonetic) {
      this.inline = this.replaceInline ? text : (this.inline ?? '') + text;
      this.replaceInline = false;
    }
  }
}
