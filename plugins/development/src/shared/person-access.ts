import { RequestContexts } from '@cadre/sdk';

/**
 * Sensitive-ish development data (plans, gaps, budgets): the person themself, their
 * management chain, and holders of `permission` (hr, admin) may see it.
 */
export async function canSeePerson(personId: string, permission: string): Promise<boolean> {
  const ctx = RequestContexts.current();
  if (!ctx) return false;
  if (ctx.system || ctx.permissions.has(permission)) return true;
  if (ctx.personId && ctx.personId === personId) return true;
  return ctx.reportIds ? (await ctx.reportIds()).has(personId) : false;
}

/** Managers act on their chain; holders of `permission` on everyone. Never on oneself. */
export async function canManagePerson(personId: string, permission: string): Promise<boolean> {
  const ctx = RequestContexts.current();
  if (!ctx) return false;
  if (ctx.system || ctx.permissions.has(permission)) return true;
  return ctx.reportIds ? (await ctx.reportIds()).has(personId) : false;
}

/** Ids the viewer may see without `permission`: themself and their reports (null = everyone). */
export async function visiblePeople(permission: string): Promise<Set<string> | null> {
  const ctx = RequestContexts.current();
  if (!ctx) return new Set();
  if (ctx.system || ctx.permissions.has(permission)) return null;
  return new Set([...(ctx.personId ? [ctx.personId] : []), ...(ctx.reportIds ? await ctx.reportIds() : [])]);
}
