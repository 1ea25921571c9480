/**
 * Kept small on purpose: Next.js embeds this page in every page's inline payload, which counts toward the
 * JavaScript budget. The search page one click away has the full paste box.
 */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl text-center">
      <p className="text-sm font-semibold text-teal-800 dark:text-teal-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">We don&apos;t have a page at this address</h1>
      <p className="mt-3">
        The link may be mistyped, or the article may have moved.{' '}
        <a href="/search" className="text-link">
          Search for your error
        </a>
        ,{' '}
        <a href="/errors" className="text-link">
          browse every error we cover
        </a>
        , or{' '}
        <a href="/troubleshoot" className="text-link">
          answer a few questions
        </a>
        .
      </p>
      <p className="mt-6">
        <a href="/" className="text-link">
          Back to the home page
        </a>
      </p>
    </div>
  );
}
