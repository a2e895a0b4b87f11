import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../src/testing/index.js';

// The same bad requests in both languages: the message follows Accept-Language (or the console's
// X-Cadre-Language), while code, field, path and problems' fields never change.
describe('API messages in the caller’s language', () => {
  let server: TestServer;
  let ownerToken: string;
  let employeeToken: string;
  beforeAll(async () => {
    server = await createTestServer();
    ownerToken = (await server.loginAs('owner')).token!;
    employeeToken = (await server.loginAs('employee')).token!;
  });
  afterAll(() => server?.close());

  const ask = async (query: string, headers: Record<string, string>, token?: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string; path?: string[]; extensions: Record<string, unknown> }> };
    expect(body.errors?.length).toBe(1);
    return body.errors![0];
  };
  const both = async (query: string, token?: string) => {
    const en = await ask(query, { 'accept-language': 'en-US' }, token);
    const zh = await ask(query, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' }, token);
    // Only the words differ: the code, field and the rest of extensions stay as they are.
    const { problems: enProblems, ...enRest } = en.extensions;
    const { problems: zhProblems, ...zhRest } = zh.extensions;
    expect(zhRest).toEqual(enRest);
    expect((zhProblems as Array<{ field: string }> | undefined)?.map((p) => p.field)).toEqual((enProblems as Array<{ field: string }> | undefined)?.map((p) => p.field));
    expect(zh.path).toEqual(en.path);
    return { en, zh };
  };

  it('translates a UserInputError, keeping the field name and its problems list', async () => {
    const { en, zh } = await both('{ jobs(first: 0) { id } }', ownerToken);
    expect(en.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(en.message).toBe('first: must be from 1 to 200');
    expect(zh.message).toBe('first: 须在 1 到 200 之间');
    expect(zh.extensions.problems).toEqual([{ field: 'first', message: '须在 1 到 200 之间' }]);
  });

  it('translates a message with values, leaving the values as they are', async () => {
    const { en, zh } = await both('{ jobs(state: "lost") { id } }', ownerToken);
    expect(en.message).toBe('state: must be one of waiting, active, delayed, completed, failed');
    expect(zh.message).toBe('state: 须为以下之一：waiting, active, delayed, completed, failed');
  });

  it('translates the validation decorators\' messages, class-validator\'s own ones with their limits too', async () => {
    const title = 'x'.repeat(201);
    const { en, zh } = await both(`mutation { createPerson(input: { name: "", email: "a@b.co", title: "${title}", level: "!!", track: "astronaut" }) { id } }`, ownerToken);
    const messages = (e: typeof en) => Object.fromEntries((e.extensions.problems as Array<{ field: string; message: string }>).map((p) => [p.field, p.message]));
    expect(messages(en)).toEqual({
      'input.name': 'must have 1 to 200 characters',
      'input.title': 'must be shorter than or equal to 200 characters',
      'input.level': 'must be a short code such as L5',
      'input.track': 'must be one of ic, management',
    });
    expect(messages(zh)).toEqual({
      'input.name': '须为 1 到 200 个字符',
      'input.title': '不得超过 200 个字符',
      'input.level': '必须是简短代码，例如 L5',
      'input.track': '须为以下之一：ic, management',
    });
    expect(zh.message).toBe('input.name: 须为 1 到 200 个字符');
    const { people } = await server.client(ownerToken).data<{ people: { totalCount: number } }>('{ people(filter: { search: "a@b.co" }) { totalCount } }');
    expect(people.totalCount).toBe(0);
  });

  it('gives an import job\'s row problems in the reader\'s language, values kept', async () => {
    const csv = 'name,email,level,manager_email\nAda,ada@example.com,!!,nobody@example.com\nAda Two,ada@example.com,L3,\n';
    const hr = await server.loginAs('hr');
    const started = (await hr.data<{ startPeopleImport: { id: string } }>('mutation($csv: String!) { startPeopleImport(csv: $csv) { id } }', { csv })).startPeopleImport;
    const read = async (language: string) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${hr.token}`, 'x-cadre-language': language },
        body: JSON.stringify({ query: 'query($id: ID!) { job(id: $id) { state result } }', variables: { id: started.id } }),
      });
      return ((await response.json()) as { data: { job: { state: string; result: string | null } } }).data.job;
    };
    let job = await read('en-US');
    while (job.state !== 'completed') {
      expect(job.state).not.toBe('failed');
      await new Promise((r) => setTimeout(r, 50));
      job = await read('en-US');
    }
    const rows = (result: string | null) => (JSON.parse(result!) as { errors: Array<Record<string, unknown>> }).errors;
    expect(rows(job.result)).toEqual([
      { row: 2, field: 'level', message: 'must be a short code such as L5' },
      { row: 2, field: 'manager_email', message: 'no person with email nobody@example.com in the tenant or the file' },
      { row: 3, field: 'email', message: 'duplicates row 2' },
    ]);
    expect(rows((await read('zh-CN')).result)).toEqual([
      { row: 2, field: 'level', message: '必须是简短代码，例如 L5' },
      { row: 2, field: 'manager_email', message: '租户和文件中都没有邮箱为 nobody@example.com 的人员' },
      { row: 3, field: 'email', message: '与第 2 行重复' },
    ]);
  });

  it('gives permission and plugin descriptions in the reader\'s language', async () => {
    const read = async (language: string) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ownerToken}`, 'accept-language': language },
        body: JSON.stringify({ query: '{ permissions { id description } }' }),
      });
      const { data } = (await response.json()) as { data: { permissions: Array<{ id: string; description: string }> } };
      return new Map(data.permissions.map((p) => [p.id, p.description]));
    };
    const [en, zh] = [await read('en-US'), await read('zh-CN')];
    expect(en.get('people.read')).toBe('See the people directory');
    expect(zh.get('people.read')).toBe('查看人员名录');
    expect(zh.get('audit.read')).toBe('查看审计日志');
    // Every permission the core declares reads in Chinese (none left in English).
    for (const [id, text] of zh) expect(text, id).toMatch(/[\u4e00-\u9fff]/);
  });

  it('translates a NotFoundError, its kind of record too, but not the id', async () => {
    const { en, zh } = await both('{ job(id: "no-such-job") { id } }', ownerToken);
    expect(en.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'no-such-job' });
    expect(en.message).toBe('Job no-such-job was not found');
    expect(zh.message).toBe('任务 no-such-job 不存在');
  });

  it('translates FORBIDDEN', async () => {
    const { en, zh } = await both('{ jobs { id } }', employeeToken);
    expect(en.extensions.code).toBe('FORBIDDEN');
    expect(en.message).toBe('This needs the permission jobs.read');
    expect(zh.message).toBe('此操作需要权限 jobs.read');
  });

  it('translates UNAUTHENTICATED, for no token and for a bad one', async () => {
    const none = await both('{ jobs { id } }');
    expect(none.en.extensions.code).toBe('UNAUTHENTICATED');
    expect(none.en.message).toBe('Not signed in or the session has expired');
    expect(none.zh.message).toBe('未登录或会话已过期');
    const bad = await both('{ jobs { id } }', 'not-a-token');
    expect(bad.en.extensions.code).toBe('UNAUTHENTICATED');
    expect(bad.zh.message).not.toBe(bad.en.message);
    expect(bad.zh.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('lets the console’s X-Cadre-Language win, and answers English without any language', async () => {
    const explicit = await ask('{ job(id: "x1") { id } }', { 'x-cadre-language': 'zh-CN', 'accept-language': 'en-US' }, ownerToken);
    expect(explicit.message).toBe('任务 x1 不存在');
    const plain = await ask('{ job(id: "x1") { id } }', {}, ownerToken);
    expect(plain.message).toBe('Job x1 was not found');
  });

  it('translates errors of plain HTTP routes too (a CSV export), with the same status and code', async () => {
    const get = (language: string) => fetch(`${server.url}/export/no-such-export.csv`, { headers: { authorization: `Bearer ${ownerToken}`, 'accept-language': language } });
    const [en, zh] = await Promise.all([get('en-US'), get('zh-CN')]);
    expect(zh.status).toBe(en.status);
    const [enBody, zhBody] = (await Promise.all([en.json(), zh.json()])) as Array<{ code: string; message: string; id: string }>;
    expect(zhBody.code).toBe(enBody.code);
    expect(enBody).toMatchObject({ code: 'NOT_FOUND', id: 'no-such-export' });
    expect(enBody.message).toMatch(/^There is no export "no-such-export"; there are: /);
    expect(zhBody.message).toMatch(/^没有导出项 "no-such-export"；可用的有：/);
  });
});
