import { getFeedbackStore } from '@/lib/feedback/server';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

/**
 * GET /api/health, for a load balancer: 200 when this server can reach its feedback store, 503 when it cannot.
 * The check is one trivial query on a pooled connection, so polling it costs the database almost nothing.
 */
export async function GET() {
  try {
    const store = await getFeedbackStore();
    await store.ping();
    return Response.json({ status: 'ok', store: store.kind }, { headers: noStore });
  } catch (error) {
    console.error(`Health check failed: ${(error as Error).message}`);
    return Response.json(
      { status: 'unavailable', error: 'The feedback store cannot be reached.' },
      { status: 503, headers: noStore },
    );
  }
}
