/**
 * Runs processFile over many source files: cached outcomes are reused, the rest are processed in
 * worker threads (or in this thread when one job is asked for). Outcomes come back in input order
 * whatever order the workers finish in, so the output is byte-identical to a sequential run.
 */
import { availableParallelism } from 'node:os';
import { IngestError } from '../errors.ts';
import { processFile, refusal, type FileOutcome, type IngestContext } from './process-file.ts';
import type { SourceFile } from '../types.ts';
import type { IngestCache } from './cache.ts';
import { loadIngestContext } from './context.ts';
import { runInWorkers, type NextJob } from '../../utils/worker-pool.ts';

/** Below this many files to process, starting workers (about a second each) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 16;

/** Default number of jobs: one per core. */
export const defaultJobs = (): number => availableParallelism();

/**
 * An input file: already read, or a function that reads it (throwing IngestError when it cannot),
 * called when the file's turn comes so that only the files being processed are in memory.
 */
export type InputFile = SourceFile | (() => SourceFile);

/** Reads an input file; one that cannot be read becomes its refusal outcome. */
function read(input: InputFile): { file: SourceFile; refused?: undefined } | { file?: undefined; refused: FileOutcome } {
  try {
    return { file: typeof input === 'function' ? input() : input };
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return { refused: refusal(error) };
  }
}

/** The name and hash of a file, which is all the cache needs to store its outcome. */
const cacheKey = (file: SourceFile): SourceFile => ({ ...file, bytes: new Uint8Array() });

/** An outcome, with the file it came from when the file could be read (to cache it under). */
interface Processed {
  outcome: FileOutcome;
  key?: SourceFile;
}

/** Processes files in `jobs` worker threads, reading each when a worker is free; result i is the outcome of files[i]. */
async function processInWorkers(files: InputFile[], jobs: number, onDone: () => void): Promise<Processed[]> {
  const outcomes = new Array<FileOutcome>(files.length);
  const keys = new Array<SourceFile | undefined>(files.length);
  let next = 0;
  // The next file that can be read; one that cannot is refused here, without a worker.
  const nextFile: NextJob<SourceFile> = () => {
    while (next < files.length) {
      const index = next++;
      const { file, refused } = read(files[index]!);
      if (!refused) {
        keys[index] = cacheKey(file!);
        return { index, job: file! };
      }
      outcomes[index] = refused;
      onDone();
    }
    return undefined;
  };
  const done = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    onDone();
  };
  await runInWorkers(new URL('./worker.ts', import.meta.url), nextFile, done, { threads: Math.min(jobs, files.length) });
  return outcomes.map((outcome, i) => ({ outcome, key: keys[i] }));
}

/** Processes files one after another in this thread, reading each when its turn comes. */
async function processHere(files: InputFile[], context: IngestContext, onDone: () => void): Promise<Processed[]> {
  const results: Processed[] = [];
  for (const input of files) {
    const { file, refused } = read(input);
    results.push(refused ? { outcome: refused } : { outcome: await processFile(file!, context), key: cacheKey(file!) });
    onDone();
  }
  return results;
}

export interface ProcessOptions {
  /** Worker threads to use when at least MIN_FILES_FOR_WORKERS files need processing. */
  jobs: number;
  cache?: IngestCache;
  /** Called with the number of files done so far, as files are taken from the cache or processed. */
  onProgress?: (files: number) => void;
}

export interface ProcessResult {
  outcomes: FileOutcome[];
  /** How many files were taken from the cache. */
  cached: number;
}

/**
 * Outcomes of all files in input order: from the cache where possible, otherwise processed. Files
 * are read one at a time (once to look them up in the cache, again when processed), so only the
 * files being processed are in memory; one that cannot be read is refused in its outcome.
 */
export async function processFiles(files: InputFile[], { jobs, cache, onProgress }: ProcessOptions): Promise<ProcessResult> {
  let cached = 0;
  const outcomes = files.map((input) => {
    const { file, refused } = read(input);
    const found = file && cache?.get(file);
    if (found) cached++;
    return refused ?? found;
  });
  const missing = files.flatMap((_, i) => (outcomes[i] ? [] : [i]));
  const todo = missing.map((i) => files[i]!);
  let done = files.length - todo.length;
  const onDone = () => onProgress?.(++done);
  onProgress?.(done);
  let fresh: Processed[] = [];
  if (todo.length) {
    // Loaded here even when workers load their own: a broken data file fails once, with its own message.
    const context = await loadIngestContext();
    fresh = jobs > 1 && todo.length >= MIN_FILES_FOR_WORKERS ? await processInWorkers(todo, jobs, onDone) : await processHere(todo, context, onDone);
  }
  missing.forEach((i, k) => {
    const { outcome, key } = fresh[k]!;
    outcomes[i] = outcome;
    if (key) cache?.set(key, outcome);
  });
  return { outcomes: outcomes as FileOutcome[], cached };
}
