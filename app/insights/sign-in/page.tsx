import type { Metadata } from 'next';

type PageProps = { searchParams: Promise<{ error?: string }> };

export const metadata: Metadata = { title: 'Sign in to insights', robots: { index: false, follow: false } };

export default async function InsightsSignInPage({ searchParams }: PageProps) {
  const failed = (await searchParams).error !== undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold tracking-tight">Sign in to insights</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">Insights are for SyncFix maintainers. Enter the insights token.</p>
      <form method="post" action="/api/insights/session" className="mt-6 space-y-3">
        <label htmlFor="token" className="block text-sm font-semibold">
          Insights token
        </label>
        <input
          id="token"
          name="token"
          type="password"
          required
          autoComplete="current-password"
          aria-describedby={failed ? 'token-error' : undefined}
          className="block w-full rounded-lg border border-slate-300 bg-white p-2 dark:border-slate-600 dark:bg-slate-800"
        />
        {failed ? (
          <p id="token-error" role="alert" className="text-sm text-red-700 dark:text-red-300">
            That token is not right.
          </p>
        ) : null}
        <button type="submit" className="rounded-lg bg-teal-700 px-5 py-2.5 font-semibold text-white hover:bg-teal-800">
          Sign in
        </button>
      </form>
    </div>
  );
}
