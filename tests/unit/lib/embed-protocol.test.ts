import { describe, expect, it } from 'vitest';
import {
  heightMessage,
  isHeightMessage,
  messageOrigins,
  opensOutsideFrame,
  paramsToKeep,
  resolveLinkTarget,
} from '../../../src/lib/embed-protocol.ts';

describe('link target of an embedded page', () => {
  it('takes ?target= when valid, else the configured default, else _parent', () => {
    expect(resolveLinkTarget('?target=_blank', '_parent')).toBe('_blank');
    expect(resolveLinkTarget('?q=x&target=_top', '_blank')).toBe('_top');
    expect(resolveLinkTarget('?target=evil', '_blank')).toBe('_blank');
    expect(resolveLinkTarget('?target=_self', undefined)).toBe('_parent');
    expect(resolveLinkTarget('', 'nonsense')).toBe('_parent');
  });

  it('sends document and topic links out of the frame, keeps in-page anchors and embed pages in it', () => {
    const page = new URL('http://kb.example/rdzl/embed/search/?q=%E4%BB%A3%E8%A1%A8');
    expect(opensOutsideFrame('/rdzl/docs/a-speech/', page, '/rdzl/')).toBe(true);
    expect(opensOutsideFrame('../../topics/deputies/', page, '/rdzl/')).toBe(true);
    expect(opensOutsideFrame('/rdzl/', page, '/rdzl/')).toBe(true);
    expect(opensOutsideFrame('#results', page, '/rdzl/')).toBe(false);
    expect(opensOutsideFrame('/rdzl/embed/topics/', page, '/rdzl/')).toBe(false);
    expect(opensOutsideFrame('?q=other', page, '/rdzl/')).toBe(false);
    expect(opensOutsideFrame('http://other.example/rdzl/embed/x/', page, '/rdzl')).toBe(true);
  });

  it('keeps ?embed and ?target across an in-frame form submit', () => {
    expect(paramsToKeep('?q=x&target=_blank&embed=1')).toEqual([
      ['embed', '1'],
      ['target', '_blank'],
    ]);
    expect(paramsToKeep('?q=x')).toEqual([]);
  });
});

describe('height message', () => {
  it('is rounded up to whole pixels and recognised by the portal side', () => {
    const message = heightMessage(412.2, '/rdzl/embed/search/');
    expect(message).toEqual({ type: 'rdzl:height', height: 413, path: '/rdzl/embed/search/' });
    expect(isHeightMessage(message)).toBe(true);
    expect(isHeightMessage({ type: 'rdzl:height', height: '413' })).toBe(false);
    expect(isHeightMessage({ type: 'rdzl:height', height: Number.NaN })).toBe(false);
    expect(isHeightMessage({ type: 'other', height: 1 })).toBe(false);
    expect(isHeightMessage(null)).toBe(false);
  });

  it('goes to each configured portal origin, or to any parent when none is configured', () => {
    expect(messageOrigins(['http://portal.a', 'http://portal.b'])).toEqual(['http://portal.a', 'http://portal.b']);
    expect(messageOrigins([])).toEqual(['*']);
    expect(messageOrigins([''])).toEqual(['*']);
  });
});
