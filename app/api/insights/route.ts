import { jsonError } from '@/lib/feedback/http';
import { disabledMessage, insightsAccess } from '@/lib/feedback/insights-access';
import { getFeedbackStore } from '@/lib/feedback/server';

export const dynamic = 'force-dynamic';

/** GET /api/insights: the maintainers' figures as JSON; needs the token (Bearer) or a signed-in session. */
export async function GET() {
  const access = await insightsAccess();
  if (access === 'disabled') return jsonError(403, disabledMessage);
  if (access === 'denied')
    return jsonError(401, 'Sign in at /insights/sign-in or send Authorization: Bearer <token>.', {
      'WWW-Authenticate': 'Bearer',
    });
  return Response.json(getFeedbackStore().insights(new Date()), { headers: { 'Cache-Control': 'no-store' } });
}
