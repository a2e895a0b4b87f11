// What the incentives plugin publishes to other plugins (see ./attraction.ts for the pattern).

/** Published as 'incentives.performance': finalised scores and published bonus bands, no content or amounts. */
export const INCENTIVES_PERFORMANCE = 'incentives.performance';

export interface FinalisedScoreRef {
  cycleId: string;
  cycleName: string;
  /** YYYY-MM-DD */
  periodEnd: string;
  score: number;
}

export interface IncentivesPerformance {
  scoreHistory(personId: string): Promise<FinalisedScoreRef[]>;
  latestScores(): Promise<Map<string, FinalisedScoreRef>>;
  allScoreHistories(): Promise<Map<string, FinalisedScoreRef[]>>;
  bonusBandHistory(): Promise<Map<string, Array<{ band: number; publishedAt: string }>>>;
}
