import { RequestContexts } from '@cadre/sdk';

/** The acting account as the services see it. */
export interface Viewer {
  personId: string | null;
  email: string | null;
  system: boolean;
  has(permission: string): boolean;
  /** Everyone who reports to the viewer, directly or not. */
  reports(): Promise<Set<string>>;
}

export function viewer(): Viewer {
  const ctx = RequestContexts.current();
  return {
    personId: ctx?.personId ?? null,
    email: ctx?.accountEmail ?? (ctx?.system ? 'system' : null),
    system: ctx?.system === true,
    has: (permission) => ctx?.system === true || (ctx?.permissions.has(permission) ?? false),
    reports: async () => (ctx?.reportIds ? ctx.reportIds() : new Set<string>()),
  };
}

/** Attaches before/after to the audit entry of the current mutation. */
export function auditDetail(targetType: string, targetId: string, before: unknown, after: unknown): void {
  const ctx = RequestContexts.current();
  if (ctx) ctx.auditDetail = { targetType, targetId, before, after };
}
