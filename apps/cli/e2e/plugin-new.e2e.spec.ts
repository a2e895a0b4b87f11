import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_PASSWORD } from '@cadre/core';
import { GraphQLClient } from '@cadre/core/testing';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');
const cli = join(repo, 'apps/cli/dist/main.js');
const server = join(repo, 'apps/server/dist/main.js');
const work = mkdtempSync(join(tmpdir(), 'cadre-scaffold-'));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

/** Starts the built server as an operator does, in `cwd`; resolves with its URL or, when it exits, its output. */
function startServer(cwd: string, env: Record<string, string> = {}): Promise<{ url?: string; output: string }> {
  child = spawn(process.execPath, [server], { cwd, env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', CADRE_DATA_DIR: join(cwd, 'data'), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...env } });
  let output = '';
  return new Promise((done) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (url && /employee@demo\.local/.test(output)) done({ url, output });
    };
    child!.stdout!.on('data', onData);
    child!.stderr!.on('data', onData);
    child!.on('exit', () => done({ output }));
  });
}

/** Links what a workspace install would give the new package: the SDK, the toolchain and the console's React and Ant Design. */
function linkWorkspace(root: string) {
  const nm = join(root, 'node_modules');
  for (const scope of ['@cadre', '@types', '@ant-design']) mkdirSync(join(nm, scope), { recursive: true });
  symlinkSync(join(repo, 'packages/sdk'), join(nm, '@cadre/sdk'));
  for (const dep of ['typescript', 'vitest']) symlinkSync(join(repo, 'node_modules', dep), join(nm, dep));
  symlinkSync(join(repo, 'node_modules/@types/node'), join(nm, '@types/node'));
  for (const dep of ['react', 'antd', '@types/react', '@ant-design/icons']) symlinkSync(join(repo, 'apps/console/node_modules', dep), join(nm, dep));
}

/** tsc's output and whether it passed. */
function tsc(project: string, cwd: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    return { ok: false, output: String((error as { stdout: string }).stdout) };
  }
}

describe('cadre plugin new', () => {
  it('scaffolds a plugin that builds, loads in the real server and passes its own e2e test', () => {
    const out = execFileSync(process.execPath, [cli, 'plugin', 'new', 'okr-goals', '--dir', join(work, 'plugins')], { encoding: 'utf8' });
    expect(out).toMatch(/created .*okr-goals/);
    const dir = join(work, 'plugins/okr-goals');
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name).toBe('@cadre/plugin-okr-goals');
    linkWorkspace(work);

    expect(tsc('tsconfig.build.json', dir)).toEqual({ ok: true, output: '' });
    // The console part is type-checked too (as its build script does), against the console's React and Ant Design:
    // it passes as scaffolded, and a wrong type in the page fails naming the file and line.
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.build).toContain('tsc -p tsconfig.console.json');
    expect(tsc('tsconfig.console.json', dir)).toEqual({ ok: true, output: '' });
    const page = join(dir, 'src/console/ItemsPage.tsx');
    const source = readFileSync(page, 'utf8');
    writeFileSync(page, source.replace("setTitle('')", 'setTitle(42)'));
    const broken = tsc('tsconfig.console.json', dir);
    writeFileSync(page, source);
    expect(broken.ok).toBe(false);
    expect(broken.output).toMatch(/src\/console\/ItemsPage\.tsx\(\d+,\d+\): error TS2345: Argument of type 'number' is not assignable to parameter of type 'SetStateAction<string>'/);
    const result = execFileSync(process.execPath, [join(repo, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=verbose'], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    expect(result).toMatch(/3 passed/);
    // The boundary check accepts what the scaffold writes.
    execFileSync(process.execPath, [join(repo, 'tooling/scripts/check-imports.mjs'), join(work, 'plugins')], { stdio: 'pipe' });
  });

  it('runs in the real server when the operator names its package, with no file of the platform changed', async () => {
    // A deployment directory: the package installed in its node_modules, enabled in cadre.config.json.
    const deploy = join(work, 'deploy');
    mkdirSync(join(deploy, 'node_modules/@cadre'), { recursive: true });
    symlinkSync(join(work, 'plugins/okr-goals'), join(deploy, 'node_modules/@cadre/plugin-okr-goals'));
    writeFileSync(join(deploy, 'cadre.config.json'), JSON.stringify({ plugins: ['@cadre/plugin-okr-goals'] }));

    const { url, output } = await startServer(deploy);
    expect(url, output).toBeDefined();
    const login = async (email: string) => new GraphQLClient(url!, (await new GraphQLClient(url!).data(`mutation { login(email: "${email}", password: "${DEMO_PASSWORD}") { accessToken } }`)).login.accessToken);
    const [hr, employee] = [await login('hr@demo.local'), await login('employee@demo.local')];
    // Added to the build's plugins (first-party ones stay enabled), migrated and guarded.
    const { plugins } = await hr.data('{ plugins { id enabled permissions } }');
    const enabled = plugins.filter((p: { enabled: boolean }) => p.enabled).map((p: { id: string }) => p.id);
    expect(enabled).toEqual(expect.arrayContaining(['okr-goals', 'structure', 'insights']));
    expect(plugins.find((p: { id: string }) => p.id === 'okr-goals').permissions).toEqual(['okr-goals.items.read', 'okr-goals.items.write']);
    expect((await hr.data('mutation { createOkrGoalsItem(input: { title: "Ship v2" }) { title } }')).createOkrGoalsItem.title).toBe('Ship v2');
    expect((await employee.data('{ okrGoalsItems { title } }')).okrGoalsItems).toEqual([{ title: 'Ship v2' }]);
    const denied = await employee.request('mutation { createOkrGoalsItem(input: { title: "x" }) { id } }');
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    child!.kill('SIGTERM');
    await new Promise((done) => child!.once('exit', done));

    // CADRE_PLUGINS wins over the file; a package that is not there stops the boot, named.
    const missing = await startServer(deploy, { CADRE_PLUGINS: 'structure,@acme/cadre-plugin-absent' });
    expect(missing.url).toBeUndefined();
    expect(missing.output).toMatch(/Plugin "@acme\/cadre-plugin-absent" cannot be loaded: it is neither a plugin of this build \(structure, .*\) nor a package installed in .*deploy \(install it there with npm install @acme\/cadre-plugin-absent\)/);
  });

  it('refuses a bad id and an existing folder', () => {
    const run = (id: string) => {
      try {
        execFileSync(process.execPath, [cli, 'plugin', 'new', id, '--dir', join(work, 'plugins')], { encoding: 'utf8', stdio: 'pipe' });
        return '';
      } catch (error) {
        return String((error as { stderr: string }).stderr);
      }
    };
    expect(run('Bad_Id')).toMatch(/must be lower-case kebab-case/);
    expect(run('okr-goals')).toMatch(/exists already/);
  });
});
