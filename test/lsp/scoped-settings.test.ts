import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ScopedSettings } from '../../server/src/lsp/scoped-settings';
import { readSettingsSection } from '../../server/src/lsp/settings';

/** A client whose answers the test gives, one pending `workspace/configuration` at a time. */
class ScriptedClient {
  readonly asked: { scopeUri: string; answer: (section: unknown) => void; fail: (error: Error) => void }[] = [];
  readonly errors: string[] = [];
  readonly settings = new ScopedSettings({
    pull: (scopeUri) => new Promise((answer, fail) => this.asked.push({ scopeUri, answer, fail })),
    logError: (message) => this.errors.push(message),
  });

  constructor(folders: string[]) {
    this.settings.perScope = true;
    void this.settings.refresh([], folders);
  }

  /** Answers the oldest pending question. */
  answer(section: unknown): void {
    const next = this.asked.shift();
    assert.ok(next, 'the server asked nothing');
    next.answer(section);
  }
}

const SHEET_A = 'file:///ws/a/deal.termsheet.yaml';
const SHEET_B = 'file:///ws/b/deal.termsheet.yaml';

describe('settings per scope', () => {
  test('asks once per folder, with the document as scope, and keeps the answer for the folder’s other documents', async () => {
    const client = new ScriptedClient(['/ws/a', '/ws/b']);
    assert.equal(client.settings.isReady(SHEET_A), false);
    const ready = [client.settings.ready(SHEET_A), client.settings.ready('file:///ws/a/other.termsheet.yaml')];
    assert.deepEqual(
      client.asked.map((question) => question.scopeUri),
      [SHEET_A],
    );
    client.answer({ enable: false, rules: { syntax: 'off' }, run: 'onSave', files: ['x/*.md'] });
    await Promise.all(ready);
    assert.equal(client.settings.for('file:///ws/a/other.termsheet.yaml').enable, false);
    // Window-scoped settings are the workspace's.
    assert.equal(client.settings.for(SHEET_A).run, 'onType');
    assert.deepEqual(client.settings.for(SHEET_A).files, []);
    assert.equal(client.settings.isReady(SHEET_B), false);
    assert.equal(client.settings.for(SHEET_B).enable, true);
  });

  test('no answer, or a failed request, leaves the workspace’s settings in force, said once in the log', async () => {
    const client = new ScriptedClient(['/ws/a', '/ws/b']);
    client.settings.global = readSettingsSection({ rules: { syntax: 'warning' } });
    const a = client.settings.ready(SHEET_A);
    client.answer(null);
    const b = client.settings.ready(SHEET_B);
    client.asked.shift()!.fail(new Error('MethodNotFound'));
    await Promise.all([a, b]);
    assert.deepEqual(client.settings.for(SHEET_A).rules, { syntax: 'warning' });
    assert.deepEqual(client.settings.for(SHEET_B).rules, { syntax: 'warning' });
    assert.equal(client.errors.length, 1);
    assert.match(client.errors[0], /reading settings for file:\/\/\/ws\/b\/deal\.termsheet\.yaml failed/);
    // Known now: not asked again on every keystroke.
    assert.equal(client.settings.isReady(SHEET_B), true);
  });

  test('a refresh keeps the settings in force until its answers arrive, and the last refresh wins', async () => {
    const client = new ScriptedClient(['/ws/a']);
    const first = client.settings.ready(SHEET_A);
    client.answer({ rules: { syntax: 'off' } });
    await first;

    const older = client.settings.refresh([SHEET_A]);
    const newer = client.settings.refresh([SHEET_A]);
    assert.deepEqual(client.settings.for(SHEET_A).rules, { syntax: 'off' }, 'the old answer holds meanwhile');
    // The newer refresh is answered first; the older one's late answer must not replace it.
    const [olderQuestion, newerQuestion] = client.asked.splice(0, 2);
    newerQuestion.answer({ rules: { syntax: 'error' } });
    await newer;
    olderQuestion.answer({ rules: { syntax: 'hint' } });
    await older;
    assert.deepEqual(client.settings.for(SHEET_A).rules, { syntax: 'error' });
  });

  test('an answer asked for before a refresh is asked again', async () => {
    const client = new ScriptedClient(['/ws/a']);
    const ready = client.settings.ready(SHEET_A);
    const refreshed = client.settings.refresh([]);
    await refreshed;
    client.answer({ rules: { syntax: 'off' } });
    // Let the stale answer arrive: the settings are asked again rather than taken from it.
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(client.asked.length, 1);
    client.answer({ rules: { syntax: 'error' } });
    await ready;
    assert.deepEqual(client.settings.for(SHEET_A).rules, { syntax: 'error' });
  });

  test('a document whose settings a refresh is asking for waits for that answer rather than asking again', async () => {
    const client = new ScriptedClient(['/ws/a']);
    const refreshed = client.settings.refresh([SHEET_A]);
    const ready = client.settings.ready('file:///ws/a/other.termsheet.yaml');
    assert.equal(client.asked.length, 1, 'one question for the folder');
    client.answer({ rules: { syntax: 'hint' } });
    await Promise.all([refreshed, ready]);
    assert.equal(client.settings.for('file:///ws/a/other.termsheet.yaml').rules.syntax, 'hint');
  });

  test('folders told at the start are not asked about, nor is a document outside them', () => {
    const client = new ScriptedClient(['/ws/a', '/ws/b']);
    client.settings.global = readSettingsSection({ rules: { syntax: 'warning' } });
    client.settings.seed(new Map([['file:///ws/a', readSettingsSection({ rules: { syntax: 'off' } })]]));
    assert.equal(client.settings.isReady(SHEET_A), true);
    assert.equal(client.settings.for(SHEET_A).rules.syntax, 'off');
    assert.equal(client.settings.isReady('file:///elsewhere/deal.termsheet.yaml'), true);
    assert.equal(client.settings.for('file:///elsewhere/deal.termsheet.yaml').rules.syntax, 'warning');
    assert.equal(client.settings.isReady(SHEET_B), false, 'a folder the client said nothing of is asked about');
  });

  test('new folders take effect with the answers asked for them', async () => {
    const client = new ScriptedClient([]);
    const outside = client.settings.ready(SHEET_A);
    client.answer({ rules: { syntax: 'off' } });
    await outside;
    const moved = client.settings.refresh([SHEET_A], ['/ws/a']);
    assert.deepEqual(client.settings.for(SHEET_A).rules, { syntax: 'off' }, 'the settings it had, until the folder’s arrive');
    client.answer({ rules: { syntax: 'hint' } });
    await moved;
    assert.deepEqual(client.settings.for(SHEET_A).rules, { syntax: 'hint' });
    assert.equal(client.settings.for('file:///ws/a/later.termsheet.yaml').rules.syntax, 'hint', 'kept for the folder');
  });
});
