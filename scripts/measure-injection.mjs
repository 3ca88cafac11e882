// What an injection grammar costs files that are not term sheets: tokenizes a plain YAML file (a
// docker-compose.yml) and a plain Markdown file (the repository's README) with VS Code's TextMate
// engine (vscode-textmate and the Oniguruma it runs on), the base grammar alone and with the
// injection grammars package.json contributes on top, taking turns:
// `node scripts/measure-injection.mjs [rounds] [grammar.json]`. A grammar file given is measured as an
// injection into YAML and Markdown instead (an earlier version's, from `git show`). A whole file is
// tokenized line by line from a fresh state each time, as the editor does on open; the medians are printed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');
const rounds = Number(process.argv[2] ?? 15);
const BASE_SCOPES = ['source.yaml', 'text.html.markdown'];

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const given = process.argv[3];
const injections = given
  ? [{ scopeName: JSON.parse(readFileSync(given, 'utf8')).scopeName, path: resolve(given), injectTo: BASE_SCOPES }]
  : (manifest.contributes.grammars ?? [])
      .filter((grammar) => grammar.injectTo?.some((scope) => BASE_SCOPES.includes(scope)))
      .map((grammar) => ({ ...grammar, path: join(root, grammar.path) }));
if (injections.length === 0) {
  console.log('package.json injects no grammar into YAML or Markdown: a file that is not a term sheet is tokenized by its own grammar alone.');
}
const GRAMMAR_FILES = {
  'source.yaml': require.resolve('tm-grammars/grammars/yaml.json'),
  'text.html.markdown': require.resolve('tm-grammars/grammars/markdown.json'),
  'text.html.derivative': require.resolve('tm-grammars/grammars/html-derivative.json'),
  'text.html.basic': require.resolve('tm-grammars/grammars/html.json'),
  ...Object.fromEntries(injections.map((injection) => [injection.scopeName, injection.path])),
};

const COMPOSE = `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
    environment:
      - NGINX_HOST=example.com
      - PRICE=USD 20
    volumes:
      - ./site:/usr/share/nginx/html:ro
    depends_on: [api]
  api:
    build: ./api
    command: ["node", "server.js", "--port", "3000"]
    environment:
      DATABASE_URL: postgres://app:secret@db:5432/app # TBD: move to a secret
      CACHE_TTL: 300
  db:
    image: postgres:16
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "app"]
      interval: 10s
`.repeat(20);
const README = readFileSync(join(root, 'README.md'), 'utf8');

await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
const onigLib = Promise.resolve({
  createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
  createOnigString: (text) => new oniguruma.OnigString(text),
});

/** A registry with the base grammars, and the injection grammars into YAML and Markdown when `withInjections`. */
function registry(withInjections) {
  return new textmate.Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      const file = GRAMMAR_FILES[scopeName];
      return file ? textmate.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => {
      if (!withInjections) return undefined;
      const injected = injections.filter((injection) => injection.injectTo.includes(scopeName));
      return injected.length > 0 ? injected.map((injection) => injection.scopeName) : undefined;
    },
  });
}

function tokenize(grammar, text) {
  let state = textmate.INITIAL;
  const start = performance.now();
  for (const line of text.split('\n')) state = grammar.tokenizeLine(line, state).ruleStack;
  return performance.now() - start;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

for (const [name, scope, text] of [
  [`docker-compose.yml (${COMPOSE.split('\n').length} lines)`, 'source.yaml', COMPOSE],
  [`README.md (${README.split('\n').length} lines)`, 'text.html.markdown', README],
]) {
  const plain = await registry(false).loadGrammar(scope);
  const injected = await registry(true).loadGrammar(scope);
  // A first pass compiles every rule's scanner (and warms the engine): not counted.
  tokenize(plain, text);
  tokenize(injected, text);
  const times = [[], []];
  for (let round = 0; round < rounds; round++) {
    times[0].push(tokenize(plain, text));
    times[1].push(tokenize(injected, text));
  }
  const [without, withInjection] = times.map(median);
  console.log(
    `${name}: median ${without.toFixed(1)} ms without injections, ${withInjection.toFixed(1)} ms with those measured (${(withInjection / without).toFixed(2)}×)`,
  );
}
