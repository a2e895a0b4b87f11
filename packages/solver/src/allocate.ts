import { SolverError, badInput } from './errors.js';
import type { AllocateProblem, AllocateResult } from './types.js';
import { requireFloat64, show } from './validate.js';
import { Arena, Status, type SolverExports } from './wasm.js';

const FIELDS = ['weights', 'coefficients', 'floors', 'caps', 'weights × coefficients'] as const;

export function allocate(ex: SolverExports, problem: AllocateProblem): AllocateResult {
  if (typeof problem !== 'object' || problem === null) throw badInput('problem must be an object');
  const pool = problem.pool;
  if (typeof pool !== 'number' || Number.isNaN(pool)) throw badInput(`pool must be a number (got ${show(pool)})`, 'pool');
  if (pool < 0) throw badInput(`pool is negative (${pool})`, 'pool');
  if (!Number.isFinite(pool)) throw badInput('pool must be finite', 'pool');
  const weights = requireFloat64(problem.weights, 'weights');
  const n = weights.length;
  const coefficients = requireFloat64(problem.coefficients, 'coefficients');
  if (coefficients.length !== n) {
    throw badInput(`coefficients has length ${coefficients.length} but weights has ${n}`, 'coefficients');
  }
  const floors = problem.floors === undefined ? undefined : requireFloat64(problem.floors, 'floors');
  if (floors && floors.length !== n) throw badInput(`floors has length ${floors.length} but weights has ${n}`, 'floors');
  const caps = problem.caps === undefined ? undefined : requireFloat64(problem.caps, 'caps');
  if (caps && caps.length !== n) throw badInput(`caps has length ${caps.length} but weights has ${n}`, 'caps');
  const unit = problem.unit;
  let totalUnits = 0;
  if (unit !== undefined) {
    if (typeof unit !== 'number' || !(unit > 0) || !Number.isFinite(unit)) {
      throw badInput(`unit must be a positive finite number (got ${show(unit)})`, 'unit');
    }
    totalUnits = Math.round(pool / unit);
    if (Math.abs(totalUnits * unit - pool) > 1e-9 * Math.max(1, pool) || totalUnits > Number.MAX_SAFE_INTEGER) {
      throw badInput(`pool ${pool} is not a whole multiple of unit ${unit}`, 'pool');
    }
  }

  const arena = new Arena(ex);
  const wPtr = arena.alloc(n * 8);
  const cPtr = arena.alloc(n * 8);
  const fPtr = floors ? arena.alloc(n * 8) : 0;
  const hPtr = caps ? arena.alloc(n * 8) : 0;
  const yPtr = arena.alloc(n * 8);
  const bPtr = arena.alloc(n);
  const uPtr = unit !== undefined ? arena.alloc(n * 8) : 0;
  arena.f64(wPtr, n).set(weights);
  arena.f64(cPtr, n).set(coefficients);
  if (floors) arena.f64(fPtr, n).set(floors);
  if (caps) arena.f64(hPtr, n).set(caps);
  const status = ex.allocate(n, pool, wPtr, cPtr, fPtr, hPtr, yPtr, bPtr, unit ?? 0, totalUnits, uPtr);
  if (status === Status.INFEASIBLE && ex.lastErrorField() === 5) {
    throw new SolverError(
      'INFEASIBLE',
      `cannot round to whole multiples of unit ${unit}: floors and caps rounded to the unit grid leave no room`,
      { field: 'unit' },
    );
  }
  if (status !== Status.OK) throw allocateError(ex, status, pool, floors, caps);
  const lambda = ex.resultA();
  const result: AllocateResult = {
    amounts: arena.f64(yPtr, n).slice(),
    lambda,
    bound: arena.i8(bPtr, n).slice(),
  };
  if (unit !== undefined) result.units = arena.f64(uPtr, n).slice();
  return result;
}

function allocateError(
  ex: SolverExports, status: number, pool: number, floors?: Float64Array, caps?: Float64Array,
): SolverError {
  const i = ex.lastErrorIndex();
  const fieldId = ex.lastErrorField();
  const field = FIELDS[fieldId] ?? 'input';
  const value = ex.lastErrorValue();
  const at = `${field}[${i}]`;
  switch (status) {
    case Status.NAN_VALUE:
      return badInput(`${at} is NaN`, field, i);
    case Status.NEGATIVE_VALUE:
      return badInput(`${at} is negative (${value})`, field, i);
    case Status.INFINITE_VALUE:
      return badInput(`${at} is ${value}; it must be finite`, field, i);
    case Status.OVERFLOW:
      return badInput(`weights[${i}] × coefficients[${i}] overflows to Infinity`, 'weights', i);
    case Status.BAD_BOUNDS:
      return new SolverError('INFEASIBLE', `caps[${i}] (${caps?.[i]}) is below floors[${i}] (${floors?.[i] ?? 0})`, {
        field: 'caps', index: i,
      });
    case Status.FLOORS_EXCEED_POOL:
      return new SolverError('INFEASIBLE', `floors sum ${value} exceeds pool ${pool}`, { field: 'floors' });
    case Status.CAPS_BELOW_POOL:
      return new SolverError(
        'INFEASIBLE',
        `caps sum ${value} is below pool ${pool} (people whose weight × coefficient is 0 count at their floor)`,
        { field: 'caps' },
      );
    case Status.NO_RECIPIENT:
      return new SolverError(
        'INFEASIBLE',
        `every weight × coefficient is 0, so nobody can receive more than their floor (floors sum ${value} < pool ${pool})`,
        { field: 'weights' },
      );
    case Status.OUT_OF_MEMORY:
      return new SolverError('OUT_OF_MEMORY', 'the allocation does not fit in WebAssembly memory');
    default:
      return new SolverError('BAD_INPUT', `allocate failed with status ${status}`);
  }
}
