// How evidence becomes a person's level in a skill. Pure, so it is unit-tested.
import { EVIDENCE_KINDS, type EvidenceKind } from './skill-evidence.entity.js';

export interface EvidencePoint {
  kind: EvidenceKind;
  level: number;
  /** Sortable timestamp; later evidence of the same kind replaces earlier (self, manager, review). */
  at: string;
}

/**
 * Evidence (oldest first) as points for deriveLevel. The index breaks ties between rows written
 * in the same millisecond, so "latest" is the order they were recorded in.
 */
export function evidencePoints(historyAsc: Array<{ kind: EvidenceKind; level: number; createdAt: string }>): EvidencePoint[] {
  return historyAsc.map((e, i) => ({ kind: e.kind, level: e.level, at: `${e.createdAt}#${String(i).padStart(6, '0')}` }));
}

/** An assessment by someone accountable for it: it decides the level whenever there is one. */
export const AUTHORITY_KINDS: readonly EvidenceKind[] = ['manager', 'review'];
/** Proof of work or learning: counted at its highest, never lowered by a later, smaller item. */
export const PROOF_KINDS: readonly EvidenceKind[] = ['knowledge', 'course'];

/** What one kind of evidence says: the latest assessment, or the highest proof. */
export interface SourceLevel {
  kind: EvidenceKind;
  level: number;
  at: string;
  /** This source decided the level. */
  decides: boolean;
  /** Recorded after the latest authority assessment and above it: waits for a manager to confirm. */
  claimAboveAssessed: boolean;
}

export interface DerivedLevel {
  level: number;
  /** Kinds on file, in EVIDENCE_KINDS order. */
  kinds: EvidenceKind[];
  /** The kind that decided the level; null without evidence. */
  source: EvidenceKind | null;
  sources: SourceLevel[];
  /** The highest claim above the assessed level made since the assessment, if any. */
  claimedLevel: number | null;
}

/** The timestamp without evidencePoints' tie-breaking suffix. */
const instant = (at: string) => at.split('#')[0]!;
const newest = (points: EvidencePoint[]) => points.reduce<EvidencePoint | null>((best, e) => (!best || e.at >= best.at ? e : best), null);
const highest = (points: EvidencePoint[]) => points.reduce<EvidencePoint | null>((best, e) => (!best || e.level > best.level || (e.level === best.level && e.at > best.at) ? e : best), null);

/**
 * Precedence a People team can sign off (issue #18):
 * 1. The latest manager or review assessment is authoritative: when there is one, it is the level.
 *    Self-assessments, knowledge and course evidence never raise it, whether recorded before the
 *    assessment (the assessor had them) or after it (then they are shown as claims above the
 *    assessed level until the manager assesses again).
 * 2. Without an assessment, the latest self-assessment raised by the highest proof (knowledge,
 *    course) decides, as before: proof of work is never undone by a later, smaller item.
 * On a tie in 2 the self-assessment is named as the source.
 */
export function deriveLevel(evidence: EvidencePoint[]): DerivedLevel {
  const kinds = EVIDENCE_KINDS.filter((k) => evidence.some((e) => e.kind === k));
  const of = (kind: EvidenceKind) => evidence.filter((e) => e.kind === kind);
  const perKind = kinds.map((kind) => ({ kind, point: (PROOF_KINDS.includes(kind) ? highest(of(kind)) : newest(of(kind)))! }));
  const authority = newest(evidence.filter((e) => AUTHORITY_KINDS.includes(e.kind)));

  let decided: EvidencePoint | null;
  if (authority) decided = authority;
  else {
    const self = newest(of('self'));
    const proof = highest(evidence.filter((e) => PROOF_KINDS.includes(e.kind)));
    decided = self && (!proof || self.level >= proof.level) ? self : proof;
  }

  // A claim: the kind's word since the assessment (the latest self-assessment, the highest proof).
  // "Since" is a later timestamp, not a later row written in the same instant (seeded profiles).
  const after = (e: EvidencePoint) => !!authority && instant(e.at) > instant(authority.at);
  const claimOf = (kind: EvidenceKind): number | null => {
    if (!authority || AUTHORITY_KINDS.includes(kind)) return null;
    const point = PROOF_KINDS.includes(kind) ? highest(of(kind).filter(after)) : newest(of(kind));
    return point && after(point) && point.level > authority.level ? point.level : null;
  };
  const sources = perKind.map(({ kind, point }) => ({ kind, level: point.level, at: point.at, decides: decided?.kind === kind, claimAboveAssessed: claimOf(kind) !== null }));
  const claims = kinds.map(claimOf).filter((c): c is number => c !== null);
  return { level: decided?.level ?? 0, kinds, source: decided?.kind ?? null, sources, claimedLevel: claims.length ? Math.max(...claims) : null };
}
