import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScope } from '../../../../src/ingest/classify/context.ts';
import { judgeScope, scopeMatcher } from '../../../../src/ingest/classify/scope.ts';
import { articleText } from '../../../../src/ingest/classify/article-text.ts';
import { seedCorpus } from '../../helpers/seed-articles.ts';

const scope = scopeMatcher(parseScope(readFileSync(new URL('../../../../content/scope.yaml', import.meta.url), 'utf8')));

describe('judgeScope', () => {
  it('is off topic for 政协提案 and 工商联 material even when 人大 is named in passing', () => {
    expect(judgeScope('县委人大政协工作会议经验交流材料：我局认真办理政协委员提案，提案办结率100%。', scope).onTopic).toBe(false);
    expect(judgeScope('我县工商联围绕非公有制经济发展，发挥商会作用。', scope).onTopic).toBe(false);
  });

  it('is on topic when people-s-congress vocabulary dominates, even with a 提案 mentioned', () => {
    expect(judgeScope('乡人大主席团组织人大代表视察，代表共提出提案32件，人代会期间', scope).onTopic).toBe(true);
  });

  it('is off topic with no scope vocabulary at all', () => {
    expect(judgeScope('今天天气很好。', scope)).toEqual({ onTopic: false, inside: 0, outside: 0 });
  });

  it('separates the seed corpus with a wide margin', () => {
    const shares = [...seedCorpus()].map(([id, a]) => {
      const v = judgeScope(articleText(a).all, scope);
      return { id, share: v.inside / (v.inside + v.outside) };
    });
    const off = shares.filter((s) => s.share < 0.5);
    expect(off.map((s) => s.id)).toEqual(['003-2', '004-3']);
    expect(Math.max(...off.map((s) => s.share))).toBeLessThan(0.1);
    expect(Math.min(...shares.filter((s) => s.share >= 0.5).map((s) => s.share))).toBeGreaterThan(0.9);
  });
});
