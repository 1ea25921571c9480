import { describe, expect, it } from 'vitest';
import { getCatalogueMatcher, getSearchRecords } from './catalogue';
import { adversarialInputs } from './adversarial-inputs';
import { capQuery, MAX_QUERY_LENGTH, MAX_QUERY_TOKENS } from './normalize';
import { maxAlignedWords } from './score';
import { buildSearchIndex } from './search-index';
import { MAX_SEGMENTS } from './segment';

/** Deterministic pseudo-random numbers so a failure can be reproduced. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function generateInputs(count: number): string[] {
  const next = random(42);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const fragments = [
    'smart rule',
    'BL01001973',
    '[Support ID: ',
    '(((',
    '.*+?^${}()|[]\\',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    "'",
    '"',
    '\u0000',
    '\u202e',
    '🙂',
    'ß',
    '\r\n',
    '\t',
  ];
  const generators: Array<() => string> = [
    () => Array.from({ length: Math.floor(next() * 200) }, () => String.fromCodePoint(Math.floor(next() * 0x2ffff))).join(''),
    () => Array.from({ length: Math.floor(next() * 300) }, () => String.fromCharCode(Math.floor(next() * 32))).join(''),
    () => Array.from({ length: Math.floor(next() * 60) }, () => pick(fragments)).join(pick(['', ' ', '\n'])),
    () => String(Math.floor(next() * 1e12)).repeat(1 + Math.floor(next() * 50)),
    () => ' \n\t'.repeat(Math.floor(next() * 500)),
    () => 'Smart rule vendor_creation was violated '.repeat(1 + Math.floor(next() * 100)),
  ];
  const inputs = Array.from({ length: count }, () => pick(generators)());
  inputs.push('x'.repeat(100_000), 'a b '.repeat(50_000), '1'.repeat(100_000), "'".repeat(100_000), '@'.repeat(100_000));
  return inputs;
}

describe('matcher robustness', () => {
  // A generous timeout, not a speed check: on a loaded 2-core machine thousands of matches take seconds.
  it('answers 3,000 generated inputs without throwing', { timeout: 120_000 }, () => {
    const matcher = getCatalogueMatcher();
    for (const input of generateInputs(3000)) {
      const response = matcher.match(input);
      expect(Array.isArray(response.results)).toBe(true);
      expect(response.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    }
  });

  it('answers non-string input', () => {
    const matcher = getCatalogueMatcher();
    for (const input of [undefined, null, 42, {}, []]) expect(matcher.match(input).results).toEqual([]);
  });
});

// Cost is proven by counting work, never by timing it: a clock-based bound fails on a busy machine.
describe('bounded work per query', () => {
  const matcher = getCatalogueMatcher();
  const longestCatalogueWord = 40;
  const entries = buildSearchIndex(getSearchRecords()).entries;
  const mostClauses = Math.max(...entries.map((entry) => entry.clauses.length));
  const longestMessage = Math.max(...entries.flatMap((entry) => entry.phrases.map((phrase) => phrase.sequence.length)));
  const mostMessages = Math.max(...entries.map((entry) => entry.phrases.filter((phrase) => phrase.isMessage).length));

  it.each(Object.entries(adversarialInputs))('%s', (_name, input) => {
    matcher.match(input);
    const work = matcher.lastWork();
    expect(work.characters).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    // The whole paste, then each of at most MAX_SEGMENTS parts when it has several lines.
    const passes = MAX_SEGMENTS + 1;
    expect(work.segments).toBeLessThanOrEqual(passes);
    expect(work.tokens).toBeLessThanOrEqual(passes * MAX_QUERY_TOKENS);
    expect(work.fuzzyLookups).toBeLessThanOrEqual(4);
    expect(work.fuzzyCharacters).toBeLessThanOrEqual(4 * longestCatalogueWord);
    expect(work.entriesScored).toBeLessThanOrEqual(passes * 48);
    // Sentences of long messages are compared for the results only: at most 20 per part.
    expect(work.clausesScored).toBeLessThanOrEqual(passes * 20 * mostClauses);
    // Replaced fixed words are sought in the first result's message, in each result's messages (the best, any other
    // held nearly whole, those its Intacct number starts or ends) and in the whole message of each of its sentences,
    // each message against at most maxAlignedWords words of the query.
    const alignmentsPerResult = 2 + 2 * mostClauses + 2 * mostMessages;
    expect(work.alignmentCells).toBeLessThanOrEqual(passes * 20 * alignmentsPerResult * longestMessage * maxAlignedWords);
  });

  it('never asks Fuse about a word longer than any catalogue word', () => {
    matcher.match('q'.repeat(5000));
    expect(matcher.lastWork().fuzzyLookups).toBe(0);
    matcher.match(adversarialInputs['12 words of 416 letters']);
    expect(matcher.lastWork().fuzzyLookups).toBe(0);
  });

  it('still corrects the typos of a short typed query', () => {
    const response = matcher.match('smrt rulle violatd');
    expect(matcher.lastWork().fuzzyLookups).toBeGreaterThan(0);
    expect(response.results[0]?.slug).toBe('smart-rule-violation');
  });

  it('caps the paste after Unicode folding, not only before', () => {
    const capped = capQuery('\u3389'.repeat(2700));
    expect(capped.text.length).toBe(MAX_QUERY_LENGTH);
    expect(capped.truncated).toBe(true);
    matcher.match('\u3389'.repeat(2700));
    expect(matcher.lastWork().characters).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('visits each posting list at most once per distinct word', () => {
    const postingsFor = (input: string) => {
      matcher.match(input);
      return matcher.lastWork().postingsVisited;
    };
    expect(postingsFor('vendor '.repeat(700))).toBe(postingsFor('vendor'));
  });
});
