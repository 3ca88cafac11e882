// The order in which the extension starts its server: the server's process first, the language client
// library (most of dist/client.js) while it boots, and neither on activation alone. The editor's API is
// not there outside an editor: `vscode` is a stand-in here, and the library and `fork` are watched
// (the e2e tests run the real ones in code-server).
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import Module from 'node:module';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';

const LIBRARY = 'vscode-languageclient/node';
const CLIENT_OUT = path.join(__dirname, '../../client/src');

/** What happened, in order: 'fork <args>', 'library', 'client'. */
const events: string[] = [];
/** The options each LanguageClient was made with. */
const clients: { serverOptions: () => Promise<{ reader: { child: unknown } }> }[] = [];

/** Any property, call or `new` gives another stand-in, in a window without workspace folders: enough for what the extension does here. */
function standIn(): unknown {
  return new Proxy(function () {}, {
    get: (_, key) => (key === 'then' || key === 'workspaceFolders' || typeof key === 'symbol' ? undefined : standIn()),
    apply: () => standIn(),
    construct: () => standIn() as object,
  });
}

/** A library whose client records how it was made and starts at once, over readers that name their process. */
const fakeLibrary = {
  LanguageClient: class {
    state = 1;
    constructor(_id: string, _name: string, serverOptions: () => Promise<{ reader: { child: unknown } }>) {
      events.push('client');
      clients.push({ serverOptions });
    }
    onNotification() {}
    onDidChangeState() {}
    start() {
      return Promise.resolve();
    }
    dispose() {
      return Promise.resolve();
    }
  },
  State: { Stopped: 1, Starting: 3, Running: 2 },
  IPCMessageReader: class {
    constructor(readonly child: unknown) {}
  },
  IPCMessageWriter: class {
    constructor(readonly child: unknown) {}
  },
};

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleLoader = Module as unknown as { _load: Load };
const realLoad = moduleLoader._load;
/** The module object itself (an import's namespace is read-only), whose `fork` the client calls at the time. */
const childProcess = require('node:child_process') as { fork: unknown };
const realFork = childProcess.fork;

before(() => {
  moduleLoader._load = function (request, parent, isMain) {
    if (request === 'vscode') return standIn();
    if (request === LIBRARY) {
      events.push('library');
      return fakeLibrary;
    }
    return realLoad.call(this, request, parent, isMain);
  };
  // A process that never runs: what matters is when it is asked for.
  childProcess.fork = (module: string, args: string[]) => {
    events.push(`fork ${path.basename(module)} ${args[0]}`);
    return Object.assign(new EventEmitter(), { exitCode: 0, signalCode: null, stdout: null, stderr: null });
  };
});

after(() => {
  moduleLoader._load = realLoad;
  childProcess.fork = realFork;
});

describe('starting the language server', () => {
  test('activation loads neither the library nor a server', () => {
    require(path.join(CLIENT_OUT, 'extension.js'));
    assert.deepEqual(events, []);
  });

  test('the server’s process is started before the library loads; a restart after a crash starts another', async () => {
    const { ServerConnection } = require(path.join(CLIENT_OUT, 'server-connection.js')) as typeof import('../../client/src/server-connection');
    const subscriptions: unknown[] = [];
    const context = { subscriptions, asAbsolutePath: (relative: string) => path.join('/extension', relative) };
    const connection = new ServerConnection(context as unknown as import('vscode').ExtensionContext);
    await connection.start();
    assert.deepEqual(events, ['fork server.js --node-ipc', 'library', 'client']);

    // The client's first start speaks to the process already started; a later one (after a crash) to a new one.
    const { serverOptions } = clients[0];
    const first = (await serverOptions()).reader.child;
    assert.deepEqual(events, ['fork server.js --node-ipc', 'library', 'client']);
    const second = (await serverOptions()).reader.child;
    assert.notEqual(second, first);
    assert.equal(events.at(-1), 'fork server.js --node-ipc');
    await connection.stop();
  });
});
