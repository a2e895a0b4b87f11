import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import type { StaffingPlanPayload } from './staffing-plan.payload.js';

export enum PlanStatusEnum {
  PROPOSED = 'proposed',
  APPLIED = 'applied',
  DISCARDED = 'discarded',
}
registerEnumType(PlanStatusEnum, { name: 'StaffingPlanStatus' });

export enum ChangeKindEnum {
  MOVE = 'move',
  NEW = 'new',
  UNCHANGED = 'unchanged',
  UNSTAFFED = 'unstaffed',
}
registerEnumType(ChangeKindEnum, {
  name: 'StaffingChangeKind',
  description: 'MOVE: leaves a planned project for another; NEW: joins from none; UNCHANGED: stays; UNSTAFFED: leaves and gets none',
});

@ObjectType('StaffingWeights', { description: 'Points per part of the score (defaults, tenant setting structure.staffingWeights, or this run)' })
export class StaffingWeightsType {
  @Field(() => Float)
  skillFit: number;
  @Field(() => Float)
  priority: number;
  @Field(() => Float)
  preference: number;
  @Field(() => Float)
  growth: number;
  @Field(() => Float)
  continuity: number;
  @Field(() => Float)
  availability: number;
}

@ObjectType('StaffingScoreParts', { description: 'The parts of a person × project score; total is their sum' })
export class ScorePartsType {
  @Field(() => Float, { description: 'skillFit weight × weighted coverage of the requirements (0–1)' })
  skillFit: number;
  @Field(() => Float, { description: 'priority weight × (priority − 1) / 4 × coverage' })
  priority: number;
  @Field(() => Float, { description: 'preference weight × stated strength (−1 … 1)' })
  preference: number;
  @Field(() => Float, { description: 'growth weight × share of requirements one level above the person' })
  growth: number;
  @Field(() => Float, { description: 'continuity weight when the person is on the project today' })
  continuity: number;
  @Field(() => Float, { description: '−availability weight × share of time taken elsewhere' })
  availability: number;
  @Field(() => Float)
  total: number;
}

@ObjectType('StaffingRequirementCover')
export class RequirementCoverType {
  @Field(() => ID)
  skillId: string;
  @Field()
  skillName: string;
  @Field(() => Int)
  minLevel: number;
  @Field(() => Float)
  weight: number;
  @Field(() => Int, { description: "The person's level" })
  level: number;
  @Field()
  covered: boolean;
  @Field({ description: 'One level short: counts as development' })
  stretch: boolean;
}

@ObjectType('StaffingPlanPerson')
export class PlanPersonType {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
  @Field()
  title: string;
  @Field(() => ID, { nullable: true })
  unitId: string | null;
  @Field(() => Int, { description: 'Percent free for the planned projects' })
  available: number;
}

@ObjectType('StaffingProposal')
export class ProposalType {
  @Field(() => PlanPersonType)
  person: PlanPersonType;
  @Field(() => ID)
  projectId: string;
  @Field()
  projectName: string;
  @Field(() => Int)
  allocation: number;
  @Field(() => Float)
  score: number;
  @Field(() => ScorePartsType)
  parts: ScorePartsType;
  @Field(() => Float, { description: 'Weighted coverage of the requirements, 0–1' })
  fit: number;
  @Field(() => [RequirementCoverType], { description: 'Each requirement and whether this person covers it' })
  covers: RequirementCoverType[];
  @Field(() => ChangeKindEnum)
  change: ChangeKindEnum;
}

@ObjectType('StaffingChange')
export class ChangeType {
  @Field(() => PlanPersonType)
  person: PlanPersonType;
  @Field(() => ChangeKindEnum)
  kind: ChangeKindEnum;
  @Field(() => [ID], { description: 'Planned projects the person leaves (MOVE, UNSTAFFED) or stays on (UNCHANGED)' })
  fromProjectIds: string[];
  @Field(() => ID, { nullable: true })
  toProjectId: string | null;
}

@ObjectType('StaffingPlanProject')
export class PlanProjectType {
  @Field(() => ID)
  projectId: string;
  @Field()
  name: string;
  @Field(() => Int)
  priority: number;
  @Field(() => Int)
  headcountMin: number;
  @Field(() => Int)
  headcountMax: number;
  @Field(() => Int, { description: 'Headcount today' })
  before: number;
  @Field(() => Int, { description: 'Headcount in the plan' })
  after: number;
  @Field({ description: 'Nobody on it in the plan' })
  unstaffed: boolean;
}

@ObjectType('StaffingDiffSummary')
export class DiffSummaryType {
  @Field(() => Int)
  moves: number;
  @Field(() => Int)
  new: number;
  @Field(() => Int)
  unchanged: number;
  @Field(() => Int)
  unstaffed: number;
  @Field(() => Int, { description: 'Planned projects with nobody on them' })
  unstaffedProjects: number;
}

@ObjectType('StaffingCandidate', { description: 'A person × project pair the solver could choose' })
export class CandidateType {
  @Field(() => ID)
  personId: string;
  @Field(() => ID)
  projectId: string;
  @Field(() => Float)
  score: number;
  @Field(() => ScorePartsType)
  parts: ScorePartsType;
}

@ObjectType('StaffingPlanStats')
export class PlanStatsType {
  @Field(() => Int)
  people: number;
  @Field(() => Int)
  projects: number;
  @Field(() => Int, { description: 'Pairs that qualified before keeping the top candidates' })
  eligiblePairs: number;
  @Field(() => Int, { description: 'Candidate edges given to the solver' })
  edges: number;
  @Field(() => Float)
  scoringMs: number;
  @Field(() => Float)
  solveMs: number;
}

@ObjectType('StaffingPlan')
export class StaffingPlanType {
  @Field(() => ID)
  id: string;
  @Field(() => ID, { nullable: true, description: 'The unit whose projects were planned; null: the whole organisation' })
  unitId: string | null;
  @Field(() => PlanStatusEnum)
  status: PlanStatusEnum;
  @Field(() => Float, { description: 'Sum of the chosen scores (what the solver maximised)' })
  total: number;
  @Field(() => StaffingWeightsType)
  weights: StaffingWeightsType;
  @Field(() => Float)
  minFit: number;
  @Field(() => Int)
  topK: number;
  @Field()
  requireAll: boolean;
  @Field()
  includeManagers: boolean;
  @Field(() => [PlanProjectType])
  projects: PlanProjectType[];
  @Field(() => [ProposalType], { description: 'Every proposed assignment, with the score parts and the requirements it covers' })
  assignments: ProposalType[];
  @Field(() => [ChangeType], { description: 'The diff against today, per person' })
  changes: ChangeType[];
  @Field(() => DiffSummaryType)
  summary: DiffSummaryType;
  @Field(() => PlanStatsType)
  stats: PlanStatsType;
  @Field(() => String, { nullable: true })
  proposedBy: string | null;
  @Field()
  createdAt: string;
  @Field(() => String, { nullable: true })
  appliedAt: string | null;
  @Field(() => String, { nullable: true })
  appliedBy: string | null;

  /** Not a GraphQL field: the stored payload, for the candidates field. */
  payload: StaffingPlanPayload;
}
