// What a stored plan holds: everything the console shows, so that "apply" applies exactly that.
import type { StaffingChange } from './staffing-diff.js';
import type { StaffingWeights } from './staffing-score.js';

export interface PlanProject {
  id: string;
  name: string;
  priority: number;
  min: number;
  max: number;
  /** Headcount today and in the plan. */
  before: number;
  after: number;
}

export interface PlanPerson {
  id: string;
  name: string;
  title: string;
  unitId: string | null;
  /** Percent free for the planned projects (100 − allocation elsewhere). */
  available: number;
}

export interface PlanCover {
  skillId: string;
  skillName: string;
  minLevel: number;
  weight: number;
  level: number;
  covered: boolean;
  stretch: boolean;
}

export interface PlanProposal {
  personId: string;
  projectId: string;
  allocation: number;
  score: number;
  /** In PART_NAMES order. */
  parts: number[];
  fit: number;
  covers: PlanCover[];
}

export interface StaffingPlanPayload {
  weights: StaffingWeights;
  minFit: number;
  topK: number;
  requireAll: boolean;
  includeManagers: boolean;
  projects: PlanProject[];
  people: PlanPerson[];
  proposals: PlanProposal[];
  changes: StaffingChange[];
  /** Every candidate edge the solver saw: indices into people/projects, score, parts (flat, PARTS per edge). */
  candidates: { person: number[]; project: number[]; score: number[]; parts: number[] };
  stats: { eligiblePairs: number; edges: number; scoringMs: number; solveMs: number };
}
