// Preloaded with `node --import`: records every module URL the process resolves, and writes the
// list to $WOO_TRACE_FILE at exit (used to check that light commands never load heavy modules).
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';

const seen = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => seen.add(url));
port1.unref();
register(
  'data:text/javascript,' +
    encodeURIComponent(`let port; export function initialize(d) { port = d.port; }
export async function resolve(specifier, context, next) { const r = await next(specifier, context); port.postMessage(r.url); return r; }`),
  { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] },
);
process.on('exit', () => writeFileSync(process.env.WOO_TRACE_FILE, [...seen].join('\n')));
