// The knowledge plugin on the real structure plugin: its taxonomy, org tree, skill profiles
// and collaboration graph, rather than the fake the other e2e files use.
import { structurePlugin } from '@cadre/plugin-structure';
import { RequestContexts } from '@cadre/sdk';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgePlugin } from '../src/index.js';
import { createItem, personIds } from './support/demo.js';

interface SkillsApi {
  skills(): Promise<Array<{ id: string; name: string }>>;
  profile(personId: string): Promise<Array<{ skillId: string; level: number; evidence: string[] }>>;
}

describe('knowledge with the real structure plugin', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let ids: Record<string, string>;
  let skillId: (name: string) => Promise<string>;
  const inDemo = async <T>(fn: () => Promise<T>): Promise<T> => {
    const [tenant] = await server.app.dataSource.query(`SELECT id FROM tenants WHERE slug = 'demo'`);
    return RequestContexts.run(RequestContexts.system(tenant.id), fn);
  };
  const api = <T>(token: string) => server.app.app.get<T>(token, { strict: false });
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin, knowledgePlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    ids = await personIds(hr);
    const skills = await inDemo(() => api<SkillsApi>('structure.skills').skills());
    skillId = async (name) => skills.find((s) => s.name === name)!.id;
  });
  afterAll(() => server?.close());

  it('tags the seeded library with structure’s taxonomy', async () => {
    const { knowledgeSkillTags } = await hr.data('{ knowledgeSkillTags { name items } }');
    const used = Object.fromEntries(knowledgeSkillTags.map((t: { name: string; items: number }) => [t.name, t.items]));
    for (const name of ['RLHF', 'Mixture-of-Experts (MoE)', 'Long-context modelling', 'Inference serving', 'Data deduplication', 'Distributed training', 'GPU scheduling', 'Model evaluation & benchmarks', 'Multimodal modelling']) {
      expect(used[name], name).toBeGreaterThan(0);
    }
    const rlhf = (await hr.data('query($s: ID) { searchKnowledge(query: "RLHF", filter: { skillId: $s }) { totalCount } }', { s: await skillId('RLHF') })).searchKnowledge;
    expect(rlhf.totalCount).toBeGreaterThan(0);
  });

  it('shares UNIT items along structure’s org tree', async () => {
    const unit = await inDemo(() => api<{ unitOfPerson(id: string): Promise<string | null> }>('structure.org').unitOfPerson(ids.employee));
    expect(unit).not.toBeNull();
    const item = await createItem(employee, { kind: 'BEST_PRACTICE', title: 'Infra-only runbook', body: 'wqzx', visibility: 'UNIT' });
    expect(item.unitId).toBe(unit);
    const hits = async (c: GraphQLClient) => (await c.data('{ searchKnowledge(query: "wqzx") { totalCount } }')).searchKnowledge.totalCount;
    expect(await hits(manager)).toBe(1);
    expect(await hits(hr)).toBe(0);
  });

  it('records publishing as "knowledge" evidence in structure’s skill profile', async () => {
    const writing = await skillId('Technical writing');
    const before = (await inDemo(() => api<SkillsApi>('structure.skills').profile(ids.employee))).find((p) => p.skillId === writing);
    await createItem(employee, { kind: 'DESIGN_DOC', title: 'How we write design docs', body: 'x', visibility: 'TENANT', skillIds: [writing] });
    const after = (await inDemo(() => api<SkillsApi>('structure.skills').profile(ids.employee))).find((p) => p.skillId === writing)!;
    expect(after.evidence).toContain('knowledge');
    expect(after.level).toBeGreaterThanOrEqual(Math.max(before?.level ?? 0, 3)); // a design doc is level-3 evidence; knowledge only raises
    const { experts } = await hr.data('query($s: ID!) { experts(skillId: $s) { experts { person { id } evidence } } }', { s: writing });
    expect(experts.experts.find((e: { person: { id: string } }) => e.person.id === ids.employee).evidence).toContain('Authored "How we write design docs" (design doc, ' + new Date().toISOString().slice(0, 10) + ')');
  });

  it('finds RLHF experts from structure’s profiles and the knowledge base', async () => {
    const { experts } = await hr.data('query($s: ID!) { experts(skillId: $s) { experts { person { name } score level items evidence } } }', { s: await skillId('RLHF') });
    expect(experts.experts.length).toBeGreaterThan(0);
    expect(experts.experts.some((e: { level: number }) => e.level > 0)).toBe(true);
    expect(experts.experts.some((e: { items: number }) => e.items > 0)).toBe(true);
    const scores = experts.experts.map((e: { score: number }) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('feeds co-authorship into structure’s collaboration graph', async () => {
    await createItem(employee, { kind: 'PAPER', title: 'Cross-team paper', body: 'x', visibility: 'TENANT', authorIds: [ids.employee, ids['guo.ting']] });
    const { knowledgeCoAuthorEdges } = await hr.data('{ knowledgeCoAuthorEdges { unitA unitB weight } }');
    const { collaborationGraph } = await hr.data('{ collaborationGraph { sources edges { sourceUnitId targetUnitId sources { source weight } } } }');
    expect(collaborationGraph.sources).toContain('knowledge');
    const fromKnowledge = collaborationGraph.edges.flatMap((e: { sourceUnitId: string; targetUnitId: string; sources: Array<{ source: string; weight: number }> }) =>
      e.sources.filter((s) => s.source === 'knowledge').map((s) => [[e.sourceUnitId, e.targetUnitId].sort().join('|'), s.weight]));
    const ours = knowledgeCoAuthorEdges.map((e: { unitA: string; unitB: string; weight: number }) => [[e.unitA, e.unitB].sort().join('|'), e.weight]);
    expect(new Map(fromKnowledge)).toEqual(new Map(ours));
    expect(ours.length).toBeGreaterThan(0);
  });
});
