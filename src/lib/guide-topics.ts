/** The topics a guide step names (`<DocsFor topic=…>` in content/guides/*.mdx), checked against the taxonomy. */
import { TOPICS_FILE, type Topic } from '../collections/taxonomy.ts';

/** The topics of `slugs`; throws naming the slug and the ones allowed when the taxonomy has no such topic. */
export function guideTopics(slugs: string[], bySlug: ReadonlyMap<string, Topic>): Topic[] {
  return slugs.map((slug) => {
    const found = bySlug.get(slug);
    if (!found) {
      throw new Error(`<DocsFor topic="${slug}">: "${slug}" 不是可用的专题；可用的值：${[...bySlug.keys()].join(', ')}（见 ${TOPICS_FILE}）`);
    }
    return found;
  });
}
