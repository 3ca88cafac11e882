// The New Term Sheet templates: shipped as files in templates/, listed here once for the command
// and for the test that lints them. No `vscode` import.

export interface Template {
  label: string;
  /** Shown beside the label in the quick pick. */
  description: string;
  detail: string;
  /** Path from the extension's root. */
  file: string;
  /** The file-name ending that makes the new document a term sheet. */
  extension: string;
}

export const TEMPLATES: readonly Template[] = [
  {
    label: 'YAML',
    description: '*.termsheet.yaml',
    detail: 'Every clause as a YAML key, the format the rules document',
    file: 'templates/new.termsheet.yaml',
    extension: '.termsheet.yaml',
  },
  {
    label: 'Markdown',
    description: '*.termsheet.md',
    detail: 'Numbered headings, tables and **Label:** lines, as term sheets are usually drafted',
    file: 'templates/new.termsheet.md',
    extension: '.termsheet.md',
  },
];

const BASE_NAME = 'new-term-sheet';
const PLACEHOLDER = '[TBD]';
const MAX_CANDIDATES = 100;

/** File names for a new sheet, in the order to try them: `new-term-sheet.termsheet.yaml`, `new-term-sheet-2.termsheet.yaml`, … */
export function* newFileNames(extension: string): Generator<string> {
  yield `${BASE_NAME}${extension}`;
  for (let n = 2; n <= MAX_CANDIDATES; n++) yield `${BASE_NAME}-${n}${extension}`;
}

/** Where the cursor goes first: the first `[TBD]` (offsets into the text), if any. */
export function firstPlaceholder(text: string): { start: number; end: number } | undefined {
  const start = text.indexOf(PLACEHOLDER);
  return start < 0 ? undefined : { start, end: start + PLACEHOLDER.length };
}
