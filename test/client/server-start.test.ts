// The order in which the extension starts its server: the server's process first (as the extension
// loads, when a term sheet is open already), the language client library (most of dist/client.js)
// while it boots, and neither for other files. The editor's API is
// not there outside an editor: `vscode` is a stand-in here, and the library and `fork` are watched
// (the e2e tests run the real ones in code-server).
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import Module from 'node:module';
import * as path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';

const LIBRARY = 'vscode-languageclient/node';
const CLIENT_OUT = path.join(__dirname, '../../client/src');

/** What happened, in order: 'fork <args>', 'library', 'client'. */
const events: string[] = [];
/** The stand-ins for the processes started. */
const forked: EventEmitter[] = [];
/** The options each LanguageClient was made with. */
const clients: { serverOptions: () => Promise<{ reader: { child: unknown } }> }[] = [];

/** The documents open in the stand-in editor. */
let openDocuments: unknown[] = [];
/** A Markdown file on disk whose front matter makes it a term sheet. */
const FRONT_MATTER_SHEET = {
  languageId: 'markdown',
  uri: { scheme: 'file', toString: () => 'file:///deals/deal.md' },
  getText: () => '---\ntermsheet: license\n---\n# Deal\n',
};

/** Any other property, call or `new` gives another stand-in, in a window without workspace folders: enough for what the extension does here. */
function standIn(): unknown {
  return new Proxy(function () {}, {
    get: (_, key) => {
      if (key === 'textDocuments') return openDocuments;
      // vscode.languages.match: no document matches a selector by name; FRONT_MATTER_SHEET is one by its front matter.
      if (key === 'match') return () => 0;
      return key === 'then' || key === 'workspaceFolders' || typeof key === 'symbol' ? undefined : standIn();
    },
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

/** The client's modules loaded afresh, as the extension host loads the extension. */
function loadClient(): { ServerConnection: typeof import('../../client/src/server-connection').ServerConnection } {
  for (const file of Object.keys(require.cache)) if (file.startsWith(CLIENT_OUT + path.sep)) delete require.cache[file];
  require(path.join(CLIENT_OUT, 'extension.js'));
  return require(path.join(CLIENT_OUT, 'server-connection.js')) as typeof import('../../client/src/server-connection');
}

function newConnection(ServerConnection: typeof import('../../client/src/server-connection').ServerConnection) {
  const context = { subscriptions: [], asAbsolutePath: (relative: string) => path.join('/extension', relative) };
  return new ServerConnection(context as unknown as import('vscode').ExtensionContext);
}

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
    const server = Object.assign(new EventEmitter(), { exitCode: null, signalCode: null, stdout: null, stderr: null, kill: () => server.emit('exit') });
    forked.push(server);
    return server;
  };
});

after(() => {
  for (const server of forked.splice(0)) server.emit('exit');
  moduleLoader._load = realLoad;
  childProcess.fork = realFork;
});

describe('starting the language server', () => {
  beforeEach(() => {
    // Told to exit by the client (which the stand-in library does not do), the last ones do.
    for (const server of forked.splice(0)) server.emit('exit');
    events.length = 0;
    clients.length = 0;
    openDocuments = [];
  });

  test('loading the extension with no term sheet open loads neither the library nor a server', () => {
    openDocuments = [{ ...FRONT_MATTER_SHEET, getText: () => '# Notes\n' }];
    loadClient();
    assert.deepEqual(events, []);
  });

  test('the server’s process is started before the library loads; a restart after a crash starts another', async () => {
    const connection = newConnection(loadClient().ServerConnection);
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

  test('a term sheet open as the extension loads: its server starts then, and the client takes that process', async () => {
    openDocuments = [FRONT_MATTER_SHEET];
    const { ServerConnection } = loadClient();
    assert.deepEqual(events, ['fork server.js --node-ipc'], 'started as the module loads, before activation');
    const connection = newConnection(ServerConnection);
    await connection.start();
    assert.deepEqual(events, ['fork server.js --node-ipc', 'library', 'client'], 'not started again');
    await clients[0].serverOptions();
    assert.equal(events.length, 3, 'the client speaks to the process started early');
    await connection.stop();
  });
});
