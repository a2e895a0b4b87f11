import { createTestServer, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structurePlugin } from '../src/index.js';
import { assign, buildTiny, PLAN, sumParts, type PlanParts } from './staffing-support.js';
import { codeOf } from './support.js';

interface Candidate {
  personId: string;
  projectId: string;
  score: number;
  parts: PlanParts;
}

// The optimiser checked against brute force, through the API, in fresh tenants.
describe('staffing optimiser on small instances', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin], seed: false });
  });
  afterAll(() => server?.close());

  it('finds the best total that enumerating every assignment finds, from the returned score parts', async () => {
    const owner = await server.createTenant('brute');
    const t = await buildTiny(owner, {
      skills: ['S1', 'S2'],
      people: { Ana: { S1: 5, S2: 1 }, Ben: { S1: 3, S2: 4 }, Cai: { S1: 4, S2: 4 }, Dee: { S1: 1, S2: 2 } },
      projects: [
        { name: 'Alpha', priority: 5, min: 1, max: 2, reqs: [['S1', 4, 2], ['S2', 2, 1]] },
        { name: 'Beta', priority: 2, min: 1, max: 1, reqs: [['S2', 4, 1]] },
        { name: 'Legacy', priority: 1, min: 0, max: 3, reqs: [] },
      ],
    });
    // Cai spends half their time on a closed project; Ben is on Beta today; Dee wants Beta.
    await assign(owner, t.projects.Legacy, t.people.Cai, 50);
    await owner.data('mutation($p: ID!) { updateProject(id: $p, input: { status: CLOSED }) { id } }', { p: t.projects.Legacy });
    await assign(owner, t.projects.Beta, t.people.Ben);
    await owner.data('mutation($m: ID, $p: ID!) { setStaffingPreference(input: { personId: $m, projectId: $p, strength: 1 }) { strength } }', { m: t.people.Dee, p: t.projects.Beta });

    const { proposeStaffingPlan: plan } = await owner.data(`mutation { proposeStaffingPlan { ${PLAN} candidates(first: 1000) { personId projectId score parts { skillFit priority preference growth continuity availability total } } } }`);
    expect(plan.projects.map((p: { name: string }) => p.name)).toEqual(['Alpha', 'Beta']);
    const candidates: Candidate[] = plan.candidates;
    for (const c of candidates) {
      expect(sumParts(c.parts)).toBeCloseTo(c.score, 9);
      expect(c.parts.total).toBeCloseTo(c.score, 9);
    }
    // The score parts mean what they say.
    const cand = (person: string, project: string) => candidates.find((c) => c.personId === t.people[person] && c.projectId === t.projects[project]);
    // S1 covered (weight 2), S2 at 1 of 2: half credit and a one-level stretch (weight 1).
    expect(cand('Ana', 'Alpha')!.parts).toMatchObject({ skillFit: 41.6667, priority: 16.6667, preference: 0, growth: 3.3333, continuity: 0, availability: 0 });
    expect(cand('Cai', 'Alpha')!.parts).toMatchObject({ skillFit: 50, priority: 20, availability: -15 });
    expect(cand('Ben', 'Beta')!.parts).toMatchObject({ skillFit: 50, priority: 5, continuity: 15 });
    expect(cand('Dee', 'Beta')!.parts).toMatchObject({ skillFit: 25, preference: 15 });
    expect(cand('Ben', 'Alpha')!.parts.growth).toBeCloseTo(10 * (2 / 3), 3);

    // Enumerate: every person on one of their candidate projects or none, headcounts within bounds.
    const people = Object.values(t.people);
    const bounds = plan.projects.map((p: { projectId: string; headcountMin: number; headcountMax: number }) => p);
    let best = -Infinity;
    const counts = new Map<string, number>();
    const walk = (i: number, total: number) => {
      if (i === people.length) {
        if (bounds.every((b: { projectId: string; headcountMin: number; headcountMax: number }) => (counts.get(b.projectId) ?? 0) >= b.headcountMin && (counts.get(b.projectId) ?? 0) <= b.headcountMax)) best = Math.max(best, total);
        return;
      }
      walk(i + 1, total);
      for (const c of candidates.filter((x) => x.personId === people[i])) {
        counts.set(c.projectId, (counts.get(c.projectId) ?? 0) + 1);
        walk(i + 1, total + c.score);
        counts.set(c.projectId, counts.get(c.projectId)! - 1);
      }
    };
    walk(0, 0);
    expect(plan.total).toBeCloseTo(best, 6);
    const chosen = plan.assignments.reduce((s: number, a: { score: number }) => s + a.score, 0);
    expect(chosen).toBeCloseTo(plan.total, 6);
    for (const a of plan.assignments) {
      expect(sumParts(a.parts)).toBeCloseTo(a.score, 9);
      expect(a.covers.length).toBeGreaterThan(0);
      for (const c of a.covers) expect(c.covered).toBe(c.level >= c.minLevel);
    }
    // Cai joins Alpha (with Ana), for the half of their time that is left; Ben stays on Beta.
    const cai = plan.assignments.find((a: { person: { id: string } }) => a.person.id === t.people.Cai);
    expect(cai).toMatchObject({ projectName: 'Alpha', allocation: 50, change: 'NEW', person: { available: 50 } });
    expect(plan.assignments.find((a: { person: { id: string } }) => a.person.id === t.people.Ben)).toMatchObject({ projectName: 'Beta', change: 'UNCHANGED', allocation: 100 });
    expect(plan.stats).toMatchObject({ people: 4, projects: 2 });
  });

  it('names the projects whose minimum headcounts cannot be met, and stores no plan', async () => {
    const owner = await server.createTenant('short');
    const t = await buildTiny(owner, {
      skills: ['S1', 'S3'],
      people: { Ana: { S1: 5 }, Ben: { S1: 3 }, Cai: { S1: 4 } },
      projects: [
        { name: 'Alpha', priority: 5, min: 1, max: 2, reqs: [['S1', 4, 1]] },
        { name: 'Gamma', priority: 3, min: 3, max: 3, reqs: [['S1', 2, 1]] },
      ],
    });
    const tooMany = await owner.request('mutation { proposeStaffingPlan { id } }');
    expect(codeOf(tooMany)).toBe('CONFLICT');
    expect(tooMany.errors?.[0].extensions?.projects).toEqual(['Alpha', 'Gamma']);
    expect(tooMany.errors?.[0].message).toMatch(/add up to 4 but only 3 people/);

    await owner.data('mutation($p: ID!) { updateProject(id: $p, input: { headcountMin: 1 }) { id } }', { p: t.projects.Gamma });
    await owner.data('mutation($p: ID!, $s: ID!) { setProjectRequirements(input: { projectId: $p, requirements: [{ skillId: $s, minLevel: 3 }] }) { id } }', { p: t.projects.Gamma, s: t.skills.S3 });
    const nobody = await owner.request('mutation { proposeStaffingPlan { id } }');
    expect(codeOf(nobody)).toBe('CONFLICT');
    expect(nobody.errors?.[0].extensions?.projects).toEqual(['Gamma']);
    expect(nobody.errors?.[0].message).toMatch(/\(candidates\/minimum\): Gamma \(0\/1\)/);
    expect((await owner.data('{ staffingPlans { id } }')).staffingPlans).toEqual([]);

    // requireAll: everyone must be placed, but the maximums leave someone out.
    await owner.data('mutation($p: ID!) { updateProject(id: $p, input: { headcountMin: 0 }) { id } }', { p: t.projects.Gamma });
    await owner.data('mutation($p: ID!) { updateProject(id: $p, input: { headcountMax: 1 }) { id } }', { p: t.projects.Alpha });
    await owner.data('mutation($p: ID!) { updateProject(id: $p, input: { headcountMax: 1 }) { id } }', { p: t.projects.Gamma });
    const all = await owner.request('mutation { proposeStaffingPlan(input: { requireAll: true }) { id } }');
    expect(codeOf(all)).toBe('CONFLICT');
    expect(all.errors?.[0].message).toMatch(/Everyone must be placed/);
  });

  it('shows every diff category and applies atomically: a failing apply changes nothing', async () => {
    const owner = await server.createTenant('atomic');
    const t = await buildTiny(owner, {
      skills: ['X', 'Y', 'Z'],
      people: { Bo: { X: 2, Y: 5 }, Cy: { X: 5 }, Di: { Y: 1 }, Ed: {}, Fa: { Z: 3 } },
      projects: [
        { name: 'P1', priority: 5, min: 1, max: 1, reqs: [['X', 4, 1]] },
        { name: 'P2', priority: 1, min: 0, max: 1, reqs: [['Y', 4, 1]] },
        { name: 'P3', priority: 3, min: 1, max: 1, reqs: [['Z', 3, 1]] },
      ],
    });
    await assign(owner, t.projects.P1, t.people.Bo);
    await assign(owner, t.projects.P2, t.people.Di);
    await assign(owner, t.projects.P3, t.people.Fa);
    const snapshot = async () => (await owner.data('{ projects { name assignments { person { name } allocation } } }')).projects;
    const before = await snapshot();

    const { proposeStaffingPlan: plan } = await owner.data(`mutation { proposeStaffingPlan { ${PLAN} } }`);
    const kinds = Object.fromEntries(plan.changes.map((c: { person: { name: string }; kind: string }) => [c.person.name, c.kind]));
    expect(kinds).toEqual({ Bo: 'MOVE', Cy: 'NEW', Di: 'UNSTAFFED', Fa: 'UNCHANGED' });
    const move = plan.changes.find((c: { kind: string }) => c.kind === 'MOVE');
    expect(move).toMatchObject({ fromProjectIds: [t.projects.P1], toProjectId: t.projects.P2 });
    expect(plan.changes.find((c: { kind: string }) => c.kind === 'UNSTAFFED')).toMatchObject({ fromProjectIds: [t.projects.P2], toProjectId: null });
    expect(plan.summary).toEqual({ moves: 1, new: 1, unchanged: 1, unstaffed: 1, unstaffedProjects: 0 });
    expect(plan.projects.map((p: { name: string; before: number; after: number }) => [p.name, p.before, p.after])).toEqual([['P1', 1, 1], ['P3', 1, 1], ['P2', 1, 1]]);
    expect(plan.assignments.find((a: { person: { name: string } }) => a.person.name === 'Cy').change).toBe('NEW');

    // Cy goes on leave after the plan was made: P1 is processed first (Bo removed), then Cy
    // cannot be added, and the whole apply rolls back.
    await owner.data('mutation($id: ID!) { updatePerson(id: $id, input: { status: "leave" }) { id } }', { id: t.people.Cy });
    const failed = await owner.request('mutation($id: ID!) { applyStaffingPlan(id: $id) { status } }', { id: plan.id });
    expect(codeOf(failed)).toBe('CONFLICT');
    expect(failed.errors?.[0].message).toMatch(/Cy is no longer active/);
    expect(await snapshot()).toEqual(before);
    expect((await owner.data('query($id: ID!) { staffingPlan(id: $id) { status } }', { id: plan.id })).staffingPlan.status).toBe('PROPOSED');

    await owner.data('mutation($id: ID!) { updatePerson(id: $id, input: { status: "active" }) { id } }', { id: t.people.Cy });
    const { applyStaffingPlan } = await owner.data('mutation($id: ID!) { applyStaffingPlan(id: $id) { status appliedAt appliedBy } }', { id: plan.id });
    expect(applyStaffingPlan).toMatchObject({ status: 'APPLIED', appliedBy: 'owner@atomic.test' });
    const after = Object.fromEntries((await snapshot()).map((p: { name: string; assignments: Array<{ person: { name: string } }> }) => [p.name, p.assignments.map((a) => a.person.name)]));
    expect(after).toEqual({ P1: ['Cy'], P3: ['Fa'], P2: ['Bo'] });
  });
});
