// Preloaded with `node --require`: records every outbound connection attempt to the file named in
// NO_NETWORK_LOG (one JSON line each). Connections to a host or port are flagged; a pipe or a Unix
// socket path (LSP stdio, IPC) is not.
'use strict';
const fs = require('node:fs');
const log = process.env.NO_NETWORK_LOG;
function record(api, detail) {
  if (log) fs.appendFileSync(log, JSON.stringify({ api, detail: String(detail), pid: process.pid }) + '\n');
}
function isHostConnect(args) {
  const first = args[0];
  if (Array.isArray(first)) return isHostConnect(first);
  if (typeof first === 'number') return true;
  if (typeof first === 'string') return !Number.isNaN(Number(first)) || /^[a-z][a-z0-9+.-]*:\/\//i.test(first);
  if (first && typeof first === 'object') return first.path === undefined && (first.port !== undefined || first.host !== undefined);
  return false;
}
function wrap(object, name, api, always) {
  const original = object[name];
  if (typeof original !== 'function') return;
  object[name] = function (...args) {
    if (always || isHostConnect(args))
      record(api, JSON.stringify(args[0] && typeof args[0] === 'object' ? { host: args[0].host ?? args[0].hostname, port: args[0].port } : args[0]));
    return original.apply(this, args);
  };
}
const net = require('node:net');
wrap(net, 'connect', 'net.connect');
wrap(net, 'createConnection', 'net.createConnection');
wrap(net.Socket.prototype, 'connect', 'net.Socket.connect');
const tls = require('node:tls');
wrap(tls, 'connect', 'tls.connect', true);
const dns = require('node:dns');
for (const name of Object.keys(dns)) if (name === 'lookup' || name === 'lookupService' || name.startsWith('resolve')) wrap(dns, name, `dns.${name}`, true);
for (const name of Object.keys(dns.promises))
  if (name === 'lookup' || name === 'lookupService' || name.startsWith('resolve')) wrap(dns.promises, name, `dns.promises.${name}`, true);
for (const module of ['http', 'https']) {
  const m = require(`node:${module}`);
  wrap(m, 'request', `${module}.request`, true);
  wrap(m, 'get', `${module}.get`, true);
}
if (typeof globalThis.fetch === 'function') wrap(globalThis, 'fetch', 'fetch', true);
