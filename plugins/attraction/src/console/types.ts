// The shapes this console part reads from the attraction GraphQL API (a subset of the generated
// schema types: the plugin console cannot resolve @cadre/contracts from its package).

export interface MarketRate {
  id: string;
  jobFamily: string;
  level: string;
  currency: string;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  source: string;
  asOf: string | null;
}

export interface CompBand {
  id: string;
  jobFamily: string;
  level: string;
  currency: string;
  minBase: number;
  midBase: number;
  maxBase: number;
  bonusTargetPct: number;
  equityMin: number;
  equityMax: number;
  market: MarketRate | null;
}

export interface StageCount {
  stage: string;
  count: number;
}

export type RequisitionStatus = 'draft' | 'open' | 'rejected' | 'filled' | 'closed';

export interface Requisition {
  id: string;
  title: string;
  team: string;
  jobFamily: string | null;
  level: string | null;
  headcount: number;
  hiredCount: number;
  openings: number;
  location: string;
  description: string;
  status: RequisitionStatus;
  hiringManagerId: string | null;
  hiringManagerName: string | null;
  interviewCriteria: string[];
  missingForApproval: string[];
  /** The API's answer to "may I edit it now" (permission, ownership, status). */
  viewerMayEdit: boolean;
  decisionNote: string | null;
  createdAt: string;
  band: CompBand | null;
  pipeline: StageCount[];
}

export interface Transition {
  id: string;
  fromStage: string | null;
  toStage: string;
  at: string;
  reason: string | null;
  daysInPreviousStage: number | null;
}

export interface Scorecard {
  id: string;
  round: string;
  interviewerId: string;
  interviewerName: string | null;
  recommendation: string;
  summary: string;
  averageScore: number;
  createdAt: string;
  ratings: Array<{ criterion: string; score: number; comment: string }>;
}

export interface Note {
  id: string;
  authorName: string | null;
  body: string;
  createdAt: string;
}

export interface OfferApproval {
  id: string;
  kind: string;
  decision: string;
  approverEmail: string;
  comment: string;
  offerVersion: number;
  createdAt: string;
}

export type OfferStatus = 'pending-approval' | 'approved' | 'accepted' | 'declined' | 'refused' | 'withdrawn';

export interface Offer {
  id: string;
  candidateId: string;
  candidateName: string;
  requisitionId: string;
  requisitionTitle: string;
  title: string;
  level: string;
  jobFamily: string | null;
  status: OfferStatus;
  version: number;
  currency: string;
  base: number | null;
  bonusTargetPct: number | null;
  equityUnits: number | null;
  signOnBonus: number | null;
  learningBudget: number | null;
  compaRatio: number | null;
  marketPercentile: number | null;
  rangePenetration: number | null;
  bandPosition: string | null;
  needsExceptionApproval: boolean;
  requiredApprovals: string[];
  missingApprovals: string[];
  startDate: string;
  expiresOn: string | null;
  remoteWork: string;
  flexibleHours: boolean;
  innovationTimePct: number;
  careerPath: string;
  benefits: string[];
  hiredPersonId: string | null;
  decisionNote: string | null;
  createdAt: string;
  vesting: { months: number; cliffMonths: number; frequency: string } | null;
  approvals: OfferApproval[];
}

export interface Candidate {
  id: string;
  name: string;
  email: string;
  phone: string;
  headline: string;
  profileUrl: string;
  source: string;
  stage: string;
  stageEnteredAt: string;
  daysInStage: number | null;
  allowedMoves: string[];
  averageScore: number | null;
  scorecardCount: number;
  requisitionId: string;
  requisitionTitle: string;
  hiredPersonId: string | null;
  createdAt: string;
}

export interface CandidateDetail extends Candidate {
  transitions: Transition[];
  scorecards: Scorecard[];
  notes: Note[];
  offers: Offer[];
}

export interface CompPosition {
  base: number;
  currency: string;
  jobFamily: string;
  level: string;
  compaRatio: number | null;
  marketPercentile: number | null;
  rangePenetration: number | null;
  bandPosition: string | null;
  needsExceptionApproval: boolean;
  note: string | null;
  band: CompBand | null;
  market: MarketRate | null;
}

export interface FunnelStage {
  stage: string;
  reached: number;
  current: number;
  conversionToNext: number | null;
  avgDaysInStage: number | null;
}

export interface Funnel {
  candidates: number;
  active: number;
  hires: number;
  rejected: number;
  withdrawn: number;
  offersExtended: number;
  offersAccepted: number;
  offersDeclined: number;
  offerAcceptanceRate: number | null;
  timeToHireDaysAvg: number | null;
  timeToHireDaysMedian: number | null;
  stages: FunnelStage[];
  sources: Array<{ source: string; candidates: number; interviewed: number; offered: number; hires: number; hireRate: number | null }>;
}
