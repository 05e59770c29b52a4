import { describe, expect, it } from 'vitest';
import { guideTopics } from '../../../src/lib/guide-topics.ts';
import { loadTopics } from '../../../src/collections/taxonomy.ts';

const topics = loadTopics();
const bySlug = new Map(topics.map((t) => [t.slug, t]));

describe('the topics a guide step names', () => {
  it('are the taxonomy’s topics, in the order named', () => {
    const [a, b] = topics;
    expect(guideTopics([b!.slug, a!.slug], bySlug)).toEqual([b, a]);
  });

  it('stop the build on a slug the taxonomy lacks, naming it and the slugs allowed', () => {
    expect(() => guideTopics([topics[0]!.slug, 'dputies'], bySlug)).toThrow(
      `<DocsFor topic="dputies">: "dputies" 不是可用的专题；可用的值：${topics.map((t) => t.slug).join(', ')}（见 content/topics.yaml）`,
    );
  });
});
