import { describeBands } from '../shared/bands.js';
import { formatMoney, num } from '../shared/money.js';

export const FORMULA =
  'y_i = clamp(ω_i · c_i / λ, floor_i, cap_i) with the one λ that makes Σ y = D; when nobody is held at a floor or cap, ' +
  'λ = Σ_j ω_j c_j / D, i.e. y_i = D · ω_i c_i / Σ_j ω_j c_j. c_i comes from the bands: c1 if s > t1, c2 if t1 ≥ s > t2, …, ck if s ≤ t(k−1). ' +
  'Amounts are rounded to whole minor units by the largest-remainder method, so the parts add up to D exactly.';

export interface FormulaNumbers {
  pool: number;
  currency: string;
  score: number | null;
  thresholds: number[];
  coefficients: number[];
  weight: number;
  coefficient: number;
  lambda: number | null;
  weightedSum: number;
  /** Does anyone in the pool sit at a floor or a cap? Then the closed form no longer applies. */
  anyoneBound: boolean;
  floor: number | null;
  cap: number | null;
  exact: number;
  amount: number;
  bound: number;
}

/** The published formula with one person's numbers filled in (all amounts in minor units). */
export function calculation(n: FormulaNumbers): string {
  const band = n.score === null ? null : describeBands(n.thresholds, n.coefficients).find((b) => b.coefficient === n.coefficient && inBand(n.score!, b.lower, b.upper));
  const parts: string[] = [];
  parts.push(n.score === null ? `no score, so c = ${num(n.coefficient)}` : `s = ${num(n.score)}${band ? ` is in band ${band.band} (${band.condition})` : ''}, so c = ${num(n.coefficient)}`);
  const raw = n.lambda === null ? 0 : (n.weight * n.coefficient) / n.lambda;
  if (!n.anyoneBound && n.lambda !== null) {
    parts.push(`y = D · ω · c / Σ ω_j c_j = ${num(n.pool)} × ${num(n.weight)} × ${num(n.coefficient)} / ${num(n.weightedSum)} = ${num(n.exact)}`);
  } else if (n.lambda === null) {
    parts.push('the pool is 0, so y = floor');
  } else {
    parts.push(`ω · c / λ = ${num(n.weight)} × ${num(n.coefficient)} / ${num(n.lambda)} = ${num(raw)}`);
    if (n.bound === -1) parts.push(`below the floor ${num(n.floor ?? 0)}, so y = ${num(n.exact)}`);
    else if (n.bound === 1) parts.push(`above the cap ${num(n.cap ?? 0)}, so y = ${num(n.exact)}`);
    else parts.push(`between floor and cap, so y = ${num(n.exact)}`);
  }
  parts.push(`rounded by largest remainder: ${num(n.amount)} minor units = ${formatMoney(n.amount, n.currency)}`);
  return parts.join('; ');
}

function inBand(s: number, lower: number | null, upper: number | null): boolean {
  return (lower === null || s > lower) && (upper === null || s <= upper);
}
