import { DEFAULT_MAX_FILE_BYTES, formatOf, readSheet, type Sheet } from '../engine';
import { documentPath } from './file-filter';

interface VersionedDocument {
  uri: string;
  version: number;
  getText(): string;
}

/**
 * The model of recently asked-about documents, per version: hovers and completions come in bursts
 * on one text, and reading it once serves them all. Files too large to lint are not read.
 */
export class SheetCache {
  private readonly sheets = new Map<string, { version: number; sheet: Sheet }>();

  constructor(private readonly capacity = 8) {}

  get(document: VersionedDocument): Sheet | undefined {
    const cached = this.sheets.get(document.uri);
    if (cached && cached.version === document.version) return cached.sheet;
    const text = document.getText();
    if (text.length > DEFAULT_MAX_FILE_BYTES || text.includes('\u0000')) return undefined;
    const sheet = readSheet(text, formatOf(documentPath(document.uri)));
    if (!sheet) return undefined;
    // Most recently used last, so the first is the one to drop.
    this.sheets.delete(document.uri);
    this.sheets.set(document.uri, { version: document.version, sheet });
    while (this.sheets.size > this.capacity) this.sheets.delete(this.sheets.keys().next().value!);
    return sheet;
  }
}
