/**
 * The real language server over stdio, started as `server.ts` starts it, with one more rule: on a
 * sheet containing FAILURE_MARKER it reports a finding without a range, breaking the engine's
 * contract so that linting that document throws past the rules' own guard. Everything else is the
 * production server. Only the tests start it (`LspTestClient.stdio(FAILING_ENGINE_SERVER)`).
 */
import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { Range, Rule } from '../../server/src/engine';
import { BUILT_IN_RULES } from '../../server/src/lsp/check';
import { startLanguageServer } from '../../server/src/lsp/language-server';

export const FAILURE_MARKER = 'engine-failure-marker';
export const FAILING_ENGINE_SERVER = path.join(__dirname, 'failing-engine-server.js');

const breaksTheEngine: Rule = {
  meta: {
    id: 'breaks-the-engine',
    category: 'structure',
    defaultSeverity: 'error',
    title: 'Breaks the engine on a marker (tests only)',
    why: 'Stands in for a bug in the engine.',
    goodExample: '',
    fixable: false,
  },
  check(context) {
    if (!context.root.entries.some((entry) => entry.key.includes(FAILURE_MARKER))) return;
    context.report({ message: 'a finding with no place', range: undefined as unknown as Range });
  },
};

if (require.main === module) startLanguageServer(createConnection(ProposedFeatures.all), [...BUILT_IN_RULES, breaksTheEngine]);
