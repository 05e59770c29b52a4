/**
 * `node scripts/lib/pagefind-index.ts DIR`: indexes a built site with Pagefind's Node API into
 * DIR/pagefind. The benchmark runs it as its own process (to time it and measure its memory)
 * when the site's build does not index itself.
 */
import * as pagefind from 'pagefind';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/lib/pagefind-index.ts DIR');
  process.exit(2);
}
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dir });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(`pagefind: ${added.page_count} pages indexed`);
await pagefind.close();
