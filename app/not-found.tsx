import { PasteBox } from '@/components/search/paste-box';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl text-center">
      <p className="text-sm font-semibold text-teal-800 dark:text-teal-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">We don&apos;t have a page at this address</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        The link may be mistyped, or the article may have moved. Paste your error below, or{' '}
        <a href="/#catalogue" className="text-teal-800 underline dark:text-teal-300">
          browse every error we cover
        </a>
        , or{' '}
        <a href="/troubleshoot" className="text-teal-800 underline dark:text-teal-300">
          answer a few questions
        </a>
        .
      </p>
      <PasteBox />
      <p className="mt-6">
        <a href="/" className="text-teal-800 underline dark:text-teal-300">
          Back to the home page
        </a>
      </p>
    </div>
  );
}
