// Pure aggregation behind the calibration view: score histograms by team and level, and the
// 9-box of performance × potential.

export interface CalibrationEntry {
  personId: string;
  name: string;
  level: string;
  teamId: string | null;
  teamName: string;
  finalScore: number | null;
  potential: number | null;
}

export interface HistogramBucket {
  lower: number;
  upper: number;
  count: number;
}

export interface DistributionGroup {
  key: string;
  label: string;
  count: number;
  mean: number | null;
  histogram: HistogramBucket[];
}

export interface NineBoxCell {
  performance: number;
  potential: number;
  personIds: string[];
}

/** Half-point buckets over the 1–5 scale: [1, 1.5), [1.5, 2), …, [4.5, 5]. */
export const BUCKET_EDGES = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];

/** Performance level for the 9-box: 1 below 3, 2 from 3 up to 4, 3 from 4. */
export const PERFORMANCE_BREAKS = [3, 4];

export function histogram(scores: number[]): HistogramBucket[] {
  const buckets = BUCKET_EDGES.slice(0, -1).map((lower, i) => ({ lower, upper: BUCKET_EDGES[i + 1]!, count: 0 }));
  for (const s of scores) {
    const i = Math.min(buckets.length - 1, Math.max(0, Math.floor((s - BUCKET_EDGES[0]!) / 0.5)));
    buckets[i]!.count++;
  }
  return buckets;
}

export function distribution(entries: CalibrationEntry[], key: (e: CalibrationEntry) => string, label: (e: CalibrationEntry) => string): DistributionGroup[] {
  const groups = new Map<string, CalibrationEntry[]>();
  for (const e of entries) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
  return [...groups.entries()]
    .map(([k, members]) => {
      const scores = members.map((m) => m.finalScore).filter((s): s is number => s !== null);
      return {
        key: k,
        label: label(members[0]!),
        count: members.length,
        mean: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null,
        histogram: histogram(scores),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function performanceLevel(score: number): number {
  return 1 + PERFORMANCE_BREAKS.filter((b) => score >= b).length;
}

/** Nine cells (performance 1–3 × potential 1–3); people without a score or potential are left out. */
export function nineBox(entries: CalibrationEntry[]): NineBoxCell[] {
  const cells: NineBoxCell[] = [];
  for (let performance = 1; performance <= 3; performance++) {
    for (let potential = 1; potential <= 3; potential++) cells.push({ performance, potential, personIds: [] });
  }
  for (const e of entries) {
    if (e.finalScore === null || e.potential === null) continue;
    cells[(performanceLevel(e.finalScore) - 1) * 3 + (e.potential - 1)]!.personIds.push(e.personId);
  }
  return cells;
}
