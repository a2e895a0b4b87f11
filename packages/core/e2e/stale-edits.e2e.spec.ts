import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../src/testing/index.js';

// Two people edit the same person from forms they opened at the same time. Each form sends back
// the updatedAt it loaded; the second save is CONFLICT and changes nothing, instead of silently
// undoing the first. On PostgreSQL the check runs under the person's row lock, so of many saves
// from one stale read exactly one wins.
const PERSON = 'query($id: ID!) { person(id: $id) { name title location updatedAt } }';
const UPDATE = 'mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { title location updatedAt } }';

describe('editing a person from a stale form', () => {
  let server: TestServer;
  let hr: Awaited<ReturnType<TestServer['loginAs']>>;
  let id: string;
  beforeAll(async () => {
    server = await createTestServer();
    hr = await server.loginAs('hr');
    const { people } = await hr.data('{ people(first: 3) { nodes { id } } }');
    id = people.nodes[2].id;
  });
  afterAll(() => server?.close());

  it('refuses the second of two saves from the same read, naming the person, and keeps the first', async () => {
    const seen = (await hr.data(PERSON, { id })).person;
    const first = (await hr.data(UPDATE, { id, input: { title: 'Staff Researcher', expectedUpdatedAt: seen.updatedAt } })).updatePerson;
    expect(first.title).toBe('Staff Researcher');
    expect(first.updatedAt > seen.updatedAt).toBe(true);

    const second = await hr.request(UPDATE, { id, input: { location: 'Hangzhou', expectedUpdatedAt: seen.updatedAt } });
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedUpdatedAt' });
    expect(second.errors?.[0].message).toContain(`"${seen.name}" was changed by someone else`);
    const after = (await hr.data(PERSON, { id })).person;
    expect(after).toMatchObject({ title: 'Staff Researcher', location: seen.location, updatedAt: first.updatedAt });

    // With the version just read it goes through; without one it overwrites, as before.
    expect((await hr.data(UPDATE, { id, input: { location: 'Hangzhou', expectedUpdatedAt: after.updatedAt } })).updatePerson.location).toBe('Hangzhou');
    expect((await hr.data(UPDATE, { id, input: { location: seen.location } })).updatePerson.location).toBe(seen.location);
  });

  it('lets exactly one of eight parallel saves from one read through', async () => {
    const seen = (await hr.data(PERSON, { id })).person;
    const titles = Array.from({ length: 8 }, (_, i) => `Parallel ${i}`);
    const results = await Promise.all(titles.map((title) => hr.request(UPDATE, { id, input: { title, expectedUpdatedAt: seen.updatedAt } })));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(7);
    expect((await hr.data(PERSON, { id })).person.title).toBe(ok[0].data!.updatePerson.title);
  });

  it('says it in Chinese to a zh-CN caller', async () => {
    const seen = (await hr.data(PERSON, { id })).person;
    await hr.data(UPDATE, { id, input: { title: 'Researcher', expectedUpdatedAt: seen.updatedAt } });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hr.token}`, 'accept-language': 'zh-CN' },
      body: JSON.stringify({ query: UPDATE, variables: { id, input: { title: 'Stale', expectedUpdatedAt: seen.updatedAt } } }),
    });
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0].message).toBe(`“${seen.name}”在你打开后已被他人修改：请刷新查看对方的修改，再重新进行你的修改`);
  });
});
