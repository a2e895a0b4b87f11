import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { CADRE_CONFIG, REDIS } from '../app/tokens.js';
import type { CadreConfig } from '../config/config.js';
import type { DataService } from '../database/data.service.js';

export interface CachedSignIn {
  tenantId: string;
  accountId: string;
  accountEmail: string;
  personId: string | null;
  roles: string[];
  permissions: Set<string>;
  /** Set when an API token (not a sign-in) authenticates the request. */
  apiToken?: { id: string; kind: 'personal' | 'service' };
}

const MAX_ENTRIES = 20_000;

/**
 * Who an access token signs in, remembered for a few seconds so a page's requests do not each
 * look up the account, its roles and its session. Changes (roles, accounts, logout, password)
 * drop the tenant's entries when they commit — in every process, through Redis when configured;
 * without Redis there is one process. CADRE_AUTH_CACHE_TTL bounds the rest; 0 turns the cache off.
 */
@Injectable()
export class SignInCache implements OnModuleDestroy {
  private readonly entries = new Map<string, { until: number; value: CachedSignIn }>();
  private readonly ttlMs: number;
  private readonly channel: string;
  private readonly subscriber: Redis | null;

  constructor(
    @Inject(CADRE_CONFIG) config: CadreConfig,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {
    this.ttlMs = config.authCacheSeconds * 1000;
    this.channel = `${config.queuePrefix}:sign-ins:invalidate`;
    this.subscriber = redis?.duplicate() ?? null;
    if (this.subscriber) {
      this.subscriber.on('error', () => undefined);
      void this.subscriber.subscribe(this.channel).catch(() => undefined);
      this.subscriber.on('message', (_channel, tenantId: string) => this.drop(tenantId));
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
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
    this.drop(tenantId);
    void this.redis?.publish(this.channel, tenantId).catch(() => undefined);
  }

  private drop(tenantId: string): void {
    for (const [token, entry] of this.entries) if (entry.value.tenantId === tenantId) this.entries.delete(token);
  }

  /** Drops the tenant's entries once the surrounding transaction commits. */
  invalidateAfterCommit(data: DataService, tenantId: string | undefined): void {
    if (tenantId) data.afterCommit(() => this.invalidate(tenantId));
  }
}
