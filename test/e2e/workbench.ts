// The VS Code workbench as a person uses it: the keyboard for menus and pickers (more reliable than
// clicks), and what is on screen read back from the DOM.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';

const UI_TIMEOUT_MS = 30_000;
/** The Problems tree's rows; not the copies of file rows that sticky scroll pins above them. */
const PROBLEM_ROWS = '.markers-panel .monaco-list-rows > .monaco-list-row';
/** The rows of the editor's suggest list. */
const SUGGEST_ROWS = '.editor-widget.suggest-widget .monaco-list-row';

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** One row of the Problems panel. */
export interface Problem {
  severity: ProblemSeverity;
  code: string;
  message: string;
  line: number;
  column: number;
}

/** One item of the suggest list. */
export interface Suggestion {
  label: string;
  kind: string;
}

/** What one row of the Problems tree shows; rows are virtualised, so they are read while scrolling. */
type ProblemsRow =
  | { index: number; kind: 'file'; file: string; count: number }
  | { index: number; kind: 'marker'; severity: string; code: string; message: string; position: string }
  | { index: number; kind: 'other' };

/** The Command Palette's row of the command labelled `label` ("Category: Title"). */
function paletteRow(label: string): string {
  return `.quick-input-list .monaco-list-row[aria-label^="${label}"]`;
}

export class Workbench {
  private screenshotCount = 0;

  constructor(
    readonly page: Page,
    private readonly screenshotDir: string,
    private readonly screenshotPrefix: string,
  ) {
    fs.mkdirSync(screenshotDir, { recursive: true });
    for (const file of fs.readdirSync(screenshotDir)) {
      if (file.startsWith(`${screenshotPrefix}-`)) fs.rmSync(path.join(screenshotDir, file));
    }
  }

  /** Loads the workbench and waits until the workspace is listed in the Explorer. */
  async load(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT_MS });
  }

  async screenshot(name: string): Promise<string> {
    this.screenshotCount += 1;
    const file = path.join(this.screenshotDir, `${this.screenshotPrefix}-${String(this.screenshotCount).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** A screenshot at an exact path (the Marketplace images), beside the numbered ones of the steps. */
  async screenshotTo(file: string): Promise<void> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
  }

  /** Quick Open (Ctrl+P): types the name and opens the matching file. */
  async openFile(name: string): Promise<void> {
    await this.pick('Control+P', name, `.quick-input-list .monaco-list-row[aria-label*="${name}"]`);
    await this.page.locator(`.tab.active[aria-label*="${name}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
    await this.focusEditor();
  }

  /** Command Palette (Ctrl+Shift+P): runs the command with this exact label ("Category: Title"). */
  async runCommand(label: string): Promise<void> {
    await this.pick('Control+Shift+P', label, paletteRow(label));
  }

  /**
   * Runs the palette command `label`, which asks with a quick pick whose box says `placeholder`, and
   * picks the row whose label starts with `text`. The command's picker takes the palette's place at
   * once, so it is told apart by its placeholder rather than by the palette closing.
   */
  async runCommandAndPick(label: string, placeholder: string, text: string): Promise<void> {
    await this.openAndAccept('Control+Shift+P', label, paletteRow(label));
    await this.page.locator(`.quick-input-widget input[placeholder="${placeholder}"]`).waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await this.accept(text, `.quick-input-list .monaco-list-row[aria-label^="${text}"]`);
    await this.quickInput().waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  }

  async closeAllEditors(): Promise<void> {
    await this.runCommand('View: Close All Editors');
    await this.page.locator('.tab').first().waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
  }

  /** Go to Line (Ctrl+G), 1-based line and column as shown in the status bar. */
  async goTo(line: number, column: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    await this.quickInput().waitFor({ state: 'visible' });
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: UI_TIMEOUT_MS });
  }

  /**
   * Show Hover (Ctrl+K Ctrl+I) at the cursor; waits until the hover includes every one of `expected` (its parts,
   * the problem and the server's text, are drawn one after the other) and returns all its text.
   */
  async hoverAtCursor(...expected: string[]): Promise<string> {
    let hover = this.page.locator('.monaco-hover:visible');
    for (const text of expected) hover = hover.filter({ hasText: text });
    hover = hover.first();
    // A hover asked for before the finding reached the editor shows the rule's part alone and is not
    // asked again: it is closed and asked for anew, until one shows every part or the time is up.
    const attempts = 5;
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
      try {
        await hover.waitFor({ timeout: attempt < attempts ? UI_TIMEOUT_MS / attempts : UI_TIMEOUT_MS });
        return await hover.innerText();
      } catch (error) {
        if (attempt >= attempts) throw error;
        await this.page.keyboard.press('Escape');
      }
    }
  }

  /** Ctrl+End: the cursor to the end of the file. */
  async goToEnd(): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+End');
  }

  /**
   * Trigger Suggest (Ctrl+Space); waits until the list offers `expected` and returns what it shows:
   * each item's label and the kind its icon stands for ("property", "snippet", "text" for a word of the file).
   */
  async suggest(expected: string): Promise<Suggestion[]> {
    await this.page.keyboard.press('Control+Space');
    const rows = this.page.locator(SUGGEST_ROWS);
    await rows.locator('.label-name', { hasText: expected }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    return rows.evaluateAll((elements) =>
      elements.map((element) => ({
        label: element.querySelector('.label-name')?.textContent ?? '',
        kind: /\bcodicon-symbol-([\w-]+)/.exec(element.querySelector('.suggest-icon')?.className ?? '')?.[1] ?? '',
      })),
    );
  }

  /** In the open suggest list: arrows down to the item labelled `label` and inserts it. */
  async chooseSuggestion(label: string): Promise<void> {
    const count = await this.page.locator(SUGGEST_ROWS).count();
    for (let step = 0; step <= count; step++) {
      if ((await this.page.locator(`${SUGGEST_ROWS}.focused .label-name`).textContent()) === label) {
        await this.page.keyboard.press('Enter');
        await this.page.locator('.suggest-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    await this.closeWidgets();
    throw new Error(`no suggestion "${label}" in the list`);
  }

  /**
   * Waits until one of the editor's rendered lines (those on screen) reads `expected`. Typed keys
   * reach the DOM a frame or more later, later still on a busy machine, so the lines are read until
   * they show it; the error lists what they show instead.
   */
  async lineShown(expected: string): Promise<void> {
    const lines = this.page.locator('.editor-group-container.active .monaco-editor .view-lines > .view-line');
    const deadline = Date.now() + UI_TIMEOUT_MS;
    for (;;) {
      const rendered = await lines.evaluateAll((elements) =>
        elements.map((element) => ({ top: parseFloat((element as HTMLElement).style.top), text: (element.textContent ?? '').replace(/\u00a0/g, ' ') })),
      );
      const texts = rendered.sort((a, b) => a.top - b.top).map((line) => line.text);
      if (texts.includes(expected)) return;
      if (Date.now() > deadline) throw new Error(`no line on screen reads ${JSON.stringify(expected)}: ${JSON.stringify(texts)}`);
      await this.page.waitForTimeout(100);
    }
  }

  /**
   * The code lenses on screen, one array of titles per lens line. Waits until one of them reads
   * `expected`: lenses arrive after the findings.
   */
  async codeLenses(expected: string): Promise<string[][]> {
    const lenses = this.page.locator('.editor-group-container.active .codelens-decoration');
    await lenses.filter({ hasText: expected }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    // Each title is a span (a link when it runs a command); the separators are spans too.
    return lenses.evaluateAll((elements) =>
      elements.map((element) =>
        Array.from(element.children)
          .map((title) => (title.textContent ?? '').replace(/\u00a0/g, ' '))
          .filter((title) => title.trim() !== '|'),
      ),
    );
  }

  /** What a screen reader says for a status bar item: its text with icons by name ("error 1 warning 23"), then its tooltip. */
  async statusBarItem(id: string, expected: RegExp): Promise<string> {
    const item = this.page.locator(`.statusbar-item[id="${id}"]`);
    await item.waitFor({ timeout: UI_TIMEOUT_MS });
    const deadline = Date.now() + UI_TIMEOUT_MS;
    let label = '';
    while (Date.now() < deadline) {
      label = (await item.getAttribute('aria-label')) ?? '';
      if (expected.test(label)) return label;
      await this.page.waitForTimeout(200);
    }
    throw new Error(`the status bar item ${id} reads "${label}", not ${expected}`);
  }

  /** The text of the webview that shows `expected`. */
  async webviewText(expected: string): Promise<string> {
    const frame = await this.webviewShowing('body', expected);
    return frame.locator('body').innerText();
  }

  /**
   * The frame of the webview showing an element `selector` (with `text`, when given). A webview is an
   * iframe (VS Code's host page) holding another iframe with the extension's HTML; Playwright lists
   * both among the page's frames.
   */
  async webviewShowing(selector: string, text?: string | RegExp): Promise<Frame> {
    const deadline = Date.now() + UI_TIMEOUT_MS;
    for (;;) {
      for (const frame of this.page.frames()) {
        if (!frame.url().includes('/webview/browser/pre/')) continue;
        // A frame may go while it is read (its editor closed): it shows nothing then.
        const found = await frame
          .locator(selector, text === undefined ? {} : { hasText: text })
          .count()
          .catch(() => 0);
        if (found > 0) return frame;
      }
      if (Date.now() > deadline) throw new Error(`no webview shows ${selector}${text === undefined ? '' : ` with "${text}"`}`);
      await this.page.waitForTimeout(200);
    }
  }

  /** Waits for a notification toast saying `text`; returns its message. */
  async notification(text: string | RegExp): Promise<string> {
    const toast = this.page.locator('.notification-toast', { hasText: text }).first();
    await toast.waitFor({ timeout: UI_TIMEOUT_MS });
    return toast.locator('.notification-list-item-message').innerText();
  }

  /** Clicks a button of the notification toast saying `text`; the toast goes. */
  async clickNotificationButton(text: string | RegExp, button: string): Promise<void> {
    const toast = this.page.locator('.notification-toast', { hasText: text }).first();
    await toast.locator('.monaco-button', { hasText: button }).click();
    await toast.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
  }

  /** Waits for an editor tab whose label starts with `label`; returns its whole label. */
  async tabTitled(label: string): Promise<string> {
    const tab = this.page.locator(`.tab[aria-label^="${label}"]`).first();
    await tab.waitFor({ timeout: UI_TIMEOUT_MS });
    return (await tab.getAttribute('aria-label')) ?? '';
  }

  /** The labels of every editor tab. */
  tabLabels(): Promise<string[]> {
    return this.page.locator('.tab').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('aria-label') ?? ''));
  }

  /** Clicks the link titled `title` (its tooltip) in the hover on screen. */
  async clickHoverLink(title: string): Promise<void> {
    await this.page.locator(`.monaco-hover:visible a[title="${title}"]`).first().click();
  }

  /** Clicks the rule code `code` of a row of the Problems panel (its link). */
  async clickProblemCode(code: string): Promise<void> {
    await this.page.locator(`${PROBLEM_ROWS} .marker-code`, { hasText: code }).first().click();
  }

  /** Toggle Primary Side Bar Visibility (Ctrl+B): shows or hides the Explorer. */
  async toggleSideBar(): Promise<void> {
    await this.page.keyboard.press('Control+B');
  }

  /** Toggle Panel (Ctrl+J): shows or hides the panel area (Problems, Output, Terminal). */
  async togglePanel(): Promise<void> {
    await this.page.keyboard.press('Control+J');
  }

  async closeWidgets(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  /** Whether the editor shows a light bulb (code actions available on the cursor's line). */
  async lightBulbShown(): Promise<boolean> {
    try {
      await this.page.locator('.lightBulbWidget:visible').first().waitFor({ timeout: UI_TIMEOUT_MS });
      return true;
    } catch {
      return false;
    }
  }

  /** Quick Fix (Ctrl+., the light bulb's menu): opens the menu and returns the titles it offers. */
  async openQuickFixMenu(): Promise<string[]> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+.');
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    await rows.first().waitFor({ timeout: UI_TIMEOUT_MS });
    return rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
  }

  /** In the open Quick Fix menu: arrows down to the action titled `title` and applies it. */
  async chooseQuickFix(title: string): Promise<void> {
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    const count = await rows.count();
    for (let step = 0; step <= count; step++) {
      if ((await this.page.locator('.action-widget .monaco-list-row.action.focused').getAttribute('aria-label')) === title) {
        await this.page.keyboard.press('Enter');
        await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    await this.closeWidgets();
    throw new Error(`no quick fix "${title}" in the menu`);
  }

  /** Waits for the active editor to hold unsaved changes: an edit applied asynchronously (a quick fix) has landed. */
  async waitUntilEdited(): Promise<void> {
    await this.page.locator('.tab.active.dirty').waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
  }

  async save(): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
  }

  /**
   * The Problems panel (Ctrl+Shift+M), file by file. Each file's rows are checked against the
   * count on its header, so a row missed while scrolling is an error, not a silent gap.
   */
  async problems(): Promise<Map<string, Problem[]>> {
    const panel = this.page.locator('.markers-panel');
    // The shortcut toggles the panel: pressed only when it is hidden.
    if (!(await panel.isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });

    // The mouse wheel scrolls the tree whatever has the keyboard focus.
    const rows = new Map<number, ProblemsRow>();
    const box = await panel.boundingBox();
    if (box && (await this.page.locator(PROBLEM_ROWS).count()) > 0) {
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await this.scrollProblemsToTop();
      let unchanged = 0;
      while (unchanged < 2) {
        await this.page.waitForTimeout(100);
        const before = rows.size;
        for (const row of await this.visibleProblemRows()) rows.set(row.index, row);
        unchanged = rows.size === before ? unchanged + 1 : 0;
        await this.page.mouse.wheel(0, 300);
      }
      await this.scrollProblemsToTop();
      // Away from the rows, so that no tooltip covers the next screenshot.
      await this.page.mouse.move(0, 0);
    }

    const byFile = new Map<string, Problem[]>();
    const counts = new Map<string, number>();
    let current: Problem[] | undefined;
    for (const row of [...rows.values()].sort((a, b) => a.index - b.index)) {
      if (row.kind === 'file') {
        current = [];
        byFile.set(row.file, current);
        counts.set(row.file, row.count);
      } else if (row.kind === 'marker') {
        const position = /\[Ln (\d+), Col (\d+)\]/.exec(row.position);
        if (!current || !position) throw new Error(`unexpected Problems row ${JSON.stringify(row)}`);
        current.push({
          severity: row.severity as ProblemSeverity,
          code: row.code,
          message: row.message,
          line: Number(position[1]),
          column: Number(position[2]),
        });
      }
    }
    for (const [file, problems] of byFile) {
      if (problems.length !== counts.get(file)) throw new Error(`read ${problems.length} of the ${counts.get(file)} problems of ${file}`);
    }
    await this.focusEditor();
    return byFile;
  }

  /** Types `text` into the Problems panel's filter box (empty: no filter); the panel shows only the matching rows. */
  async filterProblems(text: string): Promise<void> {
    const filter = this.page.getByPlaceholder('Filter (e.g. text');
    await filter.click();
    await this.page.keyboard.press('Control+A');
    if (text === '') await this.page.keyboard.press('Delete');
    else await this.page.keyboard.type(text);
    await this.focusEditor();
  }

  /**
   * Wheels up (the mouse is over the panel) until the first row is at the top of the list. A row
   * scrolled just out of view is still rendered (and "visible" to Playwright), so its position is
   * compared with the list's.
   */
  private async scrollProblemsToTop(): Promise<void> {
    const rows = this.page.locator(PROBLEM_ROWS);
    // Read in one go in the page: rows come and go while findings arrive.
    const atTop = () =>
      this.page.evaluate((selector) => {
        const first = document.querySelector(`${selector}[data-index="0"]`);
        const list = document.querySelector('.markers-panel .monaco-list');
        return first !== null && list !== null && first.getBoundingClientRect().top >= list.getBoundingClientRect().top - 1;
      }, PROBLEM_ROWS);
    for (let attempt = 0; attempt < 50 && (await rows.count()) > 0 && !(await atTop()); attempt++) {
      await this.page.mouse.wheel(0, -2_000);
      await this.page.waitForTimeout(50);
    }
  }

  private visibleProblemRows(): Promise<ProblemsRow[]> {
    return this.page.locator(PROBLEM_ROWS).evaluateAll((elements) =>
      elements.map((element): ProblemsRow => {
        const index = Number(element.getAttribute('data-index'));
        const text = (selector: string) => element.querySelector(selector)?.textContent?.trim() ?? '';
        const message = element.querySelector('.marker-message');
        if (message) {
          const icon = element.querySelector('.marker-icon');
          const severity = ['error', 'warning', 'info'].find((name) => icon?.classList.contains(name)) ?? 'unknown';
          return { index, kind: 'marker', severity, code: text('.marker-code'), message: message.textContent ?? '', position: text('.marker-line') };
        }
        // File rows: "29 problems in file pitfalls.termsheet.yaml of folder ."
        const header = /^(\d+) problems? in file (.+) of folder /.exec(element.getAttribute('aria-label') ?? '');
        if (header) return { index, kind: 'file', file: header[2], count: Number(header[1]) };
        return { index, kind: 'other' };
      }),
    );
  }

  private quickInput() {
    return this.page.locator('.quick-input-widget input');
  }

  /** Opens a picker with `shortcut`, types `text`, waits for the row `rowSelector` to be the focused one, accepts it. */
  private async pick(shortcut: string, text: string, rowSelector: string): Promise<void> {
    await this.openAndAccept(shortcut, text, rowSelector);
    await this.quickInput().waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  }

  /** Opens a picker with `shortcut` and accepts the row `rowSelector` found by typing `text`; what it opens next is the caller's to wait for. */
  private async openAndAccept(shortcut: string, text: string, rowSelector: string): Promise<void> {
    await this.page.keyboard.press(shortcut);
    await this.quickInput().waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await this.accept(text, rowSelector);
  }

  /** In the open picker: types `text`, waits for the row `rowSelector` to be the focused one, and presses Enter. */
  private async accept(text: string, rowSelector: string): Promise<void> {
    await this.page.keyboard.type(text);
    // Search results arrive asynchronously; Enter before then would take a stale first row.
    await this.page.locator(`${rowSelector}.focused`).waitFor({ timeout: UI_TIMEOUT_MS });
    await this.page.keyboard.press('Enter');
  }

  /** Focus First Editor Group (Ctrl+1): keys go to the text again. */
  private async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Control+1');
  }
}
