import { defineEvent } from '@cadre/sdk';

export interface StaffingApplied {
  planId: string;
  unitId: string | null;
  projectIds: string[];
  moves: number;
  new: number;
  unchanged: number;
  unstaffed: number;
  /** The planned projects' assignments after the plan. */
  assignments: Array<{ personId: string; projectId: string; allocation: number }>;
}

/** A staffing plan was approved and applied (one transaction). */
export const StaffingAppliedEvent = defineEvent<StaffingApplied>('structure.staffing-applied');
