export const site = {
  name: 'SyncFix',
  tagline: 'Paste a Sage Intacct sync error. Get the exact fix.',
  description:
    'Step-by-step fixes for Sage Intacct sync errors from BILL and other AP, expense and project tools. Paste the error, follow the checklist, share a step.',
  /** Canonical origin for absolute URLs; override per deployment. */
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
} as const;

export function articlePath(slug: string, stepId?: string): string {
  return `/errors/${slug}${stepId ? `#${stepId}` : ''}`;
}

/** The id of a source's entry in an article's Sources list, so error texts and steps can point to it. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}

export function toolPath(tool: string): string {
  return `/tools/${tool}`;
}
