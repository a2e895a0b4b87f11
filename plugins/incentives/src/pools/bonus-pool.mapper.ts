import { describeBands } from '../shared/bands.js';
import type { VersionCounts } from './allocation-counts.js';
import type { AllocationVersionEntity } from './allocation-version.entity.js';
import type { AllocationEntity } from './allocation.entity.js';
import type { AllocationType, AllocationVersionType } from './allocation.types.js';
import type { BonusPoolEntity } from './bonus-pool.entity.js';
import type { BonusPoolType } from './bonus-pool.types.js';

export function toVersionType(v: AllocationVersionEntity, counts: VersionCounts = { people: 0, atFloor: 0, atCap: 0 }): AllocationVersionType {
  return {
    id: v.id, poolId: v.poolId, version: v.version, status: v.status, reason: v.reason, amount: v.amount, currency: v.currency,
    thresholds: v.thresholds, coefficients: v.coefficients, lambda: v.lambda, weightedSum: v.weightedSum, total: v.total,
    ...counts,
    publishedAt: v.publishedAt, createdAt: v.createdAt,
  };
}

export function toPoolType(
  p: BonusPoolEntity, extra: { cycleName: string; memberCount: number; currentVersion: AllocationVersionType | null; proposedVersion: AllocationVersionType | null; scenarioIds: string[] },
): BonusPoolType {
  return {
    id: p.id, cycleId: p.cycleId, name: p.name, amount: p.amount, currency: p.currency, weightRule: p.weightRule, levelTargets: p.levelTargets,
    defaultTarget: p.defaultTarget, thresholds: p.thresholds, coefficients: p.coefficients, bands: describeBands(p.thresholds, p.coefficients),
    defaultFloor: p.defaultFloor, defaultCap: p.defaultCap, status: p.status, scenarioOfId: p.scenarioOfId, note: p.note,
    approvedAt: p.approvedAt, approvedBy: p.approvedBy, publishedAt: p.publishedAt, publishedVersion: p.publishedVersion, createdAt: p.createdAt,
    ...extra,
  };
}

/** The columns an allocation's type shows (a list reads no more than these). */
export const ALLOCATION_COLUMNS = ['id', 'poolId', 'version', 'personId', 'weight', 'score', 'band', 'coefficient', 'floor', 'cap', 'exactAmount', 'amount', 'bound', 'previousAmount', 'delta'] as const;
type AllocationRow = Pick<AllocationEntity, (typeof ALLOCATION_COLUMNS)[number]>;

export function toAllocationType(a: AllocationRow, currency: string, person: { name: string; level: string }): AllocationType {
  return {
    id: a.id, poolId: a.poolId, version: a.version, personId: a.personId, name: person.name, level: person.level, currency,
    weight: a.weight, score: a.score, band: a.band, coefficient: a.coefficient, floor: a.floor, cap: a.cap, exactAmount: a.exactAmount,
    amount: a.amount, bound: a.bound, previousAmount: a.previousAmount, delta: a.delta,
  };
}
