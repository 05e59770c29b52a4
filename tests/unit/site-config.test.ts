import { describe, expect, it } from 'vitest';
import { loadSiteConfig, parseSiteConfig } from '../../src/lib/site-config.ts';

describe('content/site.yaml', () => {
  it('gives the defaults for an empty file', () => {
    expect(parseSiteConfig('')).toEqual({
      contact: '请联系本单位信息化管理员',
      embed: { linkTarget: '_parent', portalOrigins: [] },
    });
  });

  it('reads the project file', () => {
    expect(loadSiteConfig().contact).toBeTruthy();
  });

  it('names the file and key of a bad value', () => {
    expect(() => parseSiteConfig('embed:\n  portalOrigins: [http://portal.example/page/]', 'x/site.yaml')).toThrow(
      /^x\/site\.yaml: embed\.portalOrigins\.0: must be an origin/,
    );
    expect(() => parseSiteConfig('embed:\n  linkTarget: _self', 'x/site.yaml')).toThrow(/^x\/site\.yaml: embed\.linkTarget: /);
  });
});
