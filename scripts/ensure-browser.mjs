// Makes sure a Chromium exists before the e2e tests: installs Debian's package when running as root on Debian.
import { aptInstall, canAptInstall } from './apt.mjs';
import { findChromium } from './browser.mjs';

function aptInstallChromium() {
  console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
  return aptInstall(['chromium', 'fonts-liberation']);
}

if (!findChromium()) {
  if (!canAptInstall() || !aptInstallChromium() || !findChromium()) {
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
