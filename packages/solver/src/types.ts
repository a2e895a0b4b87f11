import type { RiskExplanation, RiskModel, RiskTrainingInput, RiskTrainOptions } from './risk-types.js';

export interface AssignOptions {
  /** Maximise the total instead of minimising it; then -Infinity marks a forbidden pair. */
  maximize?: boolean;
}

export interface AssignResult {
  /** Column of each row, -1 when the row is unassigned (only when rows > cols). */
  rowToCol: Int32Array;
  /** Row of each column, -1 when the column is unassigned (only when cols > rows). */
  colToRow: Int32Array;
  /** Sum of the chosen costs. */
  total: number;
}

export interface StaffProject {
  /** Minimum headcount (integer ≥ 0). */
  min: number;
  /** Maximum headcount (integer ≥ min, or Infinity). */
  max: number;
  /** Used in error messages. */
  name?: string;
}

export interface StaffProblem {
  people: number;
  projects: StaffProject[];
  /** Candidate edges as parallel arrays: person → project with a score to maximise. */
  edges: { person: Int32Array; project: Int32Array; score: Float64Array };
  /** Every person must be placed on exactly one project. */
  requireAll?: boolean;
}

export interface StaffResult {
  /** Project of each person, -1 when unassigned. */
  personToProject: Int32Array;
  /** Sum of the chosen edges' scores. */
  total: number;
  /** Headcount of each project. */
  projectCounts: Int32Array;
}

export interface AllocateProblem {
  /** The pool D to split (finite, ≥ 0). */
  pool: number;
  /** ω_i ≥ 0. */
  weights: Float64Array;
  /** c_i ≥ 0, e.g. from band(). */
  coefficients: Float64Array;
  /** Per-person minimum amounts (default 0). */
  floors?: Float64Array;
  /** Per-person maximum amounts (default Infinity). */
  caps?: Float64Array;
  /** Round to multiples of this (e.g. 1 for integer minor units) by largest remainder. */
  unit?: number;
}

export interface AllocateResult {
  /** y_i = clamp(ω_i c_i / λ, floor_i, cap_i); multiples of unit adding up to pool when unit is given. */
  amounts: Float64Array;
  /** The multiplier λ (Infinity when the pool is 0). */
  lambda: number;
  /** -1 floor binds, +1 cap binds, 0 neither (for the unrounded optimum). */
  bound: Int8Array;
  /** With unit: the amounts in whole units (integers), rounded by largest remainder. */
  units?: Float64Array;
}

export interface Solver {
  assign(cost: Float64Array, rows: number, cols: number, options?: AssignOptions): AssignResult;
  staff(problem: StaffProblem): StaffResult;
  allocate(problem: AllocateProblem): AllocateResult;
  band(scores: Float64Array, thresholds: number[], coefficients: number[]): Float64Array;
  /** Attrition-risk model (see README): train with progress, score, and explain with exact Shapley values. */
  trainRiskModel(input: RiskTrainingInput, options?: RiskTrainOptions): Promise<RiskModel>;
  predictRisk(model: RiskModel, rows: ArrayLike<number>[]): number[];
  explainRisk(model: RiskModel, rows: ArrayLike<number>[]): RiskExplanation;
}

export interface CreateSolverOptions {
  /** Where to get the module instead of the packaged solver.wasm: a URL/path, bytes or a compiled module. */
  wasm?: URL | string | ArrayBuffer | ArrayBufferView | WebAssembly.Module;
}

export type * from './risk-types.js';
