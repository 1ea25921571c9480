// Starts the production server for scripts that measure it; builds first when there is no build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Resolves once `url` answers 200. */
async function waitForServer(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not start within ${timeoutMs / 1000} s`);
}

/**
 * Starts `node args…` in its own process group and waits until `port` answers. Returns the base URL and a stop
 * function that ends the whole group; await it to wait for the end, so the next server on the same port cannot be
 * mistaken for this one.
 */
export async function startServerProcess(args, port, env) {
  const server = spawn(process.execPath, args, { detached: true, stdio: 'ignore', env });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    return exited;
  };
  process.on('exit', stop);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(baseUrl);
  return { baseUrl, stop };
}

/** Our production server (scripts/server.mjs) on `port`, building first when there is no complete build. */
export async function startProductionServer(port, env = {}) {
  if (!existsSync('.next/BUILD_ID') || !existsSync('.next/csp-hashes.json')) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  return startServerProcess(['scripts/server.mjs'], port, {
    NODE_ENV: 'production',
    ...process.env,
    PORT: String(port),
    ...env,
  });
}
