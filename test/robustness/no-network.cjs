// Preload (node --require this-file) for the network test: every way a Node program reaches the
// network is replaced by a stub that appends one JSON line to $VERBATIM_NET_LOG (what was called,
// with what, from where) and throws, so nothing ever leaves the process. Loading it writes the pid
// to $VERBATIM_NET_LOADED, to prove it ran in the process under test.
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const dgram = require('node:dgram');

const LOG = process.env.VERBATIM_NET_LOG;
if (process.env.VERBATIM_NET_LOADED) fs.appendFileSync(process.env.VERBATIM_NET_LOADED, `${process.pid}\n`);

function describe(args) {
  try {
    return JSON.stringify(args, (_k, v) =>
      typeof v === 'function'
        ? '[function]'
        : v instanceof URL
          ? String(v)
          : v && typeof v === 'object' && v.constructor && !['Object', 'Array'].includes(v.constructor.name)
            ? `[${v.constructor.name}]`
            : v,
    ).slice(0, 500);
  } catch {
    return '[unprintable]';
  }
}

function stub(name) {
  return function blocked(...args) {
    const line = JSON.stringify({
      api: name,
      args: describe(args),
      pid: process.pid,
      stack: (new Error().stack || '')
        .split('\n')
        .slice(2, 8)
        .map((s) => s.trim()),
    });
    if (LOG) fs.appendFileSync(LOG, line + '\n');
    throw new Error(`network access blocked by the test: ${name}`);
  };
}

net.Socket.prototype.connect = stub('net.Socket.prototype.connect');
net.connect = stub('net.connect');
net.createConnection = stub('net.createConnection');
tls.connect = stub('tls.connect');
for (const f of [
  'lookup',
  'lookupService',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCname',
  'resolveMx',
  'resolveNs',
  'resolveTxt',
  'resolveSrv',
  'reverse',
]) {
  if (typeof dns[f] === 'function') dns[f] = stub(`dns.${f}`);
  if (dns.promises && typeof dns.promises[f] === 'function') dns.promises[f] = stub(`dns.promises.${f}`);
}
if (dns.Resolver)
  for (const f of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'])
    dns.Resolver.prototype[f] = stub(`dns.Resolver.${f}`);
http.request = stub('http.request');
http.get = stub('http.get');
https.request = stub('https.request');
https.get = stub('https.get');
dgram.Socket.prototype.send = stub('dgram.Socket.prototype.send');
dgram.Socket.prototype.connect = stub('dgram.Socket.prototype.connect');
if (typeof globalThis.fetch === 'function') globalThis.fetch = stub('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = stub('WebSocket');
