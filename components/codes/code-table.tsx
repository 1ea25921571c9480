import { codeAnchor, codeFamilies, type CodeEntry, type CodeFamily } from '@/lib/codes';
import { articlePath } from '@/lib/site';

/** One family of codes: a row per code, with every article that shows it. */
export function CodeTable({ family, entries }: { family: CodeFamily; entries: CodeEntry[] }) {
  if (entries.length === 0) return null;
  const codes = [...new Set(entries.map((entry) => entry.code))];
  return (
    <section aria-labelledby={family} className="mt-10">
      <h2 id={family} className="scroll-mt-20 text-lg font-semibold">
        {codeFamilies[family]}
      </h2>
      <table className="code-table mt-3">
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">What it means</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code} id={codeAnchor(code)}>
              <th scope="row">
                <a href={`#${codeAnchor(code)}`}>{family === 'http' ? `HTTP ${code}` : code}</a>
              </th>
              <td>
                <ul>
                  {entries
                    .filter((entry) => entry.code === code)
                    .map((entry) => (
                      <li key={entry.slug}>
                        <a href={articlePath(entry.slug)} className="text-link font-medium">
                          {entry.title}
                        </a>
                        <span className="code-message">{entry.message}</span>
                      </li>
                    ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
