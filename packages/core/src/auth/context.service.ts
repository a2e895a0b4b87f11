import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service.js';
import type { RequestContext } from '../context/request-context.js';
import { DataService } from '../database/data.service.js';
import { UnauthenticatedError } from '../graphql/errors.js';
import { AccountEntity } from './account.entity.js';
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
      ctx.authError = new UnauthenticatedError('The Authorization header must be "Bearer <access token>"');
      return ctx;
    }
    try {
      const claims = await this.tokens.verifyAccess(match[1]);
      await this.signIn(ctx, claims.tenantId, claims.accountId);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      ctx.authError = error;
    }
    return ctx;
  }

  /** Fills the context for an account (also used right after login). */
  async signIn(ctx: RequestContext, tenantId: string, accountId: string): Promise<void> {
    const account = await this.data.repo(AccountEntity, tenantId).findOneBy({ id: accountId });
    if (!account || account.disabled) throw new UnauthenticatedError('The account no longer exists or is disabled');
    const grants = await this.access.grantsOf(tenantId, accountId);
    ctx.tenantId = tenantId;
    ctx.accountId = account.id;
    ctx.accountEmail = account.email;
    ctx.personId = account.personId;
    ctx.roles = grants.roles;
    ctx.permissions = grants.permissions;
    let reports: Promise<Set<string>> | undefined;
    ctx.reportIds = () => (reports ??= account.personId ? this.access.reportsOf(tenantId, account.personId) : Promise.resolve(new Set()));
  }
}
