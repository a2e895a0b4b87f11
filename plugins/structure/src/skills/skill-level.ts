// How evidence becomes a person's level in a skill. Pure, so it is unit-tested.
import { EVIDENCE_KINDS, type EvidenceKind } from './skill-evidence.entity.js';

export interface EvidencePoint {
  kind: EvidenceKind;
  level: number;
  /** ISO timestamp; later evidence of the same kind replaces earlier. */
  at: string;
}

/**
 * The level is the latest manager or review assessment when there is one, otherwise the latest
 * self-assessment. Knowledge evidence (authored items, talks) is proof of work: it can only
 * raise the level, never lower it — a later blog post does not undo an earlier paper.
 */
export function deriveLevel(evidence: EvidencePoint[]): { level: number; kinds: EvidenceKind[] } {
  const latest = (kinds: EvidenceKind[]) =>
    evidence.filter((e) => kinds.includes(e.kind)).reduce<EvidencePoint | null>((best, e) => (!best || e.at >= best.at ? e : best), null);
  const assessed = latest(['manager', 'review']) ?? latest(['self']);
  const knowledge = evidence.filter((e) => e.kind === 'knowledge').reduce((m, e) => Math.max(m, e.level), 0);
  const kinds = EVIDENCE_KINDS.filter((k) => evidence.some((e) => e.kind === k));
  return { level: Math.max(assessed?.level ?? 0, knowledge), kinds };
}
