import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migratePostgres } from './postgres-migrations';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';
import type { FeedbackStore, RequestLimit } from './store';
import { createTestDatabase, noTestDatabaseReason, testDatabaseServer } from './test-databases';

/** One place that stores can be opened: a new empty one, and another view of the same data (a second server). */
type StoreHarness = { open: () => Promise<FeedbackStore>; cleanup: () => Promise<void> };
type StoreKind = {
  name: string;
  available: boolean;
  /** Whether two servers on one database count against one request limit. */
  sharesLimits: boolean;
  harness: () => Promise<StoreHarness>;
};

const storeKinds: StoreKind[] = [
  {
    name: 'SQLite',
    available: true,
    sharesLimits: false,
    harness: async () => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'syncfix-store-')), 'feedback.db');
      return { open: async () => openSqliteStore(file), cleanup: async () => undefined };
    },
  },
  {
    name: `PostgreSQL${testDatabaseServer ? '' : ` (skipped: ${noTestDatabaseReason})`}`,
    available: testDatabaseServer !== undefined,
    sharesLimits: true,
    harness: async () => {
      const database = await createTestDatabase(testDatabaseServer!);
      return { open: () => openPostgresStore({ connectionString: database.url, poolSize: 4 }), cleanup: database.drop };
    },
  },
];

const at = new Date('2026-11-20T10:00:00Z');
const later = new Date('2026-11-26T12:00:00Z');
const threeAMinute: RequestLimit = { name: 'contract', limit: 3, windowMs: 60_000 };

describe.each(storeKinds)('$name feedback store contract', ({ available, sharesLimits, harness }) => {
  let opened: FeedbackStore[] = [];
  let cleanup = async () => undefined as void;

  async function openStore(): Promise<{ open: () => Promise<FeedbackStore> }> {
    const ready = await harness();
    cleanup = ready.cleanup;
    return {
      open: async () => {
        const store = await ready.open();
        opened.push(store);
        return store;
      },
    };
  }

  afterEach(async () => {
    await Promise.all(opened.map((store) => store.close()));
    opened = [];
    await cleanup();
  });

  it.runIf(available)('counts votes, lets a vote change, ranks stuck steps and keeps data across reopening', async () => {
    const harness = await openStore();
    const store = await harness.open();
    await store.saveVote({ voteId: 'a', slug: 'smart-rule-violation', helpful: true }, at);
    await store.saveVote(
      { voteId: 'b', slug: 'smart-rule-violation', helpful: false, stuckStep: 'sync-again', comment: 'no luck' },
      at,
    );
    await store.saveVote({ voteId: 'c', slug: 'smart-rule-violation', helpful: false, stuckStep: 'sync-again' }, at);
    await store.saveVote({ voteId: 'a', slug: 'smart-rule-violation', helpful: false, stuckStep: 'identify-smart-rule' }, at);
    await store.saveVote({ voteId: 'd', slug: 'missing-location-id', helpful: true }, at);
    await store.saveSearchMiss('bake bread', at);
    await store.saveSearchMiss('bake bread', at);
    await store.saveSearchMiss('jira webhook failed', later);

    const reopened = await harness.open();
    const insights = await reopened.insights(later);
    expect(insights.articles).toEqual([
      {
        slug: 'smart-rule-violation',
        yes: 0,
        no: 3,
        fixRate: 0,
        stuckSteps: [
          { step: 'sync-again', count: 2 },
          { step: 'identify-smart-rule', count: 1 },
        ],
        comments: ['no luck'],
      },
      { slug: 'missing-location-id', yes: 1, no: 0, fixRate: 1, stuckSteps: [], comments: [] },
    ]);
    expect(insights.misses).toEqual([
      { query: 'bake bread', count: 2, lastSeen: at.toISOString() },
      { query: 'jira webhook failed', count: 1, lastSeen: later.toISOString() },
    ]);
    expect(insights.trend).toHaveLength(30);
    expect(insights.trend[29]).toEqual({ day: '2026-11-26', yes: 0, no: 0, misses: 1 });
    expect(insights.trend.find((day) => day.day === '2026-11-20')).toEqual({ day: '2026-11-20', yes: 1, no: 3, misses: 2 });
  });

  it.runIf(available)('answers an empty store with no articles, no misses and 30 empty days', async () => {
    const store = await (await openStore()).open();
    const insights = await store.insights(later);
    expect(insights.articles).toEqual([]);
    expect(insights.misses).toEqual([]);
    expect(insights.trend.map((day) => day.yes + day.no + day.misses)).toEqual(Array(30).fill(0));
    expect(insights.trend[0]!.day).toBe('2026-10-28');
  });

  it.runIf(available)('counts a vote sent many times at once only once, however the saves interleave', async () => {
    const harness = await openStore();
    const [first, second] = [await harness.open(), await harness.open()];
    await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        (index % 2 ? first : second).saveVote(
          { voteId: index < 20 ? 'same' : `own-${index}`, slug: 'missing-location-id', helpful: index % 4 !== 0 },
          at,
        ),
      ),
    );
    const [row] = (await first.insights(later)).articles;
    expect(row!.yes + row!.no).toBe(21);
  });

  it.runIf(available)('limits each client per window, and tells it how long to wait', async () => {
    const store = await (await openStore()).open();
    const decisions = [];
    for (let request = 0; request < 4; request += 1) decisions.push(await store.countRequest(threeAMinute, 'client-a', at));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(decisions[3]!.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await store.countRequest(threeAMinute, 'client-b', at)).allowed).toBe(true);
    const nextWindow = new Date(at.getTime() + 60_000);
    expect((await store.countRequest(threeAMinute, 'client-a', nextWindow)).allowed).toBe(true);
  });

  it.runIf(available)(
    sharesLimits ? 'shares a limit between two servers on one database' : 'keeps limits per server (in memory)',
    async () => {
      const harness = await openStore();
      const [serverA, serverB] = [await harness.open(), await harness.open()];
      for (let request = 0; request < 3; request += 1) await serverA.countRequest(threeAMinute, 'client-a', at);
      expect((await serverB.countRequest(threeAMinute, 'client-a', at)).allowed).toBe(!sharesLimits);
    },
  );

  it.runIf(available)('opens several stores at once on one new database, all seeing the same data', async () => {
    const harness = await openStore();
    const stores = await Promise.all(Array.from({ length: 4 }, () => harness.open()));
    await Promise.all(stores.map((store, index) => store.saveSearchMiss(`query ${index}`, at)));
    for (const store of stores) expect((await store.insights(later)).misses).toHaveLength(4);
    await expect(stores[0]!.ping()).resolves.toBeUndefined();
  });
});

describe.runIf(testDatabaseServer !== undefined)('PostgreSQL migrations and limit counts', () => {
  it('runs each migration once when servers start together, and none on a later start', async () => {
    const database = await createTestDatabase(testDatabaseServer!);
    const clients = Array.from({ length: 4 }, () => new Client({ connectionString: database.url }));
    try {
      await Promise.all(clients.map((client) => client.connect()));
      // migratePostgres only needs query(); a plain client stands in for a pooled one.
      const applied = await Promise.all(clients.map((client) => migratePostgres(client as never)));
      expect(applied.flat().sort()).toEqual([1, 2]);
      expect(await migratePostgres(clients[0] as never)).toEqual([]);
      const { rows } = await clients[0]!.query('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((row) => row.version)).toEqual([1, 2]);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
      await database.drop();
    }
  });

  it('removes counts of past windows as it goes, so the table stays small', async () => {
    const database = await createTestDatabase(testDatabaseServer!);
    const store = await openPostgresStore({ connectionString: database.url, poolSize: 2 });
    const client = new Client({ connectionString: database.url });
    try {
      await client.connect();
      for (let index = 0; index < 300; index += 1) await store.countRequest(threeAMinute, `old-${index}`, at);
      const countRows = async () => Number((await client.query('SELECT COUNT(*) FROM request_counts')).rows[0].count);
      // Still the current window: nothing is stale yet.
      expect(await countRows()).toBe(300);
      const nextWindow = new Date(at.getTime() + 120_000);
      for (let index = 0; index < 256; index += 1) await store.countRequest(threeAMinute, `new-${index}`, nextWindow);
      const remaining = (await client.query('SELECT window_start::float8 AS start FROM request_counts')).rows;
      expect(remaining).toHaveLength(256);
      expect(remaining.every((row) => row.start === Math.floor(nextWindow.getTime() / 60_000) * 60_000)).toBe(true);
    } finally {
      await client.end();
      await store.close();
      await database.drop();
    }
  });
});

describe('PostgreSQL store that cannot be reached', () => {
  it('refuses to open instead of pretending to save', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    await expect(openPostgresStore({ connectionString: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toThrow();
  });
});
