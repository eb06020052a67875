#!/usr/bin/env node
// Launcher: check the Node version before loading anything that needs a newer one.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`woo heeft Node.js 20.19 of nieuwer nodig; u gebruikt ${process.versions.node}.\n`);
  process.exit(1);
}
const { run } = await import('../dist/cli/main.js');
process.exitCode = await run(process.argv.slice(2));
