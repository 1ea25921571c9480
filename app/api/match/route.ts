import type { NextRequest } from 'next/server';
import { getCatalogueMatcher } from '@/lib/search/catalogue';
import { jsonError } from '@/lib/security/responses';
import { isToolId, toolIds } from '@/lib/tools';

// The answer echoes the pasted text, which may hold names and emails: no shared cache may keep it.
const jsonHeaders = { 'Cache-Control': 'private, no-store' };

/**
 * GET /api/match?q=<error text>&limit=<1-20>&tool=<tool id>: ranked articles for any pasted text, and one group per
 * error in it. Rate-limited in proxy.ts.
 */
export function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams.get('q');
  if (query === null || query.trim() === '') return jsonError(400, 'Add the error text as the "q" query parameter.');
  const limitParam = request.nextUrl.searchParams.get('limit') ?? '5';
  const limit = Number(limitParam);
  if (!Number.isInteger(limit) || limit < 1 || limit > 20) return jsonError(400, '"limit" must be a whole number from 1 to 20.');
  const tool = request.nextUrl.searchParams.get('tool') ?? undefined;
  if (tool !== undefined && !isToolId(tool)) return jsonError(400, `"tool" must be one of: ${toolIds.join(', ')}.`);
  const { query: echoed, normalized, truncated, details, results, errors } = getCatalogueMatcher().match(query, limit, { tool });
  return Response.json({ query: echoed, normalized, truncated, details, results, errors }, { headers: jsonHeaders });
}
