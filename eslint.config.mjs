// The project lints itself: typescript-eslint's type-aware rules, and the direction of imports between layers.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** An import rule per layer: each names what the layer may not import, and why (architecture: imports point down only). */
const layer = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
const VSCODE = { regex: '^vscode', message: 'Only the client may use VS Code or its language client.' };
const ADAPTERS = { regex: '(^|/)(lsp|cli|summary)(/|$)', message: 'The engine and the rules import no adapter.' };
const WORKSPACE = {
  regex: '(^|/)config/(config-resolver|file-selection|files|config-files)$',
  message: 'File discovery and config lookup sit above the engine.',
};
const VALUE_READERS = {
  regex: '(^|/)engine(/index|/values(/\\w+)?)?$',
  importNames: ['readMoney', 'readPercent', 'readDate', 'readDuration', 'readCountry', 'readRegion', 'expandTerritory', 'findMoney', 'findPlaces'],
  message: "Views and adapters read values through the deal (dealOf, context.deal): one interpretation, the rules'.",
};
const RULE_MODULES = { regex: '(^|/)rules/.+', message: 'Adapters reach rules only through the registry (rules/index); what they share lives in the engine.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '**/node_modules/**', 'test/e2e/out/**', 'test/e2e/.runs/**', 'test/e2e/.cache/**', '.vscode-test/**', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // node:test's test() and describe() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // What only some runs need (the Markdown reader, RE2, worker threads, the diff library) is required where it is first used.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Scripts outside the TypeScript project: plain JavaScript run by Node.
    files: ['**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests read JSON the programs print (JSON.parse gives `any`) and assert on its shape as they go.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },

  layer(['server/src/engine/**/*.ts'], [VSCODE, ADAPTERS, WORKSPACE, RULE_MODULES, { regex: '(^|/)rules$', message: 'The engine does not know the rules.' }]),
  layer(
    ['rules/**/*.ts'],
    [VSCODE, ADAPTERS, WORKSPACE, { regex: 'server/src/engine/.+', message: "Rules import only the engine's public entry (server/src/engine)." }],
  ),
  layer(['server/src/config/**/*.ts'], [VSCODE, ADAPTERS, RULE_MODULES]),
  layer(['server/src/lsp/**/*.ts'], [{ regex: '(^|/)cli/', message: 'The language server does not import the command line.' }, RULE_MODULES, VALUE_READERS]),
  layer(['server/src/cli/**/*.ts'], [VSCODE, { regex: '(^|/)(lsp|summary)/', message: 'The command line does not import the language server.' }, RULE_MODULES]),
  layer(
    ['server/src/summary/**/*.ts'],
    [
      VSCODE,
      { regex: '(^|/)cli/|(^|/)lsp/(?!protocol$)', message: 'The summary reads the deal; of the language server it knows only the protocol.' },
      RULE_MODULES,
      VALUE_READERS,
    ],
  ),
  layer(
    ['client/**/*.ts'],
    [
      {
        regex: '(^|/)server/src/(?!lsp/protocol$)|(^|/)rules(/|$)',
        message: 'The client talks to the server only through the protocol module (server/src/lsp/protocol), which re-exports what it shares.',
      },
    ],
  ),
  // The client bundles the protocol module and what it imports: small engine modules only (its own rule replaces the lsp layer's).
  layer(
    ['server/src/lsp/protocol.ts'],
    [
      {
        regex: '^(?!\\.\\./engine/(?!index$)[\\w/-]+$)',
        message: 'The protocol module imports only small engine modules, never the engine index, the LSP library or other server code.',
      },
    ],
  ),
);
