// Which documents the client hands to the server. No `vscode` import: the filters are plain data,
// turned into VS Code's or the language client's form by the caller, and tested under node.
import { readFileGlobs, TERM_SHEET_GLOB } from '../../server/src/lsp/protocol';

export { TERM_SHEET_GLOB };
/** Config files are validated by the server like term sheets, and a change to one re-lints the sheets under it. */
export const CONFIG_GLOB = '**/.termsheetrc.{yaml,yml,json}';

export interface TermSheetFilter {
  scheme: 'file' | 'untitled';
  glob: string;
  /** The workspace folder (URI) the glob is relative to; absent: matched against the whole path. */
  baseUri?: string;
}

/**
 * Term sheets by name (saved or untitled), and the user's `termsheet.files` globs (the setting's
 * raw value), each matched against the absolute path and against the path within every workspace
 * folder, as the server matches them.
 */
export function termSheetFilters(files: unknown, folderUris: readonly string[]): TermSheetFilter[] {
  const filters: TermSheetFilter[] = [
    { scheme: 'file', glob: TERM_SHEET_GLOB },
    { scheme: 'untitled', glob: TERM_SHEET_GLOB },
  ];
  // Read as the server reads the setting, so both agree on which globs count.
  for (const glob of readFileGlobs(files)) {
    filters.push({ scheme: 'file', glob });
    for (const baseUri of folderUris) filters.push({ scheme: 'file', glob, baseUri });
  }
  return filters;
}
