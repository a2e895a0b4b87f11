import { Inject, Injectable } from '@nestjs/common';
import { CADRE_CONFIG } from '../app/tokens.js';
import type { CadreConfig } from '../config/config.js';
import type { DataService } from '../database/data.service.js';

export interface CachedSignIn {
  tenantId: string;
  accountId: string;
  accountEmail: string;
  personId: string | null;
  roles: string[];
  permissions: Set<string>;
}

const MAX_ENTRIES = 20_000;

/**
 * Who an access token signs in, remembered for a few seconds so a page's requests do not each
 * look up the account, its roles and its session. Changes made in this process (roles, accounts,
 * logout, password) drop the tenant's entries when they commit; other processes see them within
 * the TTL (CADRE_AUTH_CACHE_TTL, 0 turns the cache off).
 */
@Injectable()
export class SignInCache {
  private readonly entries = new Map<string, { until: number; value: CachedSignIn }>();
  private readonly ttlMs: number;

  constructor(@Inject(CADRE_CONFIG) config: CadreConfig) {
    this.ttlMs = config.authCacheSeconds * 1000;
  }

  get(token: string): CachedSignIn | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until > Date.now()) return entry.value;
    this.entries.delete(token);
    return undefined;
  }

  /** `expiresAt` (ms) is the token's own expiry: an entry never outlives its token. */
  set(token: string, value: CachedSignIn, expiresAt: number): void {
    if (!this.ttlMs) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { until: Math.min(Date.now() + this.ttlMs, expiresAt), value });
  }

  invalidate(tenantId: string): void {
    for (const [token, entry] of this.entries) if (entry.value.tenantId === tenantId) this.entries.delete(token);
  }

  /** Drops the tenant's entries once the surrounding transaction commits. */
  invalidateAfterCommit(data: DataService, tenantId: string | undefined): void {
    if (tenantId) data.afterCommit(() => this.invalidate(tenantId));
  }
}
