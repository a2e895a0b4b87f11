import { SolverError, badInput } from './errors.js';
import type { AssignOptions, AssignResult } from './types.js';
import { requireCount, requireFloat64 } from './validate.js';
import { Arena, Status, type SolverExports } from './wasm.js';

export function assign(
  ex: SolverExports, cost: Float64Array, rows: number, cols: number, options: AssignOptions = {},
): AssignResult {
  requireCount(rows, 'rows');
  requireCount(cols, 'cols');
  requireFloat64(cost, 'cost');
  if (cost.length !== rows * cols) {
    throw badInput(`cost has length ${cost.length} but rows × cols = ${rows} × ${cols} = ${rows * cols}`, 'cost');
  }
  const maximize = options.maximize === true;
  const arena = new Arena(ex);
  const costPtr = arena.alloc(cost.length * 8);
  const rowPtr = arena.alloc(rows * 4);
  const colPtr = arena.alloc(cols * 4);
  // The solver's scratch (a transposed copy when rows > cols, plus O(rows + cols)) is allocated
  // inside the call; memory may grow, so views are made afresh afterwards.
  arena.f64(costPtr, cost.length).set(cost);
  const status = ex.assign(costPtr, rows, cols, maximize ? 1 : 0, rowPtr, colPtr);
  if (status !== Status.OK) throw assignError(ex, status, cost, rows, cols, maximize);
  return {
    rowToCol: arena.i32(rowPtr, rows).slice(),
    colToRow: arena.i32(colPtr, cols).slice(),
    total: ex.resultA(),
  };
}

function assignError(
  ex: SolverExports, status: number, cost: Float64Array, rows: number, cols: number, maximize: boolean,
): SolverError {
  const k = ex.lastErrorIndex();
  const at = `cost[${Math.floor(k / cols)},${k % cols}]`;
  switch (status) {
    case Status.NAN_VALUE:
      return new SolverError('NAN_COST', `${at} is NaN`, { index: k, field: 'cost' });
    case Status.WRONG_INFINITY:
      return badInput(
        maximize
          ? `${at} is Infinity; when maximising, forbidden pairs are marked with -Infinity`
          : `${at} is -Infinity; when minimising, forbidden pairs are marked with +Infinity`,
        'cost', k,
      );
    case Status.INFEASIBLE:
      return infeasible(cost, rows, cols, maximize);
    case Status.OUT_OF_MEMORY:
      return new SolverError('OUT_OF_MEMORY', `the ${rows}×${cols} matrix does not fit in WebAssembly memory`);
    default:
      return new SolverError('BAD_INPUT', `assign failed with status ${status}`);
  }
}

// Only on the error path: name a row (or column) that has no allowed pair at all, if there is one.
function infeasible(cost: Float64Array, rows: number, cols: number, maximize: boolean): SolverError {
  const forbidden = maximize ? -Infinity : Infinity;
  const byRow = rows <= cols;
  const outer = byRow ? rows : cols;
  const inner = byRow ? cols : rows;
  for (let a = 0; a < outer; a++) {
    let allowed = false;
    for (let b = 0; b < inner && !allowed; b++) {
      allowed = cost[byRow ? a * cols + b : b * cols + a] !== forbidden;
    }
    if (!allowed) {
      const what = byRow ? 'row' : 'column';
      return new SolverError('INFEASIBLE', `no feasible assignment: ${what} ${a} has every pair forbidden`, {
        index: a, field: 'cost',
      });
    }
  }
  const side = byRow ? `all ${rows} rows` : `all ${cols} columns`;
  return new SolverError(
    'INFEASIBLE',
    `no feasible assignment: the allowed (non-forbidden) pairs cannot cover ${side}`,
    { field: 'cost' },
  );
}
