// Builds small, fully controlled staffing instances in a fresh tenant through the API.
import type { GraphQLClient } from '@cadre/sdk/testing';

export interface Tiny {
  people: Record<string, string>;
  skills: Record<string, string>;
  projects: Record<string, string>;
}

export async function buildTiny(
  owner: GraphQLClient,
  spec: {
    skills: string[];
    people: Record<string, Record<string, number>>;
    projects: Array<{ name: string; priority: number; min: number; max: number; reqs: Array<[skill: string, minLevel: number, weight: number]> }>;
  },
): Promise<Tiny> {
  const out: Tiny = { people: {}, skills: {}, projects: {} };
  const { createSkillCategory } = await owner.data('mutation { createSkillCategory(input: { name: "Core" }) { id } }');
  for (const name of spec.skills) {
    out.skills[name] = (await owner.data('mutation($c: ID!, $n: String!) { createSkill(input: { categoryId: $c, name: $n }) { id } }', { c: createSkillCategory.id, n: name })).createSkill.id;
  }
  for (const [name, levels] of Object.entries(spec.people)) {
    const email = `${name.toLowerCase()}@tiny.test`;
    const id = (await owner.data('mutation($n: String!, $e: String!) { createPerson(input: { name: $n, email: $e }) { id } }', { n: name, e: email })).createPerson.id;
    out.people[name] = id;
    for (const [skill, level] of Object.entries(levels)) {
      await owner.data('mutation($p: ID!, $s: ID!, $l: Int!) { setSkillLevel(input: { personId: $p, skillId: $s, level: $l }) { person { id } } }', { p: id, s: out.skills[skill], l: level });
    }
  }
  for (const p of spec.projects) {
    const id = (await owner.data('mutation($n: String!, $pr: Int!, $min: Int!, $max: Int!) { createProject(input: { name: $n, priority: $pr, headcountMin: $min, headcountMax: $max, status: ACTIVE }) { id } }', { n: p.name, pr: p.priority, min: p.min, max: p.max })).createProject.id;
    out.projects[p.name] = id;
    await owner.data('mutation($p: ID!, $r: [ProjectRequirementInput!]!) { setProjectRequirements(input: { projectId: $p, requirements: $r }) { id } }', {
      p: id,
      r: p.reqs.map(([skill, minLevel, weight]) => ({ skillId: out.skills[skill], minLevel, weight })),
    });
  }
  return out;
}

export const assign = (owner: GraphQLClient, projectId: string, personId: string, allocation = 100) =>
  owner.data('mutation($p: ID!, $m: ID!, $a: Int!) { assignToProject(input: { projectId: $p, personId: $m, allocation: $a }) { id } }', { p: projectId, m: personId, a: allocation });

export const PLAN = `id unitId status total topK minFit includeManagers weights { skillFit priority preference growth continuity availability }
  projects { projectId name headcountMin headcountMax before after unstaffed }
  assignments { person { id name available } projectId projectName allocation score fit change
    parts { skillFit priority preference growth continuity availability total }
    covers { skillId skillName minLevel weight level covered stretch } }
  changes { person { id name } kind fromProjectIds toProjectId }
  summary { moves new unchanged unstaffed unstaffedProjects }
  stats { people projects eligiblePairs edges }`;

export interface PlanParts {
  skillFit: number;
  priority: number;
  preference: number;
  growth: number;
  continuity: number;
  availability: number;
  total: number;
}

export const sumParts = (p: PlanParts) => p.skillFit + p.priority + p.preference + p.growth + p.continuity + p.availability;
