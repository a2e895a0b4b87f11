// Deleting career levels and ladders: audited, hr only, NOT_FOUND naming the id, and refused
// (changing nothing) while a development plan targets the level or the ladder still has levels.
import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { createFakeStructure } from '@cadre/plugin-structure/testing';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentPlugin } from '../src/index.js';
import { personIds } from './support/demo.js';

const LADDERS = '{ careerLadders { id name levels { id code } } }';
const UPSERT = 'mutation($i: CareerLevelInput!) { upsertCareerLevel(input: $i) { id code } }';
const DELETE_LEVEL = 'mutation($id: ID!) { deleteCareerLevel(id: $id) }';
const DELETE_LADDER = 'mutation($id: ID!) { deleteCareerLadder(id: $id) }';
const CREATE_PLAN = 'mutation($i: CreateDevelopmentPlanInput!) { createDevelopmentPlan(input: $i) { id targetLevel { id } } }';

describe('deleting career levels and ladders', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let ids: Record<string, string>;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin, developmentPlugin] });
    [owner, hr, manager, employee] = await Promise.all([server.loginAs('owner'), server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    ids = await personIds(hr);
  });
  afterAll(() => server?.close());

  const ladder = async (name: string) => (await hr.data('mutation($n: String!) { createCareerLadder(input: { track: IC, name: $n }) { id } }', { n: name })).createCareerLadder.id as string;
  const level = async (ladderId: string, code: string, rank = 1) => (await hr.data(UPSERT, { i: { ladderId, code, rank, title: `Level ${code}`, expectations: [] } })).upsertCareerLevel.id as string;
  const ladderOf = async (id: string) => (await hr.data(LADDERS)).careerLadders.find((l: { id: string }) => l.id === id) as { id: string; name: string; levels: Array<{ id: string; code: string }> } | undefined;
  const personWithoutPlan = async (): Promise<string> => {
    const { developmentPlans } = await hr.data('{ developmentPlans(status: ACTIVE) { person { id } } }');
    const busy = new Set(developmentPlans.map((p: { person: { id: string } }) => p.person.id));
    const free = Object.values(ids).find((id) => !busy.has(id));
    if (!free) throw new Error('everyone has an active plan');
    return free;
  };
  const audit = async (id: string, operation: string) =>
    (await owner.data('query($id: String, $op: String) { auditLog(filter: { targetId: $id, operation: $op }) { nodes { actorEmail targetType before after } } }', { id, op: operation })).auditLog.nodes;

  it('deletes a level and then its empty ladder, both audited with what was deleted', async () => {
    const ladderId = await ladder('Deletable track');
    const levelId = await level(ladderId, 'DL1');
    expect((await hr.data(DELETE_LEVEL, { id: levelId })).deleteCareerLevel).toBe(true);
    expect((await ladderOf(ladderId))?.levels).toEqual([]);
    const [levelAudit] = await audit(levelId, 'deleteCareerLevel');
    expect(levelAudit).toMatchObject({ targetType: 'CareerLevel', after: null });
    expect(JSON.parse(levelAudit.before)).toMatchObject({ ladderId, code: 'DL1', title: 'Level DL1' });

    expect((await hr.data(DELETE_LADDER, { id: ladderId })).deleteCareerLadder).toBe(true);
    expect(await ladderOf(ladderId)).toBeUndefined();
    const [ladderAudit] = await audit(ladderId, 'deleteCareerLadder');
    expect(ladderAudit).toMatchObject({ targetType: 'CareerLadder', after: null });
    expect(JSON.parse(ladderAudit.before)).toMatchObject({ name: 'Deletable track' });
    // The code is free again: a new level may take it on another ladder.
    expect(await level(await ladder('Second track'), 'DL1')).not.toBe(levelId);
  });

  it('refuses people without ladders.write (FORBIDDEN) and unknown ids (NOT_FOUND naming the id)', async () => {
    const ladderId = await ladder('Guarded track');
    const levelId = await level(ladderId, 'GL1');
    for (const client of [manager, employee]) {
      const l = await client.request(DELETE_LEVEL, { id: levelId });
      expect(l.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const d = await client.request(DELETE_LADDER, { id: ladderId });
      expect(d.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await ladderOf(ladderId))?.levels).toEqual([{ id: levelId, code: 'GL1' }]);
    for (const [query, id] of [[DELETE_LEVEL, 'no-such-level'], [DELETE_LADDER, 'no-such-ladder']]) {
      const r = await hr.request(query, { id });
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(r.errors?.[0]?.message).toContain(id);
    }
  });

  it('refuses to delete a level a plan targets and a ladder with levels, naming them and changing nothing', async () => {
    const ladderId = await ladder('Busy track');
    const levelId = await level(ladderId, 'BL1');
    const other = await level(ladderId, 'BL2', 2);
    const plan = (await hr.data(CREATE_PLAN, { i: { personId: await personWithoutPlan(), targetLevelId: levelId, summary: 'aim at BL1' } })).createDevelopmentPlan;
    expect(plan.targetLevel).toEqual({ id: levelId });

    const refused = await hr.request(DELETE_LEVEL, { id: levelId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toBe('BL1 (Level BL1) is the target level of 1 development plan(s): change their target level first');
    const ladderRefused = await hr.request(DELETE_LADDER, { id: ladderId });
    expect(ladderRefused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(ladderRefused.errors?.[0]?.message).toBe('Busy track still has 2 level(s) (BL1, BL2): delete them first');
    expect((await ladderOf(ladderId))?.levels.map((l) => l.id)).toEqual([levelId, other]);
    expect((await hr.data('query($id: ID!) { developmentPlan(id: $id) { targetLevel { id } } }', { id: plan.id })).developmentPlan.targetLevel).toEqual({ id: levelId });
    expect(await audit(levelId, 'deleteCareerLevel')).toEqual([]);

    // Once the plan aims elsewhere the level goes.
    await hr.data('mutation($id: ID!, $i: UpdateDevelopmentPlanInput!) { updateDevelopmentPlan(id: $id, input: $i) { id } }', { id: plan.id, i: { targetLevelId: other } });
    expect((await hr.data(DELETE_LEVEL, { id: levelId })).deleteCareerLevel).toBe(true);
    // A plan cannot aim at the deleted level.
    const late = await hr.request('mutation($id: ID!, $i: UpdateDevelopmentPlanInput!) { updateDevelopmentPlan(id: $id, input: $i) { id } }', { id: plan.id, i: { targetLevelId: levelId } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.targetLevelId' });
  });
});
