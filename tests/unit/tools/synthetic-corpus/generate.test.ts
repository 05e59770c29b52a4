import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { extractMaterial, generateCorpus } from '../../../../src/tools/synthetic-corpus/generate.ts';

const seeds = readdirSync('content/sources').map((f) => readFileSync(`content/sources/${f}`, 'utf8'));
const material = extractMaterial(seeds);
const places = [
  { name: '陆良县', province: '云南省' },
  { name: '疏勒县', province: '新疆维吾尔自治区' },
];

describe('generateCorpus', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = generateCorpus(material, places, { docs: 50, seed: 7 });
    expect(generateCorpus(material, places, { docs: 50, seed: 7 })).toEqual(a);
    expect(generateCorpus(material, places, { docs: 50, seed: 8 })).not.toEqual(a);
  });

  it('writes the requested number of articles as compilations of the seed material', () => {
    const files = generateCorpus(material, places, { docs: 200, seed: 1 });
    const titles = files.flatMap((f) => {
      const lines = f.text.split('\n');
      const markers = lines.filter((l) => /^第[一二三四五六七八九十]篇：/.test(l));
      return markers.length ? markers : [lines[0]];
    });
    expect(titles).toHaveLength(200);
    const body = files.map((f) => f.text).join('\n');
    expect(material.paragraphs.some((p) => body.includes(p.slice(0, 30)))).toBe(true);
    expect(body).toMatch(/(陆良|疏勒)县人大常委会 \d{4}年/);
  });
});
