import { insightsToCsv } from '@/lib/feedback/csv';
import { insightsApiRefusal } from '@/lib/feedback/insights-access';
import { currentInsights } from '@/lib/feedback/server';

export const dynamic = 'force-dynamic';

/** GET /api/insights/export: the same figures as a CSV download. */
export async function GET() {
  const refusal = await insightsApiRefusal();
  if (refusal) return refusal;
  return new Response(insightsToCsv(await currentInsights()), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="syncfix-insights.csv"',
      'Cache-Control': 'no-store',
    },
  });
}
