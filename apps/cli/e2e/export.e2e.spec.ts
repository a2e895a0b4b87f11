import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTestServer, type TestServer } from '@cadre/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = resolve(import.meta.dirname, '../dist/main.js');
const dir = mkdtempSync(join(tmpdir(), 'cadre-export-'));

// `cadre export` against a running server: the same rows (and refusals) as the HTTP export.
describe('cadre export', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Asynchronous: the server answering the CLI runs in this process.
  const run = async (env: Record<string, string>, ...args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { env: { ...process.env, ...env } });
      return { code: 0, out: stdout, err: stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout, err: e.stderr };
    }
  };

  it('writes the people export to a file as an account signed in by email', async () => {
    const out = join(dir, 'people.csv');
    const done = await run({ CADRE_PASSWORD: 'demo1234' }, 'export', 'people.people', '--url', server.url, '--email', 'hr@demo.local', '--variables', '{"filter":{"search":"engineer"}}', '--out', out);
    expect(done.code).toBe(0);
    const lines = readFileSync(out, 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('name,email,title,level,track,manager_email,org_unit_id,location,hire_date,status,leave_date,leave_type,leave_regretted,leave_reason,comp_base,comp_currency');
    const hr = await server.loginAs('hr');
    const { people } = await hr.data('{ people(filter: { search: "engineer" }, first: 200) { totalCount } }');
    expect(lines.length - 1).toBe(people.totalCount);
  });

  it('prints to standard output with a token, and says why it was refused', async () => {
    const employee = await server.loginAs('employee');
    const printed = await run({ CADRE_TOKEN: employee.token! }, 'export', 'people.people', '--url', server.url);
    expect(printed.code).toBe(0);
    expect(printed.out).toMatch(/^\uFEFF?name,email/);
    const unknown = await run({ CADRE_TOKEN: employee.token! }, 'export', 'people.nope', '--url', server.url);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/export people\.nope refused \(404\): There is no export "people\.nope"/);
    const anonymous = await run({ CADRE_TOKEN: '' }, 'export', 'people.people', '--url', server.url);
    expect(anonymous.code).toBe(1);
    expect(anonymous.err).toMatch(/--token/);
    const badPassword = await run({ CADRE_PASSWORD: 'wrong-password' }, 'export', 'people.people', '--url', server.url, '--email', 'hr@demo.local');
    expect(badPassword.code).toBe(1);
    expect(badPassword.err).toMatch(/cannot sign in as hr@demo.local/);
  });
});
