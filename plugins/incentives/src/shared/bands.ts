/** One band of the founding piecewise function, numbered from 1 (the top band). */
export interface BandDescription {
  band: number;
  /** Scores above this belong to the band (exclusive); null for the bottom band. */
  lower: number | null;
  /** Scores up to and including this belong to the band; null for the top band. */
  upper: number | null;
  coefficient: number;
  /** The condition as the founding document writes it, e.g. "4 ≥ s > 3". */
  condition: string;
}

/** c1 if s > t1; c2 if t1 ≥ s > t2; …; ck if s ≤ t(k−1). */
export function describeBands(thresholds: number[], coefficients: number[]): BandDescription[] {
  return coefficients.map((coefficient, j) => {
    const upper = j === 0 ? null : thresholds[j - 1]!;
    const lower = j === thresholds.length ? null : thresholds[j]!;
    const condition = upper === null ? `s > ${lower}` : lower === null ? `s ≤ ${upper}` : `${upper} ≥ s > ${lower}`;
    return { band: j + 1, lower, upper, coefficient, condition };
  });
}

export const DEFAULT_THRESHOLDS = [4.5, 4, 3, 2];
export const DEFAULT_COEFFICIENTS = [2, 1.5, 1, 0.5, 0];
