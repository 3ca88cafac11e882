// How long the language server takes to answer `initialize`, from its spawn, against a bare
// `node -e 0`: `node scripts/measure-server-start.mjs [rounds] [server]` (defaults: 15 rounds,
// dist/server.js). The two take turns, so a change in the machine's load falls on both alike; the
// medians and their ratio are printed. The server runs as editors start it (`--stdio`), with the
// user's cache folder (XDG_CACHE_HOME) as is: run it twice to see a warm start.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 15);
const server = process.argv[3] ?? join(root, 'dist', 'server.js');
const TARGET = 1.5;

/** Milliseconds from spawn to exit of `node -e 0`. */
function nodeAlone() {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', () => resolve(performance.now() - start));
  });
}

function frame(message) {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/** Milliseconds from spawn to the `initialize` answer; the server is then shut down and its exit awaited. */
function serverInitialize() {
  const start = performance.now();
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    let answered;
    child.once('error', reject);
    child.once('exit', (code) => (answered === undefined ? reject(new Error(`the server exited with ${code} before answering`)) : resolve(answered)));
    child.stdout.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (answered === undefined && received.includes('"id":1') && received.includes('"capabilities"')) {
        answered = performance.now() - start;
        child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
        child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
      }
    });
    child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } }));
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const floor = [];
const initialize = [];
await serverInitialize(); // As any first start does, this one fills the code cache.
for (let round = 0; round < rounds; round++) {
  floor.push(await nodeAlone());
  initialize.push(await serverInitialize());
}
const ratio = median(initialize) / median(floor);
console.log(`node -e 0:                 median ${median(floor).toFixed(0)} ms`);
console.log(`server → initialize answer: median ${median(initialize).toFixed(0)} ms`);
console.log(`ratio ${ratio.toFixed(2)}× (target ≤ ${TARGET}×: ${ratio <= TARGET ? 'met' : 'not met'})`);
