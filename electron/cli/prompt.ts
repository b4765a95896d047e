/**
 * A password typed at the terminal, not echoed. Only when standard input is a terminal: a script
 * gives the password with --password-file instead, and nothing is ever read from the environment.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export function terminalPasswordPrompt(): ((question: string) => Promise<string | null>) | undefined {
  if (!process.stdin.isTTY) return undefined;
  return (question) =>
    new Promise((resolve) => {
      let muted = false;
      const output = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          if (!muted) process.stderr.write(chunk);
          callback();
        },
      });
      const rl = createInterface({ input: process.stdin, output, terminal: true });
      rl.question(question, (answer) => {
        rl.close();
        process.stderr.write('\n');
        resolve(answer);
      });
      muted = true;
      rl.on('SIGINT', () => {
        rl.close();
        process.stderr.write('\n');
        resolve(null);
      });
    });
}
