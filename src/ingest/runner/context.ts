/**
 * The data files per-file ingestion depends on, and loading them into an IngestContext. Shared by
 * the CLI, its worker threads and the cache fingerprint, so all three agree on what "the data" is.
 */
import { ALTERED_FILE } from '../classify/altered.ts';
import { loadClassifyContext } from '../classify/index.ts';
import { PLACES_FILE } from '../classify/context.ts';
import { loadNoise, NOISE_FILE } from '../noise.ts';
import type { IngestContext } from './process-file.ts';

/** Data files (relative to the project root) whose content changes what processFile returns. */
export const INGEST_DATA_FILES = [NOISE_FILE, 'content/topics.yaml', 'content/eras.yaml', PLACES_FILE, 'content/scope.yaml', ALTERED_FILE];

/** Reads and compiles the noise patterns and classification data. */
export async function loadIngestContext(): Promise<IngestContext> {
  return { noise: await loadNoise(), classify: loadClassifyContext() };
}
