// Starts the production server for scripts that measure it; builds first when there is no build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Resolves once `url` answers 200; used for any server a measuring script starts. */
export async function waitForServer(url, timeoutMs = 60_000) {
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

/** Returns the base URL and a stop function that ends the server's whole process group (await it to wait for the end). */
export async function startProductionServer(port, env = {}) {
  if (!existsSync('.next/BUILD_ID') || !existsSync('.next/csp-hashes.json')) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const server = spawn('node', ['scripts/server.mjs'], {
    detached: true,
    stdio: 'ignore',
    env: { NODE_ENV: 'production', ...process.env, PORT: String(port), ...env },
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  // Resolves once the server has exited, so the next server on the same port cannot be mistaken for this one.
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
