import type { PoolClient } from 'pg';

/** Each entry moves the schema one version up; `schema_migrations` records which have run. Never edit one. */
export const postgresMigrations = [
  `CREATE TABLE votes (
     vote_id TEXT PRIMARY KEY,
     slug TEXT NOT NULL,
     helpful BOOLEAN NOT NULL,
     stuck_step TEXT,
     comment TEXT,
     created_at TIMESTAMPTZ NOT NULL,
     updated_at TIMESTAMPTZ NOT NULL
   );
   CREATE INDEX votes_by_slug ON votes (slug);
   CREATE INDEX votes_by_update ON votes (updated_at);
   CREATE TABLE search_misses (
     id BIGSERIAL PRIMARY KEY,
     query TEXT NOT NULL,
     created_at TIMESTAMPTZ NOT NULL
   );
   CREATE INDEX misses_by_query ON search_misses (query);
   CREATE INDEX misses_by_time ON search_misses (created_at);`,
  // Per-client request counts shared by every server; the client is a hash, never the address itself.
  `CREATE TABLE request_counts (
     limit_name TEXT NOT NULL,
     client_hash TEXT NOT NULL,
     window_start BIGINT NOT NULL,
     hits INTEGER NOT NULL,
     PRIMARY KEY (limit_name, client_hash)
   );
   CREATE INDEX request_counts_by_window ON request_counts (limit_name, window_start);`,
];

/** Any fixed number works: servers starting together queue on this lock, so each migration runs once. */
const migrationLockKey = 7_041_962_015;

/** Brings the database's schema up to date; returns the versions this call applied. */
export async function migratePostgres(client: PoolClient, migrations = postgresMigrations): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
  try {
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
    const applied: number[] = [];
    for (let version = (rows[0]?.version ?? 0) + 1; version <= migrations.length; version += 1) {
      await client.query('BEGIN');
      try {
        await client.query(migrations[version - 1]!);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]);
  }
}
