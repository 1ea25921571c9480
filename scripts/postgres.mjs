// A throwaway PostgreSQL cluster for tests and benchmarks: Debian's server binaries, a temporary folder, a free
// loopback port, trust authentication on loopback only. Installs Debian's `postgresql` package first when it is
// missing and we are root. `stop()` shuts the cluster down and deletes its folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { aptInstall, canAptInstall } from './apt.mjs';

const isRoot = process.getuid?.() === 0;

function serverBinaries() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

function installPostgres() {
  if (!canAptInstall()) return;
  console.log("Installing Debian's postgresql package (for the PostgreSQL tests)…");
  aptInstall(['postgresql']);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a server binary as the `postgres` user when we are root (initdb and postgres refuse to run as root). */
function runAsOwner(binary, args) {
  const [command, fullArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  execFileSync(command, fullArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Starts a cluster, or returns `{ reason }` saying why it cannot here. The URL names the `postgres` database as the
 * superuser `postgres`; tests create their own databases in it.
 */
export async function startThrowawayPostgres() {
  let binaries = serverBinaries();
  if (!binaries) {
    installPostgres();
    binaries = serverBinaries();
  }
  if (!binaries) {
    return { reason: "PostgreSQL's server binaries are not installed (Debian: apt-get install postgresql)" };
  }
  if (isRoot && spawnSync('id', ['-u', 'postgres']).status !== 0) {
    return { reason: 'there is no `postgres` user to run the cluster as' };
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'syncfix-pg-'));
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(folder, uid, gid);
  }
  const data = path.join(folder, 'data');
  const port = await freePort();
  const superuser = isRoot ? 'postgres' : userInfo().username;
  runAsOwner(path.join(binaries, 'initdb'), ['-D', data, '-U', superuser, '--auth=trust', '-E', 'UTF8', '--locale=C']);
  runAsOwner(path.join(binaries, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    path.join(folder, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    'start',
  ]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      runAsOwner(path.join(binaries, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
  const version = path.basename(path.dirname(binaries));
  return { url: `postgres://${superuser}@127.0.0.1:${port}/postgres`, port, version, stop };
}
