/** What the checklist needs to know about one step. */
export type ChecklistStep = { id: string; setups: string[] };

/** A reader's progress on one article. `setup` is the chosen setup variant, if any. */
export type Progress = { done: string[]; setup?: string };

type StoredProgress = Progress & { version: string };

export const emptyProgress: Progress = { done: [] };

export function storageKey(slug: string): string {
  return `syncfix:checklist:${slug}`;
}

/**
 * A short fingerprint of an article's steps and setups (FNV-1a). Stored progress carries it, so ticks saved against
 * an older version of the steps are dropped instead of being shown against different steps.
 */
export function contentVersion(steps: ChecklistStep[]): string {
  let hash = 0x811c9dc5;
  for (const char of steps.map((step) => `${step.id}:${step.setups.join('+')}`).join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Steps shown for a setup: those without a setup, plus those for the chosen one. No choice shows them all. */
export function visibleSteps<T extends ChecklistStep>(steps: T[], setup: string | undefined): T[] {
  return setup ? steps.filter((step) => step.setups.length === 0 || step.setups.includes(setup)) : steps;
}

function keepKnown(ids: unknown, steps: ChecklistStep[]): string[] {
  if (!Array.isArray(ids)) return [];
  const known = new Set(steps.map((step) => step.id));
  return steps.map((step) => step.id).filter((id) => known.has(id) && ids.includes(id));
}

export function encodeProgress(progress: Progress, steps: ChecklistStep[]): string {
  const stored: StoredProgress = { version: contentVersion(steps), ...progress };
  return JSON.stringify(stored);
}

/** Reads stored progress; anything corrupt, foreign or from another version of the article reads as empty. */
export function decodeProgress(raw: string | null, steps: ChecklistStep[], setupIds: string[]): Progress {
  if (!raw) return emptyProgress;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return emptyProgress;
    const stored = parsed as Record<string, unknown>;
    if (stored.version !== contentVersion(steps)) return emptyProgress;
    const setup = typeof stored.setup === 'string' && setupIds.includes(stored.setup) ? stored.setup : undefined;
    return { done: keepKnown(stored.done, steps), ...(setup ? { setup } : {}) };
  } catch {
    return emptyProgress;
  }
}

/** Ticked steps from a shared link (`?done=a,b`); unknown ids are dropped. `undefined` when the link has none. */
export function parseDoneParam(param: string | null, steps: ChecklistStep[]): string[] | undefined {
  if (param === null) return undefined;
  return keepKnown(
    param.split(',').map((id) => id.trim()),
    steps,
  );
}

/** A link that shares ticked steps and points at the first step still to do. */
export function shareUrl(articleUrl: string, progress: Progress, steps: ChecklistStep[]): string {
  const url = new URL(articleUrl);
  url.search = '';
  url.hash = '';
  if (progress.setup) url.searchParams.set('setup', progress.setup);
  url.searchParams.set('done', progress.done.join(','));
  const next = visibleSteps(steps, progress.setup).find((step) => !progress.done.includes(step.id));
  return `${url.toString().replaceAll('%2C', ',')}${next ? `#${next.id}` : ''}`;
}

export function sameSteps(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
