import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorDetails } from './errors';

/** Inlined by the bundler: the templates' sheets, one per format. Absent in the compiler's output (the tests), which reads them. */
declare const TERMSHEET_LINT_WARM_UP_SHEETS: readonly WarmUpSheet[] | undefined;

/** The templates (templates/), one sheet per format the linter reads. */
const WARM_UP_TEMPLATES = ['new.termsheet.yaml', 'new.termsheet.md'];

export interface WarmUpSheet {
  /** The file name, which decides the format. */
  name: string;
  text: string;
}

/** The sheets to warm up on: bundled, or from the repository's templates beside the compiler's output. */
export function warmUpSheets(): readonly WarmUpSheet[] {
  if (typeof TERMSHEET_LINT_WARM_UP_SHEETS === 'object') return TERMSHEET_LINT_WARM_UP_SHEETS;
  const templates = path.join(__dirname, '../../../../templates');
  return WARM_UP_TEMPLATES.map((name) => ({ name, text: fs.readFileSync(path.join(templates, name), 'utf8') }));
}

export interface WarmUpHost {
  /** Lints a sheet's text as a document of that name would be, publishing nothing. */
  lint(text: string, uri: string): void;
  logError(message: string): void;
}

/**
 * Once the first findings are out, lints a sample sheet of each format, and never shows the result:
 * the next sheet opened (of the other format, or taking paths the first did not) then runs code V8
 * has compiled already, instead of compiling it while the user waits. One sheet per turn of the event
 * loop, so that the editor's requests after the first open are answered in between.
 */
export class WarmUp {
  private started = false;

  constructor(
    private readonly host: WarmUpHost,
    private readonly sheets: () => readonly WarmUpSheet[] = warmUpSheets,
  ) {}

  /** Starts the warm-up, the first time only. */
  start(): void {
    if (this.started) return;
    this.started = true;
    let queue: WarmUpSheet[];
    try {
      queue = [...this.sheets()];
    } catch (error) {
      this.host.logError(`termsheet-lint: no sample sheets to warm up on: ${errorDetails(error)}`);
      return;
    }
    const next = () => {
      const sheet = queue.shift();
      if (!sheet) return;
      try {
        // Not a file's URI: nothing is looked up on disk for it.
        this.host.lint(sheet.text, `untitled:${sheet.name}`);
      } catch (error) {
        this.host.logError(`termsheet-lint: linting the sample ${sheet.name} failed: ${errorDetails(error)}`);
      }
      setImmediate(next);
    };
    setImmediate(next);
  }
}
