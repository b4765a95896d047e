// `npm start`: the desktop app when Electron's binary is installed; otherwise the same app in the
// system browser (browser mode), on the same data folder. Arguments after `--` are passed on
// (e.g. `npm start -- --data D:\ledger`).
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const args = process.argv.slice(2);
const electron = electronBinary();
if (electron) {
  const child = spawn(electron, ['.', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('GroupLedger: the Electron binary is not installed (offline install); opening browser mode.');
  const dataIndex = args.indexOf('--data');
  // --user-data: the same folder the desktop app uses (electron/core/paths.ts).
  const harnessArgs = dataIndex >= 0 ? ['--data', args[dataIndex + 1]] : ['--user-data'];
  const child = spawn(process.execPath, ['dist/node/harness.mjs', ...harnessArgs], {
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const match = /GROUP_LEDGER_URL (\S+)/.exec(chunk);
    if (match) openBrowser(match[1]);
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

function openBrowser(url) {
  const [cmd, cmdArgs] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  const opener = spawn(cmd, cmdArgs, { stdio: 'ignore', detached: true });
  opener.on('error', () => console.log(`Open ${url} in your browser.`));
  opener.unref();
}
