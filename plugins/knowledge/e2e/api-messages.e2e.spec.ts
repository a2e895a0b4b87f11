import { createTestServer, type TestServer } from '@cadre/sdk/testing';
import { createFakeStructure } from '@cadre/plugin-structure/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgePlugin } from '../src/index.js';

// The plugin's zh-CN catalog, registered through the SDK, is used for its own errors; the code,
// field and id stay the same in both languages.
describe('knowledge API messages in the caller’s language', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    const fake = createFakeStructure();
    server = await createTestServer({ plugins: [fake.plugin, knowledgePlugin] });
    token = (await server.loginAs('owner')).token!;
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

  it('translates a plugin UserInputError', async () => {
    const query = '{ experts(skillId: "s1", limit: 0) { skill { id } } }';
    const en = await ask(query, 'en-US');
    const zh = await ask(query, 'zh-CN');
    expect(en.message).toBe('limit: must be from 1 to 100');
    expect(zh.message).toBe('limit: 须在 1 到 100 之间');
    expect(zh.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(en.extensions.code).toBe(zh.extensions.code);
    expect(en.extensions.field).toBe(zh.extensions.field);
  });

  it('translates a plugin NotFoundError, its kind of record too', async () => {
    const query = '{ knowledgeItem(id: "no-such-item") { id } }';
    const en = await ask(query, 'en-US');
    const zh = await ask(query, 'zh-Hans');
    expect(en.extensions).toEqual(zh.extensions);
    expect(en.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'no-such-item' });
    expect(en.message).toBe('KnowledgeItem no-such-item was not found');
    expect(zh.message).toBe('知识条目 no-such-item 不存在');
  });
});
