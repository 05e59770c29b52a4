/**
 * Worker thread of the ingest pool (src/utils/worker-pool.ts): loads the data once, then runs
 * processFile on each file it is sent. A crash (a bug, not bad input: bad input is a refusal inside
 * the outcome) is answered as an error naming the file.
 */
import { processFile } from './process-file.ts';
import type { SourceFile } from '../types.ts';
import { loadIngestContext } from './context.ts';
import { serveJobs } from '../../utils/worker-pool.ts';

const context = loadIngestContext();

serveJobs(async (file: SourceFile) => processFile(file, await context), (file) => file.name);
