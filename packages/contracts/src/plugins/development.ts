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
