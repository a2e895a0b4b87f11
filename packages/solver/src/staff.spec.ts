import { describe, expect, it } from 'vitest';
// highs declares CommonJS typings for its ESM build: at run time the default export is the loader.
import * as highsModule from 'highs';
import type { Highs } from 'highs';
import type { StaffProblem, StaffResult } from '@cadre/solver';
import { bruteForceStaff, type RefStaffProblem } from './reference/staff.js';
import { randInt, rng } from './reference/rng.js';
import { expectClose } from './testing/checks.js';
import { testSolver } from './testing/solver.js';

const solver = await testSolver();

function typed(p: RefStaffProblem & { projects: { min: number; max: number; name?: string }[] }): StaffProblem {
  return {
    people: p.people,
    projects: p.projects,
    edges: {
      person: Int32Array.from(p.edges.person),
      project: Int32Array.from(p.edges.project),
      score: Float64Array.from(p.edges.score),
    },
    requireAll: p.requireAll,
  };
}

function randomProblem(r: () => number, people: number, projects: number, requireAll: boolean): RefStaffProblem {
  const edges = { person: [] as number[], project: [] as number[], score: [] as number[] };
  for (let p = 0; p < people; p++) {
    for (let q = 0; q < projects; q++) {
      const copies = r() < 0.6 ? 1 : r() < 0.8 ? 0 : 2; // some missing, some parallel edges
      for (let c = 0; c < copies; c++) {
        edges.person.push(p);
        edges.project.push(q);
        edges.score.push(r() < 0.3 ? randInt(r, -3, 3) : Math.round((r() * 10 - 2) * 100) / 100);
      }
    }
  }
  const list = Array.from({ length: projects }, () => {
    const min = randInt(r, 0, 2);
    return { min, max: min + randInt(r, 0, 3) };
  });
  return { people, projects: list, edges, requireAll };
}

/** Checks feasibility of the result and returns its total recomputed from the edges. */
function checkStaffing(p: RefStaffProblem, res: StaffResult): number {
  const best = new Map<string, number>();
  p.edges.person.forEach((person, e) => {
    const key = `${person}:${p.edges.project[e]}`;
    best.set(key, Math.max(best.get(key) ?? -Infinity, p.edges.score[e]!));
  });
  const counts = new Array<number>(p.projects.length).fill(0);
  let total = 0;
  res.personToProject.forEach((q, person) => {
    if (q < 0) {
      expect(p.requireAll).not.toBe(true);
      return;
    }
    const s = best.get(`${person}:${q}`);
    expect(s, `person ${person} placed on non-candidate project ${q}`).toBeDefined();
    total += s!;
    counts[q]!++;
  });
  expect(Array.from(res.projectCounts)).toEqual(counts);
  p.projects.forEach((q, k) => {
    expect(counts[k]).toBeGreaterThanOrEqual(q.min);
    expect(counts[k]).toBeLessThanOrEqual(q.max);
  });
  expectClose(res.total, total, 1e-12);
  return total;
}

describe('staff against brute-force enumeration', () => {
  for (const requireAll of [false, true]) {
    it(`random small instances, requireAll=${requireAll}`, () => {
      const r = rng(requireAll ? 11 : 7);
      let feasible = 0;
      let infeasible = 0;
      for (let t = 0; t < 250; t++) {
        const p = randomProblem(r, randInt(r, 0, 7), randInt(r, 1, 3), requireAll);
        const expected = bruteForceStaff(p);
        if (expected === null) {
          infeasible++;
          let code = '';
          try {
            solver.staff(typed(p));
          } catch (err) {
            code = (err as { code: string }).code;
          }
          expect(['UNREACHABLE_MINIMUM', 'INFEASIBLE']).toContain(code);
          continue;
        }
        feasible++;
        expectClose(checkStaffing(p, solver.staff(typed(p))), expected);
      }
      expect(feasible).toBeGreaterThan(50);
      expect(infeasible).toBeGreaterThan(10);
    });
  }

  it('negative scores are left out unless a minimum or requireAll needs them', () => {
    const base = { people: 2, projects: [{ min: 0, max: 2 }], edges: { person: [0, 1], project: [0, 0], score: [-1, 2] } };
    expect(Array.from(solver.staff(typed(base)).personToProject)).toEqual([-1, 0]);
    expect(solver.staff(typed({ ...base, projects: [{ min: 2, max: 2 }] })).total).toBe(1);
    expect(solver.staff(typed({ ...base, requireAll: true })).total).toBe(1);
  });
});

describe('staff against HiGHS (LP optimum = integer optimum)', () => {
  it('medium random instances', async () => {
    const highs = await (highsModule.default as unknown as () => Promise<Highs>)();
    const r = rng(77);
    let optimal = 0;
    let infeasible = 0;
    for (let t = 0; t < 12; t++) {
      const people = randInt(r, 40, 120);
      const projects = randInt(r, 3, 9);
      const p = randomProblem(r, people, projects, t % 2 === 1);
      p.projects.forEach((q) => {
        q.min = randInt(r, 0, Math.floor(people / projects / 2));
        q.max = q.min + randInt(r, 1, Math.ceil((2 * people) / projects));
      });
      const E = p.edges.person.length;
      const rows = people + projects;
      const model = highs.createModel({
        numCols: E,
        numRows: rows,
        sense: highs.constants.objectiveSense.maximize,
        colCost: Float64Array.from(p.edges.score),
        colLower: new Float64Array(E),
        colUpper: new Float64Array(E).fill(1),
        rowLower: Float64Array.from({ length: rows }, (_, i) => (i < people ? (p.requireAll ? 1 : 0) : p.projects[i - people]!.min)),
        rowUpper: Float64Array.from({ length: rows }, (_, i) => (i < people ? 1 : p.projects[i - people]!.max)),
        matrix: {
          format: 'csc', numRows: rows, numCols: E,
          starts: Int32Array.from({ length: E + 1 }, (_, e) => 2 * e),
          indices: Int32Array.from({ length: 2 * E }, (_, k) => (k % 2 === 0 ? p.edges.person[k >> 1]! : people + p.edges.project[k >> 1]!)),
          values: new Float64Array(2 * E).fill(1),
        },
      });
      try {
        model.options.set({ output_flag: false });
        model.run();
        if (model.getModelStatus() === highs.constants.modelStatus.infeasible) {
          infeasible++;
          expect(() => solver.staff(typed(p))).toThrow(expect.objectContaining({ name: 'SolverError' }));
        } else {
          expect(model.getModelStatus()).toBe(highs.constants.modelStatus.optimal);
          expectClose(checkStaffing(p, solver.staff(typed(p))), model.getObjectiveValue(), 1e-9);
          optimal++;
        }
      } finally {
        model.dispose();
      }
    }
    expect(optimal).toBeGreaterThan(5);
  });
});

describe('staff errors', () => {
  const edges = (person: number[], project: number[], score: number[]) => ({
    person: Int32Array.from(person), project: Int32Array.from(project), score: Float64Array.from(score),
  });

  it('a minimum above the candidates names the project', () => {
    const call = () => solver.staff({
      people: 3,
      projects: [{ min: 0, max: 3 }, { min: 0, max: 1 }, { min: 3, max: 4, name: 'Alpha' }],
      edges: edges([0, 1, 2], [0, 1, 2], [1, 1, 1]),
    });
    expect(call).toThrow("project 'Alpha' (index 2) needs min 3 but only 1 candidate");
    expect(call).toThrow(expect.objectContaining({ code: 'UNREACHABLE_MINIMUM', index: 2, field: 'projects' }));
    expect(() => solver.staff({ people: 1, projects: [{ min: 1, max: 1 }], edges: edges([], [], []) })).toThrow(
      'project 0 needs min 1 but only 0 candidates',
    );
  });

  it('minimums competing for the same people are reported with their shortfall', () => {
    // Both projects need one person and only person 0 is a candidate for either.
    const call = () => solver.staff({
      people: 2,
      projects: [{ min: 1, max: 1, name: 'A' }, { min: 1, max: 1, name: 'B' }],
      edges: edges([0, 0], [0, 1], [1, 2]),
    });
    expect(call).toThrow(/minimum headcounts cannot all be met .*project '(A|B)' \(index [01]\) needs min 1 but falls 1 short/);
    expect(call).toThrow(expect.objectContaining({ code: 'UNREACHABLE_MINIMUM' }));
    expect(() => solver.staff({ people: 1, projects: [{ min: 1, max: 1 }, { min: 1, max: 2 }], edges: edges([0, 0], [0, 1], [1, 1]) })).toThrow(
      'minimum headcounts add up to 2 but there are only 1 people',
    );
  });

  it('requireAll that cannot place everybody', () => {
    expect(() => solver.staff({ people: 3, projects: [{ min: 0, max: 2 }], edges: edges([0, 1, 2], [0, 0, 0], [1, 1, 1]), requireAll: true })).toThrow(
      'requireAll: maximum headcounts add up to 2, fewer than the 3 people',
    );
    const stranded = () => solver.staff({
      people: 2, projects: [{ min: 0, max: 1 }, { min: 0, max: 1 }], edges: edges([0], [0], [1]), requireAll: true,
    });
    expect(stranded).toThrow('requireAll: person 1 cannot be placed on any candidate project within the max headcounts');
    expect(stranded).toThrow(expect.objectContaining({ code: 'INFEASIBLE', index: 1 }));
  });

  it('bad edges and bounds name the field', () => {
    const projects = [{ min: 0, max: 1 }];
    expect(() => solver.staff({ people: 2, projects, edges: edges([0, 2], [0, 0], [1, 1]) })).toThrow('edges.person[1] is 2, outside 0..1');
    expect(() => solver.staff({ people: 2, projects, edges: edges([0, 1], [0, 1], [1, 1]) })).toThrow('edges.project[1] is 1, outside 0..0');
    expect(() => solver.staff({ people: 2, projects, edges: edges([0, 1], [0, 0], [1, NaN]) })).toThrow('edges.score[1] is NaN');
    expect(() => solver.staff({ people: 2, projects, edges: edges([0], [0], [Infinity]) })).toThrow('edges.score[0] is Infinity; scores must be finite');
    expect(() => solver.staff({ people: 2, projects: [{ min: 2, max: 1, name: 'X' }], edges: edges([], [], []) })).toThrow(
      "project 'X' (index 0) has max 1 below min 2",
    );
    expect(() => solver.staff({ people: 2, projects: [{ min: -1, max: 1 }], edges: edges([], [], []) })).toThrow(
      'projects[0].min must be a non-negative integer (got -1)',
    );
    expect(() => solver.staff({
      people: 2, projects, edges: { person: Int32Array.from([0]), project: Int32Array.from([0, 0]), score: new Float64Array(1) },
    })).toThrow('edges.project has length 2 but 1 was expected');
  });

  it('unbounded max and empty problems', () => {
    const res = solver.staff({ people: 3, projects: [{ min: 0, max: Infinity }], edges: edges([0, 1, 2], [0, 0, 0], [1, 2, 3]) });
    expect(res.total).toBe(6);
    expect(solver.staff({ people: 0, projects: [], edges: edges([], [], []) }).total).toBe(0);
  });
});
