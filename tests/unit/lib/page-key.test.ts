/**
 * Cache keys decide which pages an incremental build renders again: a key must change whenever
 * what its page shows changes, and should stay put otherwise (or the build renders for nothing).
 */
import { describe, expect, it } from 'vitest';
import type { DocEntry } from '../../../src/lib/corpus.ts';
import { docPageKey, type DocPageLinks } from '../../../src/lib/doc-page.ts';
import { listKeyData, pageKey } from '../../../src/lib/page-key.ts';
import type { DocRecord } from '../../../src/lib/types.ts';
import { doc } from '../helpers/doc-fixture.ts';

/** An entry as the content layer stores it: the digest stands for the file's text. */
const entry = (record: DocRecord, digest = 'digest-of-the-text') => ({ ...record, collection: 'speeches', digest }) as unknown as DocEntry;
const changed = (record: DocRecord, data: Partial<DocRecord['data']>): DocRecord => ({ ...record, data: { ...record.data, ...data } });

describe('document page key', () => {
  const self = doc('self');
  const links: DocPageLinks = { prev: doc('p'), next: doc('n'), related: [doc('r1'), doc('r2')] };
  const key = docPageKey(entry(self), links);

  it('is the same for the same document and links', () => {
    expect(docPageKey(entry(doc('self')), { prev: doc('p'), next: doc('n'), related: [doc('r1'), doc('r2')] })).toBe(key);
  });
  it('changes with the text, the frontmatter, and the titles of the documents it links to', () => {
    expect(docPageKey(entry(self, 'digest-of-another-text'), links)).not.toBe(key);
    expect(docPageKey(entry(changed(self, { speaker: '某主任' })), links)).not.toBe(key);
    expect(docPageKey(entry(self), { ...links, next: changed(links.next!, { title: '新标题' }) })).not.toBe(key);
    expect(docPageKey(entry(self), { ...links, canonical: doc('c') })).not.toBe(key);
    expect(docPageKey(entry(self), { ...links, related: [links.related[1], links.related[0]] })).not.toBe(key);
    expect(docPageKey(entry(self), { ...links, related: [links.related[0], changed(links.related[1], { year: 1999 })] })).not.toBe(key);
  });
  it('stays when a linked document changes only in what the page does not show', () => {
    const quiet = { summary: '另一段摘要。', speaker: '某人' };
    expect(docPageKey(entry(self), { ...links, next: changed(links.next!, quiet) })).toBe(key);
    expect(docPageKey(entry(self), { ...links, related: [changed(links.related[0], quiet), links.related[1]] })).toBe(key);
  });
});

describe('list page key', () => {
  const docs = [doc('a'), doc('b', { level: 'township' })];
  const key = pageKey(listKeyData(docs));
  it('changes with a listed document’s title, meta line, summary, level or kind, and with the order', () => {
    for (const change of [{ title: '新' }, { year: 2001 }, { summary: '新摘要。' }, { level: 'province' as const }, { kind: 'report' as const }, { onTopic: false }]) {
      expect(pageKey(listKeyData([changed(docs[0], change), docs[1]])), JSON.stringify(change)).not.toBe(key);
    }
    expect(pageKey(listKeyData([docs[1], docs[0]]))).not.toBe(key);
  });
  it('stays when a listed document changes only in what lists do not show', () => {
    expect(pageKey(listKeyData([changed(docs[0], { speaker: '某人', topics: ['deputies'] }), docs[1]]))).toBe(key);
  });
});
