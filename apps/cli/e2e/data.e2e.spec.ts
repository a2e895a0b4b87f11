import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cli = resolve(import.meta.dirname, '../dist/main.js');
const dir = mkdtempSync(join(tmpdir(), 'cadre-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Against PostgreSQL (DATABASE_URL) the CLI shares one schema across runs, so names are unique per run.
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, REDIS_URL: '', CADRE_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'error' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const slug = `cli-${Date.now().toString(36)}`;

describe('cadre data commands', () => {
  it('migrates twice without doing anything the second time', () => {
    expect(run('migrate').code).toBe(0);
    const again = run('migrate');
    expect(again.code).toBe(0);
    expect(again.out).not.toMatch(/migrated/);
  });

  it('creates a tenant with its owner, and refuses a duplicate slug', () => {
    const created = run('tenant', 'create', slug, '--owner-email', `boss@${slug}.test`, '--owner-password', 'password-123');
    expect(created.code).toBe(0);
    expect(created.out).toMatch(new RegExp(`tenant ${slug} created`));
    const dup = run('tenant', 'create', slug, '--owner-email', `b@${slug}.test`, '--owner-password', 'password-123');
    expect(dup.code).toBe(1);
    expect(dup.err).toMatch(/already exists/);
  });

  it('imports people all-or-nothing with a progress bar and a per-row report', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `name,email,title\nAda,ada@${slug}.test,Engineer\nBob,not-an-email,Engineer\n`);
    const refused = run('import', 'people', bad, '--tenant', slug);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/row 3, email: must be an email address/);
    const good = join(dir, 'good.csv');
    writeFileSync(good, `name,email,title,manager_email\nAda,ada@${slug}.test,Engineer,\nBob,bob@${slug}.test,Engineer,ada@${slug}.test\n`);
    const ok = run('import', 'people', good, '--tenant', slug);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(`imported 2 people into ${slug}`);
    expect(ok.out + ok.err).toMatch(/2\/2 rows/);
    // Nothing was half-written by the refused run: importing the good file again now conflicts on both rows.
    const again = run('import', 'people', good, '--tenant', slug);
    expect(again.err.match(/already exists/g)?.length).toBe(2);
  });
});
