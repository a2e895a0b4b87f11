/** Reference band lookup (tests only): walk the thresholds from the top band down. */
export function referenceBand(score: number, thresholds: number[], coefficients: number[]): number {
  for (let j = 0; j < thresholds.length; j++) {
    if (score > thresholds[j]!) return coefficients[j]!;
  }
  return coefficients[thresholds.length]!;
}
