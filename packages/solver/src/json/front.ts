// Plain-JSON front for the CLI (`cadre solve …`): validates JSON values with errors naming the
// field, converts them to typed arrays, runs the solver and returns plain JSON again.
import { badInput } from '../errors.js';
import type { Solver } from '../types.js';

export type SolveKind = 'assign' | 'staff' | 'allocate' | 'band';
export const SOLVE_KINDS: readonly SolveKind[] = ['assign', 'staff', 'allocate', 'band'];

export function solveJsonWith(solver: Solver, kind: SolveKind, input: unknown): unknown {
  const obj = record(input, 'input');
  switch (kind) {
    case 'assign':
      return assignJson(solver, obj);
    case 'staff':
      return staffJson(solver, obj);
    case 'allocate':
      return allocateJson(solver, obj);
    case 'band':
      return {
        values: Array.from(
          solver.band(numbers(obj.scores, 'scores'), plain(obj.thresholds, 'thresholds'), plain(obj.coefficients, 'coefficients')),
        ),
      };
    default:
      throw badInput(`unknown kind ${JSON.stringify(kind)}; expected one of ${SOLVE_KINDS.join(', ')}`, 'kind');
  }
}

function assignJson(solver: Solver, obj: Record<string, unknown>): unknown {
  const maximize = optionalBoolean(obj.maximize, 'maximize');
  // JSON has no Infinity: "Infinity", "-Infinity" or null mark a forbidden pair.
  const forbidden = maximize ? -Infinity : Infinity;
  const entry = (v: unknown, field: string): number => {
    if (v === null) return forbidden;
    if (v === 'Infinity') return Infinity;
    if (v === '-Infinity') return -Infinity;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    throw badInput(`${field} must be a finite number, "Infinity", "-Infinity" or null (got ${JSON.stringify(v)})`, 'cost');
  };
  const cost = obj.cost;
  if (!Array.isArray(cost)) throw badInput('cost must be an array (rows of numbers, or flat with rows and cols)', 'cost');
  let rows: number;
  let cols: number;
  let flat: Float64Array;
  if (cost.length > 0 && Array.isArray(cost[0])) {
    rows = cost.length;
    cols = (cost[0] as unknown[]).length;
    flat = new Float64Array(rows * cols);
    cost.forEach((row, i) => {
      if (!Array.isArray(row)) throw badInput(`cost[${i}] must be an array`, 'cost', i);
      if (row.length !== cols) throw badInput(`cost[${i}] has ${row.length} entries but cost[0] has ${cols}`, 'cost', i);
      row.forEach((v, j) => (flat[i * cols + j] = entry(v, `cost[${i}][${j}]`)));
    });
  } else {
    rows = count(obj.rows, 'rows');
    cols = count(obj.cols, 'cols');
    if (cost.length !== rows * cols) {
      throw badInput(`cost has ${cost.length} entries but rows × cols = ${rows * cols}`, 'cost');
    }
    flat = Float64Array.from(cost, (v, k) => entry(v, `cost[${k}]`));
  }
  const r = solver.assign(flat, rows, cols, { maximize });
  return { rowToCol: Array.from(r.rowToCol), colToRow: Array.from(r.colToRow), total: r.total };
}

function staffJson(solver: Solver, obj: Record<string, unknown>): unknown {
  const people = count(obj.people, 'people');
  if (!Array.isArray(obj.projects)) throw badInput('projects must be an array of { min, max, name? }', 'projects');
  const projects = obj.projects.map((p, q) => {
    const o = record(p, `projects[${q}]`);
    const max = o.max === undefined || o.max === null || o.max === 'Infinity' ? Infinity : count(o.max, `projects[${q}].max`);
    const name = o.name === undefined ? undefined : String(o.name);
    return { min: o.min === undefined ? 0 : count(o.min, `projects[${q}].min`), max, ...(name ? { name } : {}) };
  });
  let person: number[], project: number[], score: number[];
  if (Array.isArray(obj.edges)) {
    // Array of { person, project, score } objects.
    const list = obj.edges.map((e, k) => record(e, `edges[${k}]`));
    person = list.map((e, k) => integer(e.person, `edges[${k}].person`));
    project = list.map((e, k) => integer(e.project, `edges[${k}].project`));
    score = list.map((e, k) => finite(e.score, `edges[${k}].score`));
  } else {
    const e = record(obj.edges, 'edges');
    person = plainIntegers(e.person, 'edges.person');
    project = plainIntegers(e.project, 'edges.project');
    score = plain(e.score, 'edges.score');
  }
  const r = solver.staff({
    people,
    projects,
    edges: { person: Int32Array.from(person), project: Int32Array.from(project), score: Float64Array.from(score) },
    requireAll: optionalBoolean(obj.requireAll, 'requireAll'),
  });
  return { personToProject: Array.from(r.personToProject), total: r.total, projectCounts: Array.from(r.projectCounts) };
}

function allocateJson(solver: Solver, obj: Record<string, unknown>): unknown {
  const pool = finite(obj.pool, 'pool');
  const caps = obj.caps === undefined ? undefined : Float64Array.from(
    arrayOf(obj.caps, 'caps'),
    (v, i) => (v === null || v === 'Infinity' ? Infinity : finite(v, `caps[${i}]`)),
  );
  const r = solver.allocate({
    pool,
    weights: numbers(obj.weights, 'weights'),
    coefficients: numbers(obj.coefficients, 'coefficients'),
    ...(obj.floors === undefined ? {} : { floors: numbers(obj.floors, 'floors') }),
    ...(caps ? { caps } : {}),
    ...(obj.unit === undefined ? {} : { unit: finite(obj.unit, 'unit') }),
  });
  return {
    amounts: Array.from(r.amounts),
    lambda: Number.isFinite(r.lambda) ? r.lambda : null,
    bound: Array.from(r.bound),
    ...(r.units ? { units: Array.from(r.units) } : {}),
  };
}

function record(v: unknown, field: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw badInput(`${field} must be an object`, field);
  return v as Record<string, unknown>;
}

function arrayOf(v: unknown, field: string): unknown[] {
  if (!Array.isArray(v)) throw badInput(`${field} must be an array`, field);
  return v;
}

function finite(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw badInput(`${field} must be a finite number (got ${JSON.stringify(v)})`, field.replace(/\[\d+\].*$/, ''));
  }
  return v;
}

function integer(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    throw badInput(`${field} must be an integer (got ${JSON.stringify(v)})`, field.replace(/\[\d+\].*$/, ''));
  }
  return v;
}

function count(v: unknown, field: string): number {
  const n = integer(v, field);
  if (n < 0) throw badInput(`${field} must not be negative (got ${n})`, field);
  return n;
}

function plain(v: unknown, field: string): number[] {
  return arrayOf(v, field).map((x, i) => finite(x, `${field}[${i}]`));
}

function plainIntegers(v: unknown, field: string): number[] {
  return arrayOf(v, field).map((x, i) => integer(x, `${field}[${i}]`));
}

function numbers(v: unknown, field: string): Float64Array {
  return Float64Array.from(plain(v, field));
}

function optionalBoolean(v: unknown, field: string): boolean {
  if (v === undefined) return false;
  if (typeof v !== 'boolean') throw badInput(`${field} must be true or false (got ${JSON.stringify(v)})`, field);
  return v;
}
