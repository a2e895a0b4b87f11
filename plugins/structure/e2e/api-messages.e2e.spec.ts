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

  it('refuses to delete a busy unit wholly in Chinese: counts inside the template, no English pieces', async () => {
    const hr = await server.loginAs('hr');
    const { orgUnits } = await hr.data('{ orgUnits { id name } }');
    const multimodal = orgUnits.find((u: { name: string }) => u.name === 'Multimodal').id;
    const query = `mutation { deleteOrgUnit(id: "${multimodal}") }`;
    const en = await ask(query, 'en-US');
    const zh = await ask(query, 'zh-CN');
    expect(en.extensions.code).toBe('CONFLICT');
    expect(zh.extensions.code).toBe('CONFLICT');
    expect(en.message).toMatch(/^Multimodal still has \d+ sub-unit\(s\), \d+ member\(s\) and \d+ owned project\(s\): move them first$/);
    expect(zh.message).toMatch(/^Multimodal 仍有 \d+ 个下级部门、\d+ 名成员和 \d+ 个所属项目：请先移走$/);
    // The same counts in both languages, and nothing English besides the unit's own name.
    expect(zh.message.match(/\d+/g)).toEqual(en.message.match(/\d+/g));
    expect(zh.message.replace('Multimodal', '')).not.toMatch(/[A-Za-z]/);
    expect(zh.message).not.toContain('member(s)');
    expect((await hr.data('{ orgUnits { id } }')).orgUnits).toHaveLength(orgUnits.length);
  });

  it('names a missing linked unit or skill wholly in Chinese (no English entity name in a shared template)', async () => {
    const hr = await server.loginAs('hr');
    const person = (await hr.data('{ people(filter: { search: "lin.xiao@demo.local" }) { nodes { id } } }')).people.nodes[0].id;
    const assign = `mutation { assignPersonToUnit(personId: "${person}", unitId: "gone") { id } }`;
    expect((await ask(assign, 'en-US')).message).toBe('unitId: no org unit has the id gone');
    expect((await ask(assign, 'zh-CN')).message).toBe('unitId: 没有 id 为 gone 的部门');
    const heatmap = 'query { skillHeatmap(input: { skillIds: ["gone"] }) { threshold } }';
    expect((await ask(heatmap, 'en-US')).message).toBe('input.skillIds: no skill has the id gone');
    expect((await ask(heatmap, 'zh-CN')).message).toBe('input.skillIds: 没有 id 为 gone 的技能');
  });
});
