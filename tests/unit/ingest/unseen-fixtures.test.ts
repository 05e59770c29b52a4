/**
 * Every unseen fixture (tests/fixtures/unseen: texts copied from public web pages, page chrome
 * included) and every seed document comes out as a reader expects: title, kind, level, year,
 * place, onTopic, headings, page chrome and noise gone, body sentences kept — and no removal of
 * any of them holds body prose. `npm run measure:ingest` prints the same scores as shares.
 */
import { describe, expect, it } from 'vitest';
import { FIELDS, loadFixtures, scoreFixtures, scoreSeeds } from '../../../src/tools/bench/ingest-accuracy.ts';
import { loadIngestContext } from '../../../src/ingest/runner/context.ts';

const context = await loadIngestContext();
const fixtures = loadFixtures();
const fixtureScores = await scoreFixtures(context, fixtures);
const seedScores = await scoreSeeds(context);

describe('unseen web-page fixtures', () => {
  it('has at least 24 fixtures, a third of them held out', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(24);
    expect(fixtures.filter((f) => f.heldOut).length).toBeGreaterThanOrEqual(Math.floor(fixtures.length / 3));
  });

  it.each(fixtures.map((f, i) => [f.slug, f, fixtureScores[i]!] as const))('%s', (_, fixture, score) => {
    const known = fixture.expected.known ?? {};
    const wrong = FIELDS.filter((f) => score.results[f] === false && !(f in known)).map((f) => `${f}: ${score.found[f]}`);
    expect(wrong).toEqual([]);
    // A known miss that comes out right should lose its entry in expected.json `known`.
    for (const field of Object.keys(known)) expect(score.results[field as keyof typeof score.results], `known miss ${field}`).toBe(false);
  });
});

describe('seed documents', () => {
  it.each(seedScores.map((s) => [s.id, s] as const))('%s', (_, score) => {
    expect(FIELDS.filter((f) => score.results[f] === false).map((f) => `${f}: ${score.found[f]}`)).toEqual([]);
  });
});

describe('the removal audit', () => {
  it('finds no body prose in any removal of the seeds and the fixtures', () => {
    const flagged = [...fixtureScores, ...seedScores].filter((s) => s.results['no prose removed'] === false);
    expect(flagged.map((s) => `${s.id}: ${s.found['no prose removed']}`)).toEqual([]);
  });
});
