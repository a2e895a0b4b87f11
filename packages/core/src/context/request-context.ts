import { AsyncLocalStorage } from 'node:async_hooks';
import { UnauthenticatedError } from '../graphql/errors.js';
import type { Locale } from '../i18n/msg.js';

/** Who is acting, for which tenant: set per request (or per job) and read by the data layer. */
export interface RequestContext {
  requestId: string;
  ip?: string;
  tenantId?: string;
  accountId?: string;
  accountEmail?: string;
  personId?: string | null;
  roles: string[];
  permissions: Set<string>;
  /** The API token that authenticated the request, if one did (a service token's id is also accountId). */
  apiToken?: { id: string; kind: 'personal' | 'service' };
  /** Background work (seed, CLI, event handlers) acts for a tenant without an account. */
  system?: boolean;
  /** Transitive reports of the acting person, loaded once per request when first needed. */
  reportIds?: () => Promise<Set<string>>;
  /** Before/after values a service attaches to the audit entry of the current mutation. */
  auditDetail?: { targetType?: string; targetId?: string; before?: unknown; after?: unknown };
  /** The caller's language for messages (X-Cadre-Language or Accept-Language); en-US when unset. */
  locale?: Locale;
  /** Per-request DataLoaders (see requestLoader); cleared after each mutation. */
  loaders?: Map<string, unknown>;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const RequestContexts = {
  run<T>(ctx: RequestContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  require(): RequestContext {
    const ctx = storage.getStore();
    if (!ctx) throw new Error('No request context: run this inside a request or RequestContexts.run');
    return ctx;
  },
  tenantId(): string {
    const tenantId = storage.getStore()?.tenantId;
    if (!tenantId) throw new UnauthenticatedError('This operation needs a signed-in tenant');
    return tenantId;
  },
  /** A context for background work inside one tenant, with every permission. */
  system(tenantId: string, permissions: Iterable<string> = []): RequestContext {
    return { requestId: `system-${Date.now()}`, tenantId, roles: ['system'], permissions: new Set(permissions), system: true };
  },
};

/** Sets the before/after of the current mutation's audit entry, written in the mutation's transaction. */
export function auditDetail(targetType: string, targetId: string, before: unknown, after: unknown): void {
  const ctx = RequestContexts.current();
  if (ctx) ctx.auditDetail = { targetType, targetId, before, after };
}
