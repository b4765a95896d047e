/**
 * The people-file worker thread (bundled as dist/electron/people-import-worker.mjs): reads one
 * staff list (parsePeopleFile) and sends the rows back, so the window keeps answering while a
 * large XLSX is unpacked and parsed. How far it is goes back as it reads (a message per whole
 * percent at most); errors go back as their code and parameters. Stopping it is the caller's
 * (parseOffThread.ts ends the thread).
 */
import { parentPort } from 'node:worker_threads';
import { failedReply, progressSender, type WorkerJobReply } from '../../../core/workerJob';
import { parsePeopleFile } from './peopleFile';
import type { ParseRequest } from './parseOffThread';
import { backgroundThread } from '../../../core/background';

// Below the window in the processor's queue (core/background.ts).
backgroundThread();

parentPort!.once('message', ({ fileName, bytes }: ParseRequest) => {
  let reply: WorkerJobReply;
  try {
    reply = { type: 'done', value: parsePeopleFile(fileName, bytes, progressSender()) };
  } catch (error) {
    reply = failedReply(error);
  }
  parentPort!.postMessage(reply);
});
