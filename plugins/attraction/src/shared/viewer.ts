import { RequestContexts } from '@cadre/sdk';

/** Who is asking: the permissions they hold and the people below them. */
export interface Viewer {
  personId: string | null;
  accountId: string | null;
  email: string | null;
  system: boolean;
  has(permission: string): boolean;
  /** The viewer themself or someone in their management chain below them. */
  ownOrChain(personId: string | null | undefined): boolean;
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
    accountId: ctx.accountId ?? null,
    email: ctx.accountEmail ?? null,
    system,
    has: (permission) => system || ctx.permissions.has(permission),
    ownOrChain: (id) => !!id && (id === personId || reports.has(id)),
    chain: () => {
      const ids = [...(personId ? [personId] : []), ...reports];
      return ids.length ? ids : ['-'];
    },
  };
}

// The SDK's, re-exported for this plugin's services that import it from here.
export { auditDetail } from '@cadre/sdk';

export const nowIso = () => new Date().toISOString();
