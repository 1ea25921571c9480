// `npm run --silent match -- "<error text>"` prints one line per error in the text: its best article, how sure the
// match is, and the article's URL. `--json` prints the JSON the API returns; `--batch` reads one query per line on
// stdin and prints one JSON line per query.
import { createInterface } from 'node:readline';
import { getCatalogueMatcher } from '../lib/search/catalogue';
import type { MatchResponse } from '../lib/search/matcher';

const args = process.argv.slice(2);
const matcher = getCatalogueMatcher();
const json = args.includes('--json');
const words = args.filter((arg) => arg !== '--json' && arg !== '--batch');

function oneLinePerError(response: MatchResponse): string[] {
  if (response.errors.length === 0) return ['No article matches this text.'];
  return response.errors.map((group, index) => {
    const best = group.results[0];
    const excerpt = group.text.replace(/\s+/g, ' ').slice(0, 80);
    return `${index + 1}. ${best?.slug ?? '(none)'} (${best?.confidence ?? 'no match'}) ${best?.url ?? ''}  ← ${excerpt}`;
  });
}

if (args[0] === '--batch') {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) console.log(JSON.stringify(matcher.match(line)));
} else if (words.join(' ').trim() === '') {
  console.error(
    'Usage: npm run --silent match -- [--json] "<error text>"   or   npm run --silent match -- --batch < queries.txt',
  );
  process.exitCode = 2;
} else {
  const response = matcher.match(words.join(' '));
  console.log(json ? JSON.stringify(response, null, 2) : oneLinePerError(response).join('\n'));
}
