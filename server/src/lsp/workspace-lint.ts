import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type CancellationToken, type Diagnostic, type WorkDoneProgressReporter } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config, Rule } from '../engine';
import { SheetConfigs } from '../config/config-files';
import { expandPaths, type LintTarget } from '../config/files';
import type { CheckResult } from './check';
import { internalErrorDiagnostic, toDiagnostic } from './convert';
import { errorDetails } from './errors';
import type { LintWorkspaceResult } from './protocol';
import { explicitConfigPath, filePathOf } from './sheet-config';
import { isWordDocumentName } from '../engine/docx/names';
import { readWordDocument, wordViewUri } from './word-view';

export interface WorkspaceLintHost {
  rules: readonly Rule[];
  /** Absolute paths of the workspace folders. */
  folders(): readonly string[];
  /** The `termsheet.configFile` setting for a file or folder (settings may differ per workspace folder), when set. */
  configFile(path: string): string | undefined;
  /** False when linting is switched off (`termsheet.enable`) for a file or folder. */
  enabled(path: string): boolean;
  /** The open document for a file, if any: its buffer, not the disk, is what the user sees. */
  openDocument(path: string): TextDocument | undefined;
  /** Lints an open document (publishing as usual) and gives its diagnostics. */
  lintOpen(document: TextDocument): readonly Diagnostic[];
  /** Lints a text as the document at `uri`, with that document's config. */
  check(text: string, uri: string): CheckResult;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  logError(message: string): void;
}

/** What the user sees in the progress notification while the workspace is linted. */
const PROGRESS_TITLE = 'Linting term sheets';

/**
 * Lints every term sheet under the workspace folders (found as the command line finds them:
 * term-sheet names, Markdown with `termsheet:` front matter, the config's `files` and `ignore`,
 * node_modules and .git skipped), and remembers them: once the workspace has been linted, closing
 * one of them shows its on-disk findings again instead of clearing them.
 */
export class WorkspaceLinter {
  /** Absolute paths of the term sheets found by the last workspace lint. */
  private readonly linted = new Set<string>();
  /** The config of each Word document found: its size limit applies to what the document inflates to, before it is read. */
  private readonly wordConfigs = new Map<string, Config | undefined>();

  constructor(private readonly host: WorkspaceLintHost) {}

  /** Every term sheet under the workspace folders, each once, folder by folder in path order. */
  discover(): LintTarget[] {
    const found = new Map<string, LintTarget>();
    const folders = this.host.folders();
    for (const folder of folders) {
      if (!this.host.enabled(folder)) continue;
      const configFile = this.host.configFile(folder);
      const configs = new SheetConfigs(this.host.rules, folder, configFile ? explicitConfigPath(configFile, folder, folders) : undefined);
      // A config that cannot be read does not hide the sheets named as term sheets: they are linted with the defaults, as when open.
      const select = (absolute: string, byName: boolean) => {
        try {
          return configs.select(absolute, byName);
        } catch {
          return byName;
        }
      };
      try {
        for (const target of expandPaths([folder], folder, select)) {
          if (found.has(target.absolute)) continue;
          found.set(target.absolute, target);
          if (isWordDocumentName(target.absolute)) this.wordConfigs.set(target.absolute, configOf(configs, target.absolute));
        }
      } catch (error) {
        this.host.logError(`termsheet-lint: searching ${folder} for term sheets failed: ${errorDetails(error)}`);
      }
    }
    return [...found.values()];
  }

  /** Lints the workspace, reporting progress; stops between two files when cancelled. */
  async run(cancellation: CancellationToken, progress: WorkDoneProgressReporter, progressCancellation?: CancellationToken): Promise<LintWorkspaceResult> {
    const result: LintWorkspaceResult = { files: 0, errors: 0, warnings: 0, cancelled: false };
    if (!this.host.folders().some((folder) => this.host.enabled(folder))) return result;
    progress.begin(PROGRESS_TITLE, 0, 'Finding term sheets', true);
    try {
      const targets = this.discover();
      for (const [index, target] of targets.entries()) {
        if (cancellation.isCancellationRequested || progressCancellation?.isCancellationRequested) {
          result.cancelled = true;
          break;
        }
        progress.report(Math.floor((index / targets.length) * 100), `${target.display} (${index + 1} of ${targets.length})`);
        const diagnostics = this.lintFile(target.absolute);
        if (diagnostics) {
          result.files++;
          result.errors += diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error).length;
          result.warnings += diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Warning).length;
        }
        // Lets cancellation and the user's edits in between files.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      progress.done();
    }
    return result;
  }

  /**
   * A term sheet of the last workspace lint was closed: publishes what its file on disk holds,
   * under the URI it was open as. False when the workspace was not linted or the file is not one of its sheets.
   */
  republishFromDisk(uri: string): boolean {
    const path = filePathOf(uri);
    if (!path || !this.linted.has(path) || !this.host.enabled(path)) return false;
    const diagnostics = this.lintDisk(path, uri);
    if (diagnostics) this.host.publish(uri, diagnostics);
    return diagnostics !== undefined;
  }

  /** Settings changed: withdraws what the workspace lint published for files, not open, where linting is now switched off. */
  withdrawDisabled(): void {
    for (const path of this.linted) {
      if (this.host.enabled(path)) continue;
      if (!this.host.openDocument(path)) this.host.publish(pathToFileURL(path).href, []);
      this.linted.delete(path);
    }
  }

  /** The open buffer when the file is open, else the file on disk; undefined when it cannot be read. */
  private lintFile(path: string): readonly Diagnostic[] | undefined {
    if (isWordDocumentName(path)) return this.lintWordDocument(path);
    const open = this.host.openDocument(path);
    const diagnostics = open ? this.host.lintOpen(open) : this.lintDisk(path, pathToFileURL(path).href);
    if (!diagnostics) return undefined;
    this.linted.add(path);
    if (!open) this.host.publish(pathToFileURL(path).href, [...diagnostics]);
    return diagnostics;
  }

  /**
   * A Word document's findings are published on its text view (`termsheet-docx:`), where their lines
   * and columns are: opening one from the Problems panel opens the view at the finding.
   */
  private lintWordDocument(path: string): readonly Diagnostic[] | undefined {
    const uri = wordViewUri(path);
    let diagnostics: Diagnostic[];
    try {
      const read = readWordDocument(path, this.wordConfigs.get(path));
      if ('unreadable' in read) diagnostics = [toDiagnostic(read.unreadable, uri)];
      else {
        const result = this.host.check(read.view.text, uri);
        diagnostics = result.findings.map((finding) => toDiagnostic(finding, uri, result.docsHref));
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      this.host.logError(`termsheet-lint: checking ${path} failed: ${errorDetails(error)}`);
      diagnostics = [internalErrorDiagnostic(error)];
    }
    this.host.publish(uri, diagnostics);
    return diagnostics;
  }

  private lintDisk(path: string, uri: string): Diagnostic[] | undefined {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      // Deleted or unreadable since it was found: nothing to show for it.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') this.linted.delete(path);
      else this.host.logError(`termsheet-lint: reading ${path} failed: ${errorDetails(error)}`);
      return undefined;
    }
    // Editors drop a byte-order mark before counting positions; so must we.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    try {
      const result = this.host.check(text, uri);
      return result.findings.map((finding) => toDiagnostic(finding, uri, result.docsHref));
    } catch (error) {
      this.host.logError(`termsheet-lint: checking ${uri} failed: ${errorDetails(error)}`);
      const firstLineEnd = text.search(/\r?\n/);
      return [internalErrorDiagnostic(error, firstLineEnd < 0 ? Math.min(text.length, 1000) : Math.min(firstLineEnd, 1000))];
    }
  }
}

/** A file's config, or none when its config file cannot be read (the sheet is then linted with the defaults). */
function configOf(configs: SheetConfigs, path: string): Config | undefined {
  try {
    return configs.forFile(path).config;
  } catch {
    return undefined;
  }
}
