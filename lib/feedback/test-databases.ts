import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The PostgreSQL server tests may use: SYNCFIX_TEST_DATABASE_URL, which `npm test` sets to a throwaway cluster it
 * starts (scripts/postgres.mjs). Tests create their own databases in it, so they never touch each other's data.
 */
export const testDatabaseServer = process.env.SYNCFIX_TEST_DATABASE_URL?.trim() || undefined;

export const noTestDatabaseReason =
  'no PostgreSQL for tests: run `npm test` as root on Debian (it starts a throwaway cluster), or set ' +
  'SYNCFIX_TEST_DATABASE_URL=postgres://user:password@host:5432/postgres (a role that may CREATE DATABASE)';

async function asAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the test server; `drop` removes it, closing any connection still open. */
export async function createTestDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `syncfix_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      asAdmin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
