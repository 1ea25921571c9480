import { insightsToCsv } from '@/lib/feedback/csv';
import { jsonError } from '@/lib/feedback/http';
import { disabledMessage, insightsAccess } from '@/lib/feedback/insights-access';
import { getFeedbackStore } from '@/lib/feedback/server';

export const dynamic = 'force-dynamic';

/** GET /api/insights/export: the same figures as a CSV download. */
export async function GET() {
  const access = await insightsAccess();
  if (access === 'disabled') return jsonError(403, disabledMessage);
  if (access === 'denied')
    return jsonError(401, 'Sign in at /insights/sign-in or send Authorization: Bearer <token>.', {
      'WWW-Authenticate': 'Bearer',
    });
  return new Response(insightsToCsv(getFeedbackStore().insights(new Date())), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="syncfix-insights.csv"',
      'Cache-Control': 'no-store',
    },
  });
}
