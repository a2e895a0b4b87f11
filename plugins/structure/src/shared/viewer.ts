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

// The SDK's, re-exported for this plugin's services that import it from here.
export { auditDetail } from '@cadre/sdk';
