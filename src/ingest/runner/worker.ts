/**
 * Worker thread of the ingest pool: loads the data once, then runs processFile on each file it is
 * sent and posts the outcome back with the file's index. A crash (a bug, not bad input: bad input
 * is a refusal inside the outcome) is posted back as an error naming the file.
 */
import { parentPort } from 'node:worker_threads';
import { processFile } from './process-file.ts';
import type { SourceFile } from '../types.ts';
import { loadIngestContext } from './context.ts';

const context = loadIngestContext();

parentPort!.on('message', async ({ index, file }: { index: number; file: SourceFile }) => {
  try {
    parentPort!.postMessage({ index, outcome: await processFile(file, await context) });
  } catch (error) {
    parentPort!.postMessage({ index, error: `${file.name}: ${(error as Error).stack ?? String(error)}` });
  }
});
