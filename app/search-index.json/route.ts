import { getSearchRecords } from '@/lib/search/catalogue';

export const dynamic = 'force-static';

/** Built once at build time; the browser fetches it only when someone starts searching. */
export function GET() {
  return Response.json(getSearchRecords());
}
