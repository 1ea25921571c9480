import { insightsApiRefusal } from '@/lib/feedback/insights-access';
import { currentInsights } from '@/lib/feedback/server';

export const dynamic = 'force-dynamic';

/** GET /api/insights: the maintainers' figures as JSON; needs the token (Bearer) or a signed-in session. */
export async function GET() {
  const refusal = await insightsApiRefusal();
  if (refusal) return refusal;
  return Response.json(await currentInsights(), { headers: { 'Cache-Control': 'no-store' } });
}
