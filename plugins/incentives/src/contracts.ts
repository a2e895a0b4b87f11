// What the incentives plugin publishes to other plugins: its service ids with their interfaces.
// The only copy: a plugin that uses them imports this file for types only
// (`import type … from '@cadre/plugin-incentives/contracts'`, enforced by check-imports) and
// injects by the id string, so no plugin loads another's code.

/** Service ids, injected with `@Inject('incentives.performance')`. */
export const INCENTIVES_SERVICES = { performance: 'incentives.performance' } as const;

export interface FinalisedScoreRef {
  cycleId: string;
  cycleName: string;
  /** YYYY-MM-DD */
  periodEnd: string;
  score: number;
}

/** 'incentives.performance': finalised scores and published bonus bands, no content or amounts, no access checks. */
export interface IncentivesPerformance {
  scoreHistory(personId: string): Promise<FinalisedScoreRef[]>;
  latestScores(): Promise<Map<string, FinalisedScoreRef>>;
  allScoreHistories(): Promise<Map<string, FinalisedScoreRef[]>>;
  bonusBandHistory(): Promise<Map<string, Array<{ band: number; publishedAt: string }>>>;
}
