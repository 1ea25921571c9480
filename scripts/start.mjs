// `npm start`: build once if there is no production build yet, then serve on $PORT (default 3000).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (args) => spawnSync('npx', ['next', ...args], { stdio: 'inherit' });

if (!existsSync('.next/BUILD_ID')) {
  const build = run(['build']);
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT ?? '3000';
const server = run(['start', '--port', port]);
process.exit(server.status ?? 0);
