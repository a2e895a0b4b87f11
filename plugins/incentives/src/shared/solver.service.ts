import { ConflictError, localize, type MessageText, msg, UserInputError } from '@cadre/sdk';
import { formatMoney, Injectable } from '@cadre/sdk/common';
import { createSolver, SolverError, type AllocateProblem, type AllocateResult, type Solver } from '@cadre/solver';

// One WebAssembly instance per process: compiling and instantiating is the expensive part and the
// solver's calls are synchronous, so concurrent requests never interleave inside it.
let shared: Promise<Solver> | undefined;

function instance(): Promise<Solver> {
  shared ??= createSolver().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** How a solver input field is named in the GraphQL input (e.g. thresholds → input.thresholds). */
export type FieldNames = Partial<Record<string, string>>;

/**
 * The founding model through @cadre/solver: band() maps scores to coefficients, allocate() splits
 * a pool. Bad input becomes a UserInputError naming the GraphQL field; an infeasible problem
 * (floors above the pool, caps below it) a ConflictError that names the person.
 */
@Injectable()
export class IncentivesSolver {
  /** Coefficient of each score (k bands: thresholds strictly descending, one more coefficient). */
  async band(scores: number[], thresholds: number[], coefficients: number[], fields: FieldNames = {}): Promise<number[]> {
    const solver = await instance();
    try {
      return [...solver.band(Float64Array.from(scores), thresholds, coefficients)];
    } catch (error) {
      throw translate(error, fields, error instanceof SolverError ? bandsText(error, thresholds, coefficients) : undefined);
    }
  }

  /** Band position of each score, 0 = top band (the same lookup with the band numbers as coefficients). */
  async bandIndex(scores: number[], thresholds: number[], fields: FieldNames = {}): Promise<number[]> {
    return this.band(scores, thresholds, thresholds.map((_, j) => j).concat(thresholds.length), fields);
  }

  /** Checks a band configuration; throws the solver's message under the given field names. */
  async validateBands(thresholds: number[], coefficients: number[], fields: FieldNames): Promise<void> {
    await this.band([], thresholds, coefficients, fields);
    coefficients.forEach((c, j) => {
      if (c < 0) throw new UserInputError(fields.coefficients ?? 'coefficients', msg`coefficients[${j}] must not be negative (got ${c})`);
    });
  }

  /** With `currency`, an infeasible pool is explained in money for people ("CNY 6,800.00"), not in raw minor units. */
  async allocate(problem: AllocateProblem, names: (index: number) => string, fields: FieldNames = {}, currency?: string): Promise<AllocateResult> {
    const solver = await instance();
    try {
      return solver.allocate(problem);
    } catch (error) {
      if (!(error instanceof SolverError)) throw error;
      let text: MessageText = (currency && inMoney(error, problem, currency)) || error.message;
      // The person concerned, after the problem (translated now: a value is not translated later).
      if (error.index !== undefined) text = msg`${localize(text)} (${names(error.index)})`;
      throw translate(error, fields, text);
    }
  }
}

/** The solver's refusals of a band configuration, as messages the console shows in the reader's language. */
function bandsText(error: SolverError, thresholds: number[], coefficients: number[]): MessageText {
  const j = error.index;
  if (error.code !== 'BAD_INPUT') return error.message;
  if (error.field === 'thresholds' && j !== undefined) {
    const t = thresholds[j];
    if (typeof t !== 'number' || !Number.isFinite(t)) return msg`thresholds[${j}] must be a finite number (got ${t})`;
    return msg`thresholds must be strictly descending: thresholds[${j}] (${t}) is not below thresholds[${j - 1}] (${thresholds[j - 1]})`;
  }
  if (error.field === 'coefficients' && j !== undefined) return msg`coefficients[${j}] must be a finite number (got ${coefficients[j]})`;
  if (error.field === 'coefficients') return msg`coefficients needs ${thresholds.length + 1} entries (one more than thresholds) but has ${coefficients.length}`;
  return error.message;
}

/** The solver's infeasibility messages speak in minor units; people read money. */
function inMoney(error: SolverError, p: AllocateProblem, currency: string): MessageText | null {
  if (error.code !== 'INFEASIBLE') return null;
  const money = (minor: number) => formatMoney(minor, currency);
  const sum = (xs: ArrayLike<number> | undefined, fallback: number) => Array.from({ length: p.weights.length }, (_, i) => xs?.[i] ?? fallback).reduce((a, b) => a + b, 0);
  if (error.index !== undefined) {
    return msg`the cap ${money(p.caps?.[error.index] ?? 0)} is below the floor ${money(p.floors?.[error.index] ?? 0)}`;
  }
  if (error.field === 'floors') return msg`the floors add up to ${money(sum(p.floors, 0))}, more than the pool of ${money(p.pool)}`;
  if (error.field === 'caps') return msg`the caps add up to ${money(sum(p.caps, Infinity))}, less than the pool of ${money(p.pool)} (people whose weight × coefficient is 0 count at their floor)`;
  return null;
}

function translate(error: unknown, fields: FieldNames, text: MessageText = (error as Error).message): unknown {
  if (!(error instanceof SolverError)) return error;
  const field = (error.field && fields[error.field]) ?? fields.default;
  if (error.code === 'BAD_INPUT' && field) return new UserInputError(field, text);
  if (error.code === 'BAD_INPUT' || error.code === 'INFEASIBLE') return new ConflictError(text, field);
  return error;
}
