import { SolverError, badInput } from './errors.js';
import type { StaffProblem, StaffProject, StaffResult } from './types.js';
import { requireCount, requireFloat64, requireInt32, show } from './validate.js';
import { Arena, Status, type SolverExports } from './wasm.js';

export function staff(ex: SolverExports, problem: StaffProblem): StaffResult {
  if (typeof problem !== 'object' || problem === null) throw badInput('problem must be an object');
  const people = requireCount(problem.people, 'people');
  const projects = problem.projects;
  if (!Array.isArray(projects)) throw badInput('projects must be an array of { min, max }', 'projects');
  const k = projects.length;
  const mins = new Int32Array(k);
  const maxs = new Int32Array(k);
  let minSum = 0;
  let maxSum = 0;
  projects.forEach((p, q) => {
    const field = `projects[${q}]`;
    if (typeof p !== 'object' || p === null) throw badInput(`${field} must be { min, max }`, 'projects', q);
    const min = requireCount(p.min, `${field}.min`);
    const max = p.max;
    if (max !== Infinity && (typeof max !== 'number' || !Number.isInteger(max) || max < 0)) {
      throw badInput(`${field}.max must be a non-negative integer or Infinity (got ${show(max)})`, 'projects', q);
    }
    if (max < min) throw badInput(`${label(p, q)} has max ${max} below min ${min}`, 'projects', q);
    mins[q] = min;
    maxs[q] = Math.min(max, people);
    minSum += min;
    maxSum += Math.min(max, people);
  });
  const edges = problem.edges;
  if (typeof edges !== 'object' || edges === null) throw badInput('edges must be { person, project, score }', 'edges');
  const person = requireInt32(edges.person, 'edges.person');
  const E = person.length;
  const project = requireInt32(edges.project, 'edges.project', E);
  const score = requireFloat64(edges.score, 'edges.score', E);
  const requireAll = problem.requireAll === true;
  if (minSum > people) {
    throw new SolverError(
      'UNREACHABLE_MINIMUM',
      `minimum headcounts add up to ${minSum} but there are only ${people} people`, { field: 'projects' },
    );
  }
  if (requireAll && maxSum < people) {
    throw new SolverError(
      'INFEASIBLE',
      `requireAll: maximum headcounts add up to ${maxSum}, fewer than the ${people} people`, { field: 'projects' },
    );
  }

  const arena = new Arena(ex);
  const personPtr = arena.alloc(E * 4);
  const projectPtr = arena.alloc(E * 4);
  const scorePtr = arena.alloc(E * 8);
  const minPtr = arena.alloc(k * 4);
  const maxPtr = arena.alloc(k * 4);
  const outPerson = arena.alloc(people * 4);
  const outCounts = arena.alloc(k * 4);
  const shortPtr = arena.alloc(k * 4);
  arena.i32(personPtr, E).set(person);
  arena.i32(projectPtr, E).set(project);
  arena.f64(scorePtr, E).set(score);
  arena.i32(minPtr, k).set(mins);
  arena.i32(maxPtr, k).set(maxs);
  const status = ex.staff(
    people, k, E, personPtr, projectPtr, scorePtr, minPtr, maxPtr, requireAll ? 1 : 0,
    outPerson, outCounts, shortPtr,
  );
  if (status !== Status.OK) {
    throw staffError(ex, status, problem, arena.i32(shortPtr, k), arena.i32(outCounts, k), mins);
  }
  return {
    personToProject: arena.i32(outPerson, people).slice(),
    total: ex.resultA(),
    projectCounts: arena.i32(outCounts, k).slice(),
  };
}

function label(p: StaffProject | undefined, q: number): string {
  return p && typeof p.name === 'string' && p.name !== '' ? `project '${p.name}' (index ${q})` : `project ${q}`;
}

function staffError(
  ex: SolverExports, status: number, problem: StaffProblem, shortfall: Int32Array, candidates: Int32Array,
  mins: Int32Array,
): SolverError {
  const index = ex.lastErrorIndex();
  const field = ex.lastErrorField();
  const value = ex.lastErrorValue();
  const people = problem.people;
  const k = problem.projects.length;
  switch (status) {
    case Status.BAD_BOUNDS:
      return field === 0
        ? badInput(`edges.person[${index}] is ${value}, outside 0..${people - 1}`, 'edges.person', index)
        : badInput(`edges.project[${index}] is ${value}, outside 0..${k - 1}`, 'edges.project', index);
    case Status.NAN_VALUE:
      return badInput(`edges.score[${index}] is NaN`, 'edges.score', index);
    case Status.INFINITE_VALUE:
      return badInput(`edges.score[${index}] is ${value}; scores must be finite`, 'edges.score', index);
    case Status.UNREACHABLE_MINIMUM: {
      if (field === 3) {
        const n = candidates[index];
        const p = problem.projects[index];
        return new SolverError(
          'UNREACHABLE_MINIMUM',
          `${label(p, index)} needs min ${mins[index]} but only ${n} candidate${n === 1 ? '' : 's'}`,
          { field: 'projects', index },
        );
      }
      const parts: string[] = [];
      let first = -1;
      shortfall.forEach((s, q) => {
        if (s <= 0) return;
        if (first < 0) first = q;
        parts.push(`${label(problem.projects[q], q)} needs min ${mins[q]} but falls ${s} short`);
      });
      return new SolverError(
        'UNREACHABLE_MINIMUM',
        `minimum headcounts cannot all be met (candidates are shared with other projects' minimums): ${parts.join('; ')}`,
        { field: 'projects', index: first },
      );
    }
    case Status.INFEASIBLE:
      return new SolverError(
        'INFEASIBLE',
        index >= 0
          ? `requireAll: person ${index} cannot be placed on any candidate project within the max headcounts`
          : 'requireAll: not every person can be placed within the max headcounts',
        { field: 'edges', index: index >= 0 ? index : undefined },
      );
    case Status.OUT_OF_MEMORY:
      return new SolverError('OUT_OF_MEMORY', `the staffing network (${people} people) does not fit in WebAssembly memory`);
    default:
      return new SolverError('BAD_INPUT', `staff failed with status ${status}`);
  }
}
