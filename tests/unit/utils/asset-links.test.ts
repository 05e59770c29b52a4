import { describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingAssets, repairMissingAssets } from '../../../src/utils/asset-links.ts';

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

describe('repairMissingAssets', () => {
  /** A site whose one page links to `_astro/a.js`, which is missing. */
  function brokenSite(): string {
    const dir = mkdtempSync(join(tmpdir(), 'assets-'));
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, 'index.html'), '<script type="module" src="/_astro/a.js"></script>');
    return dir;
  }

  it('rebuilds once, saying why, and reports nothing when the rebuild wrote the file', () => {
    const dir = brokenSite();
    const said = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      let rebuilds = 0;
      const lines = repairMissingAssets(dir, () => {
        rebuilds++;
        writeFileSync(join(dir, '_astro/a.js'), '');
      });
      expect(lines).toEqual([]);
      expect(rebuilds).toBe(1);
      expect(said.mock.calls[0][0]).toContain('增量构建保留的 1 个页面引用了本次构建没有生成的脚本或样式（如 index.html → _astro/a.js），改为全部重新生成。');
    } finally {
      said.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names each missing file and the page when a full build still lacks it', () => {
    const dir = brokenSite();
    try {
      expect(repairMissingAssets(dir, undefined)).toEqual([`${join(dir, 'index.html')}: 引用的 _astro/a.js 不存在`, '构建结果不完整：1 处引用的文件不存在。']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
