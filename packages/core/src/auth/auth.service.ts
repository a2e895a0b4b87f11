import { Inject, Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import type { Redis } from 'ioredis';
import { CADRE_CONFIG, REDIS } from '../app/tokens.js';
import type { CadreConfig } from '../config/config.js';
import { RequestContexts } from '../context/request-context.js';
import { nowIso } from '../database/columns.js';
import { AuditService } from '../audit/audit.service.js';
import { CommitThenFail, DataService } from '../database/data.service.js';
import { UnauthenticatedError, UserInputError } from '../graphql/errors.js';
import { TenantRecord } from '../tenancy/tenant.entity.js';
import { AccountEntity } from './account.entity.js';
import { LoginLimiter } from './login-limiter.js';
import { SignInCache } from './sign-in-cache.js';
import { DUMMY_HASH, checkPasswordStrength, hashPassword, verifyPassword } from './password.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { TokenService, sha256 } from './token.service.js';
import { newId } from '../database/base.entity.js';
import { SsoConfigService } from '../sso/sso-config.service.js';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

@Injectable()
export class AuthService {
  private readonly limiter: LoginLimiter;

  constructor(
    private readonly data: DataService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly signIns: SignInCache,
    private readonly sso: SsoConfigService,
    @Inject(CADRE_CONFIG) private readonly config: CadreConfig,
    @Inject(REDIS) redis: Redis | null,
  ) {
    this.limiter = new LoginLimiter(config.loginLimits, redis, config.queuePrefix);
  }

  /**
   * Checks the password outside any transaction (scrypt is slow and writes nothing), then
   * issues the tokens and audits the sign-in in one transaction.
   */
  async login(email: string, password: string, tenantSlug: string | undefined, address: string): Promise<IssuedTokens & { account: AccountEntity }> {
    const normalized = email.trim().toLowerCase();
    if (!normalized) throw new UserInputError('email', 'is required');
    const key = `${tenantSlug ?? '*'}:${normalized}`;
    const account = await this.findAccount(normalized, tenantSlug);
    const known = account ? await this.knownAddress(account, address) : false;
    const { delayMs } = await this.limiter.check(key, address, known);
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));

    const ok = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !ok || account.disabled) {
      const failures = await this.limiter.fail(key, address);
      // Once per window and account: the owner sees the attack in the audit log.
      if (account && failures === this.config.loginLimits.accountSlowdown) {
        await this.audit.record({ operation: 'signInAttacked', targetType: 'Account', targetId: account.id, after: { failures, windowSeconds: this.config.loginLimits.windowSeconds, lastAddress: address } }, account.tenantId);
      }
      throw new UnauthenticatedError('Email or password is wrong');
    }
    await this.limiter.succeed(key, address);
    // Checked only after the right password, so the answer tells an attacker nothing about the account.
    if (await this.sso.refusesPassword(account.tenantId, account.id)) {
      throw new UnauthenticatedError('This organisation signs in with single sign-on: use the "Sign in with" button');
    }
    const ctx = RequestContexts.current();
    if (ctx) Object.assign(ctx, { tenantId: account.tenantId, accountId: account.id, accountEmail: account.email });
    return this.data.transaction(async () => {
      const tokens = await this.issue(account, newId(), address);
      await this.audit.record({ operation: 'login', targetType: 'Account', targetId: account.id }, account.tenantId);
      return { ...tokens, account };
    });
  }

  /** Whether the account signed in from this address within the last 90 days. */
  private async knownAddress(account: AccountEntity, address: string): Promise<boolean> {
    const since = new Date(Date.now() - 90 * 86_400_000).toISOString();
    return (await this.data.repo(RefreshTokenEntity, account.tenantId).count({ accountId: account.id, address, createdAt: MoreThan(since) })) > 0;
  }

  private async findAccount(email: string, tenantSlug: string | undefined): Promise<AccountEntity | null> {
    const manager = this.data.manager;
    if (tenantSlug) {
      const tenant = await manager.findOneBy(TenantRecord, { slug: tenantSlug });
      if (!tenant) return null;
      return manager.findOneBy(AccountEntity, { tenantId: tenant.id, email });
    }
    const accounts = await manager.findBy(AccountEntity, { email });
    if (accounts.length > 1) throw new UserInputError('tenant', 'this email has accounts in several tenants: say which tenant');
    return accounts[0] ?? null;
  }

  /** A new sign-in (refresh-token family) for an account that proved who it is another way (single sign-on). */
  startSession(account: AccountEntity, address: string | null): Promise<IssuedTokens> {
    return this.issue(account, newId(), address);
  }

  private async issue(account: AccountEntity, familyId: string, address: string | null): Promise<IssuedTokens> {
    const { secret, hash } = this.tokens.newRefreshSecret();
    const row = this.data.repo(RefreshTokenEntity, account.tenantId).create({
      accountId: account.id,
      familyId,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000).toISOString(),
      rotatedAt: null,
      revokedAt: null,
      address,
    });
    await this.data.repo(RefreshTokenEntity, account.tenantId).save(row);
    return {
      accessToken: await this.tokens.signAccess({ accountId: account.id, tenantId: account.tenantId, sessionId: familyId }),
      refreshToken: `${row.id}.${secret}`,
      expiresIn: this.config.accessTokenTtlSeconds,
    };
  }

  /** The refresh token's row, locked in a transaction so two rotations of one token take turns. */
  private async findRefresh(token: string): Promise<RefreshTokenEntity> {
    const [id, secret] = token.split('.');
    const lock = this.data.locksRows ? { lock: { mode: 'for_no_key_update' as const } } : {};
    const row = id && secret ? await this.data.manager.findOne(RefreshTokenEntity, { where: { id }, ...lock }) : null;
    if (!row || row.tokenHash !== sha256(secret)) throw new UnauthenticatedError('The refresh token is not valid');
    return row;
  }

  /** Rotates a refresh token. Presenting one that was already rotated revokes its whole family. */
  async refresh(token: string): Promise<IssuedTokens> {
    return this.data.transaction(async () => {
      const row = await this.findRefresh(token);
      if (row.revokedAt) throw new UnauthenticatedError('The refresh token has been revoked: sign in again');
      if (row.rotatedAt) {
        // Committed although the answer is an error: a replayed token must kill the family for good.
        await this.revokeFamily(row.tenantId, row.familyId);
        throw new CommitThenFail(new UnauthenticatedError('This refresh token was already used: every session of this sign-in has been revoked'));
      }
      if (row.expiresAt < nowIso()) throw new UnauthenticatedError('The refresh token has expired: sign in again');
      const account = await this.data.repo(AccountEntity, row.tenantId).findOneBy({ id: row.accountId });
      if (!account || account.disabled) throw new UnauthenticatedError('The account no longer exists or is disabled');
      row.rotatedAt = nowIso();
      await this.data.repo(RefreshTokenEntity, row.tenantId).save(row);
      return this.issue(account, row.familyId, RequestContexts.current()?.ip ?? null);
    });
  }

  private async revokeFamily(tenantId: string, familyId: string): Promise<void> {
    this.signIns.invalidateAfterCommit(this.data, tenantId);
    await this.data.write(() => this.data.manager.update(RefreshTokenEntity, { tenantId, familyId, revokedAt: IsNull() }, { revokedAt: nowIso() }));
  }

  /** Ends the session the refresh token belongs to, or every session of the account. */
  async logout(refreshToken: string | undefined): Promise<boolean> {
    const ctx = RequestContexts.require();
    this.signIns.invalidateAfterCommit(this.data, ctx.tenantId);
    if (refreshToken) {
      const row = await this.findRefresh(refreshToken);
      if (row.accountId !== ctx.accountId) throw new UnauthenticatedError('The refresh token belongs to another account');
      await this.revokeFamily(row.tenantId, row.familyId);
    } else {
      await this.data.write(() => this.data.manager.update(RefreshTokenEntity, { tenantId: ctx.tenantId, accountId: ctx.accountId, revokedAt: IsNull() }, { revokedAt: nowIso() }));
    }
    return true;
  }

  /** Like login, hashes outside the transaction; the new hash, the revocations and the audit entry commit together. */
  async changePassword(current: string, next: string): Promise<boolean> {
    const ctx = RequestContexts.require();
    const problem = checkPasswordStrength(next, 'newPassword');
    if (problem) throw new UserInputError('newPassword', problem.replace(/^newPassword /, ''));
    const accounts = this.data.repo(AccountEntity);
    const checked = await accounts.get(ctx.accountId!);
    if (!(await verifyPassword(current, checked.passwordHash))) throw new UserInputError('currentPassword', 'is wrong');
    const passwordHash = await hashPassword(next);
    await this.data.transaction(async () => {
      const account = await accounts.get(ctx.accountId!);
      if (account.passwordHash !== checked.passwordHash) throw new UserInputError('currentPassword', 'the password was changed at the same moment: sign in again');
      await accounts.save(Object.assign(account, { passwordHash }));
      await this.data.manager.update(RefreshTokenEntity, { tenantId: ctx.tenantId, accountId: account.id, revokedAt: IsNull() }, { revokedAt: nowIso() });
      await this.audit.record({ operation: 'changePassword', targetType: 'Account', targetId: account.id });
      this.signIns.invalidateAfterCommit(this.data, ctx.tenantId);
    });
    return true;
  }
}
