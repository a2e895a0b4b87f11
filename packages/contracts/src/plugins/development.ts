// What the development plugin publishes to other plugins (see ./attraction.ts for the pattern).

/** Team-gap analysis found a skill a unit cannot grow in time: attraction drafts a requisition. */
export const REQUISITION_SUGGESTED = 'development.requisition-suggested';

export interface RequisitionSuggestedPayload {
  unitId: string | null;
  skillId: string;
  skillName: string;
  /** Proficiency needed (0–5). */
  level: number;
  reason: string;
  /** Filled where known: the unit's lead hires. */
  hiringManagerId?: string | null;
  /** Filled where known: the lowest career level whose expectations include the skill at `level`. */
  jobLevel?: string | null;
  /** Filled where known: the job family most of the unit's people are in. */
  jobFamily?: string | null;
}

/** Published as 'development.plans': every plan's person, status and dates, no content, no access checks. */
export const DEVELOPMENT_PLANS = 'development.plans';

export interface DevelopmentPlanRef {
  personId: string;
  status: 'active' | 'completed' | 'cancelled';
  createdAt: string;
  /** When it last changed (for a completed or cancelled plan: about when it ended). */
  updatedAt: string;
}

export interface DevelopmentPlans {
  plans(): Promise<DevelopmentPlanRef[]>;
}
