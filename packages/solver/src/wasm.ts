import { SolverError } from './errors.js';

/** Raw exports of solver.wasm (built from assembly/); pointers are byte offsets into memory. */
export interface SolverExports {
  memory: WebAssembly.Memory;
  arenaReset(): void;
  arenaAlloc(bytes: number): number;
  assign(cost: number, rows: number, cols: number, maximize: number, rowToCol: number, colToRow: number): number;
  setArrFactor(factor: number): void;
  staff(
    people: number, projects: number, edges: number, person: number, project: number, score: number,
    mins: number, maxs: number, requireAll: number, personToProject: number, projectCounts: number,
    shortfall: number,
  ): number;
  allocate(
    n: number, pool: number, weights: number, coeffs: number, floors: number, caps: number,
    amounts: number, bound: number, unit: number, totalUnits: number, units: number,
  ): number;
  band(scores: number, n: number, thresholds: number, k1: number, coeffs: number, out: number): number;
  lastErrorIndex(): number;
  lastErrorField(): number;
  lastErrorValue(): number;
  resultA(): number;
  resultB(): number;
}

/** Status codes of assembly/status.ts. */
export const Status = {
  OK: 0,
  NAN_VALUE: 1,
  INFEASIBLE: 2,
  WRONG_INFINITY: 3,
  OUT_OF_MEMORY: 4,
  UNREACHABLE_MINIMUM: 5,
  NEGATIVE_VALUE: 6,
  INFINITE_VALUE: 7,
  BAD_BOUNDS: 8,
  FLOORS_EXCEED_POOL: 9,
  CAPS_BELOW_POOL: 10,
  NO_RECIPIENT: 11,
  OVERFLOW: 12,
} as const;

// Linear memory is 32-bit; keep a margin below 4 GiB for the module's own data.
const MAX_BYTES = 2 ** 32 - 2 ** 24;

/**
 * One call's view of linear memory: reset the arena, place blocks, then build typed-array views
 * only after every allocation (growing memory detaches earlier views).
 */
export class Arena {
  private used = 0;

  constructor(private readonly ex: SolverExports) {
    ex.arenaReset();
  }

  alloc(bytes: number): number {
    this.used += bytes + 16;
    const ptr = this.used > MAX_BYTES ? 0 : this.ex.arenaAlloc(bytes);
    if (ptr === 0) throw outOfMemory(this.used);
    return ptr;
  }

  f64(ptr: number, length: number): Float64Array {
    return new Float64Array(this.ex.memory.buffer, ptr, length);
  }

  i32(ptr: number, length: number): Int32Array {
    return new Int32Array(this.ex.memory.buffer, ptr, length);
  }

  i8(ptr: number, length: number): Int8Array {
    return new Int8Array(this.ex.memory.buffer, ptr, length);
  }
}

export function outOfMemory(bytes?: number): SolverError {
  const size = bytes === undefined ? '' : ` (about ${Math.ceil(bytes / 2 ** 20)} MiB needed)`;
  return new SolverError('OUT_OF_MEMORY', `the problem does not fit in WebAssembly memory${size}`);
}
