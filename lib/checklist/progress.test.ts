import { describe, expect, it } from 'vitest';
import { contentVersion, decodeProgress, encodeProgress, parseDoneParam, sameSteps, shareUrl, visibleSteps } from './progress';

const steps = [
  { id: 'check-company-id', setups: [] },
  { id: 'recreate-user', setups: ['multi-entity-root'] },
  { id: 'check-entity-id', setups: ['multi-entity-entity'] },
  { id: 'sync-again', setups: [] },
];
const setups = ['single-entity', 'multi-entity-root', 'multi-entity-entity'];

describe('checklist progress', () => {
  it('round-trips through storage', () => {
    const progress = { done: ['check-company-id', 'sync-again'], setup: 'multi-entity-root' };
    expect(decodeProgress(encodeProgress(progress, steps), steps, setups)).toEqual(progress);
  });

  it('reads corrupt or foreign data as empty, without throwing', () => {
    for (const raw of [
      null,
      '',
      '{',
      'null',
      '42',
      '"x"',
      '[]',
      '{"version":1}',
      JSON.stringify({ version: contentVersion(steps), done: 'x' }),
    ]) {
      expect(decodeProgress(raw, steps, setups)).toEqual({ done: [] });
    }
  });

  it('drops progress saved against another version of the steps', () => {
    const saved = encodeProgress({ done: ['check-company-id'] }, steps);
    const changed = [...steps, { id: 'new-step', setups: [] }];
    expect(decodeProgress(saved, changed, setups)).toEqual({ done: [] });
    expect(contentVersion(changed)).not.toBe(contentVersion(steps));
  });

  it('drops unknown step ids and setups', () => {
    const raw = JSON.stringify({ version: contentVersion(steps), done: ['sync-again', 'ghost'], setup: 'mars' });
    expect(decodeProgress(raw, steps, setups)).toEqual({ done: ['sync-again'] });
  });

  it('shows steps for the chosen setup only', () => {
    expect(visibleSteps(steps, 'multi-entity-root').map((step) => step.id)).toEqual([
      'check-company-id',
      'recreate-user',
      'sync-again',
    ]);
    expect(visibleSteps(steps, undefined)).toHaveLength(4);
  });

  it('parses a shared done list, in step order, without unknown ids', () => {
    expect(parseDoneParam('sync-again,<script>,check-company-id', steps)).toEqual(['check-company-id', 'sync-again']);
    expect(parseDoneParam('', steps)).toEqual([]);
    expect(parseDoneParam(null, steps)).toBeUndefined();
  });

  it('builds a share link pointing at the next step', () => {
    const url = shareUrl(
      'https://syncfix.example/errors/coa?x=1#top',
      { done: ['check-company-id'], setup: 'multi-entity-root' },
      steps,
    );
    expect(url).toBe('https://syncfix.example/errors/coa?setup=multi-entity-root&done=check-company-id#recreate-user');
  });

  it('compares done lists regardless of order', () => {
    expect(sameSteps(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameSteps(['a'], ['a', 'b'])).toBe(false);
  });
});
