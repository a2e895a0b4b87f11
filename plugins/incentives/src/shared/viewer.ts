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
  /** The ids ownOrChain accepts, for SQL (`IN (:...chain)`); never empty (a dummy id for none). */
  chain(): string[];
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
    chain: () => {
      const ids = [...(personId ? [personId] : []), ...reports];
      return ids.length ? ids : ['-'];
    },
  };
}

// The SDK's, re-exported for this plugin's services that import it from here.
export { auditDetail } from '@cadre/sdk';

export const today = (): string => new Date().toISOString().slice(0, 10);
