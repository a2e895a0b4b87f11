/** Machine-readable reason of a SolverError. */
export type SolverErrorCode =
  | 'BAD_INPUT'
  | 'NAN_COST'
  | 'INFEASIBLE'
  | 'UNREACHABLE_MINIMUM'
  | 'OUT_OF_MEMORY'
  | 'LOAD_FAILED'
  | 'INTERNAL';

export interface SolverErrorDetails {
  /** Offending position: flat matrix index, array index, edge index or project index. */
  index?: number;
  /** Offending input field, e.g. 'cost', 'weights', 'edges.score', 'projects'. */
  field?: string;
}

/** Every failure of the solver: bad input, infeasible problems, loading or memory trouble. */
export class SolverError extends Error {
  readonly code: SolverErrorCode;
  readonly index?: number;
  readonly field?: string;

  constructor(code: SolverErrorCode, message: string, details: SolverErrorDetails = {}) {
    super(message);
    this.name = 'SolverError';
    this.code = code;
    if (details.index !== undefined) this.index = details.index;
    if (details.field !== undefined) this.field = details.field;
  }
}

export function badInput(message: string, field?: string, index?: number): SolverError {
  return new SolverError('BAD_INPUT', message, { field, index });
}
