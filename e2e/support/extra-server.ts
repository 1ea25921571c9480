import { spawn, type ChildProcess } from 'node:child_process';
import { expect } from '@playwright/test';

/**
 * A production server of its own (scripts/server.mjs on the shared build), for tests that need other settings than
 * the main e2e server. It runs in its own process group so that a kill ends all of it.
 */
export function startExtraServer(port: number, env: Record<string, string>): ChildProcess {
  return spawn('node', ['scripts/server.mjs'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: '', ...env },
  });
}

export async function waitUntilUp(base: string) {
  await expect
    .poll(async () => (await fetch(`${base}/robots.txt`).catch(() => undefined))?.status ?? 0, { timeout: 60_000 })
    .toBe(200);
}

export function stopServer(server: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  try {
    process.kill(-server.pid!, signal);
  } catch {
    // already gone
  }
}
