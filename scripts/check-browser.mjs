// Makes sure a system Chromium the browser tests drive is there (never a downloaded one): Debian's headless shell
// (/usr/bin/chromium-headless-shell), else the full browser (/usr/bin/chromium), the order playwright.config.ts
// takes them in; CHROMIUM_PATH names another. On Debian, run as root, it installs the headless shell with apt,
// and says so; elsewhere it says how, and stops the browser tests early.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const paths = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
const present = () =>
  paths.some((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

if (!present()) {
  const debian = existsSync('/etc/debian_version');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (debian && root && !process.env.CHROMIUM_PATH) {
    console.log(
      'No Chromium at /usr/bin: installing its headless shell with apt (apt-get update && apt-get install -y chromium-headless-shell)…',
    );
    const run = (args) =>
      spawnSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    const ok = run(['update']).status === 0 && run(['install', '-y', 'chromium-headless-shell']).status === 0;
    if (ok && present()) {
      console.log(`Chromium's headless shell installed at ${paths[0]}.`);
      process.exit(0);
    }
    console.error('Installing Chromium with apt failed (see above).');
  }
  console.error(
    `No Chromium at ${paths.join(' or ')}. The browser tests drive the system Chromium (never a downloaded one).\n` +
      (debian
        ? 'Install it with:  sudo apt-get update && sudo apt-get install -y chromium-headless-shell\n' +
          '(or chromium, the full browser, which they use when the headless shell is not there)\n'
        : 'Install Chromium with your system package manager (e.g. `brew install --cask chromium` on macOS,\n' +
          '`sudo dnf install chromium` on Fedora), then point CHROMIUM_PATH at its binary.\n') +
      'Or point CHROMIUM_PATH at another Chromium binary.',
  );
  process.exit(1);
}
