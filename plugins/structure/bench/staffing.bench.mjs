#!/usr/bin/env node
// Staffing optimiser benchmark: 2 000 people × 100 projects generated in memory, timed through
// the same engine the server runs (scoring + top-k edges + solver.staff). Run after a build:
//   pnpm --filter @cadre/plugin-structure build && pnpm --filter @cadre/plugin-structure bench
// Prints the median of a few runs; it is a figure to watch, not a test.
import { performance } from 'node:perf_hooks';
import { getSolver } from '../dist/staffing/solver.js';
import { solveStaffing } from '../dist/staffing/staffing-engine.js';
import { DEFAULT_WEIGHTS } from '../dist/staffing/staffing-score.js';

const PEOPLE = Number(process.env.PEOPLE ?? 2000);
const PROJECTS = Number(process.env.PROJECTS ?? 100);
const SKILLS = 80;
const RUNS = Number(process.env.RUNS ?? 7);

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function instance(seed) {
  const r = rng(seed);
  const pick = (n) => Math.floor(r() * n);
  // Skills cluster by discipline (8 clusters of 10), as in a real lab.
  const cluster = (c) => Array.from({ length: 10 }, (_, i) => `s${c * 10 + i}`);
  const projects = Array.from({ length: PROJECTS }, (_, q) => {
    const skills = cluster(pick(8));
    const reqs = new Map();
    const n = 3 + pick(4);
    while (reqs.size < n) reqs.set(skills[pick(10)], { minLevel: 2 + pick(3), weight: 1 + pick(3) });
    const min = pick(6);
    return { id: `q${q}`, name: `Project ${q}`, priority: 1 + pick(5), min, max: min + 5 + pick(20), requirements: [...reqs].map(([skillId, v]) => ({ skillId, ...v })) };
  });
  const people = Array.from({ length: PEOPLE }, (_, p) => {
    const home = pick(8);
    const levels = new Map();
    for (const s of cluster(home)) if (r() < 0.7) levels.set(s, 1 + pick(5));
    for (let i = 0; i < 3; i++) levels.set(`s${pick(SKILLS)}`, 1 + pick(3));
    const current = r() < 0.7 ? [`q${pick(PROJECTS)}`] : [];
    return { id: `p${p}`, levels, available: r() < 0.8 ? 100 : [0, 20, 50][pick(3)], currentProjectIds: current };
  });
  const preferences = people.filter(() => r() < 0.1).map((p) => ({ personId: p.id, projectId: `q${pick(PROJECTS)}`, strength: Math.round((r() * 2 - 1) * 10) / 10 }));
  return { people, projects, preferences, weights: DEFAULT_WEIGHTS, minFit: 0.3, topK: 8, requireAll: false };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const solver = await getSolver();
const input = instance(42);
solveStaffing(input, solver); // warm-up (JIT, WebAssembly tiers)
const totals = [];
const scoring = [];
const solving = [];
let last;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  last = solveStaffing(input, solver);
  totals.push(performance.now() - t0);
  scoring.push(last.scoringMs);
  solving.push(last.solveMs);
}
const assigned = last.personToProject.filter((q) => q >= 0).length;
console.log(`staffing: ${PEOPLE} people × ${PROJECTS} projects, ${SKILLS} skills — ${last.edges.eligiblePairs} eligible pairs, ${last.edges.score.length} candidate edges, ${assigned} assigned, total score ${last.total}`);
console.log(`median of ${RUNS} runs: scoring ${median(scoring).toFixed(1)} ms + solve ${median(solving).toFixed(1)} ms = ${median(totals).toFixed(1)} ms (min ${Math.min(...totals).toFixed(1)}, max ${Math.max(...totals).toFixed(1)})`);
