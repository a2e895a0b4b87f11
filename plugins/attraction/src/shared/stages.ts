import { type MessageText, msg } from '@cadre/sdk';
// The candidate pipeline as a state machine. Forward moves go one stage at a time so the
// funnel's "reached" counts are exact; any open stage may end in rejected or withdrawn.

export const PIPELINE_STAGES = ['sourced', 'screen', 'interviews', 'offer', 'hired'] as const;
export const EXIT_STAGES = ['rejected', 'withdrawn'] as const;
export const STAGES = [...PIPELINE_STAGES, ...EXIT_STAGES] as const;
export type Stage = (typeof STAGES)[number];
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const TERMINAL_STAGES: readonly Stage[] = ['hired', 'rejected', 'withdrawn'];

export const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value);
export const isTerminal = (stage: Stage) => TERMINAL_STAGES.includes(stage);

/** Where a candidate in `from` may go next (hired only through an accepted offer, see canMove). */
export function nextStages(from: Stage): Stage[] {
  if (isTerminal(from)) return [];
  const i = PIPELINE_STAGES.indexOf(from as PipelineStage);
  const forward = PIPELINE_STAGES[i + 1];
  return [...(forward && forward !== 'hired' ? [forward] : []), 'rejected', 'withdrawn'];
}

/** Null when the move is allowed, otherwise why not (the caller raises a CONFLICT). */
export function moveProblem(from: Stage, to: Stage): MessageText | null {
  if (from === to) return msg`the candidate is already in ${to}`;
  if (isTerminal(from)) return msg`the candidate is ${from}: that is final`;
  if (to === 'hired') return msg`a candidate is hired by accepting their offer (acceptOffer), not by a move`;
  if (!nextStages(from).includes(to)) return msg`cannot move from ${from} to ${to}: stages advance one at a time (${from} → ${nextStages(from).join(' | ')})`;
  return null;
}

/** Position in the pipeline, for "reached at least" questions (exits have none). */
export const stageIndex = (stage: Stage): number => PIPELINE_STAGES.indexOf(stage as PipelineStage);

export const CANDIDATE_SOURCES = ['referral', 'linkedin', 'job-board', 'agency', 'campus', 'conference', 'career-site', 'open-source', 'internal', 'other'] as const;
export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];
