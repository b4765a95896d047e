/**
 * The people-file worker thread (bundled as dist/electron/people-import-worker.mjs): reads one
 * staff list (parsePeopleFile) and sends the rows back, so the window keeps answering while a
 * large XLSX is unpacked and parsed. Errors go back as their code and parameters.
 */
import { parentPort } from 'node:worker_threads';
import { LedgerError } from '../../../../shared/errors';
import { parsePeopleFile } from './peopleFile';
import type { ParseReply, ParseRequest } from './parseOffThread';

parentPort!.once('message', ({ fileName, bytes }: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { type: 'done', file: parsePeopleFile(fileName, bytes) };
  } catch (error) {
    reply =
      error instanceof LedgerError
        ? { type: 'failed', code: error.code, params: error.params }
        : { type: 'failed', code: null, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
