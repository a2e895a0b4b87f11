import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, PARTS, PART_NAMES, projectKeepFor, scoreCandidates, scorePair, type ScoringProblem } from './staffing-score.js';

/** people × skills levels, projects with [skill, min, weight] requirements. */
function problem(levels: number[][], projects: Array<{ priority: number; reqs: Array<[number, number, number]> }>, extra: Partial<ScoringProblem> = {}): ScoringProblem {
  const P = levels.length;
  const S = levels[0]?.length ?? 0;
  const Q = projects.length;
  return {
    people: P,
    projects: Q,
    skills: S,
    levels: Float64Array.from(levels.flat()),
    availability: new Float64Array(P).fill(1),
    priority: projects.map((p) => p.priority),
    requirements: projects.map((p) => ({
      skill: Int32Array.from(p.reqs.map((r) => r[0])),
      minLevel: Int32Array.from(p.reqs.map((r) => r[1])),
      weight: Float64Array.from(p.reqs.map((r) => r[2])),
    })),
    current: new Uint8Array(P * Q),
    preference: new Map(),
    weights: DEFAULT_WEIGHTS,
    minFit: 0.3,
    topK: 8,
    projectKeep: projects.map(() => 0),
    ...extra,
  };
}

const parts = (pr: ScoringProblem, p: number, q: number) => {
  const out = new Float64Array(PARTS);
  const s = scorePair(pr, p, q, out);
  return { ...s, parts: Object.fromEntries(PART_NAMES.map((n, i) => [n, out[i]])) as Record<(typeof PART_NAMES)[number], number> };
};

describe('scorePair', () => {
  it('gives full skill fit when every requirement is met, and partial credit by level otherwise', () => {
    const pr = problem([[4, 3], [2, 3], [0, 0]], [{ priority: 1, reqs: [[0, 4, 3], [1, 3, 1]] }]);
    expect(parts(pr, 0, 0).fit).toBe(1);
    expect(parts(pr, 0, 0).parts.skillFit).toBe(50);
    // (3 × 2/4 + 1 × 1) / 4 = 0.625
    expect(parts(pr, 1, 0).fit).toBeCloseTo(0.625, 12);
    expect(parts(pr, 1, 0).parts.skillFit).toBeCloseTo(31.25, 12);
    expect(parts(pr, 2, 0).fit).toBe(0);
  });

  it('treats a project without requirements (or minimum 0) as a full fit', () => {
    const pr = problem([[0]], [{ priority: 3, reqs: [] }, { priority: 3, reqs: [[0, 0, 1]] }]);
    expect(parts(pr, 0, 0).fit).toBe(1);
    expect(parts(pr, 0, 1).fit).toBe(1);
  });

  it('scales priority from 0 at priority 1 to the full weight at 5, times the fit', () => {
    const pr = problem([[4], [2]], [{ priority: 1, reqs: [[0, 4, 1]] }, { priority: 3, reqs: [[0, 4, 1]] }, { priority: 5, reqs: [[0, 4, 1]] }]);
    expect(parts(pr, 0, 0).parts.priority).toBe(0);
    expect(parts(pr, 0, 1).parts.priority).toBe(10);
    expect(parts(pr, 0, 2).parts.priority).toBe(20);
    expect(parts(pr, 1, 2).parts.priority).toBe(10);
  });

  it('counts a requirement exactly one level above the person as growth', () => {
    const pr = problem([[3, 1], [4, 1], [2, 1]], [{ priority: 1, reqs: [[0, 4, 3], [1, 3, 1]] }]);
    expect(parts(pr, 0, 0).stretch).toBeCloseTo(0.75, 12);
    expect(parts(pr, 0, 0).parts.growth).toBeCloseTo(7.5, 12);
    expect(parts(pr, 1, 0).parts.growth).toBe(0);
    expect(parts(pr, 2, 0).parts.growth).toBe(0);
  });

  it('adds preference, continuity and the availability penalty', () => {
    const pr = problem([[4]], [{ priority: 1, reqs: [[0, 4, 1]] }], {
      preference: new Map([[0, -0.5]]),
      current: Uint8Array.from([1]),
      availability: Float64Array.from([0.6]),
    });
    const s = parts(pr, 0, 0);
    expect(s.parts.preference).toBe(-7.5);
    expect(s.parts.continuity).toBe(15);
    expect(s.parts.availability).toBeCloseTo(-12, 12);
    expect(s.total).toBeCloseTo(50 - 7.5 + 15 - 12, 12);
    expect(Object.values(s.parts).reduce((a, b) => a + b, 0)).toBeCloseTo(s.total, 12);
  });

  it('makes low-fit pairs candidates only through continuity or a positive preference', () => {
    const base = problem([[1]], [{ priority: 5, reqs: [[0, 5, 1]] }]);
    expect(parts(base, 0, 0).eligible).toBe(false);
    expect(parts({ ...base, current: Uint8Array.from([1]) }, 0, 0).eligible).toBe(true);
    expect(parts({ ...base, preference: new Map([[0, 0.5]]) }, 0, 0).eligible).toBe(true);
    expect(parts({ ...base, preference: new Map([[0, -0.5]]) }, 0, 0).eligible).toBe(false);
  });

  it('never makes a fully allocated person or a non-positive score a candidate', () => {
    const pr = problem([[5]], [{ priority: 5, reqs: [[0, 5, 1]] }], { availability: Float64Array.from([0]) });
    expect(parts(pr, 0, 0).eligible).toBe(false);
    const hostile = problem([[5]], [{ priority: 1, reqs: [[0, 5, 1]] }], { preference: new Map([[0, -1]]), weights: { ...DEFAULT_WEIGHTS, preference: 60 } });
    expect(parts(hostile, 0, 0).total).toBe(-10);
    expect(parts(hostile, 0, 0).eligible).toBe(false);
  });
});

describe('scoreCandidates', () => {
  it('keeps the top k projects per person, best first by score', () => {
    // One person, four projects with decreasing fit; k = 2.
    const pr = problem([[4, 3, 2, 1]], [0, 1, 2, 3].map((s) => ({ priority: 1, reqs: [[s, 4, 1]] as Array<[number, number, number]> })), { topK: 2, minFit: 0 });
    const edges = scoreCandidates(pr);
    expect(Array.from(edges.project)).toEqual([0, 1]);
    expect(edges.eligiblePairs).toBe(4);
  });

  it('keeps enough candidates per project for its minimum even when people prefer others', () => {
    // Three people who all fit project 0 best; project 1 needs two of them.
    const pr = problem([[5, 3], [5, 3], [5, 3]], [{ priority: 5, reqs: [[0, 5, 1]] }, { priority: 1, reqs: [[1, 5, 1]] }], { topK: 1, projectKeep: [0, projectKeepFor(2, 1)] });
    const edges = scoreCandidates(pr);
    const onProject1 = Array.from(edges.project).filter((q) => q === 1).length;
    expect(onProject1).toBe(3);
  });

  it('always keeps continuity edges and returns parts that add up to the scores', () => {
    const pr = problem([[5, 5, 1]], [{ priority: 5, reqs: [[0, 5, 1]] }, { priority: 5, reqs: [[1, 5, 1]] }, { priority: 1, reqs: [[2, 5, 1]] }], {
      topK: 1,
      current: Uint8Array.from([0, 0, 1]),
    });
    const edges = scoreCandidates(pr);
    expect(Array.from(edges.project)).toContain(2);
    for (let e = 0; e < edges.score.length; e++) {
      const sum = Array.from(edges.parts.subarray(e * PARTS, (e + 1) * PARTS)).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(edges.score[e], 12);
    }
  });

  it('orders edges by person then project, and breaks score ties by index', () => {
    const pr = problem([[3], [3]], [{ priority: 3, reqs: [[0, 3, 1]] }, { priority: 3, reqs: [[0, 3, 1]] }], { topK: 1 });
    const edges = scoreCandidates(pr);
    expect(Array.from(edges.person)).toEqual([0, 1]);
    expect(Array.from(edges.project)).toEqual([0, 0]);
  });
});

describe('projectKeepFor', () => {
  it('keeps nothing extra without a minimum and at least twice the minimum otherwise', () => {
    expect(projectKeepFor(0, 8)).toBe(0);
    expect(projectKeepFor(3, 8)).toBe(11);
    expect(projectKeepFor(10, 2)).toBe(20);
  });
});
