import { describe, expect, it } from 'vitest';
import { joinBase } from '../../../src/utils/url.ts';

describe('joinBase', () => {
  it('prefixes site paths with the root base', () => {
    expect(joinBase('/', 'docs/a/')).toBe('/docs/a/');
    expect(joinBase('/', '')).toBe('/');
  });
  it('prefixes site paths with a sub-path base, with or without its trailing slash', () => {
    expect(joinBase('/rdzl/', 'topics/township/')).toBe('/rdzl/topics/township/');
    expect(joinBase('/sub/dir', '/docs/a/')).toBe('/sub/dir/docs/a/');
    expect(joinBase('/sub/dir/', '')).toBe('/sub/dir/');
  });
});
