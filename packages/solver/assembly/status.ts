// Status codes returned by every exported solve function; the TypeScript wrapper maps them to
// SolverError codes and messages (it knows the user-facing field names, the wasm does not).
export const OK: i32 = 0;
export const NAN_VALUE: i32 = 1;
export const INFEASIBLE: i32 = 2;
export const WRONG_INFINITY: i32 = 3;
export const OUT_OF_MEMORY: i32 = 4;
export const UNREACHABLE_MINIMUM: i32 = 5;
export const NEGATIVE_VALUE: i32 = 6;
export const INFINITE_VALUE: i32 = 7;
export const BAD_BOUNDS: i32 = 8;
export const FLOORS_EXCEED_POOL: i32 = 9;
export const CAPS_BELOW_POOL: i32 = 10;
export const NO_RECIPIENT: i32 = 11;
export const OVERFLOW: i32 = 12;

// Details of the last failure or result, read back through the exported getters.
export let errIndex: i32 = -1;
export let errField: i32 = -1;
export let errValue: f64 = 0;
export let outA: f64 = 0;
export let outB: f64 = 0;

export function fail(code: i32, field: i32, index: i32, value: f64): i32 {
  errField = field;
  errIndex = index;
  errValue = value;
  return code;
}

export function setResult(a: f64, b: f64): void {
  outA = a;
  outB = b;
}

export function lastErrorIndex(): i32 { return errIndex; }
export function lastErrorField(): i32 { return errField; }
export function lastErrorValue(): f64 { return errValue; }
export function resultA(): f64 { return outA; }
export function resultB(): f64 { return outB; }
