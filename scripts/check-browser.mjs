// Makes sure the system tools the browser tests use are there (never downloaded ones):
// - a Chromium to drive: Debian's headless shell (/usr/bin/chromium-headless-shell), else the full browser
//   (/usr/bin/chromium), the order playwright.config.ts takes them in; CHROMIUM_PATH names another;
// - pdftotext (Poppler), which reads back the pages e2e/print.spec.ts prints to PDF;
// - a Chinese font (Noto CJK), without which Chromium draws the page's Chinese as boxes, so that what the tests lay
//   out, print and read back is not what a reader sees (pdftotext lost every 口 of such a PDF).
// On Debian, run as root, it installs what is missing with apt, and says so; elsewhere it says how, and stops the
// browser tests early.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (name) =>
  (process.env.PATH ?? '').split(':').some((dir) => dir && executable(`${dir}/${name}`));

const chromiumPaths = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

const debian = existsSync('/etc/debian_version');
const tools = [
  {
    what: `Chromium at ${chromiumPaths.join(' or ')}`,
    present: () => chromiumPaths.some(executable),
    // Apt cannot install a CHROMIUM_PATH someone named.
    apt: process.env.CHROMIUM_PATH ? null : 'chromium-headless-shell',
    how: debian
      ? 'Install it with:  sudo apt-get update && sudo apt-get install -y chromium-headless-shell\n' +
        '(or chromium, the full browser, which they use when the headless shell is not there),\n' +
        'or point CHROMIUM_PATH at another Chromium binary.'
      : 'Install Chromium with your system package manager (e.g. `brew install --cask chromium` on macOS,\n' +
        '`sudo dnf install chromium` on Fedora), then point CHROMIUM_PATH at its binary.',
  },
  {
    what: 'pdftotext (Poppler), which reads back the printed PDF',
    present: () => onPath('pdftotext'),
    apt: 'poppler-utils',
    how: debian
      ? 'Install it with:  sudo apt-get update && sudo apt-get install -y poppler-utils'
      : 'Install Poppler with your system package manager (`brew install poppler`, `sudo dnf install poppler-utils`).',
  },
  {
    what: 'Chinese font (fc-list :lang=zh lists none)',
    present: () =>
      spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout?.trim().length > 0,
    apt: 'fonts-noto-cjk',
    how: debian
      ? 'Install one with:  sudo apt-get update && sudo apt-get install -y fonts-noto-cjk'
      : 'Install a Chinese font (Noto Sans CJK) with your system package manager.',
  },
];

let missing = tools.filter((t) => !t.present());
const root = typeof process.getuid === 'function' && process.getuid() === 0;
const packages = missing.flatMap((t) => (t.apt ? [t.apt] : []));
if (debian && root && packages.length) {
  console.log(`Not installed: ${missing.map((t) => t.what).join('; ')}.`);
  console.log(`Installing with apt (apt-get update && apt-get install -y ${packages.join(' ')})…`);
  const run = (args) =>
    spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  if (!(run(['update']).status === 0 && run(['install', '-y', ...packages]).status === 0))
    console.error('Installing with apt failed (see above).');
  missing = tools.filter((t) => !t.present());
  if (!missing.length) console.log('Installed.');
}
if (missing.length) {
  for (const t of missing)
    console.error(`No ${t.what}; the browser tests need it (never a downloaded one).\n${t.how}`);
  process.exit(1);
}
