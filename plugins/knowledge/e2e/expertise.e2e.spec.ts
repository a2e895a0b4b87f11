import { RequestContexts } from '@cadre/sdk';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPERTISE_FORMULA, SHARING_INDEX_FORMULA, knowledgePlugin } from '../src/index.js';
import { createItem, personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';
import type { KnowledgeExpertise } from '../src/contracts.js';

const fake = createFakeStructure();
const INDEX = 'query($p: [ID!]) { knowledgeSharingIndex(personIds: $p) { formula from to people { person { id } index itemsPublished talksGiven talksAttended reviews readsByOthers bookmarksByOthers } } }';
type Row = { person: { id: string }; index: number; itemsPublished: number; talksGiven: number; talksAttended: number; reviews: number; readsByOthers: number; bookmarksByOthers: number };
const formula = (r: Row) => Math.round((5 * r.itemsPublished + 4 * r.talksGiven + r.talksAttended + 0.5 * Math.min(r.reviews, 40) + 0.2 * r.readsByOthers + 0.5 * r.bookmarksByOthers) * 100) / 100;
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

describe('expertise finder, sharing index and collaboration', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let ids: Record<string, string>;
  const inDemo = async <T>(fn: () => Promise<T>): Promise<T> => {
    const [tenant] = await server.app.dataSource.query(`SELECT id FROM tenants WHERE slug = 'demo'`);
    return RequestContexts.run(RequestContexts.system(tenant.id), fn);
  };
  beforeAll(async () => {
    server = await createTestServer({ plugins: [fake.plugin, knowledgePlugin] });
    [owner, hr, manager, employee] = await Promise.all([server.loginAs('owner'), server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    ids = await personIds(hr);
  });
  afterAll(() => server?.close());

  it('computes the sharing index from real artifacts, by the published formula', async () => {
    const snapshot = async () => new Map(((await hr.data(INDEX, { p: [ids.employee, ids.manager] })).knowledgeSharingIndex.people as Row[]).map((r) => [r.person.id, r]));
    const before = await snapshot();
    const item = await createItem(employee, { kind: 'BEST_PRACTICE', title: 'Sharing index probe', body: 'x', visibility: 'TENANT' });
    await createItem(employee, { kind: 'BEST_PRACTICE', title: 'A draft does not count', body: 'x' });
    const { scheduleTalk } = await employee.data('mutation($i: ScheduleTalkInput!) { scheduleTalk(input: $i) { id } }', { i: { title: 'Index talk', speakerId: ids.employee, scheduledAt: yesterday() } });
    await employee.data('mutation($id: ID!, $a: [ID!]!) { recordAttendance(talkId: $id, attendeeIds: $a) { id } }', { id: scheduleTalk.id, a: [ids.manager] });
    await hr.data('query($id: ID!) { knowledgeItem(id: $id) { id } }', { id: item.id });
    await hr.data('mutation($id: ID!) { bookmarkKnowledgeItem(id: $id) { id } }', { id: item.id });
    const day = yesterday();
    await hr.data('mutation($csv: String!) { importCodeReviews(csv: $csv) { imported } }', { csv: `external_id,reviewer_email,repository,pull_request,state,submitted_at\nidx-1,employee@demo.local,lab/x,1,approved,${day}\nidx-2,employee@demo.local,lab/x,2,commented,${day}` });
    const after = await snapshot();
    const e0 = before.get(ids.employee)!;
    const e1 = after.get(ids.employee)!;
    expect([e1.itemsPublished - e0.itemsPublished, e1.talksGiven - e0.talksGiven, e1.reviews - e0.reviews, e1.readsByOthers - e0.readsByOthers, e1.bookmarksByOthers - e0.bookmarksByOthers]).toEqual([1, 1, 2, 1, 1]);
    expect(after.get(ids.manager)!.talksAttended - before.get(ids.manager)!.talksAttended).toBe(1);
    for (const row of [...before.values(), ...after.values()]) expect(row.index).toBe(formula(row));
    const result = (await hr.data(INDEX)).knowledgeSharingIndex;
    expect(result.formula).toBe(SHARING_INDEX_FORMULA);
    expect(result.people.length).toBe(60);
    expect(result.people.every((r: Row) => r.index === formula(r))).toBe(true);
    expect(result.people.some((r: Row) => r.index > 0)).toBe(true);
    // A few people's rows (the person page asks for one) read only their artifacts: same numbers as the whole tenant's.
    const some = result.people.filter((r: Row) => r.index > 0).slice(0, 6).map((r: Row) => r.person.id);
    const byId = (rows: Row[]) => [...rows].sort((a, b) => a.person.id.localeCompare(b.person.id));
    const subset = (await hr.data(INDEX, { p: some })).knowledgeSharingIndex.people as Row[];
    expect(subset.length).toBe(some.length);
    expect(byId(subset)).toEqual(byId(result.people.filter((r: Row) => some.includes(r.person.id))));
  });

  it('shows people their own index and managers their team, and teams their mean', async () => {
    const own = (await employee.data(INDEX)).knowledgeSharingIndex.people;
    expect(own.map((r: Row) => r.person.id)).toEqual([ids.employee]);
    expect((await employee.request(INDEX, { p: [ids.hr] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const team = (await manager.data(INDEX)).knowledgeSharingIndex.people as Row[];
    expect(team.map((r) => r.person.id).sort()).toEqual([ids.manager, ids.employee, ids['alex.novak'], ids['han.xue'], ids['tang.yu'], ids['lucas.silva'], ids['yuan.shuai']].sort());
    const { teamKnowledgeSharingIndex } = await manager.data('{ teamKnowledgeSharingIndex { formula teams { unitId members index total top { person { id } index } } } }');
    const infra = teamKnowledgeSharingIndex.teams.find((t: { unitId: string }) => t.unitId === 'u-infra');
    expect(infra.members).toBe(7);
    const mean = Math.round((team.reduce((s, r) => s + r.index, 0) / 7) * 100) / 100;
    expect(infra.index).toBe(mean);
    expect(infra.top.index).toBe(Math.max(...team.map((r) => r.index)));
    expect(teamKnowledgeSharingIndex.teams.find((t: { unitId: string }) => t.unitId === 'u-company').members).toBe(60);
    expect((await employee.request('{ teamKnowledgeSharingIndex { formula } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.request('{ knowledgeSharingIndex(from: "2026-05-01", to: "2026-04-01") { formula } }')).errors?.[0].extensions?.field).toBe('from');
  });

  it('finds who knows a skill from profile, items, talks and reviews, with the evidence', async () => {
    fake.state.levels.set(ids.employee, new Map([['sk-writing', { level: 2, evidence: ['self'] }]]));
    const doc = await createItem(employee, { kind: 'DESIGN_DOC', title: 'Docs style guide', body: 'x', visibility: 'TENANT', skillIds: ['sk-writing'] });
    await createItem(employee, { kind: 'TECH_BLOG', title: 'Writing good RFCs', body: 'x', visibility: 'TENANT', skillIds: ['sk-writing'] });
    await createItem(employee, { kind: 'TECH_BLOG', title: 'Unit-only notes', body: 'x', visibility: 'UNIT', skillIds: ['sk-writing'] });
    await createItem(employee, { kind: 'TECH_BLOG', title: 'Secret writing draft', body: 'x', skillIds: ['sk-writing'] });
    const { scheduleTalk } = await employee.data('mutation($i: ScheduleTalkInput!) { scheduleTalk(input: $i) { id scheduledAt } }', { i: { title: 'How to write a design doc', speakerId: ids.employee, scheduledAt: yesterday(), skillIds: ['sk-writing'] } });
    await employee.data('mutation($id: ID!) { recordAttendance(talkId: $id, attendeeIds: []) { id } }', { id: scheduleTalk.id });
    await owner.data('mutation { setCodeReviewRepositorySkills(repository: "lab/docs", skillIds: ["sk-writing"]) { name } }');
    const csv = ['external_id,reviewer_email,repository,pull_request,state,submitted_at', ...[1, 2, 3].map((n) => `w-${n},employee@demo.local,lab/docs,${n},approved,2026-01-0${n}T10:00:00Z`), 'w-4,hr@demo.local,lab/docs,4,commented,2026-01-04T10:00:00Z'].join('\n');
    await hr.data('mutation($csv: String!) { importCodeReviews(csv: $csv) { imported } }', { csv });

    const { experts } = await hr.data('{ experts(skillId: "sk-writing") { skill { id name } formula experts { person { id } score level items talks reviews evidence } } }');
    expect(experts.skill).toEqual({ id: 'sk-writing', name: 'Technical writing' });
    expect(experts.formula).toBe(EXPERTISE_FORMULA);
    expect(experts.experts.map((e: { person: { id: string }; score: number }) => [e.person.id, e.score])).toEqual([
      [ids.employee, 12.6], // 2×2 + 3×2 + 2×1 + 0.2×3
      [ids.hr, 0.2],
    ]);
    const top = experts.experts[0];
    expect(top).toMatchObject({ level: 2, items: 2, talks: 1, reviews: 3 });
    const date = (iso: string) => iso.slice(0, 10);
    const published = (await hr.data('query($id: ID!) { knowledgeItem(id: $id) { publishedAt } }', { id: doc.id })).knowledgeItem.publishedAt;
    expect(top.evidence).toEqual([
      'Technical writing level 2/5 (evidence: self)',
      `Authored "Writing good RFCs" (tech blog, ${date(published)})`,
      `Authored "Docs style guide" (design doc, ${date(published)})`,
      `Gave the talk "How to write a design doc" (${date(scheduleTalk.scheduledAt)})`,
      '3 code reviews in lab/docs',
    ]);
    expect(experts.experts[1].evidence).toEqual(['1 code review in lab/docs']);

    // The published service for development: the same ranking, in the agreed shape.
    const service = server.app.app.get<KnowledgeExpertise>('knowledge.expertise', { strict: false });
    expect(await inDemo(() => service.experts('sk-writing', 1))).toEqual([{ personId: ids.employee, score: 12.6, level: 2, evidence: top.evidence }]);
    // Several skills in one pass rank each exactly as alone; an unknown id is left out.
    const batch = await inDemo(() => service.expertsFor(['sk-writing', 'sk-gpu', 'nope'], 3));
    expect([...batch.keys()].sort()).toEqual(['sk-gpu', 'sk-writing']);
    expect(batch.get('sk-writing')).toEqual(await inDemo(() => service.experts('sk-writing', 3)));
    expect(batch.get('sk-gpu')).toEqual(await inDemo(() => service.experts('sk-gpu', 3)));
    expect(batch.get('sk-gpu')!.length).toBeGreaterThan(0);
    const gpu = (await hr.data('{ experts(skillId: "sk-gpu", limit: 3) { experts { person { id } level } } }')).experts.experts;
    expect(gpu[0]).toMatchObject({ person: { id: ids['alex.novak'] }, level: 5 });
    expect((await hr.request('{ experts(skillId: "nope") { formula } }')).errors?.[0].extensions?.field).toBe('skillId');
    expect((await hr.request('{ experts(skillId: "sk-gpu", limit: 0) { formula } }')).errors?.[0].extensions?.field).toBe('limit');
  });

  it('lists skill tags with the items the viewer can see', async () => {
    const { knowledgeSkillTags } = await hr.data('{ knowledgeSkillTags(query: "writ") { id name categoryName items } }');
    expect(knowledgeSkillTags).toEqual([{ id: 'sk-writing', name: 'Technical writing', categoryName: 'Communication', items: 2 }]); // not the unit item nor the draft
    expect((await employee.data('{ knowledgeSkillTags(query: "writ") { items } }')).knowledgeSkillTags[0].items).toBe(4);
  });

  it('publishes co-authorship between units for the collaboration graph', async () => {
    const service = server.app.app.get<{ coAuthorEdges(): Promise<Array<{ unitA: string; unitB: string; weight: number }>> }>('knowledge.collaboration', { strict: false });
    const weight = async () => (await inDemo(() => service.coAuthorEdges())).find((e) => e.unitA === 'u-align' && e.unitB === 'u-infra')?.weight ?? 0;
    const before = await weight();
    await createItem(employee, { kind: 'PAPER', title: 'Joint paper', body: 'x', visibility: 'TENANT', authorIds: [ids.employee, ids['guo.ting'], ids['alex.novak']] });
    await createItem(employee, { kind: 'PAPER', title: 'Joint draft', body: 'x', authorIds: [ids.employee, ids['guo.ting']] });
    expect(await weight()).toBe(before + 1);
    const edges = (await hr.data('{ knowledgeCoAuthorEdges { unitA unitB weight } }')).knowledgeCoAuthorEdges;
    expect(edges.find((e: { unitA: string; unitB: string }) => e.unitA === 'u-align' && e.unitB === 'u-infra').weight).toBe(before + 1);
    expect(edges.every((e: { unitA: string; unitB: string; weight: number }) => e.unitA < e.unitB && e.weight > 0)).toBe(true);
  });
});
