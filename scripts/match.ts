// `npm run --silent match -- "<error text>"` prints the JSON the API returns;
// `--batch` reads one query per line on stdin and prints one JSON line per query.
import { createInterface } from 'node:readline';
import { getCatalogueMatcher } from '../lib/search/catalogue';

const args = process.argv.slice(2);
const matcher = getCatalogueMatcher();

if (args[0] === '--batch') {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) console.log(JSON.stringify(matcher.match(line)));
} else if (args.length === 0 || args.join(' ').trim() === '') {
  console.error('Usage: npm run --silent match -- "<error text>"   or   npm run --silent match -- --batch < queries.txt');
  process.exitCode = 2;
} else {
  console.log(JSON.stringify(matcher.match(args.join(' ')), null, 2));
}
