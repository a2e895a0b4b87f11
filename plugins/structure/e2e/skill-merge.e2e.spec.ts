// mergeSkills: levels (the higher kept), evidence and project requirements move to the target and
// the source is deleted, audited; bad input is refused on its field and changes nothing; merges
// of overlapping skills racing each other (and evidence recorded meanwhile) lose nothing and
// duplicate nothing. The races only show on PostgreSQL: run with DATABASE_URL too.
import { createTestServer, type GraphQLClient, type GraphQLResult, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structurePlugin } from '../src/index.js';
import { codeOf, fieldOf, personId } from './support.js';

const MERGE = 'mutation($s: ID!, $t: ID!) { mergeSkills(sourceSkillId: $s, targetSkillId: $t) { skill { id name categoryName } levels evidence carriedOver requirements } }';
const ASSESS = 'mutation($p: ID!, $s: ID!, $l: Int!, $e: SkillEvidenceKind!, $n: String) { setSkillLevel(input: { personId: $p, skillId: $s, level: $l, evidence: $e, note: $n }) { person { id } } }';
const REQUIRE = 'mutation($p: ID!, $r: [ProjectRequirementInput!]!) { setProjectRequirements(input: { projectId: $p, requirements: $r }) { id } }';
const PROFILE = 'query($p: ID) { skillProfile(personId: $p) { entries { skill { id } level evidenceKinds evidence { id kind level note } } } }';

type Entry = { skill: { id: string }; level: number; evidenceKinds: string[]; evidence: Array<{ id: string; kind: string; level: number; note: string | null }> };

describe('merging skills', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let people: string[];
  let category: string;
  let round = 0;

  const newSkill = async (name: string): Promise<string> => (await hr.data('mutation($c: ID!, $n: String!) { createSkill(input: { categoryId: $c, name: $n }) { id } }', { c: category, n: name })).createSkill.id;
  const newProject = async (name: string): Promise<string> => (await hr.data('mutation($n: String!) { createProject(input: { name: $n, priority: 3, headcountMin: 0, headcountMax: 3 }) { id } }', { n: name })).createProject.id;
  const assess = (p: string, s: string, l: number, e = 'MANAGER', n: string | null = null) => hr.data(ASSESS, { p, s, l, e, n });
  const entries = async (p: string): Promise<Entry[]> => (await hr.data(PROFILE, { p })).skillProfile.entries;
  const requirements = async (p: string) => (await hr.data('query($id: ID!) { project(id: $id) { requirements { skillId minLevel weight } } }', { id: p })).project.requirements;
  const skillIds = async (): Promise<Set<string>> => new Set((await hr.data('{ skills { id } }')).skills.map((s: { id: string }) => s.id));

  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin] });
    [owner, hr, manager, employee] = await Promise.all([server.loginAs('owner'), server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    people = [await personId(hr, 'employee@demo.local'), await personId(hr, 'alex.novak@demo.local'), await personId(hr, 'huang.lei@demo.local')];
    category = (await hr.data('mutation { createSkillCategory(input: { name: "Merge lab" }) { id } }')).createSkillCategory.id;
  });
  afterAll(() => server?.close());

  it('moves levels (the higher kept), evidence and requirements to the target, deletes the source and audits it', async () => {
    const source = await newSkill('PyTorch internals');
    const target = await newSkill('Deep learning frameworks');
    const [me, alex] = people as [string, string];
    await assess(me, source, 4, 'MANAGER', 'Wrote the custom autograd ops');
    await assess(me, target, 2, 'REVIEW');
    await assess(alex, source, 3);
    const both = await newProject('Merge both');
    const one = await newProject('Merge one');
    await hr.data(REQUIRE, { p: both, r: [{ skillId: source, minLevel: 4, weight: 0.5 }, { skillId: target, minLevel: 2, weight: 0.8 }] });
    await hr.data(REQUIRE, { p: one, r: [{ skillId: source, minLevel: 3, weight: 1 }] });

    const { mergeSkills } = await hr.data(MERGE, { s: source, t: target });
    expect(mergeSkills).toEqual({ skill: { id: target, name: 'Deep learning frameworks', categoryName: 'Merge lab' }, levels: 2, evidence: 2, carriedOver: 1, requirements: 2 });

    expect((await skillIds()).has(source)).toBe(false);
    const mine = (await entries(me)).filter((e) => e.skill.id === source || e.skill.id === target);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ level: 4, evidenceKinds: ['MANAGER', 'REVIEW'] });
    // The older manager level (4) would lose to the newer review (2): it is carried over as the newest item.
    expect(mine[0]!.evidence.map((e) => [e.kind, e.level, e.note])).toEqual([
      ['MANAGER', 4, 'Carried over when PyTorch internals was merged into Deep learning frameworks: Wrote the custom autograd ops'],
      ['REVIEW', 2, null],
      ['MANAGER', 4, 'Wrote the custom autograd ops'],
    ]);
    expect((await entries(alex)).find((e) => e.skill.id === target)).toMatchObject({ level: 3, evidenceKinds: ['MANAGER'] });
    expect(await requirements(both)).toEqual([{ skillId: target, minLevel: 4, weight: 0.8 }]);
    expect(await requirements(one)).toEqual([{ skillId: target, minLevel: 3, weight: 1 }]);

    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id, operation: "mergeSkills" }) { nodes { actorEmail targetType before after } } }', { id: source });
    expect(auditLog.nodes).toHaveLength(1);
    expect(auditLog.nodes[0]).toMatchObject({ actorEmail: 'hr@demo.local', targetType: 'Skill' });
    expect(JSON.stringify(auditLog.nodes[0].before)).toContain('PyTorch internals');
    expect(JSON.stringify(auditLog.nodes[0].after)).toContain(target);
  });

  it('refuses bad input on its field, and anyone without structure.skills.admin, changing nothing', async () => {
    const a = await newSkill('Merge refusal A');
    const b = await newSkill('Merge refusal B');
    await assess(people[0]!, a, 3);
    const before = await entries(people[0]!);
    const nowhere = '01900000-0000-7000-8000-000000000000';
    const cases: Array<[Record<string, string>, string]> = [[{ s: a, t: a }, 'targetSkillId'], [{ s: nowhere, t: b }, 'sourceSkillId'], [{ s: a, t: nowhere }, 'targetSkillId']];
    for (const [vars, field] of cases) {
      const r = await hr.request(MERGE, vars);
      expect([codeOf(r), fieldOf(r)], JSON.stringify(vars)).toEqual(['BAD_USER_INPUT', field]);
    }
    expect((await hr.request(MERGE, { s: a, t: a })).errors?.[0]?.message).toMatch(/another skill/);
    for (const client of [manager, employee]) expect(codeOf(await client.request(MERGE, { s: a, t: b }))).toBe('FORBIDDEN');
    const ids = await skillIds();
    expect([ids.has(a), ids.has(b)]).toEqual([true, true]);
    expect(await entries(people[0]!)).toEqual(before);
  });

  it('overlapping merges racing each other and evidence recorded meanwhile lose and duplicate nothing', async () => {
    for (let r = 0; r < 3; r++, round++) {
      const group = [await newSkill(`Race ${round} A`), await newSkill(`Race ${round} B`), await newSkill(`Race ${round} C`)];
      const levels = [[1, 4, 2], [5, 0, 3], [2, 2, 0]]; // person × skill; 0: none recorded
      for (const [p, row] of levels.entries()) for (const [s, level] of row.entries()) if (level) await assess(people[p]!, group[s]!, level);
      const project = await newProject(`Race project ${round}`);
      await hr.data(REQUIRE, { p: project, r: group.map((skillId, i) => ({ skillId, minLevel: i + 1, weight: (3 - i) / 3 })) });
      const evidenceBefore = await evidenceCount(group);

      // Every ordered pair, twice, and a self-assessment of each skill by the employee in between.
      const pairs = group.flatMap((s) => group.filter((t) => t !== s).map((t) => [s, t] as const));
      const merges = [...pairs, ...[...pairs].reverse()].map(([s, t]) => hr.request(MERGE, { s, t }));
      const selfs = group.map((s) => employee.request('mutation($s: ID!) { setOwnSkillLevel(input: { skillId: $s, level: 1 }) { person { id } } }', { s }));
      const mergeResults = await Promise.all(merges);
      const merged = outcomes(mergeResults);
      const carried = mergeResults.reduce((n, m) => n + ((m.data as { mergeSkills?: { carriedOver: number } } | undefined)?.mergeSkills?.carriedOver ?? 0), 0);
      const recorded = outcomes(await Promise.all(selfs));

      const ids = await skillIds();
      const survivors = group.filter((s) => ids.has(s));
      expect(survivors.length).toBeGreaterThanOrEqual(1);
      expect(merged.filter((c) => c === 'OK')).toHaveLength(3 - survivors.length);
      // Nothing lost, nothing duplicated: the evidence before, each accepted self-assessment, each carried-over level.
      expect(await evidenceCount(survivors)).toBe(evidenceBefore + recorded.filter((c) => c === 'OK').length + carried);
      for (const [p, row] of levels.entries()) {
        const mine = (await entries(people[p]!)).filter((e) => group.includes(e.skill.id));
        expect(mine.every((e) => survivors.includes(e.skill.id))).toBe(true);
        expect(new Set(mine.map((e) => e.skill.id)).size).toBe(mine.length);
        // The best level survives the merges (a self-assessment of 1 never lowers a manager's level).
        expect(Math.max(...mine.map((e) => e.level))).toBe(Math.max(...row));
      }
      const reqs = (await requirements(project)).filter((q: { skillId: string }) => group.includes(q.skillId));
      expect(reqs.map((q: { skillId: string }) => q.skillId).sort()).toEqual([...survivors].sort());
      expect(Math.max(...reqs.map((q: { minLevel: number }) => q.minLevel))).toBe(3);
      expect(Math.max(...reqs.map((q: { weight: number }) => q.weight))).toBe(1);
    }
  });

  /** Evidence items about these skills across the three people. */
  async function evidenceCount(skills: string[]): Promise<number> {
    let n = 0;
    for (const p of people) for (const e of await entries(p)) if (skills.includes(e.skill.id)) n += e.evidence.length;
    return n;
  }
});

/** 'OK' or the error code of each answer; any refusal other than BAD_USER_INPUT fails the test. */
function outcomes(results: Array<GraphQLResult<unknown>>): string[] {
  const codes = results.map((r) => (r.errors?.length ? String(r.errors[0]!.extensions?.code) : 'OK'));
  expect(codes.filter((c) => c !== 'OK' && c !== 'BAD_USER_INPUT')).toEqual([]);
  return codes;
}
