// postinstall: fetch Electron's binary when it can be had. Electron 42+ no longer downloads it on
// install; without it `npm start` falls back to browser mode and the Electron end-to-end test is
// skipped with its reason. An offline machine must still install cleanly, so this never fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronDir = join(process.cwd(), 'node_modules', 'electron');
const installer = join(electronDir, 'install.js');

function binaryPresent() {
  try {
    const rel = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    return existsSync(join(electronDir, 'dist', rel));
  } catch {
    return false;
  }
}

if (!existsSync(installer)) process.exit(0);
if (binaryPresent()) process.exit(0);
if (process.env.GROUP_LEDGER_SKIP_ELECTRON === '1') {
  console.log('GroupLedger: GROUP_LEDGER_SKIP_ELECTRON=1, not fetching the Electron binary.');
  process.exit(0);
}
const result = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 120_000, encoding: 'utf8' });
if (result.status === 0 && binaryPresent()) {
  console.log('GroupLedger: the Electron binary is installed.');
} else {
  console.log(
    'GroupLedger: the Electron binary could not be downloaded (this machine seems to be offline).\n' +
      '  `npm start` will open GroupLedger in browser mode instead; `npm test` skips the desktop-window test.\n' +
      '  When online, run `npx install-electron --no` to add the desktop window.',
  );
}
