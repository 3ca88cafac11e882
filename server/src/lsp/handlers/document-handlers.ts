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

  /** Runs `handle` on the latest version of the document once its settings are known; nothing if it was closed meanwhile. */
  const withLatest = (uri: string, handle: (document: TextDocument) => void) =>
    state.withSettings(uri, () => {
      const document = documents.get(uri);
      if (document) handle(document);
    });

  documents.onDidSave(
    state.guard(
      'save',
      undefined,
      (event) => event.document.uri,
      (event) => {
        if (isConfigUri(event.document.uri)) state.reloadConfigs();
        if (state.settings.global.run !== 'onSave') return;
        return withLatest(event.document.uri, (document) => {
          if (state.isLinted(document)) linter.lintNow(document);
          else if (linter.isTracking(document.uri)) linter.close(document.uri);
        });
      },
    ),
  );

  documents.onDidOpen(
    state.guard(
      'open',
      undefined,
      (event) => event.document.uri,
      (event) =>
        withLatest(event.document.uri, (document) => {
          if (state.isLinted(document)) linter.lintNow(document);
        }),
    ),
  );

  // Also fires right after an open, which `schedule` skips because that version is already linted.
  documents.onDidChangeContent(
    state.guard(
      'change',
      undefined,
      (event) => event.document.uri,
      (event) => {
        // With `run: onSave` an edit changes nothing shown until the save.
        if (state.settings.global.run === 'onSave') return;
        return withLatest(event.document.uri, (document) => {
          if (state.isLinted(document)) linter.schedule(document);
          // A Markdown file whose `termsheet:` front matter was just removed is no longer linted.
          else if (linter.isTracking(document.uri)) linter.close(document.uri);
        });
      },
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
