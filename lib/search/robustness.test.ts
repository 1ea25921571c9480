import { describe, expect, it } from 'vitest';
import { getCatalogueMatcher } from './catalogue';

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
  it('answers 5,000 generated inputs without throwing, each within a bound', () => {
    const matcher = getCatalogueMatcher();
    let slowest = 0;
    for (const input of generateInputs(5000)) {
      const started = performance.now();
      const response = matcher.match(input);
      slowest = Math.max(slowest, performance.now() - started);
      expect(Array.isArray(response.results)).toBe(true);
      expect(response.query.length).toBeLessThanOrEqual(5000);
    }
    // A generous bound: this only catches pathological (e.g. quadratic) behaviour, not speed.
    expect(slowest).toBeLessThan(1000);
  });

  it('answers non-string input', () => {
    const matcher = getCatalogueMatcher();
    for (const input of [undefined, null, 42, {}, []]) expect(matcher.match(input).results).toEqual([]);
  });
});
