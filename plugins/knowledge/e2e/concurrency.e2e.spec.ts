// Racing requests over HTTP, on the real structure plugin: each test fires 8–16 requests at once
// and checks that every answer is a success or an expected refusal, that exactly as many succeed
// as may, and the invariant. The races only show on PostgreSQL: run with DATABASE_URL too.
import { structurePlugin } from '@cadre/plugin-structure';
import { createTestServer, type GraphQLClient, type GraphQLResult, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgePlugin, signBody } from '../src/index.js';
import { count, createItem, outbox, personIds } from './support/demo.js';

const UPDATE = 'mutation($id: ID!, $input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(id: $id, input: $input) { id version } }';

/** The code of each answer ('OK' for a success); fails on any code outside `allowed`. */
function outcomes(results: Array<GraphQLResult<unknown>>, allowed: string[]): string[] {
  const codes = results.map((r) => (r.errors?.length ? String(r.errors[0].extensions?.code) : 'OK'));
  expect(codes.filter((c) => c !== 'OK' && !allowed.includes(c))).toEqual([]);
  return codes;
}

describe('knowledge under concurrent requests', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let employee: GraphQLClient;
  let ids: Record<string, string>;
  let skill: string;
  /** The employee's evidence in `skill` whose note mentions `text`. */
  const evidence = async (text: string) => {
    const { skillProfile } = await owner.data('query($p: ID) { skillProfile(personId: $p) { entries { skill { id } evidence { kind note } } } }', { p: ids.employee });
    const entry = skillProfile.entries.find((e: { skill: { id: string } }) => e.skill.id === skill);
    return (entry?.evidence ?? []).filter((e: { note: string | null }) => e.note?.includes(text));
  };
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin, knowledgePlugin] });
    [owner, employee] = await Promise.all([server.loginAs('owner'), server.loginAs('employee')]);
    ids = await personIds(owner);
    skill = (await owner.data('{ skills { id name } }')).skills.find((s: { name: string }) => s.name === 'GPU scheduling').id;
  });
  afterAll(() => server?.close());

  it('concurrent edits of one item each make their own version: none lost, numbers unique, published once', async () => {
    const item = await createItem(employee, { kind: 'DESIGN_DOC', title: 'Racing edits', body: 'v1', skillIds: [skill] });
    const edits = Array.from({ length: 12 }, (_, i) => ({ body: `edit ${i}`, note: `edit ${i}`, ...(i % 2 ? { visibility: 'TENANT' } : {}) }));
    const results = await Promise.all(edits.map((input) => employee.request(UPDATE, { id: item.id, input })));
    const codes = outcomes(results, []);
    expect(codes.every((c) => c === 'OK')).toBe(true);
    expect(results.map((r) => (r.data as { updateKnowledgeItem: { version: number } }).updateKnowledgeItem.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
    const { knowledgeItemVersions } = await employee.data('query($id: ID!) { knowledgeItemVersions(id: $id) { version body } }', { id: item.id });
    expect(knowledgeItemVersions.map((v: { version: number }) => v.version)).toEqual(Array.from({ length: 13 }, (_, i) => 13 - i));
    expect(knowledgeItemVersions.map((v: { body: string }) => v.body).sort()).toEqual(['v1', ...edits.map((e) => e.body)].sort());
    const { knowledgeItem } = await employee.data('query($id: ID!) { knowledgeItem(id: $id) { version visibility body } }', { id: item.id });
    expect(knowledgeItem.version).toBe(13);
    expect(knowledgeItem.body).toBe(knowledgeItemVersions[0].body);
    // The first publication happens once: one event, one piece of evidence.
    expect((await outbox(server, 'knowledge.item-published')).filter((e) => e.itemId === item.id)).toHaveLength(1);
    expect(await evidence('Authored "Racing edits"')).toHaveLength(1);
  });

  it('of eight authors saving forms opened on the same version at once, one saves; the others change nothing', async () => {
    const item = await createItem(employee, { kind: 'DESIGN_DOC', title: 'Stale forms', body: 'v1' });
    const { knowledgeItem: seen } = await employee.data('query($id: ID!) { knowledgeItem(id: $id) { version updatedAt } }', { id: item.id });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => employee.request(UPDATE, { id: item.id, input: { body: `form ${i}`, expectedUpdatedAt: seen.updatedAt } })));
    const codes = outcomes(results, ['CONFLICT']);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => r.errors![0].extensions?.field === 'input.expectedUpdatedAt')).toBe(true);
    const { knowledgeItemVersions } = await employee.data('query($id: ID!) { knowledgeItemVersions(id: $id) { version body } }', { id: item.id });
    expect(knowledgeItemVersions.map((v: { version: number }) => v.version)).toEqual([seen.version + 1, seen.version]);
    const { knowledgeItem } = await employee.data('query($id: ID!) { knowledgeItem(id: $id) { version body updatedAt } }', { id: item.id });
    expect(knowledgeItem.body).toBe(knowledgeItemVersions[0].body);
    expect(knowledgeItem.updatedAt > seen.updatedAt).toBe(true);
  });

  it('a webhook delivery replayed many times at once stores each review once', async () => {
    const secret = (await owner.data('mutation { rotateKnowledgeWebhookSecret { secret } }')).rotateKnowledgeWebhookSecret.secret;
    const review = (id: string) => ({ id, reviewer: 'alex.novak@demo.local', author: 'employee@demo.local', repository: 'lab/race', pullRequest: '7', state: 'approved', comments: 1, submittedAt: '2026-05-01T10:00:00Z' });
    const before = await count(server, 'knowledge_code_reviews');
    // Ten deliveries at once: the same shared review in each, plus one of their own.
    const bodies = Array.from({ length: 10 }, (_, i) => JSON.stringify({ reviews: [review('race-shared'), review(`race-${i}`)] }));
    const responses = await Promise.all(
      bodies.map((body) =>
        fetch(`${server.url}/hooks/knowledge/code-reviews`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-cadre-tenant': 'demo', 'x-cadre-signature': signBody(secret, body) }, body }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(bodies.map(() => 202));
    const answers = (await Promise.all(responses.map((r) => r.json()))) as Array<{ accepted: number; duplicates: number }>;
    expect(answers.reduce((s, a) => s + a.accepted, 0)).toBe(11);
    expect(answers.reduce((s, a) => s + a.duplicates, 0)).toBe(9);
    expect(await count(server, 'knowledge_code_reviews')).toBe(before + 11);
  });

  it('bookmarking one item many times at once keeps one bookmark', async () => {
    const item = await createItem(owner, { kind: 'TECH_BLOG', title: 'Bookmark me', body: 'x', visibility: 'TENANT' });
    const calls = Array.from({ length: 10 }, () => employee.request('mutation($id: ID!) { bookmarkKnowledgeItem(id: $id) { bookmarked bookmarkCount } }', { id: item.id }));
    const codes = outcomes(await Promise.all(calls), []);
    expect(codes.every((c) => c === 'OK')).toBe(true);
    const { knowledgeItem } = await employee.data('query($id: ID!) { knowledgeItem(id: $id) { bookmarked bookmarkCount } }', { id: item.id });
    expect(knowledgeItem).toEqual({ bookmarked: true, bookmarkCount: 1 });
  });

  it('attendance recorded many times at once holds the talk once', async () => {
    const past = new Date(Date.now() - 86_400_000).toISOString();
    const { scheduleTalk } = await employee.data('mutation($input: ScheduleTalkInput!) { scheduleTalk(input: $input) { id } }', {
      input: { title: 'Racing talk', abstract: 'x', speakerId: ids.employee, scheduledAt: past, durationMinutes: 30, location: 'Online', skillIds: [skill] },
    });
    const lists = [[ids.manager], [ids.hr], [ids.manager, ids.hr], [ids['alex.novak']], [ids.hr, ids['alex.novak']], [ids.manager], [ids['tang.yu']], [ids.hr]];
    const results = await Promise.all(lists.map((a) => employee.request('mutation($id: ID!, $a: [ID!]!) { recordAttendance(talkId: $id, attendeeIds: $a) { status attendees { id } } }', { id: scheduleTalk.id, a })));
    const codes = outcomes(results, []);
    expect(codes.every((c) => c === 'OK')).toBe(true);
    const events = (await outbox(server, 'knowledge.talk-held')).filter((e) => e.talkId === scheduleTalk.id);
    expect(events).toHaveLength(1);
    expect(await evidence('Gave the talk "Racing talk"')).toHaveLength(1);
    // The stored attendance is one of the lists sent, whole (not a mix of two).
    const { talk } = await employee.data('query($id: ID!) { talk(id: $id) { status attendees { id } } }', { id: scheduleTalk.id });
    expect(talk.status).toBe('HELD');
    expect(lists.map((l) => [...l].sort().join())).toContain(talk.attendees.map((p: { id: string }) => p.id).sort().join());
  });
});
