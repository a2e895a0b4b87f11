import { describeBands } from '../shared/bands.js';
import type { ReviewEntity } from '../reviews/review.entity.js';
import type { ReviewCycleEntity } from './review-cycle.entity.js';
import type { CycleProgressType, ReviewCycleType } from './review-cycle.types.js';

type ReviewStatusRow = Pick<ReviewEntity, 'kind' | 'status' | 'dueDate'>;

export function progressOf(kinds: string[], reviews: ReviewStatusRow[], today: string): CycleProgressType {
  const count = (rows: ReviewStatusRow[]) => {
    const pending = rows.filter((r) => r.status === 'pending');
    return {
      total: rows.length,
      submitted: rows.filter((r) => r.status === 'submitted').length,
      pending: pending.length,
      overdue: pending.filter((r) => r.dueDate !== null && r.dueDate < today).length,
      expired: rows.filter((r) => r.status === 'expired').length,
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
    openedAt: c.openedAt, calibratingAt: c.calibratingAt, finalisedAt: c.finalisedAt, createdAt: c.createdAt,
  };
}

export function dueDateOf(c: ReviewCycleEntity, kind: string): string | null {
  return ({ self: c.selfDue, manager: c.managerDue, peer: c.peerDue, upward: c.upwardDue } as Record<string, string | null>)[kind] ?? null;
}
