/**
 * Preloaded into a step's process by the tests that need it (NODE_OPTIONS=--require …): the made-up hosts
 * `*.emulator.test` resolve to 127.0.0.1, where the TLS emulator answers for them (its certificate names them), and any
 * other name resolves as usual. So a request that goes direct to such a host never asks a DNS server.
 */
const dns = require('node:dns');

const original = dns.lookup;
dns.lookup = function lookup(...args) {
  const [hostname, options, callback] = args;
  const done = typeof options === 'function' ? options : callback;
  if (typeof hostname !== 'string' || !/\.emulator\.test$/i.test(hostname)) {
    return original.apply(this, args);
  }
  const all = typeof options === 'object' && options !== null && options.all;
  process.nextTick(() => (all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4)));
  return {};
};
