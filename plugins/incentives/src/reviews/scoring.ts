import { ANONYMITY_MIN_REVIEWERS, ANONYMOUS_KINDS } from './review-kinds.js';

export interface Criterion {
  key: string;
  name: string;
  description: string;
  weight: number;
}

export interface Rating {
  criterionKey: string;
  rating: number;
  comment?: string | null;
}

export interface SubmittedReview {
  kind: string;
  ratings: Rating[];
  comment?: string | null;
}

export interface CriterionAverage {
  key: string;
  average: number;
}

export interface KindAggregate {
  kind: string;
  /** Submitted reviews of this kind. */
  reviewers: number;
  /** True when the kind is anonymous and has fewer reviewers than the cycle's anonymity threshold. */
  withheld: boolean;
  score: number | null;
  criteria: CriterionAverage[];
  /** Free-text comments (anonymous kinds: sorted, so their order says nothing about who wrote them). */
  comments: string[];
}

export const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Weighted mean of one review's ratings: Σ w_c r_c / Σ w_c over the cycle's criteria. */
export function reviewScore(criteria: Criterion[], ratings: Rating[]): number {
  const byKey = new Map(ratings.map((r) => [r.criterionKey, r.rating]));
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const r = byKey.get(c.key);
    if (r === undefined || c.weight <= 0) continue;
    sum += c.weight * r;
    weights += c.weight;
  }
  if (weights === 0) throw new Error('no weighted criterion was rated');
  return round(sum / weights, 3);
}

/**
 * Per-kind aggregates of a reviewee's submitted reviews, withholding anonymous groups smaller than
 * the threshold (never below ANONYMITY_MIN_REVIEWERS, whatever a cycle row says).
 */
export function aggregateByKind(criteria: Criterion[], reviews: SubmittedReview[], kinds: readonly string[], threshold = ANONYMITY_MIN_REVIEWERS): KindAggregate[] {
  const min = Math.max(threshold, ANONYMITY_MIN_REVIEWERS);
  return kinds.map((kind) => {
    const ofKind = reviews.filter((r) => r.kind === kind);
    const withheld = ANONYMOUS_KINDS.has(kind) && ofKind.length < min;
    if (withheld || ofKind.length === 0) return { kind, reviewers: ofKind.length, withheld, score: null, criteria: [], comments: [] };
    const averages = criteria.map((c) => {
      const values = ofKind.map((r) => r.ratings.find((x) => x.criterionKey === c.key)?.rating).filter((v): v is number => v !== undefined);
      return { key: c.key, average: values.length ? round(values.reduce((a, b) => a + b, 0) / values.length, 2) : 0 };
    });
    const scores = ofKind.map((r) => reviewScore(criteria, r.ratings));
    const comments = ofKind.flatMap((r) => [r.comment, ...r.ratings.map((x) => x.comment)]).filter((c): c is string => !!c && c.trim() !== '');
    if (ANONYMOUS_KINDS.has(kind)) comments.sort();
    return { kind, reviewers: ofKind.length, withheld, score: round(scores.reduce((a, b) => a + b, 0) / scores.length, 3), criteria: averages, comments };
  });
}

/**
 * A person's score: Σ_k w_k · score_k / Σ_k w_k over the kinds that have a (non-withheld)
 * aggregate, rounded to two decimals so the band a person lands in is the one they are shown.
 */
export function personScore(aggregates: KindAggregate[], kindWeights: Record<string, number>): number | null {
  let sum = 0;
  let weights = 0;
  for (const a of aggregates) {
    const w = kindWeights[a.kind] ?? 0;
    if (a.score === null || w <= 0) continue;
    sum += w * a.score;
    weights += w;
  }
  return weights === 0 ? null : round(sum / weights, 2);
}
