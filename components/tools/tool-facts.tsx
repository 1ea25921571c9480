import type { SourcedFact, ToolProfile } from '@/lib/content/tool-profiles';

/** What the tool calls its sync user and where its sync settings live, each with its source; unknown ones say so. */
export function ToolFacts({ profile }: { profile: ToolProfile }) {
  return (
    <dl className="mt-6 grid gap-4 sm:grid-cols-2">
      <Fact label="Its sync user in Sage Intacct" fact={profile.syncUser} />
      <Fact label="Where its sync settings live" fact={profile.settings} />
    </dl>
  );
}

function Fact({ label, fact }: { label: string; fact?: SourcedFact }) {
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <dt className="text-sm font-semibold">{label}</dt>
      <dd className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {fact ? (
          <>
            {fact.text}{' '}
            <span className="text-xs">
              (Source:{' '}
              <a href={fact.source.url} target="_blank" rel="noopener noreferrer" className="text-link">
                {fact.source.title}
              </a>
              )
            </span>
          </>
        ) : (
          'Not stated in the public sources we checked; see the tool’s own help.'
        )}
      </dd>
    </div>
  );
}
