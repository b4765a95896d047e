#!/usr/bin/env node
// Launcher of the `group-ledger` command. The registry needs node:sqlite (Node >= 22.13); when the
// Node running this is older, the project's pinned Node (the `node` dev dependency) runs it instead.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'node', 'cli.mjs');
if (!existsSync(cli)) {
  process.stderr.write('GroupLedger is not built yet: run "npm run build" in ' + root + '\n');
  process.exit(1);
}
const [major, minor] = process.versions.node.split('.').map(Number);
let node = process.execPath;
if (major < 22 || (major === 22 && minor < 13)) {
  const pinned = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
  if (!existsSync(pinned)) {
    process.stderr.write('GroupLedger needs Node.js 22.13 or newer (this is ' + process.version + '). Run "npm install".\n');
    process.exit(1);
  }
  node = pinned;
}
const result = spawnSync(node, [cli, ...process.argv.slice(2)], { stdio: 'inherit', shell: process.platform === 'win32' && node !== process.execPath });
process.exit(result.status === null ? 1 : result.status);
