// The attrition-risk model on solver.wasm (assembly/risk.ts): training in chunks of epochs so a
// job can report progress, batch prediction and exact Shapley values.
import { prepareTraining, requireModel, requireRows, standardise, toModel } from './risk-model.js';
import { RISK_FEATURES as F, type RiskExplanation, type RiskModel, type RiskTrainingInput, type RiskTrainOptions } from './risk-types.js';
import { Arena, type SolverExports } from './wasm.js';
import { badInput, SolverError } from './errors.js';

export interface RiskExports {
  riskTrain(h: number, x: number, y: number, n: number, p: number, m: number, v: number, g: number, hid: number, epochs: number, lr: number, t0: number): number;
  riskPredict(h: number, p: number, x: number, n: number, hid: number, out: number): void;
  riskShapley(h: number, p: number, x: number, n: number, hid: number, fv: number, z: number, out: number): void;
}

type Ex = SolverExports & RiskExports;

// Checked here rather than in the loader's REQUIRED list so an old solver.wasm still loads for the other solvers.
function requireRiskExports(ex: Ex): void {
  if (typeof ex.riskTrain !== 'function' || typeof ex.riskShapley !== 'function') {
    throw new SolverError('LOAD_FAILED', "solver.wasm lacks the export 'riskTrain' (stale build?)");
  }
}

export async function trainRiskModel(ex: Ex, input: RiskTrainingInput, options: RiskTrainOptions = {}): Promise<RiskModel> {
  requireRiskExports(ex);
  const prep = prepareTraining(input, options);
  const chunk = options.chunkEpochs ?? 50;
  if (!Number.isInteger(chunk) || chunk < 1) throw badInput(`chunkEpochs must be a positive integer (got ${chunk})`, 'chunkEpochs');
  const P = prep.params.length;
  const p = prep.params.slice(), m = new Float64Array(P), v = new Float64Array(P);
  let loss = NaN;
  for (let done = 0; done < prep.epochs; ) {
    const epochs = Math.min(chunk, prep.epochs - done);
    // Each chunk copies the data in again: another call may have reset the arena meanwhile.
    const arena = new Arena(ex);
    const xPtr = arena.alloc(prep.x.length * 8), yPtr = arena.alloc(prep.n * 8);
    const pPtr = arena.alloc(P * 8), mPtr = arena.alloc(P * 8), vPtr = arena.alloc(P * 8);
    const gPtr = arena.alloc(P * 8), hPtr = arena.alloc(Math.max(prep.hidden, 1) * 8);
    arena.f64(xPtr, prep.x.length).set(prep.x);
    arena.f64(yPtr, prep.n).set(prep.y);
    arena.f64(pPtr, P).set(p);
    arena.f64(mPtr, P).set(m);
    arena.f64(vPtr, P).set(v);
    loss = ex.riskTrain(prep.hidden, xPtr, yPtr, prep.n, pPtr, mPtr, vPtr, gPtr, hPtr, epochs, prep.learningRate, done);
    p.set(arena.f64(pPtr, P));
    m.set(arena.f64(mPtr, P));
    v.set(arena.f64(vPtr, P));
    done += epochs;
    await options.onProgress?.(done / prep.epochs);
  }
  return toModel(prep, p, loss);
}

function load(ex: Ex, model: RiskModel, rows: ArrayLike<number>[]) {
  requireRiskExports(ex);
  const m = requireModel(model);
  const x = standardise(requireRows(rows, 'rows'), m.means, m.stds);
  const arena = new Arena(ex);
  const P = m.weights.length;
  const pPtr = arena.alloc(P * 8), xPtr = arena.alloc(x.length * 8), hPtr = arena.alloc(Math.max(m.hidden, 1) * 8);
  return { arena, x, n: x.length / F, h: m.kind === 'logistic' ? 0 : m.hidden, pPtr, xPtr, hPtr, weights: m.weights };
}

export function predictRisk(ex: Ex, model: RiskModel, rows: ArrayLike<number>[]): number[] {
  const s = load(ex, model, rows);
  const oPtr = s.arena.alloc(s.n * 8);
  s.arena.f64(s.pPtr, s.weights.length).set(s.weights);
  s.arena.f64(s.xPtr, s.x.length).set(s.x);
  ex.riskPredict(s.h, s.pPtr, s.xPtr, s.n, s.hPtr, oPtr);
  return Array.from(s.arena.f64(oPtr, s.n));
}

export function explainRisk(ex: Ex, model: RiskModel, rows: ArrayLike<number>[]): RiskExplanation {
  const s = load(ex, model, rows);
  const fvPtr = s.arena.alloc(((1 << F) + F) * 8), zPtr = s.arena.alloc(F * 8), oPtr = s.arena.alloc((s.n * F + 1) * 8);
  s.arena.f64(s.pPtr, s.weights.length).set(s.weights);
  s.arena.f64(s.xPtr, s.x.length).set(s.x);
  if (s.n === 0) {
    // No rows: the baseline still comes from one evaluation at the means (0 once standardised).
    s.arena.f64(zPtr, F).fill(0);
    ex.riskPredict(s.h, s.pPtr, zPtr, 1, s.hPtr, oPtr);
    return { baseline: s.arena.f64(oPtr, 1)[0]!, values: [] };
  }
  ex.riskShapley(s.h, s.pPtr, s.xPtr, s.n, s.hPtr, fvPtr, zPtr, oPtr);
  const out = s.arena.f64(oPtr, s.n * F + 1);
  const values = Array.from({ length: s.n }, (_, i) => Array.from(out.subarray(i * F, i * F + F)));
  return { baseline: out[s.n * F]!, values };
}
