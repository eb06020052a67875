#!/usr/bin/env node
// Launcher: check the Node version before loading anything that needs a newer one.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`woo heeft Node.js 20.19 of nieuwer nodig; u gebruikt ${process.versions.node}.\n`);
  process.exit(1);
}
// No SIGINT/SIGTERM handler, on purpose: a handler cannot run while the decision parser or pdf.js is
// busy, so it would delay Ctrl+C until the work is done. The default action ends woo at once (exit
// status 130 / 143); writes are atomic and a dead process's lock is taken over, so nothing is lost.
const { run } = await import('../dist/cli/main.js');
process.exitCode = await run(process.argv.slice(2));
