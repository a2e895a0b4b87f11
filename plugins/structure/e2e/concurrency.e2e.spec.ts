// Racing requests over HTTP: each test fires 8–16 mutations at once and checks that every answer
// is a success or an expected refusal, that exactly as many succeed as may, and the invariant.
// The races only show on PostgreSQL (SQLite serialises transactions): run with DATABASE_URL too.
import { createTestServer, type GraphQLClient, type GraphQLResult, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structurePlugin } from '../src/index.js';
import { buildTiny } from './staffing-support.js';
import { assignmentSnapshot, fieldOf, outboxEvents, unitId } from './support.js';

const MOVE = 'mutation($id: ID!, $p: ID) { moveOrgUnit(id: $id, parentId: $p) { id } }';
const CREATE_UNIT = 'mutation($n: String!, $p: ID) { createOrgUnit(input: { name: $n, kind: TECHNICAL, parentId: $p }) { id } }';
const ASSIGN = 'mutation($p: ID!, $m: ID!, $a: Int!) { assignToProject(input: { projectId: $p, personId: $m, allocation: $a }) { id } }';
const PROPOSE = 'mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { id status assignments { person { id } projectId allocation } } }';
const APPLY = 'mutation($id: ID!) { applyStaffingPlan(id: $id) { id status } }';
const DISCARD = 'mutation($id: ID!) { discardStaffingPlan(id: $id) { id status } }';

/** The code of each answer ('OK' for a success); fails on any code outside `allowed`. */
function outcomes(results: Array<GraphQLResult<unknown>>, allowed: string[]): string[] {
  const codes = results.map((r) => (r.errors?.length ? String(r.errors[0].extensions?.code) : 'OK'));
  expect(codes.filter((c) => c !== 'OK' && !allowed.includes(c))).toEqual([]);
  return codes;
}

const ok = (codes: string[]) => codes.filter((c) => c === 'OK').length;

/** Every unit reaches a root without passing itself: the tree has no loop. */
async function expectNoLoop(client: GraphQLClient, ids: string[]): Promise<void> {
  const parents = new Map<string, string | null>();
  for (const id of ids) parents.set(id, (await client.data('query($id: ID!) { orgUnit(id: $id) { parentId } }', { id })).orgUnit.parentId);
  const { orgUnits } = await client.data('{ orgUnits { id parentId } }');
  for (const u of orgUnits as Array<{ id: string; parentId: string | null }>) parents.set(u.id, u.parentId);
  for (const id of parents.keys()) {
    const seen = new Set<string>();
    for (let at: string | null = id; at; at = parents.get(at) ?? null) {
      expect(seen.has(at), `a loop through ${id}`).toBe(false);
      seen.add(at);
    }
  }
  // Units in a loop would be unreachable from the roots and vanish from the chart.
  for (const id of ids) expect(orgUnits.some((u: { id: string }) => u.id === id)).toBe(true);
}

async function allocations(client: GraphQLClient): Promise<Map<string, number>> {
  const total = new Map<string, number>();
  for (const line of await assignmentSnapshot(client)) {
    const [, person, allocation] = line.split('|');
    total.set(person, (total.get(person) ?? 0) + Number(allocation));
  }
  return total;
}

describe('structure under concurrent requests', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin] });
    hr = await server.loginAs('hr');
  });
  afterAll(() => server?.close());

  it('opposite moves of two units never make a loop: one direction wins', async () => {
    const engineering = await unitId(hr, 'Engineering');
    for (let round = 0; round < 3; round++) {
      const a = (await hr.data(CREATE_UNIT, { n: `Loop A${round}`, p: engineering })).createOrgUnit.id;
      const b = (await hr.data(CREATE_UNIT, { n: `Loop B${round}`, p: engineering })).createOrgUnit.id;
      const moves = Array.from({ length: 16 }, (_, i) => (i % 2 ? { id: a, p: b } : { id: b, p: a }));
      const codes = outcomes(await Promise.all(moves.map((m) => hr.request(MOVE, m))), ['BAD_USER_INPUT']);
      const won = moves.filter((_, i) => codes[i] === 'OK');
      expect(won).toHaveLength(8);
      expect(new Set(won.map((m) => m.id)).size).toBe(1);
      await expectNoLoop(hr, [a, b]);
    }
  });

  it('a chain of units moved under each other concurrently stays a tree', async () => {
    const engineering = await unitId(hr, 'Engineering');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await hr.data(CREATE_UNIT, { n: `Ring ${i}`, p: engineering })).createOrgUnit.id);
    // 0 → 1 → 2 → 3 → 0: all four together would be a loop.
    const moves = Array.from({ length: 12 }, (_, i) => ({ id: ids[i % 4], p: ids[(i + 1) % 4] }));
    const codes = outcomes(await Promise.all(moves.map((m) => hr.request(MOVE, m))), ['BAD_USER_INPUT']);
    expect(ok(codes)).toBeGreaterThan(0);
    await expectNoLoop(hr, ids);
  });

  it('sibling names stay unique when the same unit is created at once', async () => {
    const engineering = await unitId(hr, 'Engineering');
    const codes = outcomes(await Promise.all(Array.from({ length: 12 }, () => hr.request(CREATE_UNIT, { n: 'Twin team', p: engineering }))), ['CONFLICT']);
    expect(ok(codes)).toBe(1);
    const { orgUnits } = await hr.data('{ orgUnits { name parentId } }');
    expect(orgUnits.filter((u: { name: string; parentId: string }) => u.name === 'Twin team' && u.parentId === engineering)).toHaveLength(1);
  });

  it('a unit deleted while people and sub-units join it leaves nothing pointing at it', async () => {
    const engineering = await unitId(hr, 'Engineering');
    const { people } = await hr.data('{ people(first: 20) { nodes { id } } }');
    for (let round = 0; round < 3; round++) {
      const unit = (await hr.data(CREATE_UNIT, { n: `Doomed ${round}`, p: engineering })).createOrgUnit.id;
      const calls = [
        hr.request('mutation($id: ID!) { deleteOrgUnit(id: $id) }', { id: unit }),
        ...people.nodes.slice(round * 5, round * 5 + 5).map((p: { id: string }) => hr.request('mutation($p: ID!, $u: ID) { assignPersonToUnit(personId: $p, unitId: $u) { id } }', { p: p.id, u: unit })),
        ...[0, 1, 2].map((i) => hr.request(CREATE_UNIT, { n: `Doomed ${round}.${i}`, p: unit })),
      ];
      const codes = outcomes(await Promise.all(calls), ['CONFLICT', 'BAD_USER_INPUT']);
      const { orgUnits } = await hr.data('{ orgUnits { id parentId } }');
      const { people: after } = await hr.data('{ people(first: 100) { nodes { orgUnitId } } }');
      const pointing = orgUnits.filter((u: { parentId: string }) => u.parentId === unit).length + after.nodes.filter((p: { orgUnitId: string }) => p.orgUnitId === unit).length;
      if (codes[0] === 'OK') {
        expect(orgUnits.some((u: { id: string }) => u.id === unit)).toBe(false);
        expect(pointing).toBe(0);
        expect(codes.slice(1).every((c) => c === 'BAD_USER_INPUT')).toBe(true);
      } else {
        expect(codes[0]).toBe('CONFLICT');
        expect(pointing).toBe(codes.slice(1).filter((c) => c === 'OK').length);
      }
    }
  });

  it('skill evidence recorded at once is all counted: the level follows the whole history', async () => {
    const employee = await server.loginAs('employee');
    const { createSkillCategory } = await hr.data('mutation { createSkillCategory(input: { name: "Race" }) { id } }');
    const skill = (await hr.data('mutation($c: ID!) { createSkill(input: { categoryId: $c, name: "Racing" }) { id } }', { c: createSkillCategory.id })).createSkill.id;
    const me = (await employee.data('{ me { person { id } } }')).me.person.id;
    const calls = Array.from({ length: 16 }, (_, i) =>
      i % 2
        ? employee.request('mutation($s: ID!, $l: Int!) { setOwnSkillLevel(input: { skillId: $s, level: $l }) { person { id } } }', { s: skill, l: 1 })
        : hr.request('mutation($p: ID!, $s: ID!, $l: Int!) { setSkillLevel(input: { personId: $p, skillId: $s, level: $l, evidence: REVIEW }) { person { id } } }', { p: me, s: skill, l: 2 + (i % 4) }),
    );
    const codes = outcomes(await Promise.all(calls), []);
    expect(ok(codes)).toBe(16);
    const { skillProfile } = await hr.data('query($p: ID) { skillProfile(personId: $p) { entries { skill { id } level evidenceKinds evidence { kind level } } } }', { p: me });
    const entry = skillProfile.entries.find((e: { skill: { id: string } }) => e.skill.id === skill);
    expect(entry.evidence).toHaveLength(16);
    expect(entry.evidenceKinds).toEqual(['SELF', 'REVIEW']);
    // Newest first: the level is the latest review's.
    expect(entry.level).toBe(entry.evidence.find((e: { kind: string }) => e.kind === 'REVIEW').level);
  });

  it('a category deleted while skills are put into it is either kept with them or gone without them', async () => {
    const home = (await hr.data('{ skillCategories { id } }')).skillCategories[0].id;
    for (let round = 0; round < 3; round++) {
      const { createSkillCategory: cat } = await hr.data('mutation($n: String!) { createSkillCategory(input: { name: $n }) { id } }', { n: `Vanishing ${round}` });
      const { createSkill: moving } = await hr.data('mutation($c: ID!, $n: String!) { createSkill(input: { categoryId: $c, name: $n }) { id } }', { c: home, n: `Mover ${round}` });
      const calls = [
        hr.request('mutation($id: ID!) { deleteSkillCategory(id: $id) }', { id: cat.id }),
        hr.request('mutation($c: ID!, $n: String!) { createSkill(input: { categoryId: $c, name: $n }) { id } }', { c: cat.id, n: `Newcomer ${round}` }),
        hr.request('mutation($id: ID!, $c: ID!) { updateSkill(id: $id, input: { categoryId: $c }) { id } }', { id: moving.id, c: cat.id }),
      ];
      const codes = outcomes(await Promise.all(calls), ['CONFLICT', 'BAD_USER_INPUT']);
      const { skillCategories } = await hr.data('{ skillCategories { id skills { id } } }');
      const kept = skillCategories.find((c: { id: string }) => c.id === cat.id);
      const { skills } = await hr.data('{ skills { id categoryId } }');
      // No skill may point at a category that is gone.
      const categoryIds = new Set(skillCategories.map((c: { id: string }) => c.id));
      expect(skills.filter((s: { categoryId: string }) => !categoryIds.has(s.categoryId))).toEqual([]);
      if (codes[0] === 'OK') expect(kept).toBeUndefined();
      else expect(kept.skills.length).toBeGreaterThan(0);
    }
  });

  it("a person's first preference for a project, set from many requests at once, is one row", async () => {
    const employee = await server.loginAs('employee');
    const { createProject } = await hr.data('mutation { createProject(input: { name: "Preference race", headcountMax: 2 }) { id } }');
    const strengths = [0.1, 0.2, 0.3, 0.4, -0.5, -0.6, 0.7, 0.8, 0.9, 1];
    const calls = strengths.map((s) => employee.request('mutation($p: ID!, $s: Float!) { setStaffingPreference(input: { projectId: $p, strength: $s }) { projectId strength } }', { p: createProject.id, s }));
    // The mutation's transaction locks the person's row (people.get), so the requests take turns:
    // each either inserts the row or updates the one another just inserted, and none is refused.
    expect(ok(outcomes(await Promise.all(calls), []))).toBe(strengths.length);
    const mine = (await employee.data('{ staffingPreferences { projectId strength } }')).staffingPreferences.filter((p: { projectId: string }) => p.projectId === createProject.id);
    expect(mine).toHaveLength(1);
    expect(strengths).toContain(mine[0].strength);
  });

  it('saves a project once when eight forms opened on the same version save at once; the others change nothing', async () => {
    const { createProject } = await hr.data('mutation { createProject(input: { name: "Stale form project", headcountMax: 2 }) { id } }');
    const id = createProject.id;
    const seen = (await hr.data('query($id: ID!) { project(id: $id) { updatedAt } }', { id })).project;
    // Not the name: a rename also takes the project-names lock, which would queue the writers by itself.
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      hr.request('mutation($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { description headcountMax updatedAt } }',
        { id, input: { description: `Edit ${i}`, headcountMax: 3 + i, expectedUpdatedAt: seen.updatedAt } })));
    const codes = outcomes(answers, ['CONFLICT']);
    expect(ok(codes)).toBe(1);
    expect(answers.filter((a) => a.errors?.length).every((a) => fieldOf(a) === 'input.expectedUpdatedAt')).toBe(true);
    const won = (answers.find((a) => !a.errors?.length)!.data as any).updateProject;
    const after = (await hr.data('query($id: ID!) { project(id: $id) { description headcountMax updatedAt } }', { id })).project;
    expect(after).toEqual(won);
    expect(after.headcountMax).toBe(3 + Number(won.description.split(' ')[1]));
    expect(after.updatedAt > seen.updatedAt).toBe(true);

    // A save that sets the same values is an edit too: a form opened before it is stale.
    const same = (await hr.data('mutation($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { updatedAt } }', { id, input: { description: after.description, expectedUpdatedAt: after.updatedAt } })).updateProject;
    expect(same.updatedAt > after.updatedAt).toBe(true);
    const stale = await hr.request('mutation($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { id } }', { id, input: { description: 'Stale', expectedUpdatedAt: after.updatedAt } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedUpdatedAt' });
    // Without expectedUpdatedAt (scripts, older clients) a save overwrites as before.
    const blind = (await hr.data('mutation($id: ID!) { updateProject(id: $id, input: { description: "Overwritten", headcountMax: 2 }) { description headcountMax updatedAt } }', { id })).updateProject;
    expect(blind).toMatchObject({ description: 'Overwritten', headcountMax: 2 });
    expect(blind.updatedAt > same.updatedAt).toBe(true);
    // Requirements set on their own (outside the form) are part of the project's edit too.
    const { skills } = await hr.data('{ skills { id } }');
    await hr.data('mutation($p: ID!, $s: ID!) { setProjectRequirements(input: { projectId: $p, requirements: [{ skillId: $s, minLevel: 2 }] }) { id } }', { p: id, s: skills[0].id });
    const beforeReqs = await hr.request('mutation($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { id } }', { id, input: { description: 'Stale', expectedUpdatedAt: blind.updatedAt } });
    expect(beforeReqs.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedUpdatedAt' });
  });

  it('saves an org unit once when eight forms opened on the same version save at once; the others change nothing', async () => {
    const engineering = await unitId(hr, 'Engineering');
    const id = (await hr.data(CREATE_UNIT, { n: 'Stale form unit', p: engineering })).createOrgUnit.id;
    const seen = (await hr.data('query($id: ID!) { orgUnit(id: $id) { updatedAt } }', { id })).orgUnit;
    const kinds = ['LEADERSHIP', 'TECHNICAL', 'PRODUCT', 'OPERATIONS'];
    // Not the name: a rename also takes the org-tree lock, which would queue the writers by itself.
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      hr.request('mutation($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { kind description updatedAt } }',
        { id, input: { kind: kinds[i % 4], description: `Edit ${i}`, expectedUpdatedAt: seen.updatedAt } })));
    const codes = outcomes(answers, ['CONFLICT']);
    expect(ok(codes)).toBe(1);
    expect(answers.filter((a) => a.errors?.length).every((a) => fieldOf(a) === 'input.expectedUpdatedAt')).toBe(true);
    const won = (answers.find((a) => !a.errors?.length)!.data as any).updateOrgUnit;
    const after = (await hr.data('query($id: ID!) { orgUnit(id: $id) { kind description updatedAt } }', { id })).orgUnit;
    expect(after).toEqual(won);
    expect(after.kind).toBe(kinds[Number(won.description.split(' ')[1]) % 4]);
    expect(after.updatedAt > seen.updatedAt).toBe(true);

    const stale = await hr.request('mutation($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id } }', { id, input: { description: 'Stale', expectedUpdatedAt: seen.updatedAt } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedUpdatedAt' });
    // Without expectedUpdatedAt (scripts, older clients) a save overwrites as before.
    const blind = (await hr.data('mutation($id: ID!) { updateOrgUnit(id: $id, input: { description: "Overwritten" }) { description updatedAt } }', { id })).updateOrgUnit;
    expect(blind.description).toBe('Overwritten');
    expect(blind.updatedAt > after.updatedAt).toBe(true);
  });

  describe('projects and staffing plans (a fresh tenant each)', () => {
    const tiny = (owner: GraphQLClient) =>
      buildTiny(owner, {
        skills: ['S1'],
        people: { Ana: { S1: 5 }, Ben: { S1: 4 }, Cai: { S1: 4 }, Dee: { S1: 3 }, Eve: { S1: 2 } },
        projects: [
          { name: 'Alpha', priority: 5, min: 1, max: 2, reqs: [['S1', 3, 1]] },
          { name: 'Beta', priority: 3, min: 1, max: 2, reqs: [['S1', 2, 1]] },
        ],
      });

    it("one person's allocations never pass 100%, and a project never passes its headcount", async () => {
      const owner = await server.createTenant('alloc');
      const t = await tiny(owner);
      const projects: string[] = [];
      for (let i = 0; i < 8; i++) projects.push((await owner.data(`mutation { createProject(input: { name: "Slice ${i}", priority: 1, headcountMin: 0, headcountMax: 9 }) { id } }`)).createProject.id);
      const codes = outcomes(await Promise.all(projects.map((p) => owner.request(ASSIGN, { p, m: t.people.Ana, a: 40 }))), ['BAD_USER_INPUT']);
      expect(ok(codes)).toBe(2);
      expect((await allocations(owner)).get(t.people.Ana)).toBe(80);

      const people: string[] = [];
      for (let i = 0; i < 10; i++) people.push((await owner.data(`mutation { createPerson(input: { name: "Extra ${i}", email: "extra${i}@alloc.test" }) { id } }`)).createPerson.id);
      const small = (await owner.data('mutation { createProject(input: { name: "Small", priority: 1, headcountMin: 0, headcountMax: 3 }) { id } }')).createProject.id;
      const full = outcomes(await Promise.all(people.map((m) => owner.request(ASSIGN, { p: small, m, a: 10 }))), ['CONFLICT']);
      expect(ok(full)).toBe(3);
      expect((await assignmentSnapshot(owner)).filter((l) => l.startsWith(`${small}|`))).toHaveLength(3);
    });

    it('a plan applied by many at once is applied once', async () => {
      const owner = await server.createTenant('apply-many');
      await tiny(owner);
      const plan = (await owner.data(PROPOSE, { u: null })).proposeStaffingPlan;
      expect(plan.assignments.length).toBeGreaterThan(0);
      const codes = outcomes(await Promise.all(Array.from({ length: 12 }, () => owner.request(APPLY, { id: plan.id }))), ['CONFLICT']);
      expect(ok(codes)).toBe(1);
      const expected = plan.assignments.map((a: { projectId: string; person: { id: string }; allocation: number }) => `${a.projectId}|${a.person.id}|${a.allocation}`).sort();
      expect(await assignmentSnapshot(owner)).toEqual(expected);
      const applied = (await outboxEvents(server, 'structure.staffing-applied')).filter((e) => e.payload.planId === plan.id);
      expect(applied).toHaveLength(1);
    });

    it('apply and discard of one plan at once: exactly one of them happens', async () => {
      const owner = await server.createTenant('apply-discard');
      await tiny(owner);
      for (let round = 0; round < 3; round++) {
        const before = await assignmentSnapshot(owner);
        const plan = (await owner.data(PROPOSE, { u: null })).proposeStaffingPlan;
        const calls = Array.from({ length: 12 }, (_, i) => (i % 2 ? DISCARD : APPLY));
        const codes = outcomes(await Promise.all(calls.map((q) => owner.request(q, { id: plan.id }))), ['CONFLICT']);
        expect(ok(codes)).toBe(1);
        const winner = calls[codes.indexOf('OK')];
        const { staffingPlan } = await owner.data('query($id: ID!) { staffingPlan(id: $id) { status } }', { id: plan.id });
        expect(staffingPlan.status).toBe(winner === APPLY ? 'APPLIED' : 'DISCARDED');
        const expected = plan.assignments.map((a: { projectId: string; person: { id: string }; allocation: number }) => `${a.projectId}|${a.person.id}|${a.allocation}`).sort();
        expect(await assignmentSnapshot(owner)).toEqual(winner === APPLY ? expected : before);
      }
    });

    it('a plan applied while its people are staffed elsewhere never puts anyone over 100%', async () => {
      const owner = await server.createTenant('apply-assign');
      const t = await tiny(owner);
      const unit = (await owner.data(CREATE_UNIT, { n: 'Lab', p: null })).createOrgUnit.id;
      for (const id of Object.values(t.people)) await owner.data('mutation($p: ID!, $u: ID) { assignPersonToUnit(personId: $p, unitId: $u) { id } }', { p: id, u: unit });
      for (const id of Object.values(t.projects)) await owner.data('mutation($id: ID!, $u: ID) { updateProject(id: $id, input: { ownerUnitId: $u }) { id } }', { id, u: unit });
      const side = (await owner.data('mutation { createProject(input: { name: "Side", priority: 1, headcountMin: 0, headcountMax: 20 }) { id } }')).createProject.id;
      const plan = (await owner.data(PROPOSE, { u: unit })).proposeStaffingPlan;
      const planned = plan.assignments.map((a: { person: { id: string } }) => a.person.id);
      expect(planned.length).toBeGreaterThan(0);
      const calls = [owner.request(APPLY, { id: plan.id }), ...planned.flatMap((m: string) => [owner.request(ASSIGN, { p: side, m, a: 50 }), owner.request(ASSIGN, { p: side, m, a: 30 })])];
      const codes = outcomes(await Promise.all(calls), ['CONFLICT', 'BAD_USER_INPUT']);
      for (const [person, total] of await allocations(owner)) expect(total, person).toBeLessThanOrEqual(100);
      const snapshot = await assignmentSnapshot(owner);
      if (codes[0] === 'OK') {
        for (const a of plan.assignments) expect(snapshot).toContain(`${a.projectId}|${a.person.id}|${a.allocation}`);
      } else expect(codes[0]).toBe('CONFLICT');
    });
  });
});
