import { createTestServer, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structurePlugin } from '../src/index.js';

// The structure plugin's zh-CN catalog is used for its errors; code and field stay the same.
describe('structure API messages in the caller’s language', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin] });
    token = (await server.loginAs('hr')).token!;
  });
  afterAll(() => server?.close());

  const ask = async (query: string, language: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': language },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors?.length).toBe(1);
    return body.errors![0];
  };

  it('translates a message with a value and keeps the value and field', async () => {
    const query = 'mutation { createOrgUnit(input: { name: "X", kind: PRODUCT, parentId: "nope" }) { id } }';
    const en = await ask(query, 'en-US');
    const zh = await ask(query, 'zh-CN');
    expect(en.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
    expect(zh.extensions.code).toBe(en.extensions.code);
    expect(zh.extensions.field).toBe(en.extensions.field);
    expect(en.message).toBe('input.parentId: no org unit has the id nope');
    expect(zh.message).toBe('input.parentId: 没有 id 为 nope 的部门');
  });
});
