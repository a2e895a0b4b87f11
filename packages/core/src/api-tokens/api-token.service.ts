import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { AccountEntity } from '../auth/account.entity.js';
import { SignInCache } from '../auth/sign-in-cache.js';
import { RequestContexts } from '../context/request-context.js';
import { nowIso } from '../database/columns.js';
import { DataService } from '../database/data.service.js';
import { ForbiddenError, NotFoundError, UserInputError } from '../graphql/errors.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { isKnownScope, newApiToken, scopePermissions } from './api-token-format.js';
import { ApiTokenKindValue, type ApiTokenType, type CreateApiTokenInput, type CreatedApiTokenType } from './api-token.types.js';
import { msg } from '../i18n/msg.js';

export const MANAGE_TOKENS = 'tokens.manage';

/** Creating, listing and revoking API tokens; ApiTokenAuth checks them on each request. */
@Injectable()
export class ApiTokenService {
  constructor(
    private readonly data: DataService,
    private readonly access: AccessService,
    private readonly signIns: SignInCache,
  ) {}

  async create(input: CreateApiTokenInput): Promise<CreatedApiTokenType> {
    const ctx = RequestContexts.require();
    // A token minting tokens would outlive its own expiry and revocation.
    if (ctx.apiToken) throw new ForbiddenError('An API token cannot create API tokens: sign in to create one');
    const kind = input.kind ?? ApiTokenKindValue.PERSONAL;
    if (kind === ApiTokenKindValue.SERVICE && !ctx.permissions.has(MANAGE_TOKENS)) throw new ForbiddenError(msg`Service tokens need the permission ${MANAGE_TOKENS}`);
    const name = input.name.trim();
    if (!name) throw new UserInputError('input.name', 'must not be blank');
    const scopes = [...new Set(input.scopes)].sort();
    if (!scopes.length) throw new UserInputError('input.scopes', 'must name at least one permission');
    const unknown = scopes.filter((s) => !isKnownScope(s, this.access.registry));
    if (unknown.length) throw new UserInputError('input.scopes', msg`unknown permission ${unknown.join(', ')}`);
    const beyond = [...scopePermissions(scopes, this.access.registry)].filter((p) => !ctx.permissions.has(p));
    if (beyond.length) throw new ForbiddenError(msg`input.scopes: you do not hold ${beyond.join(', ')}, so a token you create cannot either`);
    const expiresAt = this.expiry(input.expiresAt);
    const { token, hash, prefix } = newApiToken(kind);
    return this.data.transaction(async () => {
      const repo = this.data.repo(ApiTokenEntity);
      const row = await repo.save(
        repo.create({ kind, name, ownerAccountId: kind === ApiTokenKindValue.PERSONAL ? ctx.accountId! : null, createdByAccountId: ctx.accountId!, scopes, tokenHash: hash, prefix, expiresAt, lastUsedAt: null, revokedAt: null }),
      );
      ctx.auditDetail = { targetType: 'ApiToken', targetId: row.id, after: { name, kind, prefix, scopes, expiresAt, ownerAccountId: row.ownerAccountId } };
      return { token, apiToken: (await this.views([row]))[0] };
    });
  }

  private expiry(value: string | null | undefined): string | null {
    if (!value) return null;
    const at = new Date(value.length === 10 ? `${value}T23:59:59.999Z` : value);
    if (Number.isNaN(at.getTime())) throw new UserInputError('input.expiresAt', 'is not a valid date');
    if (at.getTime() <= Date.now()) throw new UserInputError('input.expiresAt', 'must be in the future');
    return at.toISOString();
  }

  /** The caller's own personal tokens; every token of the tenant for holders of tokens.manage. */
  async list(): Promise<ApiTokenType[]> {
    const ctx = RequestContexts.require();
    const repo = this.data.repo(ApiTokenEntity);
    const order = { createdAt: 'DESC' as const };
    if (ctx.permissions.has(MANAGE_TOKENS)) return this.views(await repo.find({ order }));
    if (!ctx.accountId) return [];
    return this.views(await repo.find({ where: { ownerAccountId: ctx.accountId, kind: 'personal' }, order }));
  }

  /** Revokes at once: the sign-in cache drops the tenant's entries when this commits. Another's token answers NOT_FOUND. */
  async revoke(id: string): Promise<ApiTokenType> {
    const ctx = RequestContexts.require();
    return this.data.transaction(async () => {
      const repo = this.data.repo(ApiTokenEntity);
      const row = await repo.get(id);
      const mine = row.kind === 'personal' && Boolean(ctx.accountId) && row.ownerAccountId === ctx.accountId;
      if (!mine && !ctx.permissions.has(MANAGE_TOKENS)) throw new NotFoundError('ApiToken', id);
      if (!row.revokedAt) {
        row.revokedAt = nowIso();
        await repo.save(row);
        this.signIns.invalidateAfterCommit(this.data, row.tenantId);
      }
      ctx.auditDetail = { targetType: 'ApiToken', targetId: row.id, after: { name: row.name, kind: row.kind, prefix: row.prefix, revokedAt: row.revokedAt } };
      return (await this.views([row]))[0];
    });
  }

  private async views(rows: ApiTokenEntity[]): Promise<ApiTokenType[]> {
    const ids = [...new Set(rows.flatMap((r) => [r.ownerAccountId, r.createdByAccountId]).filter((id): id is string => Boolean(id)))];
    const accounts = ids.length ? await this.data.repo(AccountEntity).findBy({ id: In(ids) }) : [];
    const emails = new Map(accounts.map((a) => [a.id, a.email]));
    const now = nowIso();
    return rows.map((r) => ({
      id: r.id, kind: r.kind as ApiTokenKindValue, name: r.name, prefix: r.prefix, scopes: r.scopes,
      ownerAccountId: r.ownerAccountId, ownerEmail: r.ownerAccountId ? emails.get(r.ownerAccountId) ?? null : null,
      createdByAccountId: r.createdByAccountId, createdByEmail: emails.get(r.createdByAccountId) ?? null,
      createdAt: r.createdAt, expiresAt: r.expiresAt, lastUsedAt: r.lastUsedAt, revokedAt: r.revokedAt,
      active: !r.revokedAt && (!r.expiresAt || r.expiresAt > now),
    }));
  }
}
