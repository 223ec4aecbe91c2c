// `npm test` runs this (npm run test:machine) beside the lint, type checks and build: it checks that the programs
// the tests drive are installed and, as root on Debian, installs the missing ones with apt-get; otherwise it prints
// the one command to run. Chromium (its headless shell, which the browser tests drive), Java (for the HTML
// checker), poppler's pdfinfo (for the print test), nginx and openssl (the hosting tests serve dist/ on nginx over
// HTTPS) are required; Firefox, WebKit and Xvfb are for the cross-engine smoke tests, which skip a missing engine on a
// developer's machine and fail in CI.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { NGINX } from './host-servers.ts';
import { fetchWordPressPackage } from './wordpress.ts';

interface Need {
  what: string;
  debianPackage: string;
  required: boolean;
  present: () => boolean;
}

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const inCI = process.env.CI === 'true';
const NEEDS: Need[] = [
  {
    what: 'Chromium (its headless shell)',
    debianPackage: 'chromium-headless-shell',
    required: true,
    present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell'),
  },
  {
    what: 'Java (the W3C HTML checker)',
    debianPackage: 'default-jre-headless',
    required: true,
    present: () => onPath('java'),
  },
  {
    what: 'pdfinfo (counts the pages the comparison prints on)',
    debianPackage: 'poppler-utils',
    required: true,
    present: () => onPath('pdfinfo'),
  },
  {
    what: 'nginx (the hosting tests)',
    debianPackage: 'nginx',
    required: true,
    present: () => existsSync(NGINX),
  },
  {
    what: 'openssl (a certificate for the hosting tests)',
    debianPackage: 'openssl',
    required: true,
    present: () => onPath('openssl'),
  },
  {
    what: 'Firefox',
    debianPackage: 'firefox-esr',
    required: inCI,
    present: () => existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'),
  },
  {
    what: 'WebKit (WebKitWebDriver)',
    debianPackage: 'webkit2gtk-driver',
    required: inCI,
    present: () => existsSync(process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver'),
  },
  {
    what: 'Xvfb (a screen for WebKit)',
    debianPackage: 'xvfb',
    required: inCI,
    present: () => Boolean(process.env.DISPLAY) || onPath('Xvfb'),
  },
];

const missing = NEEDS.filter((need) => !need.present());
if (missing.length > 0) {
  const packages = missing.map((need) => need.debianPackage);
  const canInstall = process.getuid?.() === 0 && onPath('apt-get');
  if (canInstall) {
    console.log(`Installing what the tests need: ${packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // man-db's index update, the last step of an install, takes seconds on one core while the tests wait for the
    // browsers: it is held back for this install (the daily man-db job adds the new pages), then switched on again,
    // also when npm test is stopped meanwhile (the signal stops apt-get; this process restores the file, then exits).
    const manIndex = '/var/lib/man-db/auto-update';
    const holdManIndex = existsSync(manIndex);
    if (holdManIndex) renameSync(manIndex, `${manIndex}.held-by-npm-test`);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(1));
    try {
      const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      const install =
        update.status === 0 &&
        spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
          stdio: 'inherit',
          env,
        });
      if (!install || install.status !== 0) console.error('apt-get could not install them.');
    } finally {
      if (holdManIndex) renameSync(`${manIndex}.held-by-npm-test`, manIndex);
    }
  }
  const still = missing.filter((need) => !need.present());
  if (still.length > 0) {
    const command = `sudo apt-get install -y ${still.map((need) => need.debianPackage).join(' ')}`;
    const required = still.filter((need) => need.required);
    if (required.length > 0) {
      console.error(
        `npm test needs ${required.map((need) => need.what).join(' and ')}. Install with:\n\n  ${command}\n`,
      );
      process.exit(1);
    }
    console.warn(
      `The cross-engine smoke tests will skip ${still.map((need) => need.what).join(', ')}. To run them:\n\n  ${command}\n`,
    );
  }
}

// WordPress's own embed script, which e2e/wordpress.test.ts serves on a post's page: Debian's package, unpacked.
if (!fetchWordPressPackage()) process.exit(1);
