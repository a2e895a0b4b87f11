import { describeBands } from '../shared/bands.js';
import type { ReviewCycleEntity } from './review-cycle.entity.js';
import type { CycleProgressType, ReviewCycleType } from './review-cycle.types.js';

/** How many of a cycle's reviews have this kind and status, and whether they are past due. */
export interface ReviewCount {
  kind: string;
  status: string;
  late: boolean;
  n: number;
}

export function progressOf(kinds: string[], reviews: ReviewCount[]): CycleProgressType {
  const count = (rows: ReviewCount[]) => {
    const sum = (keep: (r: ReviewCount) => boolean) => rows.reduce((s, r) => s + (keep(r) ? r.n : 0), 0);
    return {
      total: sum(() => true),
      submitted: sum((r) => r.status === 'submitted'),
      pending: sum((r) => r.status === 'pending'),
      overdue: sum((r) => r.status === 'pending' && r.late),
      expired: sum((r) => r.status === 'expired'),
    };
  };
  return { ...count(reviews), byKind: kinds.map((kind) => ({ kind, ...count(reviews.filter((r) => r.kind === kind)) })) };
}

export function toCycleType(c: ReviewCycleEntity, participantCount: number, progress: CycleProgressType): ReviewCycleType {
  return {
    id: c.id, name: c.name, periodStart: c.periodStart, periodEnd: c.periodEnd, status: c.status, kinds: c.kinds,
    kindWeights: c.kinds.map((kind) => ({ kind, weight: c.kindWeights[kind] ?? 0 })),
    criteria: c.criteria, peerCount: c.peerCount,
    selfDue: c.selfDue, managerDue: c.managerDue, peerDue: c.peerDue, upwardDue: c.upwardDue,
    thresholds: c.thresholds, coefficients: c.coefficients, bands: describeBands(c.thresholds, c.coefficients),
    anonymity: c.anonymity, anonymityThreshold: c.anonymityThreshold, participantCount, progress,
    openedAt: c.openedAt, calibratingAt: c.calibratingAt, finalisedAt: c.finalisedAt, createdAt: c.createdAt, updatedAt: c.updatedAt,
  };
}

export function dueDateOf(c: ReviewCycleEntity, kind: string): string | null {
  return ({ self: c.selfDue, manager: c.managerDue, peer: c.peerDue, upward: c.upwardDue } as Record<string, string | null>)[kind] ?? null;
}
