// `npm test`: everything CI checks, in order, stopping at the first failure. The store tests need PostgreSQL: a
// server given in SYNCFIX_TEST_DATABASE_URL or DATABASE_URL, or else a throwaway cluster started here.
import { spawnSync } from 'node:child_process';
import { startThrowawayPostgres } from './postgres.mjs';

const steps = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['dependency audit', 'node', ['scripts/audit.mjs']],
  ['PostgreSQL for the store tests', preparePostgres],
  // Verbose: each test's name is printed, so the output shows the PostgreSQL contract tests ran.
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=verbose']],
  ['production build', 'npm', ['run', '--silent', 'build']],
  ['browser', 'node', ['scripts/ensure-browser.mjs']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

let cluster;
const given = (process.env.SYNCFIX_TEST_DATABASE_URL || process.env.DATABASE_URL || '').trim();

async function preparePostgres() {
  if (given) {
    process.env.SYNCFIX_TEST_DATABASE_URL = given;
    console.log('Using the PostgreSQL server given in the environment (tests create and drop their own databases).');
    return 0;
  }
  cluster = await startThrowawayPostgres();
  if (cluster.url) {
    process.env.SYNCFIX_TEST_DATABASE_URL = cluster.url;
    console.log(`Started a throwaway PostgreSQL ${cluster.version} cluster on 127.0.0.1:${cluster.port}.`);
    return 0;
  }
  const howTo =
    'To run them, set SYNCFIX_TEST_DATABASE_URL=postgres://user:password@host:5432/postgres (a role that may create databases).';
  // CI must run the PostgreSQL tests, never quietly skip them.
  if (process.env.CI) {
    console.error(`No PostgreSQL: ${cluster.reason}. ${howTo}`);
    return 1;
  }
  console.warn(`No PostgreSQL: ${cluster.reason}. The PostgreSQL tests will be skipped. ${howTo}`);
  return 0;
}

function stopPostgres() {
  cluster?.stop?.();
  cluster = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopPostgres();
    process.exit(1);
  });
}

let status = 0;
try {
  for (const [name, command, args] of steps) {
    console.log(`\n▶ ${name}`);
    status = typeof command === 'function' ? await command() : (spawnSync(command, args, { stdio: 'inherit' }).status ?? 1);
    if (status !== 0) {
      console.error(`\n✖ ${name} failed`);
      break;
    }
  }
} finally {
  stopPostgres();
}
if (status === 0) console.log('\n✔ all checks passed');
process.exit(status);
