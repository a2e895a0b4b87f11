/** The four review kinds; peer and upward reviews are anonymous to the reviewee. */
export const REVIEW_KINDS = ['self', 'manager', 'peer', 'upward'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const ANONYMOUS_KINDS: ReadonlySet<string> = new Set(['peer', 'upward']);

/** The smallest (and default) anonymity threshold of a cycle: smaller groups of an anonymous kind are withheld. */
export const ANONYMITY_MIN_REVIEWERS = 3;

/**
 * How a cycle treats peer and upward authors. 'anonymous': nobody, owner and HR included, can learn
 * who wrote a review — its content is stored apart from its author. 'confidential': holders of
 * incentives.reviews.read-all see the author, the reviewee and their chain never do. Fixed once the
 * cycle opens, and shown on every review form.
 */
export const ANONYMITY_MODES = ['anonymous', 'confidential'] as const;
export type AnonymityMode = (typeof ANONYMITY_MODES)[number];

export const RATING_MIN = 1;
export const RATING_MAX = 5;

export const DEFAULT_KIND_WEIGHTS: Record<ReviewKind, number> = { self: 0.1, manager: 0.5, peer: 0.3, upward: 0.1 };
