/** The four review kinds; peer and upward reviews are anonymous to the reviewee. */
export const REVIEW_KINDS = ['self', 'manager', 'peer', 'upward'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const ANONYMOUS_KINDS: ReadonlySet<string> = new Set(['peer', 'upward']);

/** Aggregates of an anonymous kind with fewer reviewers than this are withheld (and do not count). */
export const ANONYMITY_MIN_REVIEWERS = 3;

export const RATING_MIN = 1;
export const RATING_MAX = 5;

export const DEFAULT_KIND_WEIGHTS: Record<ReviewKind, number> = { self: 0.1, manager: 0.5, peer: 0.3, upward: 0.1 };
