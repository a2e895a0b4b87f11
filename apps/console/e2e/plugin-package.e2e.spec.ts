// #14: from "I have a package" to "it runs", with no file of the repository changed. A plugin is
// scaffolded outside the repository, built and packed; the tarball is installed into a fresh
// deployment directory of the built platform, enabled in its cadre.config.json, the console is
// composed with its part (`cadre console build`), and the real server shows its page and data
// in Chromium. Each step's time is printed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlAs } from './support/api';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { startServer, type RunningServer } from './support/server';

const repo = resolve(import.meta.dirname, '../../..');
const cli = join(repo, 'apps/cli/dist/main.js');
const work = mkdtempSync(join(tmpdir(), 'cadre-package-'));
const deployment = join(work, 'deployment');
let browser: Browser;
let server: RunningServer | undefined;

/** Runs a step, prints how long it took, returns its output. */
function step(name: string, run: () => string): string {
  const started = Date.now();
  const out = run();
  console.log(`[package e2e] ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return out;
}
const node = (args: string[], cwd: string, env: Record<string, string> = {}) => execFileSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: 'pipe' });

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await server?.stop();
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a plugin package, installed and enabled by an operator', () => {
  it('is scaffolded, packed, installed, composed into the console and shown in Chromium', async () => {
    const pkg = join(work, 'okr-goals');
    step('scaffold', () => node([cli, 'plugin', 'new', 'okr-goals', '--standalone', pkg], repo));
    expect(JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'))).toMatchObject({ name: 'cadre-plugin-okr-goals', peerDependencies: { '@cadre/sdk': '^0.1.0' } });
    // What its author's install gives it: the SDK, the compiler, the test runner, React and Ant Design.
    for (const scope of ['@cadre', '@types', '@ant-design']) mkdirSync(join(work, 'node_modules', scope), { recursive: true });
    symlinkSync(join(repo, 'packages/sdk'), join(work, 'node_modules/@cadre/sdk'));
    for (const dep of ['typescript', 'vitest']) symlinkSync(join(repo, 'node_modules', dep), join(work, 'node_modules', dep));
    symlinkSync(join(repo, 'node_modules/@types/node'), join(work, 'node_modules/@types/node'));
    for (const dep of ['react', 'antd', '@types/react', '@ant-design/icons']) symlinkSync(join(repo, 'apps/console/node_modules', dep), join(work, 'node_modules', dep));
    step('build', () => node([join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], pkg));
    step('check the console part', () => node([join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.console.json'], pkg));
    const tested = step('test (createTestServer)', () => node([join(repo, 'node_modules/vitest/vitest.mjs'), 'run'], pkg, { FORCE_COLOR: '0' }));
    expect(tested).toMatch(/3 passed/);
    step('pack', () => execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: pkg, encoding: 'utf8' }));
    const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);

    // A deployment of the built platform: its packages in node_modules, the tarball installed next to them.
    const installed = join(deployment, 'node_modules/cadre-plugin-okr-goals');
    mkdirSync(installed, { recursive: true });
    mkdirSync(join(deployment, 'node_modules/@cadre'));
    symlinkSync(join(repo, 'packages/sdk'), join(deployment, 'node_modules/@cadre/sdk'));
    step('install', () => execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], { encoding: 'utf8' }));
    writeFileSync(join(deployment, 'cadre.config.json'), JSON.stringify({ plugins: ['cadre-plugin-okr-goals'] }));

    const built = step('cadre console build', () => node([cli, 'console', 'build'], deployment, { CADRE_DATA_DIR: join(deployment, 'data') }));
    expect(built).toMatch(/plugin package cadre-plugin-okr-goals: console part .*src\/console\/index\.ts/);
    expect(built).toMatch(/total \(budget 300 KB\)/);
    // What the build was made with, so a server loading other packages can say the console is stale.
    expect(JSON.parse(readFileSync(join(deployment, 'data/console/cadre-console.json'), 'utf8')).packages).toEqual(['cadre-plugin-okr-goals']);

    const started = Date.now();
    server = await startServer({}, deployment);
    console.log(`[package e2e] migrate and start: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await gqlAs(server.url, 'hr@demo.local', 'mutation { createOkrGoalsItem(input: { title: "Ship the v2 model" }) { id } }');

    // hr adds an item through the page; the employee sees both and cannot add.
    const hr = await (await newContext(browser, server.url)).newPage();
    await signIn(hr, 'hr@demo.local');
    await hr.getByRole('navigation', { name: 'main' }).getByText('Okr Goals').click();
    await hr.waitForURL(/\/okr-goals$/);
    await hr.getByText('Ship the v2 model').waitFor();
    await hr.getByLabel('Title of a new item').fill('Hire two researchers');
    await hr.getByRole('button', { name: 'Add' }).click();
    await hr.getByText('Hire two researchers').waitFor();
    await screenshot(hr, 'en-US', 'plugin-package-okr-goals');

    const employee = await (await newContext(browser, server.url, 'zh-CN')).newPage();
    await signIn(employee, 'employee@demo.local');
    await employee.goto('/okr-goals');
    await employee.getByText('Hire two researchers').waitFor();
    expect(await employee.getByText('Ship the v2 model').count()).toBe(1);
    expect(await employee.getByRole('button', { name: '添加' }).count()).toBe(0);
    await screenshot(employee, 'zh-CN', 'plugin-package-okr-goals');
  });
});
