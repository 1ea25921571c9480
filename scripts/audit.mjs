// Fails on any high or critical advisory in production dependencies (`npm audit --omit=dev`).
// When the advisory service cannot be reached (some networks block it), it says so and does not fail:
// no answer is not a finding. The lockfile still pins every version.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(result.stdout || '{}');
} catch {
  report = {};
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason = report.message ?? result.stderr?.trim().split('\n').at(-1) ?? 'no answer';
  console.warn(`npm audit: advisory service unavailable (${reason}); audit skipped.`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit --omit=dev: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
if (serious > 0) {
  console.error('High or critical advisories in production dependencies: run `npm audit --omit=dev` for details.');
  process.exit(1);
}
