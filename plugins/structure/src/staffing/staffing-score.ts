// The staffing optimiser's scoring: every person × project pair gets a score made of explainable
// parts, and only the best few candidates per person (and per project, so that minimum
// headcounts stay reachable) become edges for the solver. Pure and allocation-light, because it
// runs over 2 000 × 100 pairs interactively.

export interface StaffingWeights {
  /** Points for a perfect skill fit (coverage of the requirements, weighted). */
  skillFit: number;
  /** Extra points for fit on a priority-5 project (scaled linearly from 0 at priority 1). */
  priority: number;
  /** Points per unit of stated preference (strength −1 … 1). */
  preference: number;
  /** Points when all requirements are a one-level stretch (development). */
  growth: number;
  /** Points for staying on a current project. */
  continuity: number;
  /** Points lost when the person is fully allocated elsewhere (scaled by the share taken). */
  availability: number;
}

export const DEFAULT_WEIGHTS: StaffingWeights = { skillFit: 50, priority: 20, preference: 15, growth: 10, continuity: 15, availability: 30 };

export const PART_NAMES = ['skillFit', 'priority', 'preference', 'growth', 'continuity', 'availability'] as const;
export type PartName = (typeof PART_NAMES)[number];
export const PARTS = PART_NAMES.length;

export interface ProjectRequirements {
  /** Skill index (into the levels matrix) of each requirement. */
  skill: Int32Array;
  minLevel: Int32Array;
  weight: Float64Array;
}

export interface ScoringProblem {
  people: number;
  projects: number;
  skills: number;
  /** levels[p * skills + s]: the person's level 0–5 (0 when unknown). */
  levels: Float64Array | Uint8Array;
  /** Share of the person's time free for these projects, 0–1 (1 − allocation elsewhere). */
  availability: Float64Array;
  /** Project priority 1–5. */
  priority: ArrayLike<number>;
  requirements: ProjectRequirements[];
  /** current[p * projects + q] = 1 when the person is on the project today. */
  current: Uint8Array;
  /** Stated preference by p * projects + q, −1 … 1. */
  preference: Map<number, number>;
  weights: StaffingWeights;
  /** Fit below this makes a pair no candidate unless it is continuity or a positive preference. */
  minFit: number;
  /** Candidates kept per person. */
  topK: number;
  /** Candidates kept per project regardless of topK (keeps minimum headcounts reachable). */
  projectKeep: ArrayLike<number>;
}

export interface PairScore {
  fit: number;
  /** Share of requirement weight that is a one-level stretch. */
  stretch: number;
  total: number;
  eligible: boolean;
}

/** Scores one pair, writing the parts (in PART_NAMES order) into `parts` at `offset`. */
export function scorePair(problem: ScoringProblem, p: number, q: number, parts: Float64Array, offset = 0): PairScore {
  const { levels, skills, weights: w } = problem;
  const req = problem.requirements[q];
  let num = 0;
  let weightSum = 0;
  let stretchWeight = 0;
  const base = p * skills;
  for (let r = 0; r < req.skill.length; r++) {
    const weight = req.weight[r];
    const min = req.minLevel[r];
    const level = levels[base + req.skill[r]];
    weightSum += weight;
    if (min <= 0) {
      num += weight;
      continue;
    }
    num += weight * (level >= min ? 1 : level / min);
    // "Slightly above the current level": the requirement is exactly one level up.
    if (level < min && level >= min - 1) stretchWeight += weight;
  }
  const fit = weightSum > 0 ? num / weightSum : 1;
  const stretch = weightSum > 0 ? stretchWeight / weightSum : 0;
  const key = p * problem.projects + q;
  const strength = problem.preference.get(key) ?? 0;
  const current = problem.current[key] === 1;
  const available = problem.availability[p];
  parts[offset] = w.skillFit * fit;
  parts[offset + 1] = (w.priority * (clamp(problem.priority[q], 1, 5) - 1) / 4) * fit;
  parts[offset + 2] = w.preference * strength;
  parts[offset + 3] = w.growth * stretch;
  parts[offset + 4] = current ? w.continuity : 0;
  parts[offset + 5] = -w.availability * (1 - available);
  let total = 0;
  for (let i = 0; i < PARTS; i++) total += parts[offset + i];
  const eligible = available > 0 && total > 0 && (fit >= problem.minFit || current || strength > 0);
  return { fit, stretch, total, eligible };
}

export interface ScoredEdges {
  person: Int32Array;
  project: Int32Array;
  score: Float64Array;
  /** parts[e * PARTS + i], in PART_NAMES order; they add up to score[e]. */
  parts: Float64Array;
  fit: Float64Array;
  /** Eligible pairs scored (before keeping the top candidates). */
  eligiblePairs: number;
}

/** Scores every pair and keeps the top candidates per person and per project as sparse edges. */
export function scoreCandidates(problem: ScoringProblem): ScoredEdges {
  const P = problem.people;
  const Q = problem.projects;
  const totals = new Float64Array(P * Q).fill(Number.NaN);
  const scratch = new Float64Array(PARTS);
  let eligiblePairs = 0;
  for (let p = 0; p < P; p++) {
    for (let q = 0; q < Q; q++) {
      const s = scorePair(problem, p, q, scratch);
      if (s.eligible) {
        totals[p * Q + q] = s.total;
        eligiblePairs++;
      }
    }
  }

  const keep = new Uint8Array(P * Q);
  const byScore = (row: Float64Array, base: number, stride: number) => (a: number, b: number) => row[base + b * stride] - row[base + a * stride] || a - b;
  const list: number[] = [];
  for (let p = 0; p < P; p++) {
    list.length = 0;
    for (let q = 0; q < Q; q++) {
      const key = p * Q + q;
      if (Number.isNaN(totals[key])) continue;
      if (problem.current[key] === 1) keep[key] = 1;
      list.push(q);
    }
    if (list.length > problem.topK) list.sort(byScore(totals, p * Q, 1));
    for (let i = 0; i < Math.min(problem.topK, list.length); i++) keep[p * Q + list[i]] = 1;
  }
  for (let q = 0; q < Q; q++) {
    const want = problem.projectKeep[q] ?? 0;
    if (want <= 0) continue;
    list.length = 0;
    for (let p = 0; p < P; p++) if (!Number.isNaN(totals[p * Q + q])) list.push(p);
    if (list.length > want) list.sort(byScore(totals, q, Q));
    for (let i = 0; i < Math.min(want, list.length); i++) keep[list[i] * Q + q] = 1;
  }

  let count = 0;
  for (let i = 0; i < keep.length; i++) count += keep[i];
  const person = new Int32Array(count);
  const project = new Int32Array(count);
  const score = new Float64Array(count);
  const parts = new Float64Array(count * PARTS);
  const fit = new Float64Array(count);
  let e = 0;
  for (let p = 0; p < P; p++) {
    for (let q = 0; q < Q; q++) {
      if (!keep[p * Q + q]) continue;
      const s = scorePair(problem, p, q, parts, e * PARTS);
      person[e] = p;
      project[e] = q;
      score[e] = s.total;
      fit[e] = s.fit;
      e++;
    }
  }
  return { person, project, score, parts, fit, eligiblePairs };
}

/** How many candidates to keep for a project so that its minimum stays reachable. */
export function projectKeepFor(min: number, topK: number): number {
  return min > 0 ? Math.max(2 * min, min + topK) : 0;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
