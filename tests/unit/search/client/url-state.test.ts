import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../../../src/search/client/url-state.ts';

describe('url state', () => {
  it('round-trips query, filters and sort, keeping unrelated parameters', () => {
    const params = writeState({ q: ' 代表 工作 ', filters: { topic: 'deputies', year: '2012' }, sort: 'year' }, new URLSearchParams('embed=1&q=old'));
    expect(params.toString()).toBe('embed=1&q=%E4%BB%A3%E8%A1%A8+%E5%B7%A5%E4%BD%9C&topic=deputies&year=2012&sort=year');
    expect(readState(params)).toEqual({ q: '代表 工作', filters: { topic: 'deputies', year: '2012' }, sort: 'year' });
  });
});
