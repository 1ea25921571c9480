// `npm start`: build once if there is no complete production build yet, then serve on $PORT (default 3000).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The CSP hashes are the build's last output: without them the build is missing or incomplete.
if (!existsSync('.next/BUILD_ID') || !existsSync('.next/csp-hashes.json')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT ?? '3000';
const server = spawnSync('node', ['node_modules/next/dist/bin/next', 'start', '--port', port], { stdio: 'inherit' });
process.exit(server.status ?? 0);
