#!/usr/bin/env node
// One entry for "install what is needed": pnpm at the pinned version, the workspace's
// dependencies from the lockfile and, with --browser, Debian's Chromium for the console e2e.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PNPM = '12.4.2';
const browser = process.argv.includes('--browser');
const run = (cmd, env = {}) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, ...env } });
const version = (cmd) => {
  const r = spawnSync(cmd, ['--version'], { encoding: 'utf8', shell: true });
  return r.status === 0 ? r.stdout.trim() : null;
};

if (version('pnpm') !== PNPM) {
  console.log(`[setup] installing pnpm@${PNPM} with npm`);
  run(`npm install -g pnpm@${PNPM}`);
}

// better-sqlite3 compiles from source when its prebuilt binary cannot be downloaded; node-gyp
// then needs Node's headers, which Debian's nodejs puts under /usr (pnpm ignores a project .npmrc).
const env = existsSync('/usr/include/node/node.h') ? { npm_config_nodedir: '/usr' } : {};
run('pnpm install --frozen-lockfile --reporter=append-only', env);

if (browser && !existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  if (process.getuid?.() === 0 && version('apt-get')) {
    console.log('[setup] installing Debian chromium for the browser tests');
    // The CJK font makes the Chinese screenshots readable.
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei');
  } else {
    console.error('[setup] the console e2e needs Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH');
    process.exit(1);
  }
}
