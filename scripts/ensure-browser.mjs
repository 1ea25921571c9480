// Makes sure a Chromium exists before the e2e tests: installs Debian's package when running as root on Debian.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

function aptInstallChromium() {
  console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-liberation']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) return false;
  }
  return true;
}

if (!findChromium()) {
  const canApt = process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!canApt || !aptInstallChromium() || !findChromium()) {
    console.error(
      [
        'The end-to-end tests need Chromium and none was found.',
        'Install one of these, then run `npm test` again:',
        '  - Debian/Ubuntu: sudo apt-get install -y chromium',
        '  - any system: point CHROMIUM_PATH at an installed Chromium or Chrome binary',
      ].join('\n'),
    );
    process.exit(1);
  }
}
console.log(`Using Chromium at ${findChromium()}`);
