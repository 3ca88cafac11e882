import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { TEMPLATES } from '../../client/src/templates';
import { RULES } from '../../rules';
import { lintText } from '../../server/src/engine';

/** The repository root, from out/test/package/. */
const ROOT = path.resolve(__dirname, '../../..');
const VSCE = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  icon: string;
  galleryBanner: { color: string; theme: string };
  repository: { url: string };
  scripts: Record<string, string>;
};
const { version } = packageJson;
/** The Marketplace page, packaged as extension/readme.md in place of the repository's README. */
const MARKETPLACE_README = 'docs/marketplace/README.md';

describe('vsix contents', () => {
  // Packages for real (the bundles are built by npm test), with the options of `npm run package`.
  const vsix = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vsix-')), 'termsheet-lint.vsix');
  const packaging = spawnSync(process.execPath, [VSCE, 'package', '--no-dependencies', '--readme-path', MARKETPLACE_README, '-o', vsix], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const entries = packaging.status === 0 ? readZip(fs.readFileSync(vsix)) : new Map<string, Buffer>();
  fs.rmSync(path.dirname(vsix), { recursive: true, force: true });
  const files = [...entries.keys()];

  test('vsce packages the extension without a warning', () => {
    assert.equal(packaging.status, 0, packaging.stdout + packaging.stderr);
    assert.doesNotMatch(packaging.stdout + packaging.stderr, /WARNING/);
  });

  test('npm run package uses the Marketplace README', () => {
    assert.match(packageJson.scripts.package, new RegExp(`vsce package .*--readme-path ${MARKETPLACE_README.replace(/\./g, '\\.')}( |$)`));
  });

  test('ships the bundles, the manifest, the changelog and the licence', () => {
    for (const file of ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/cli-main.js', 'package.json', 'changelog.md', 'LICENSE.txt']) {
      assert.ok(files.includes(`extension/${file}`), `${file} in ${JSON.stringify(files)}`);
    }
    assert.equal(entries.get('extension/LICENSE.txt')?.toString('utf8'), fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'));
    assert.equal(entries.get('extension/changelog.md')?.toString('utf8'), fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'));
  });

  test('the Marketplace README is the details page, and the repository README does not ship', () => {
    assert.equal(entries.get('extension/readme.md')?.toString('utf8'), fs.readFileSync(path.join(ROOT, MARKETPLACE_README), 'utf8'));
    assert.ok(!files.includes('extension/README.md'), 'the repository README is for contributors');
    assert.match(
      entries.get('extension.vsixmanifest')!.toString('utf8'),
      /Type="Microsoft\.VisualStudio\.Services\.Content\.Details" Path="extension\/readme\.md"/,
    );
  });

  test('ships a 256×256 PNG icon, declared with the gallery banner', () => {
    const icon = entries.get(`extension/${packageJson.icon}`);
    assert.ok(icon, `${packageJson.icon} in ${JSON.stringify(files)}`);
    assert.deepEqual([...icon.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.equal(icon.toString('ascii', 12, 16), 'IHDR');
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [256, 256]);
    const manifest = entries.get('extension.vsixmanifest')!.toString('utf8');
    assert.match(manifest, /Type="Microsoft\.VisualStudio\.Services\.Icons\.Default" Path="extension\/images\/icon\.png"/);
    assert.ok(manifest.includes(`Id="Microsoft.VisualStudio.Services.Branding.Color" Value="${packageJson.galleryBanner.color}"`), manifest);
    assert.ok(manifest.includes(`Id="Microsoft.VisualStudio.Services.Branding.Theme" Value="${packageJson.galleryBanner.theme}"`), manifest);
  });

  // Hovers link to the rule pages, so every page written in the source tree must ship.
  const pagesOnDisk = fs
    .readdirSync(path.join(ROOT, 'rules'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(ROOT, 'rules', entry.name, 'README.md')))
    .map((entry) => `extension/rules/${entry.name}/README.md`)
    .sort();

  test('ships every rule page', () => {
    assert.deepEqual(files.filter((file) => /^extension\/rules\//.test(file)).sort(), pagesOnDisk);
  });

  test('ships the page of every built-in rule', () => {
    for (const rule of RULES) assert.ok(files.includes(`extension/rules/${rule.meta.id}/README.md`), rule.meta.id);
  });

  test('ships the New Term Sheet templates', () => {
    for (const template of TEMPLATES) assert.ok(files.includes(`extension/${template.file}`), template.file);
  });

  test('ships no sources, tests, docs, build output or dependencies', () => {
    const forbidden = /^extension\/(node_modules|test|out|server|client|scripts|bench|\.ci|examples|docs)\/|\.ts$|\.mjs$/;
    assert.ok(files.length > 0);
    assert.deepEqual(
      files.filter((file) => forbidden.test(file)),
      [],
    );
  });

  const bundles = files.filter((file) => /^extension\/dist\/[^/]+\.js$/.test(file));

  test('every bundle it ships is minified', () => {
    assert.ok(bundles.length >= 4, JSON.stringify(bundles));
    for (const bundle of bundles) assertMinified(bundle, entries.get(bundle)!.toString('utf8'));
  });

  test("ships a source map exactly where a bundle names one, without the sources' text", () => {
    const named = bundles.flatMap((bundle) => {
      const url = mapUrlOf(entries.get(bundle)!.toString('utf8'));
      return url === undefined ? [] : [path.posix.join(path.posix.dirname(bundle), url)];
    });
    // The CLI's stack traces under DEBUG are mapped onto the sources.
    assert.ok(named.includes('extension/dist/cli-main.js.map'), JSON.stringify(named));
    assert.deepEqual(files.filter((file) => file.endsWith('.map')).sort(), [...named].sort());
    for (const map of named) {
      const json = JSON.parse(entries.get(map)!.toString('utf8')) as { version: number; sources: string[]; mappings: string; sourcesContent?: unknown };
      assert.equal(json.version, 3);
      assert.ok(json.sources.includes('../server/src/cli/main.ts'), JSON.stringify(json.sources.slice(0, 5)));
      assert.equal(json.sourcesContent, undefined, `${map} carries the sources`);
    }
  });
});

describe('npm package', () => {
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const files = pack.status === 0 ? (JSON.parse(pack.stdout) as Array<{ files: Array<{ path: string }> }>)[0].files.map((file) => file.path) : [];

  test('ships the bins, the program they start, and the map a bundle names', () => {
    assert.equal(pack.status, 0, pack.stderr);
    for (const file of ['dist/cli.js', 'dist/cli-main.js', 'dist/cli-main.js.map', 'dist/server.js', 'dist/client.js'])
      assert.ok(files.includes(file), `${file} in ${JSON.stringify(files)}`);
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      const url = mapUrlOf(fs.readFileSync(path.join(ROOT, file), 'utf8'));
      if (url !== undefined) assert.ok(files.includes(path.posix.join(path.posix.dirname(file), url)), `${file} names ${url}, which does not ship`);
    }
  });
});

/** The `sourceMappingURL` a script ends with, if any. */
function mapUrlOf(script: string): string | undefined {
  return /\n\/\/# sourceMappingURL=(\S+)\s*$/.exec(script)?.[1];
}

/**
 * Minified: statements run together on a few long lines, and declared names cut to a letter or
 * two. esbuild's output unminified (as this project shipped it) ends a line with `;`, `{` or `}`
 * every 50 characters or so, and half of its declared names are longer than five characters.
 */
function assertMinified(name: string, script: string): void {
  const statementLines = script.split('\n').filter((line) => /[;{}]\s*$/.test(line)).length;
  assert.ok(statementLines <= script.length / 1000, `${name}: ${statementLines} lines end a statement or block in ${script.length} characters`);
  const declared = [...script.matchAll(/\b(?:function|const|let|var)\s+([A-Za-z_$][\w$]*)/g)].map((match) => match[1]);
  const long = declared.filter((identifier) => identifier.length > 5);
  assert.ok(
    declared.length > 0 && long.length <= declared.length / 20,
    `${name}: ${long.length} of ${declared.length} declared names are long: ${long.slice(0, 5).join(', ')}`,
  );
}

describe('Marketplace README', () => {
  const readme = fs.readFileSync(path.join(ROOT, MARKETPLACE_README), 'utf8');

  test("the example's findings are what the linter reports on it", () => {
    const example = /```yaml\n([^]*?)```/.exec(readme)?.[1];
    assert.ok(example, 'a YAML example');
    const table = readme.slice(readme.indexOf('| | finding |'));
    const rows = [...table.matchAll(/^\| (error|warning|info|hint) \| (.+) \|$/gm)].map(([, severity, message]) => `${severity}: ${message}`);
    assert.ok(rows.length >= 5, 'the example shows its findings');
    const reported = lintText(example, { rules: RULES, fileName: 'example.termsheet.yaml' }).findings.map(
      (finding) => `${finding.severity}: ${finding.message}`,
    );
    for (const row of rows) assert.ok(reported.includes(row), `${row} in ${JSON.stringify(reported, null, 1)}`);
  });

  test('links and images are absolute, so they work on the Marketplace', () => {
    for (const [, target] of readme.matchAll(/\]\(([^)\s]+)/g)) assert.match(target, /^https:\/\//, target);
    assert.doesNotMatch(readme, /<img\b|<svg\b/i);
  });

  test('keeps the place for the screenshots', () => {
    assert.ok(readme.includes('<!-- screenshots -->'));
  });

  test('its screenshots are PNGs committed under docs/marketplace/images, each under 400 KB', () => {
    // The Marketplace loads them from the repository's main branch (npm run screenshots writes them).
    const raw = `${packageJson.repository.url.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/`;
    const images = [...readme.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map(([, alt, url]) => ({ alt, url }));
    assert.ok(images.length >= 2, 'the page shows screenshots');
    for (const { alt, url } of images) {
      assert.ok(alt.trim() !== '', `${url} has alt text`);
      assert.ok(url.startsWith(`${raw}docs/marketplace/images/`), url);
      const png = fs.readFileSync(path.join(ROOT, url.slice(raw.length)));
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${url} is a PNG`);
      assert.ok(png.length < 400_000, `${url} is ${png.length} bytes`);
    }
  });
});

describe('bins', () => {
  for (const bin of ['dist/cli.js', 'dist/server.js']) {
    test(`${bin} is an executable node script`, () => {
      const file = path.join(ROOT, bin);
      assert.ok(fs.readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n'));
      assert.ok((fs.statSync(file).mode & 0o111) !== 0, 'executable bit');
    });
  }

  test('termsheet-lint --version prints the package version', () => {
    // Run through the shebang, as npm's bin link does.
    const run = spawnSync(path.join(ROOT, 'dist/cli.js'), ['--version'], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `${version}\n`);
  });

  // Minified bundles keep no module paths; the stacks' string literals show whether they are in.
  const LSP_STACK = /textDocument\/publishDiagnostics|Content-Length/;
  const YAML_PARSER = /tag:yaml\.org,2002|BLOCK_AS_IMPLICIT_KEY/;
  const bundle = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

  test('the CLI bundles do not carry the LSP stack', () => {
    for (const file of ['dist/cli.js', 'dist/cli-main.js']) assert.doesNotMatch(bundle(file), LSP_STACK, file);
    assert.match(bundle('dist/server-lsp.js'), LSP_STACK, 'the server carries it');
  });

  test('with DEBUG, a stack trace names the TypeScript sources', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'no-such-file.termsheet.yaml'], {
      env: { ...process.env, DEBUG: '1' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\n\s+at \w+ \(.*server[\\/]src[\\/]config[\\/]files\.ts:\d+:\d+\)/, run.stderr);
  });

  test('the client bundle does not carry a YAML parser: it loads whenever any YAML or Markdown file opens', () => {
    assert.doesNotMatch(bundle('dist/client.js'), YAML_PARSER);
    assert.match(bundle('dist/cli-main.js'), YAML_PARSER, 'the CLI carries it');
  });

  test('termsheet-language-server --stdio answers initialize', { timeout: 30_000 }, async () => {
    const server = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = new LspPipe(server.stdout);
    let stderr = '';
    server.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    const send = (message: object) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
    };
    try {
      send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null } });
      const response = (await connection.response(1)) as { result?: { capabilities?: Record<string, unknown> } };
      assert.equal(typeof response.result?.capabilities, 'object', JSON.stringify(response));
      assert.ok(response.result?.capabilities?.textDocumentSync !== undefined, 'the server syncs documents');

      send({ method: 'initialized', params: {} });
      send({ id: 2, method: 'shutdown' });
      await connection.response(2);
      send({ method: 'exit' });
      assert.equal(await exited, 0, stderr);
    } finally {
      server.kill();
    }
  });
});

/** Reads Content-Length framed JSON-RPC messages and waits for the response to one request id. */
class LspPipe {
  private buffer = Buffer.alloc(0);
  private readonly messages: { id?: unknown }[] = [];
  private wake: (() => void) | undefined;

  constructor(stream: NodeJS.ReadableStream) {
    stream.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.parse();
      this.wake?.();
    });
  }

  async response(id: number): Promise<unknown> {
    for (;;) {
      const found = this.messages.find((message) => message.id === id);
      if (found) return found;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private parse(): void {
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return;
      this.messages.push(JSON.parse(this.buffer.subarray(start, start + length).toString('utf8')));
      this.buffer = this.buffer.subarray(start + length);
    }
  }
}

/** The entries of a zip archive (stored or deflated), by path. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(endOfDirectory >= 0, 'a zip archive');
  const count = zip.readUInt16LE(endOfDirectory + 10);
  let at = zip.readUInt32LE(endOfDirectory + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
