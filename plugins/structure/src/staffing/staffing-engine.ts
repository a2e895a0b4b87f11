// From people, projects and preferences to a solved staffing: scoring (staffing-score.ts), the
// headcount pre-checks, and the solver. No database here, so the benchmark runs exactly this.
import { type MessageText, msg } from '@cadre/sdk';
import type { Solver } from '@cadre/solver';
import { PARTS, projectKeepFor, scoreCandidates, type ProjectRequirements, type ScoredEdges, type StaffingWeights } from './staffing-score.js';

export interface EnginePerson {
  id: string;
  levels: Map<string, number>;
  /** Percent free for these projects: 100 − allocation on other projects. */
  available: number;
  /** The planned projects the person is on today. */
  currentProjectIds: string[];
}

export interface EngineProject {
  id: string;
  name: string;
  priority: number;
  min: number;
  max: number;
  requirements: Array<{ skillId: string; minLevel: number; weight: number }>;
}

export interface EngineInput {
  people: EnginePerson[];
  projects: EngineProject[];
  preferences: Array<{ personId: string; projectId: string; strength: number }>;
  weights: StaffingWeights;
  minFit: number;
  topK: number;
  requireAll: boolean;
}

export interface EngineResult {
  edges: ScoredEdges;
  /** Project index of each person, −1 when unassigned. */
  personToProject: Int32Array;
  total: number;
  scoringMs: number;
  solveMs: number;
}

/** The plan cannot meet the projects' minimum headcounts (or requireAll); names the projects. */
export class StaffingInfeasibleError extends Error {
  constructor(readonly text: MessageText, readonly projects: string[]) {
    super(String(text));
    this.name = 'StaffingInfeasibleError';
  }
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function solveStaffing(input: EngineInput, solver: Solver): EngineResult {
  const started = performance.now();
  const P = input.people.length;
  const Q = input.projects.length;
  // Only skills some project requires matter: the levels matrix stays people × required skills.
  const skillIndex = new Map<string, number>();
  for (const project of input.projects) for (const r of project.requirements) if (!skillIndex.has(r.skillId)) skillIndex.set(r.skillId, skillIndex.size);
  const S = skillIndex.size;
  const levels = new Float64Array(P * S);
  const availability = new Float64Array(P);
  const projectIndex = new Map(input.projects.map((p, q) => [p.id, q]));
  const personIndex = new Map(input.people.map((p, i) => [p.id, i]));
  const current = new Uint8Array(P * Q);
  input.people.forEach((person, p) => {
    for (const [skillId, s] of skillIndex) levels[p * S + s] = person.levels.get(skillId) ?? 0;
    availability[p] = Math.max(0, Math.min(100, person.available)) / 100;
    for (const id of person.currentProjectIds) {
      const q = projectIndex.get(id);
      if (q !== undefined) current[p * Q + q] = 1;
    }
  });
  const preference = new Map<number, number>();
  for (const pref of input.preferences) {
    const p = personIndex.get(pref.personId);
    const q = projectIndex.get(pref.projectId);
    if (p !== undefined && q !== undefined) preference.set(p * Q + q, pref.strength);
  }
  const requirements: ProjectRequirements[] = input.projects.map((project) => ({
    skill: Int32Array.from(project.requirements.map((r) => skillIndex.get(r.skillId)!)),
    minLevel: Int32Array.from(project.requirements.map((r) => r.minLevel)),
    weight: Float64Array.from(project.requirements.map((r) => r.weight)),
  }));
  const edges = scoreCandidates({
    people: P,
    projects: Q,
    skills: S,
    levels,
    availability,
    priority: input.projects.map((p) => p.priority),
    requirements,
    current,
    preference,
    weights: input.weights,
    minFit: input.minFit,
    topK: input.topK,
    projectKeep: input.projects.map((p) => projectKeepFor(p.min, input.topK)),
  });
  // Rounded parts, and scores that are exactly their sum: what the API shows is what was solved.
  for (let e = 0; e < edges.score.length; e++) {
    let total = 0;
    for (let i = 0; i < PARTS; i++) total += edges.parts[e * PARTS + i] = round4(edges.parts[e * PARTS + i]);
    edges.score[e] = total;
  }
  const scoringMs = performance.now() - started;

  precheck(input, edges);
  const solveStarted = performance.now();
  let result;
  try {
    result = solver.staff({
      people: P,
      projects: input.projects.map((p) => ({ min: p.min, max: p.max, name: p.name })),
      edges: { person: edges.person, project: edges.project, score: edges.score },
      requireAll: input.requireAll,
    });
  } catch (error) {
    const e = error as Error & { code?: string };
    if (e?.name === 'SolverError' && (e.code === 'UNREACHABLE_MINIMUM' || e.code === 'INFEASIBLE')) {
      const named = input.projects.filter((p) => e.message.includes(`'${p.name}'`)).map((p) => p.name);
      throw new StaffingInfeasibleError(`The staffing cannot be solved: ${e.message}`, named);
    }
    throw error;
  }
  return { edges, personToProject: result.personToProject, total: round4(result.total), scoringMs, solveMs: performance.now() - solveStarted };
}

/** Clear messages for the cases we can see before solving, naming the projects. */
function precheck(input: EngineInput, edges: ScoredEdges): void {
  const needing = input.projects.filter((p) => p.min > 0);
  const minSum = needing.reduce((s, p) => s + p.min, 0);
  if (minSum > input.people.length) {
    throw new StaffingInfeasibleError(
      msg`Minimum headcounts add up to ${minSum} but only ${input.people.length} people can be planned: ${needing.map((p) => `${p.name} (≥ ${p.min})`).join(', ')}`,
      needing.map((p) => p.name),
    );
  }
  const candidates = new Int32Array(input.projects.length);
  for (let e = 0; e < edges.project.length; e++) candidates[edges.project[e]]++;
  const short = input.projects.map((p, q) => ({ p, n: candidates[q] })).filter(({ p, n }) => n < p.min);
  if (short.length) {
    throw new StaffingInfeasibleError(
      msg`Not enough suitable, available people for the minimum headcount (candidates/minimum): ${short.map(({ p, n }) => `${p.name} (${n}/${p.min})`).join(', ')}`,
      short.map(({ p }) => p.name),
    );
  }
  if (input.requireAll) {
    const maxSum = input.projects.reduce((s, p) => s + p.max, 0);
    if (maxSum < input.people.length) {
      throw new StaffingInfeasibleError(msg`Everyone must be placed, but the maximum headcounts add up to ${maxSum} for ${input.people.length} people`, input.projects.map((p) => p.name));
    }
  }
}
