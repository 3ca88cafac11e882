import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isConfigUri } from '../sheet-config';
import type { ServerState } from './server-state';

export const DOCUMENT_CAPABILITIES: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
};

/** Document sync: a term sheet is linted when opened, edited and saved, as `termsheet.run` says, and cleared when closed. */
export function registerDocumentHandlers(state: ServerState): void {
  const { documents, linter } = state;

  /**
   * Once the document's settings are known, lints its latest version (`lint`: now, or after the debounce)
   * if it is linted, else withdraws what was shown for it (a Markdown file whose `termsheet:` front matter
   * was just removed, a sheet where linting was switched off). Nothing if it was closed meanwhile.
   */
  const lintOrWithdraw = (uri: string, lint: (document: TextDocument) => void) =>
    state.withSettings(uri, () => {
      const document = documents.get(uri);
      if (!document) return;
      if (state.isLinted(document)) lint(document);
      else if (linter.isTracking(uri)) linter.close(uri);
    });

  documents.onDidSave(
    state.guard(
      'save',
      undefined,
      (event) => event.document.uri,
      (event) => {
        if (isConfigUri(event.document.uri)) state.reloadConfigs();
        if (state.settings.global.run === 'onSave') return lintOrWithdraw(event.document.uri, (document) => linter.lintNow(document));
      },
    ),
  );

  documents.onDidOpen(
    state.guard(
      'open',
      undefined,
      (event) => event.document.uri,
      (event) => lintOrWithdraw(event.document.uri, (document) => linter.showCurrent(document)),
    ),
  );

  // Also fires right after an open, which `schedule` skips because that version is already linted.
  documents.onDidChangeContent(
    state.guard(
      'change',
      undefined,
      (event) => event.document.uri,
      // With `run: onSave` an edit changes nothing shown until the save.
      (event) => (state.settings.global.run === 'onSave' ? undefined : lintOrWithdraw(event.document.uri, (document) => linter.schedule(document))),
    ),
  );

  documents.onDidClose(
    state.guard(
      'close',
      undefined,
      () => undefined,
      (event) => {
        state.openTermSheets.note(event.document.uri, false);
        if (linter.isTracking(event.document.uri) || isConfigUri(event.document.uri)) linter.close(event.document.uri);
        // Once the whole workspace was linted, a closed sheet keeps showing its findings: those of the file on disk.
        state.workspaceLinter.republishFromDisk(event.document.uri);
      },
    ),
  );
}
