import type { PermissionDeclaration } from '@cadre/sdk';

const everyone = ['admin', 'hr', 'manager', 'employee'] as const;

/** Permission ids used by resolvers and services. */
export const P = {
  cyclesRead: 'incentives.cycles.read',
  cyclesWrite: 'incentives.cycles.write',
  reviewsReadAll: 'incentives.reviews.read-all',
  calibrationRead: 'incentives.calibration.read',
  calibrationWrite: 'incentives.calibration.write',
  poolsRead: 'incentives.pools.read',
  poolsWrite: 'incentives.pools.write',
  poolsApprove: 'incentives.pools.approve',
  allocationsRead: 'incentives.allocations.read',
  compRead: 'incentives.comp.read',
  compReadAll: 'incentives.comp.read-all',
  meritWrite: 'incentives.merit.write',
  awardsRead: 'incentives.awards.read',
  awardsNominate: 'incentives.awards.nominate',
  awardsWrite: 'incentives.awards.write',
  equityWrite: 'incentives.equity.write',
} as const;

export const INCENTIVES_PERMISSIONS: PermissionDeclaration[] = [
  { id: P.cyclesRead, description: 'See review cycles, write your assigned reviews and read your own results', defaultRoles: [...everyone] },
  { id: P.cyclesWrite, description: 'Set up and run review cycles', defaultRoles: ['admin', 'hr'] },
  { id: P.reviewsReadAll, description: 'Read every review and score (managers read their chain without it)', defaultRoles: ['admin', 'hr'] },
  { id: P.calibrationRead, description: 'See calibration views (distribution, 9-box); managers see their chain', defaultRoles: ['admin', 'hr', 'manager'] },
  { id: P.calibrationWrite, description: 'Calibrate scores and rate potential', defaultRoles: ['admin', 'hr'] },
  { id: P.poolsRead, description: 'See every bonus pool, scenario, model input and allocation', defaultRoles: ['admin', 'hr'] },
  { id: P.poolsWrite, description: 'Model bonus pools and what-if scenarios', defaultRoles: ['admin', 'hr'] },
  { id: P.poolsApprove, description: 'Approve and publish bonus pools', defaultRoles: ['admin', 'hr'] },
  { id: P.allocationsRead, description: 'See published bonus pools and the allocations you may see (your own, your chain)', defaultRoles: [...everyone] },
  { id: P.compRead, description: 'See merit increases and equity grants you may see (your own, your chain)', defaultRoles: [...everyone] },
  { id: P.compReadAll, description: "See everyone's merit increases, equity grants and award amounts", defaultRoles: ['admin', 'hr'] },
  { id: P.meritWrite, description: 'Set up merit matrices and compute increases against the raise budget', defaultRoles: ['admin', 'hr'] },
  { id: P.awardsRead, description: 'See innovation awards', defaultRoles: [...everyone] },
  { id: P.awardsNominate, description: 'Nominate someone for an innovation award', defaultRoles: [...everyone] },
  { id: P.awardsWrite, description: 'Approve, reject and pay innovation awards', defaultRoles: ['admin', 'hr'] },
  { id: P.equityWrite, description: 'Propose, grant and cancel equity grants', defaultRoles: ['admin', 'hr'] },
];
