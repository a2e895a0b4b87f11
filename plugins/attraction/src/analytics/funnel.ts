// Funnel analytics over candidates, their stage transitions and offers: pure, so the numbers
// are tested on known data and the resolver only feeds rows in.
import { PIPELINE_STAGES, stageIndex, type Stage } from '../shared/stages.js';

export interface FunnelCandidate {
  id: string;
  source: string;
  stage: Stage;
  createdAt: string;
}

export interface FunnelTransition {
  candidateId: string;
  fromStage: Stage | null;
  toStage: Stage;
  at: string;
}

export interface FunnelOffer {
  candidateId: string;
  status: string;
}

export interface FunnelStageStats {
  stage: Stage;
  /** Candidates who got at least this far. */
  reached: number;
  /** Candidates in this stage now. */
  current: number;
  /** reached(next stage) / reached(this stage); null for the last stage or when none reached it. */
  conversionToNext: number | null;
  /** Mean days of completed stays in this stage (entering it until leaving it). */
  avgDaysInStage: number | null;
}

export interface SourceStats {
  source: string;
  candidates: number;
  interviewed: number;
  offered: number;
  hires: number;
  interviewRate: number | null;
  hireRate: number | null;
}

export interface Funnel {
  candidates: number;
  active: number;
  rejected: number;
  withdrawn: number;
  hires: number;
  stages: FunnelStageStats[];
  timeToHireDaysAvg: number | null;
  timeToHireDaysMedian: number | null;
  offersExtended: number;
  offersAccepted: number;
  offersDeclined: number;
  /** accepted / (accepted + declined); null until an offer has been decided. */
  offerAcceptanceRate: number | null;
  sources: SourceStats[];
}

const DAY = 86_400_000;
const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 10_000) / 10_000 : null);
const days = (ms: number) => Math.round((ms / DAY) * 10) / 10;
const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
const EXTENDED = new Set(['approved', 'accepted', 'declined']);

export function computeFunnel(candidates: FunnelCandidate[], transitions: FunnelTransition[], offers: FunnelOffer[]): Funnel {
  const byCandidate = new Map<string, FunnelTransition[]>();
  for (const t of [...transitions].sort((a, b) => a.at.localeCompare(b.at))) {
    const list = byCandidate.get(t.candidateId) ?? [];
    list.push(t);
    byCandidate.set(t.candidateId, list);
  }
  const furthest = new Map<string, number>();
  const stays = new Map<Stage, number[]>();
  const timeToHire: number[] = [];
  for (const c of candidates) {
    const history = byCandidate.get(c.id) ?? [];
    let far = Math.max(stageIndex(c.stage), 0);
    history.forEach((t, i) => {
      far = Math.max(far, stageIndex(t.toStage));
      const next = history[i + 1];
      if (next) stays.set(t.toStage, [...(stays.get(t.toStage) ?? []), Date.parse(next.at) - Date.parse(t.at)]);
    });
    furthest.set(c.id, far);
    const hired = history.find((t) => t.toStage === 'hired');
    if (hired) timeToHire.push(Date.parse(hired.at) - Date.parse(history[0]?.at ?? c.createdAt));
  }
  const reached = (stage: Stage) => candidates.filter((c) => (furthest.get(c.id) ?? 0) >= stageIndex(stage)).length;
  const stages: FunnelStageStats[] = PIPELINE_STAGES.map((stage, i) => {
    const next = PIPELINE_STAGES[i + 1];
    const avg = mean(stays.get(stage) ?? []);
    return {
      stage,
      reached: reached(stage),
      current: candidates.filter((c) => c.stage === stage).length,
      conversionToNext: next ? ratio(reached(next), reached(stage)) : null,
      avgDaysInStage: avg === null ? null : days(avg),
    };
  });

  const sourceNames = [...new Set(candidates.map((c) => c.source))];
  const sources = sourceNames
    .map((source) => {
      const group = candidates.filter((c) => c.source === source);
      const atLeast = (stage: Stage) => group.filter((c) => (furthest.get(c.id) ?? 0) >= stageIndex(stage)).length;
      const hires = group.filter((c) => c.stage === 'hired').length;
      return { source, candidates: group.length, interviewed: atLeast('interviews'), offered: atLeast('offer'), hires, interviewRate: ratio(atLeast('interviews'), group.length), hireRate: ratio(hires, group.length) };
    })
    .sort((a, b) => b.candidates - a.candidates || a.source.localeCompare(b.source));

  const accepted = offers.filter((o) => o.status === 'accepted').length;
  const declined = offers.filter((o) => o.status === 'declined').length;
  const tthAvg = mean(timeToHire);
  const tthMedian = median(timeToHire);
  return {
    candidates: candidates.length,
    active: candidates.filter((c) => !['hired', 'rejected', 'withdrawn'].includes(c.stage)).length,
    rejected: candidates.filter((c) => c.stage === 'rejected').length,
    withdrawn: candidates.filter((c) => c.stage === 'withdrawn').length,
    hires: candidates.filter((c) => c.stage === 'hired').length,
    stages,
    timeToHireDaysAvg: tthAvg === null ? null : days(tthAvg),
    timeToHireDaysMedian: tthMedian === null ? null : days(tthMedian),
    offersExtended: offers.filter((o) => EXTENDED.has(o.status)).length,
    offersAccepted: accepted,
    offersDeclined: declined,
    offerAcceptanceRate: ratio(accepted, accepted + declined),
    sources,
  };
}
