/** Entry point of the `group-ledger` command (bundled to dist/node/cli.mjs). */
import { runCli } from './run';
import { terminalPasswordPrompt } from './prompt';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  cwd: process.cwd(),
  askPassword: terminalPasswordPrompt(),
});
process.exitCode = code;
