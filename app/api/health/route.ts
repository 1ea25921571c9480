import { getFeedbackStore } from '@/lib/feedback/server';
import { storeHealth } from '@/lib/feedback/health';

export const dynamic = 'force-dynamic';

/** GET /api/health, for a load balancer: 200 when this server can reach its feedback store, 503 when it cannot. */
export async function GET() {
  const health = await storeHealth(async () => {
    const store = await getFeedbackStore();
    await store.ping();
    return store.kind;
  });
  const headers = { 'Cache-Control': 'no-store' };
  if (health.ok) return Response.json({ status: 'ok', store: health.store }, { headers });
  return Response.json({ status: 'unavailable', error: 'The feedback store cannot be reached.' }, { status: 503, headers });
}
