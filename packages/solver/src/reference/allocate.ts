// Reference pool split (tests only): bisection on the level t = 1/λ until the interval stops
// shrinking, then y_i = clamp(ω_i c_i t, floor_i, cap_i). Slow but obviously right.

export function bisectAllocate(
  pool: number, weights: number[], coefficients: number[], floors?: number[], caps?: number[],
): number[] {
  const a = weights.map((w, i) => w * coefficients[i]!);
  const lo = (i: number) => floors?.[i] ?? 0;
  const hi = (i: number) => caps?.[i] ?? Infinity;
  const y = (t: number) => a.map((ai, i) => (ai === 0 ? lo(i) : Math.min(Math.max(ai * t, lo(i)), hi(i))));
  const sum = (t: number) => y(t).reduce((s, v) => s + v, 0);
  let tL = 0;
  let tR = 1;
  while (sum(tR) < pool && tR < 1e300) tR *= 2;
  for (let k = 0; k < 2000; k++) {
    const mid = 0.5 * (tL + tR);
    if (mid <= tL || mid >= tR) break;
    if (sum(mid) < pool) tL = mid;
    else tR = mid;
  }
  return y(0.5 * (tL + tR));
}
