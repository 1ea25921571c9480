import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
/** The e2e server's own feedback database and insights token; fresh for every run. */
export const e2eInsightsToken = 'e2e-insights-token';
const e2eDatabase = path.join(tmpdir(), `syncfix-e2e-${Date.now()}.db`);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: chromiumArgs(),
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Serves the build made by `npm test`; never reuse a server that may hold a stale build.
    command: 'node scripts/server.mjs',
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      SYNCFIX_DB_PATH: e2eDatabase,
      // The main e2e server keeps the default store; e2e/two-servers.spec.ts starts its own on PostgreSQL.
      DATABASE_URL: '',
      SYNCFIX_INSIGHTS_TOKEN: e2eInsightsToken,
      SYNCFIX_RATE_LIMIT: '10000',
      SYNCFIX_SEARCH_RATE_LIMIT: '10000',
      SYNCFIX_SEARCH_MISS_LIMIT: '10000',
    },
    timeout: 120_000,
  },
});
