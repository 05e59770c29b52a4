import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingAssets } from '../../../src/utils/asset-links.ts';

describe('missingAssets', () => {
  it('names each page that links to a bundled file the site folder lacks, under any base path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assets-'));
    try {
      mkdirSync(join(dir, '_astro'));
      mkdirSync(join(dir, 'docs/a'), { recursive: true });
      writeFileSync(join(dir, '_astro/Base.abc.css'), '');
      writeFileSync(join(dir, '_astro/SearchBox.new.js'), '');
      const head = (script: string) => `<link rel="stylesheet" href="/kb/_astro/Base.abc.css"><script type="module" src="/kb/_astro/${script}"></script>`;
      writeFileSync(join(dir, 'index.html'), head('SearchBox.new.js'));
      writeFileSync(join(dir, 'docs/a/index.html'), `${head('SearchBox.old.js')}<a href="/kb/docs/">全部</a>`);
      expect(missingAssets(dir)).toEqual([{ page: 'docs/a/index.html', asset: '_astro/SearchBox.old.js' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
