// Which projects and people a plan covers, and the fingerprint of their assignments. Pure.
import { createHash } from 'node:crypto';

export interface ScopeAssignment {
  projectId: string;
  personId: string;
  allocation: number;
}

/**
 * Hash of every assignment that can influence the plan: those on the planned projects and
 * every assignment of the planned people (their availability). Order-independent.
 */
export function fingerprint(assignments: ScopeAssignment[], projectIds: Set<string>, personIds: Set<string>): string {
  const lines = assignments
    .filter((a) => projectIds.has(a.projectId) || personIds.has(a.personId))
    .map((a) => `${a.projectId}:${a.personId}:${a.allocation}`)
    .sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Percent of each person's time taken by projects outside the plan. */
export function allocatedElsewhere(assignments: ScopeAssignment[], projectIds: Set<string>): Map<string, number> {
  const taken = new Map<string, number>();
  for (const a of assignments) if (!projectIds.has(a.projectId)) taken.set(a.personId, (taken.get(a.personId) ?? 0) + a.allocation);
  return taken;
}
