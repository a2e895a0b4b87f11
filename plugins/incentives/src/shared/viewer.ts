import { RequestContexts } from '@cadre/sdk';

/** Who is asking, with the two questions every incentives list answers: all rows, or own + chain? */
export interface Viewer {
  personId: string | null;
  system: boolean;
  has(permission: string): boolean;
  /** Everyone who reports to the viewer, directly or not. */
  reports: Set<string>;
  /** The viewer themself or someone in their chain. */
  ownOrChain(personId: string): boolean;
}

export async function currentViewer(): Promise<Viewer> {
  const ctx = RequestContexts.require();
  const reports = ctx.reportIds ? await ctx.reportIds() : new Set<string>();
  const personId = ctx.personId ?? null;
  const system = ctx.system === true;
  return {
    personId,
    system,
    reports,
    has: (permission) => system || ctx.permissions.has(permission),
    ownOrChain: (id) => id === personId || reports.has(id),
  };
}

/** Sets the before/after of the current mutation's audit entry. */
export function auditDetail(targetType: string, targetId: string, before: unknown, after: unknown): void {
  const ctx = RequestContexts.current();
  if (ctx) ctx.auditDetail = { targetType, targetId, before, after };
}

export const today = (): string => new Date().toISOString().slice(0, 10);
