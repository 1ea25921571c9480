// `npm run eval:search`: search accuracy on every labelled query set, each on its own line. Held-out sets
// (heldout-*.tsv) are written blind and reported as figures only: their queries are never printed, so nobody tunes
// to them. `--misses` lists the misses of the tuning sets; `--tuning` skips the held-out sets. Labels an independent
// reviewer corrected (heldout-relabels.json, `reviewed`) are reported separately, after the figures as written.
import { readdirSync, readFileSync } from 'node:fs';
import { getArticles } from '../lib/content';
import {
  applyReview,
  isHeldOutFile,
  measureAccuracy,
  parseLabelledQueries,
  relabel,
  type Accuracy,
  type Relabels,
} from '../lib/search/labelled-queries';
import { createMatcher } from '../lib/search/matcher';
import { toSearchRecords } from '../lib/search/records';

const directory = 'lib/search/testdata';
const showMisses = process.argv.includes('--misses');
const tuningOnly = process.argv.includes('--tuning');
const matcher = createMatcher(toSearchRecords(getArticles()));
const relabels = JSON.parse(readFileSync(`${directory}/heldout-relabels.json`, 'utf8')) as Relabels;
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function report(name: string, accuracy: Accuracy) {
  const unrelated = accuracy.unrelated
    ? `  unrelated ${accuracy.unrelated}, confident ${accuracy.confidentUnrelated.length}`
    : '';
  console.log(
    `${name.padEnd(34)} queries ${String(accuracy.total).padStart(4)}  top-1 ${percent(accuracy.top1).padStart(6)}  top-3 ${percent(accuracy.top3).padStart(6)}${unrelated}`,
  );
}

const files = readdirSync(directory)
  .filter((name) => name.endsWith('.tsv'))
  .sort();
const load = (names: string[]) =>
  names.flatMap((name) => parseLabelledQueries(readFileSync(`${directory}/${name}`, 'utf8'), name));
const tuning = files.filter((name) => !isHeldOutFile(name));

console.log('Tuning sets');
for (const name of tuning) report(name, measureAccuracy(matcher, load([name])));
const allTuning = measureAccuracy(matcher, load(tuning));
report('all tuning sets', allTuning);
if (showMisses) {
  for (const miss of [...allTuning.misses, ...allTuning.confidentUnrelated]) {
    console.log(
      `MISS [${miss.source}] want ${miss.expected} got ${miss.got.join(', ') || '(none)'} (${miss.confidence})\n     ${miss.query}`,
    );
  }
}

if (!tuningOnly) {
  const heldOut = files.filter(isHeldOutFile);
  const loadHeldOut = (names: string[]) => relabel(load(names), relabels);
  console.log('\nHeld-out sets (written blind; figures only, never tune to them)');
  for (const name of heldOut) report(name, measureAccuracy(matcher, loadHeldOut([name])));
  const allHeldOut = measureAccuracy(matcher, loadHeldOut(heldOut));
  report('all held-out sets', allHeldOut);
  const corrections = Object.keys(relabels.reviewed ?? {}).length;
  if (corrections > 0) {
    console.log(`\nAfter the independent label review (${corrections} labels corrected, reasons in heldout-relabels.json)`);
    for (const name of heldOut) report(name, measureAccuracy(matcher, applyReview(loadHeldOut([name]), relabels.reviewed)));
    report('all held-out sets', measureAccuracy(matcher, applyReview(loadHeldOut(heldOut), relabels.reviewed)));
  }
  console.log('\nCalibration on the held-out sets: how often the first result is right, per confidence level');
  for (const [level, { count, right }] of Object.entries(allHeldOut.calibration)) {
    console.log(`  ${level.padEnd(8)} ${String(count).padStart(4)} queries, ${count ? percent(right / count) : '-'} right`);
  }
}
