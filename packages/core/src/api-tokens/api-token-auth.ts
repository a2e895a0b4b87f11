import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service.js';
import { AccountEntity } from '../auth/account.entity.js';
import type { CachedSignIn } from '../auth/sign-in-cache.js';
import { sha256 } from '../auth/token.service.js';
import { nowIso } from '../database/columns.js';
import { DataService } from '../database/data.service.js';
import { UnauthenticatedError } from '../graphql/errors.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { scopePermissions } from './api-token-format.js';
import { msg } from '../i18n/msg.js';

/** Last use is recorded at most this often per token, so using a token does not write on every request. */
const TOUCH_EVERY_MS = 60_000;
const MAX_TOUCHED = 50_000;

/**
 * Who a bearer API token signs in. A personal token acts as its owner with the permissions its
 * scopes and the owner's current roles both grant (a lost role is lost by the token at once). A
 * service token acts as itself (its id is the acting account id, no person, no roles) with its
 * scopes — checked against its creator's permissions when it was created — so it keeps working
 * when people change; only revocation or expiry ends it.
 */
@Injectable()
export class ApiTokenAuth {
  /** Token id → when its last use was last written (ms), per process. */
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly data: DataService,
    private readonly access: AccessService,
  ) {}

  /** The cache key of a token: its hash, so the raw token is not kept in memory. */
  cacheKey(token: string): string {
    return `api:${sha256(token)}`;
  }

  async signIn(token: string): Promise<{ signIn: CachedSignIn; expiresAt: number }> {
    const row = await this.data.manager.findOneBy(ApiTokenEntity, { tokenHash: sha256(token) });
    if (!row) throw new UnauthenticatedError('The API token is not valid');
    if (row.revokedAt) throw new UnauthenticatedError('The API token has been revoked');
    if (row.expiresAt && row.expiresAt <= nowIso()) throw new UnauthenticatedError(msg`The API token expired at ${row.expiresAt}: create a new one`);
    if (row.lastUsedAt && !this.touched.has(row.id)) this.touched.set(row.id, Date.parse(row.lastUsedAt));
    const expiresAt = row.expiresAt ? Date.parse(row.expiresAt) : Number.MAX_SAFE_INTEGER;
    const scoped = scopePermissions(row.scopes, this.access.registry);
    const apiToken = { id: row.id, kind: row.kind };
    if (row.kind === 'service') {
      return { expiresAt, signIn: { tenantId: row.tenantId, accountId: row.id, accountEmail: `service-token:${row.name}`, personId: null, roles: [], permissions: scoped, apiToken } };
    }
    const owner = row.ownerAccountId ? await this.data.repo(AccountEntity, row.tenantId).findOneBy({ id: row.ownerAccountId }) : null;
    if (!owner || owner.disabled) throw new UnauthenticatedError('The API token’s account no longer exists or is disabled');
    const grants = await this.access.grantsOf(row.tenantId, owner.id);
    const permissions = new Set([...scoped].filter((p) => grants.permissions.has(p)));
    return { expiresAt, signIn: { tenantId: row.tenantId, accountId: owner.id, accountEmail: owner.email, personId: owner.personId, roles: grants.roles, permissions, apiToken } };
  }

  /** Records the token's use when the last record is a minute old or more (per process; a race only writes twice). */
  async touch(tenantId: string, id: string): Promise<void> {
    const now = Date.now();
    if (now - (this.touched.get(id) ?? 0) < TOUCH_EVERY_MS) return;
    if (this.touched.size >= MAX_TOUCHED) this.touched.clear();
    this.touched.set(id, now);
    // Last use is advisory: a failed write must not fail the request it describes.
    await this.data.write(() => this.data.manager.update(ApiTokenEntity, { id, tenantId }, { lastUsedAt: new Date(now).toISOString() })).catch(() => undefined);
  }
}
