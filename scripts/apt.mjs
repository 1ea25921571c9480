// Installing Debian packages a test step needs (Chromium, PostgreSQL) on a machine where we may: root on Debian.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const canAptInstall = () =>
  process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');

/** `apt-get update`, then installs `packages` without recommends; false when either step fails. */
export function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) return false;
  }
  return true;
}
