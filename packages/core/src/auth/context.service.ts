import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service.js';
import { ApiTokenAuth } from '../api-tokens/api-token-auth.js';
import { isApiToken } from '../api-tokens/api-token-format.js';
import type { RequestContext } from '../context/request-context.js';
import { DataService } from '../database/data.service.js';
import { UnauthenticatedError } from '../graphql/errors.js';
import { IsNull } from 'typeorm';
import { AccountEntity } from './account.entity.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { SignInCache, type CachedSignIn } from './sign-in-cache.js';
import { TokenService } from './token.service.js';

export interface IncomingRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  id?: string;
}

/** Builds the request context from the bearer token, once per HTTP request. */
@Injectable()
export class ContextService {
  constructor(
    private readonly tokens: TokenService,
    private readonly access: AccessService,
    private readonly data: DataService,
    private readonly signIns: SignInCache,
    private readonly apiTokens: ApiTokenAuth,
  ) {}

  async fromRequest(req: IncomingRequest): Promise<RequestContext & { authError?: UnauthenticatedError }> {
    const ctx: RequestContext & { authError?: UnauthenticatedError } = {
      requestId: String(req.id ?? randomUUID()),
      ip: req.ip,
      roles: [],
      permissions: new Set(),
    };
    const header = req.headers.authorization;
    const value = Array.isArray(header) ? header[0] : header;
    if (!value) return ctx;
    const match = /^Bearer\s+(.+)$/i.exec(value);
    if (!match) {
      ctx.authError = new UnauthenticatedError('The Authorization header must be "Bearer <access token or API token>"');
      return ctx;
    }
    try {
      const token = match[1];
      if (isApiToken(token)) {
        this.apply(ctx, await this.apiTokenSignIn(token));
        return ctx;
      }
      let signIn = this.signIns.get(token);
      if (!signIn) {
        const claims = await this.tokens.verifyAccess(token);
        signIn = await this.load(claims.tenantId, claims.accountId, claims.sessionId);
        this.signIns.set(token, signIn, claims.expiresAt ?? 0);
      }
      this.apply(ctx, signIn);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      ctx.authError = error;
    }
    return ctx;
  }

  /** Cached like access tokens; revocation and role changes drop the tenant's entries when they commit. */
  private async apiTokenSignIn(token: string): Promise<CachedSignIn> {
    const key = this.apiTokens.cacheKey(token);
    let signIn = this.signIns.get(key);
    if (!signIn) {
      const found = await this.apiTokens.signIn(token);
      signIn = found.signIn;
      this.signIns.set(key, signIn, found.expiresAt);
    }
    await this.apiTokens.touch(signIn.tenantId, signIn.apiToken!.id);
    return signIn;
  }

  /** Fills the context for an account (also used right after login). */
  async signIn(ctx: RequestContext, tenantId: string, accountId: string): Promise<void> {
    this.apply(ctx, await this.load(tenantId, accountId));
  }

  /** The account, its roles and (for tokens of a sign-in) whether that sign-in is still alive. */
  private async load(tenantId: string, accountId: string, sessionId?: string): Promise<CachedSignIn> {
    const account = await this.data.repo(AccountEntity, tenantId).findOneBy({ id: accountId });
    if (!account || account.disabled) throw new UnauthenticatedError('The account no longer exists or is disabled');
    if (sessionId && !(await this.data.repo(RefreshTokenEntity, tenantId).count({ familyId: sessionId, accountId, revokedAt: IsNull() }))) {
      throw new UnauthenticatedError('This sign-in has ended (signed out or password changed): sign in again');
    }
    const grants = await this.access.grantsOf(tenantId, accountId);
    return { tenantId, accountId: account.id, accountEmail: account.email, personId: account.personId, roles: grants.roles, permissions: grants.permissions };
  }

  private apply(ctx: RequestContext, signIn: CachedSignIn): void {
    const { tenantId, personId } = signIn;
    Object.assign(ctx, { tenantId, accountId: signIn.accountId, accountEmail: signIn.accountEmail, personId, roles: signIn.roles, permissions: signIn.permissions, apiToken: signIn.apiToken });
    let reports: Promise<Set<string>> | undefined;
    ctx.reportIds = () => (reports ??= personId ? this.access.reportsOf(tenantId, personId) : Promise.resolve(new Set()));
  }
}
