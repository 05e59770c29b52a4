import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSiteConfig, parseSiteConfig } from '../../../src/lib/site-config.ts';

describe('content/site.yaml', () => {
  it('gives the defaults for an empty file', () => {
    expect(parseSiteConfig('')).toEqual({
      name: '人大工作实务知识库',
      contact: '请联系本单位信息化管理员',
      embed: { linkTarget: '_parent', portalOrigins: [] },
      federation: [],
      federationReaders: [],
    });
  });

  it('reads the project file', () => {
    expect(loadSiteConfig().contact).toBeTruthy();
  });

  it('reads a file again after an editor changed it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-config-'));
    try {
      const file = join(dir, 'site.yaml');
      writeFileSync(file, 'contact: 甲\n');
      utimesSync(file, 1_000, 1_000);
      expect(loadSiteConfig(file).contact).toBe('甲');
      writeFileSync(file, 'contact: 乙\n');
      utimesSync(file, 2_000, 2_000);
      expect(loadSiteConfig(file).contact).toBe('乙');
      rmSync(file);
      expect(loadSiteConfig(file).contact).toBe('请联系本单位信息化管理员');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file and key of every bad value, and what is allowed', () => {
    expect(() => parseSiteConfig('embed:\n  portalOrigins: [http://portal.example/page/]\n  linkTarget: _self', 'x/site.yaml')).toThrow(
      [
        'x/site.yaml: embed.linkTarget: "_self" 不是可用的值；可用的值：_parent, _blank, _top',
        'x/site.yaml: embed.portalOrigins.0: "http://portal.example/page/"：要写成来源地址，如 http://portal.example.gov.cn（不带路径，末尾不加 /）',
      ].join('\n'),
    );
  });
});
