import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');
const cli = join(repo, 'apps/cli/dist/main.js');
const work = mkdtempSync(join(tmpdir(), 'cadre-scaffold-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Links what a workspace install would give the new package: the SDK and the toolchain. */
function linkWorkspace(root: string) {
  const nm = join(root, 'node_modules');
  mkdirSync(join(nm, '@cadre'), { recursive: true });
  mkdirSync(join(nm, '@types'), { recursive: true });
  symlinkSync(join(repo, 'packages/sdk'), join(nm, '@cadre/sdk'));
  for (const dep of ['typescript', 'vitest']) symlinkSync(join(repo, 'node_modules', dep), join(nm, dep));
  symlinkSync(join(repo, 'node_modules/@types/node'), join(nm, '@types/node'));
}

describe('cadre plugin new', () => {
  it('scaffolds a plugin that builds, loads in the real server and passes its own e2e test', () => {
    const out = execFileSync(process.execPath, [cli, 'plugin', 'new', 'okr-goals', '--dir', join(work, 'plugins')], { encoding: 'utf8' });
    expect(out).toMatch(/created .*okr-goals/);
    const dir = join(work, 'plugins/okr-goals');
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name).toBe('@cadre/plugin-okr-goals');
    linkWorkspace(work);

    execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'pipe' });
    const result = execFileSync(process.execPath, [join(repo, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=verbose'], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    expect(result).toMatch(/3 passed/);
    // The boundary check accepts what the scaffold writes.
    execFileSync(process.execPath, [join(repo, 'tooling/scripts/check-imports.mjs'), join(work, 'plugins')], { stdio: 'pipe' });
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
