/**
 * The Pagefind index of a built site (dist/pagefind/), through Pagefind's Node API, with the
 * filters, metadata and sort key IndexData.astro puts on each document page.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Runs Pagefind over `dist` into `dist/pagefind/`; throws with Pagefind's errors. */
export async function writePagefindIndex(dist: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
