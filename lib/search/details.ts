/** Values from the user's own error, and how they travel in URLs. Kept apart from extraction so article pages
 * can read them without loading any matching code. */
export type DetailKind = 'smart-rule' | 'vendor' | 'customer' | 'project' | 'account' | 'employee' | 'error-code';

/** A value the user's own error names, e.g. the smart rule that fired. */
export type ErrorDetail = { kind: DetailKind; value: string };

export const detailLabels: Record<DetailKind, string> = {
  'smart-rule': 'smart rule',
  vendor: 'vendor',
  customer: 'customer',
  project: 'project',
  account: 'account',
  employee: 'employee',
  'error-code': 'error code',
};

/** Details travel to the article as query parameters (`?smart-rule=vendor_creation`). */
export function detailsToSearchParams(details: ErrorDetail[]): URLSearchParams {
  return new URLSearchParams(details.map((detail) => [detail.kind, detail.value]));
}

export function detailsFromSearchParams(params: URLSearchParams): ErrorDetail[] {
  const kinds = Object.keys(detailLabels) as DetailKind[];
  return kinds.flatMap((kind) => {
    const found = params.get(kind)?.trim();
    return found && /^[\w.-]{1,60}$/.test(found) ? [{ kind, value: found }] : [];
  });
}
