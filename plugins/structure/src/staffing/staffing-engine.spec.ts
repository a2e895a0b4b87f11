import { describe, expect, it } from 'vitest';
import { getSolver } from './solver.js';
import { solveStaffing, StaffingInfeasibleError, type EngineInput } from './staffing-engine.js';
import { DEFAULT_WEIGHTS, PARTS } from './staffing-score.js';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomInstance(seed: number): EngineInput {
  const r = rng(seed);
  const skills = ['s0', 's1', 's2', 's3'];
  const projects = Array.from({ length: 3 }, (_, q) => {
    const min = Math.floor(r() * 3);
    return {
      id: `q${q}`,
      name: `Project ${q}`,
      priority: 1 + Math.floor(r() * 5),
      min,
      max: min + 1 + Math.floor(r() * 2),
      requirements: skills.filter(() => r() < 0.6).map((skillId) => ({ skillId, minLevel: 1 + Math.floor(r() * 5), weight: 1 + Math.floor(r() * 3) })),
    };
  });
  const people = Array.from({ length: 5 }, (_, p) => ({
    id: `p${p}`,
    levels: new Map(skills.map((s) => [s, Math.floor(r() * 6)])),
    available: [100, 100, 50, 0][Math.floor(r() * 4)],
    currentProjectIds: r() < 0.4 ? [`q${Math.floor(r() * 3)}`] : [],
  }));
  const preferences = people.flatMap((p) => (r() < 0.3 ? [{ personId: p.id, projectId: `q${Math.floor(r() * 3)}`, strength: Math.round((r() * 2 - 1) * 10) / 10 }] : []));
  return { people, projects, preferences, weights: DEFAULT_WEIGHTS, minFit: 0.3, topK: 8, requireAll: false };
}

/** Best total over every assignment of people to one of their candidate projects or none. */
function bruteForce(input: EngineInput, edges: { person: Int32Array; project: Int32Array; score: Float64Array }): number | null {
  const options = input.people.map((_, p) => [{ q: -1, s: 0 }, ...Array.from(edges.person.keys()).filter((e) => edges.person[e] === p).map((e) => ({ q: edges.project[e], s: edges.score[e] }))]);
  let best: number | null = null;
  const counts = new Array(input.projects.length).fill(0);
  const walk = (p: number, total: number) => {
    if (p === input.people.length) {
      if (input.projects.every((proj, q) => counts[q] >= proj.min && counts[q] <= proj.max) && (best === null || total > best)) best = total;
      return;
    }
    for (const o of options[p]) {
      if (o.q >= 0) counts[o.q]++;
      walk(p + 1, total + o.s);
      if (o.q >= 0) counts[o.q]--;
    }
  };
  walk(0, 0);
  return best;
}

describe('solveStaffing', () => {
  it('matches brute force on random small instances (or names the projects when infeasible)', async () => {
    const solver = await getSolver();
    let solved = 0;
    let infeasible = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const input = randomInstance(seed);
      let result;
      try {
        result = solveStaffing(input, solver);
      } catch (error) {
        expect(error).toBeInstanceOf(StaffingInfeasibleError);
        expect((error as StaffingInfeasibleError).projects.length).toBeGreaterThan(0);
        infeasible++;
        continue;
      }
      const best = bruteForce(input, result.edges);
      expect(best, `seed ${seed}`).not.toBeNull();
      expect(result.total, `seed ${seed}`).toBeCloseTo(best!, 6);
      // The chosen edges add up to the total and respect the headcounts.
      let sum = 0;
      const counts = new Array(input.projects.length).fill(0);
      result.personToProject.forEach((q, p) => {
        if (q < 0) return;
        counts[q]++;
        const e = Array.from(result.edges.person.keys()).find((i) => result.edges.person[i] === p && result.edges.project[i] === q)!;
        sum += result.edges.score[e];
      });
      expect(sum).toBeCloseTo(result.total, 6);
      input.projects.forEach((proj, q) => expect(counts[q]).toBeGreaterThanOrEqual(proj.min));
      solved++;
    }
    expect(solved).toBeGreaterThan(20);
    expect(infeasible).toBeGreaterThan(0);
  });

  it('rounds parts to 4 decimals and scores are exactly their sum', async () => {
    const result = solveStaffing(randomInstance(7), await getSolver());
    for (let e = 0; e < result.edges.score.length; e++) {
      let sum = 0;
      for (let i = 0; i < PARTS; i++) {
        const v = result.edges.parts[e * PARTS + i];
        expect(Math.round(v * 10_000) / 10_000).toBe(v);
        sum += v;
      }
      expect(result.edges.score[e]).toBe(sum);
    }
  });

  const two = (min: number, levels: number[]): EngineInput => ({
    people: levels.map((l, i) => ({ id: `p${i}`, levels: new Map([['s', l]]), available: 100, currentProjectIds: [] })),
    projects: [
      { id: 'a', name: 'Atlas', priority: 3, min, max: 3, requirements: [{ skillId: 's', minLevel: 4, weight: 1 }] },
      { id: 'b', name: 'Beacon', priority: 3, min: 1, max: 1, requirements: [] },
    ],
    preferences: [],
    weights: DEFAULT_WEIGHTS,
    minFit: 0.3,
    topK: 8,
    requireAll: false,
  });

  it('names the projects when the minimums exceed the people', async () => {
    const error = (() => {
      try {
        return solveStaffing(two(3, [4, 4]), undefined as never);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(StaffingInfeasibleError);
    expect((error as StaffingInfeasibleError).projects).toEqual(['Atlas', 'Beacon']);
    expect((error as Error).message).toMatch(/Atlas \(≥ 3\)/);
  });

  it('names a project whose minimum has too few suitable candidates', async () => {
    const error = (() => {
      try {
        return solveStaffing(two(2, [4, 0, 0]), undefined as never);
      } catch (e) {
        return e;
      }
    })();
    expect((error as StaffingInfeasibleError).projects).toEqual(['Atlas']);
    expect((error as Error).message).toMatch(/\(candidates\/minimum\): Atlas \(1\/2\)/);
  });

  it("names the projects from the solver's own infeasibility report", async () => {
    // Both projects need the same single strong person: enough candidates each, not jointly.
    const input: EngineInput = {
      people: [{ id: 'x', levels: new Map([['s', 5]]), available: 100, currentProjectIds: [] }, { id: 'y', levels: new Map([['s', 0]]), available: 100, currentProjectIds: [] }],
      projects: [
        { id: 'a', name: 'Atlas', priority: 3, min: 1, max: 1, requirements: [{ skillId: 's', minLevel: 4, weight: 1 }] },
        { id: 'b', name: 'Beacon', priority: 3, min: 1, max: 1, requirements: [{ skillId: 's', minLevel: 4, weight: 1 }] },
      ],
      preferences: [],
      weights: DEFAULT_WEIGHTS,
      minFit: 0.3,
      topK: 8,
      requireAll: false,
    };
    const error = (() => {
      try {
        return solveStaffing(input, null as never);
      } catch (e) {
        return e;
      }
    })();
    // The pre-checks pass (each project has a candidate), so only the solver can tell.
    expect(error).not.toBeInstanceOf(StaffingInfeasibleError);
    const solver = await getSolver();
    try {
      solveStaffing(input, solver);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StaffingInfeasibleError);
      expect((e as StaffingInfeasibleError).projects.length).toBeGreaterThan(0);
      expect((e as Error).message).toMatch(/Atlas|Beacon/);
    }
  });
});
