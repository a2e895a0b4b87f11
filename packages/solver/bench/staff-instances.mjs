import { rng } from './rng.mjs';

// People with 4 skill levels (0–5), projects with 4 needs; score = half skill fit (cosine), half
// the person's interest in the project, minus 0.35 so a poor match is worth less than leaving
// the person unassigned. Headcount bounds leave room to choose.
export function staffInstance(people, projects, topK, seed = 1) {
  const r = rng(seed);
  const S = 4;
  const skill = Float64Array.from({ length: people * S }, () => Math.floor(r() * 6) / 5);
  const need = Float64Array.from({ length: projects * S }, () => r());
  const list = [];
  for (let q = 0; q < projects; q++) {
    const min = Math.floor((people / projects) * (0.3 + 0.3 * r()));
    list.push({ min, max: min + Math.floor((people / projects) * (0.4 + 0.6 * r())), name: `P${q}` });
  }
  const person = [], project = [], score = [];
  const row = new Float64Array(projects);
  for (let p = 0; p < people; p++) {
    for (let q = 0; q < projects; q++) {
      let fit = 0, a = 0, b = 0;
      for (let k = 0; k < S; k++) {
        fit += skill[p * S + k] * need[q * S + k];
        a += skill[p * S + k] ** 2;
        b += need[q * S + k] ** 2;
      }
      row[q] = 0.5 * (a > 0 ? fit / Math.sqrt(a * b) : 0) + 0.5 * r() - 0.35;
    }
    const qs = Array.from({ length: projects }, (_, q) => q);
    if (topK < projects) qs.sort((a, b) => row[b] - row[a]).length = topK;
    for (const q of qs) {
      person.push(p);
      project.push(q);
      score.push(row[q]);
    }
  }
  return {
    people,
    projects: list,
    edges: { person: Int32Array.from(person), project: Int32Array.from(project), score: Float64Array.from(score) },
  };
}

// The same problem as an LP for HiGHS: one column per edge in [0, 1], person rows ≤ 1 (= 1
// with requireAll), project rows in [min, max]. Totally unimodular, so LP optimum = integer one.
export function staffLp(problem, highs) {
  const { people, projects, edges } = problem;
  const E = edges.person.length;
  const starts = new Int32Array(E + 1);
  const indices = new Int32Array(2 * E);
  const values = new Float64Array(2 * E).fill(1);
  for (let e = 0; e < E; e++) {
    starts[e] = 2 * e;
    indices[2 * e] = edges.person[e];
    indices[2 * e + 1] = people + edges.project[e];
  }
  starts[E] = 2 * E;
  const rows = people + projects.length;
  const rowLower = new Float64Array(rows);
  const rowUpper = new Float64Array(rows);
  for (let p = 0; p < people; p++) {
    rowLower[p] = problem.requireAll ? 1 : 0;
    rowUpper[p] = 1;
  }
  projects.forEach((q, k) => {
    rowLower[people + k] = q.min;
    rowUpper[people + k] = Number.isFinite(q.max) ? q.max : highs.infinity;
  });
  return {
    numCols: E,
    numRows: rows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: edges.score,
    colLower: new Float64Array(E),
    colUpper: new Float64Array(E).fill(1),
    rowLower,
    rowUpper,
    matrix: { format: 'csc', numRows: rows, numCols: E, starts, indices, values },
  };
}
