// Preloaded into the bot process by auth.attack.ts (node --require): every TLS
// connection to Microsoft's login host goes to STALL_PORT on loopback instead,
// an endpoint that accepts and never answers — the stalled identity provider
// of issue 15 (4), without touching the bot's code or the network.
'use strict';
const tls = require('node:tls');
const port = Number(process.env.STALL_PORT);
const original = tls.connect;
tls.connect = function connect(...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : undefined;
  const host = options ? options.host || options.servername : args[1];
  if (typeof host === 'string' && /(^|\.)botframework\.com$|(^|\.)microsoftonline\.com$/.test(host)) {
    const redirected = { ...options, host: '127.0.0.1', port, servername: host };
    return original.call(tls, redirected, ...(typeof args[args.length - 1] === 'function' ? [args[args.length - 1]] : []));
  }
  return original.apply(tls, args);
};
