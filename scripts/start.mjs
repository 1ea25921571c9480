// `npm start`: build once if there is no complete production build yet, then serve on $PORT (default 3000)
// with scripts/server.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The CSP hashes are the build's last output: without them the build is missing or incomplete.
if (!existsSync('.next/BUILD_ID') || !existsSync('.next/csp-hashes.json')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawnSync('node', ['scripts/server.mjs'], { stdio: 'inherit', env: { NODE_ENV: 'production', ...process.env } });
process.exit(server.status ?? 0);
