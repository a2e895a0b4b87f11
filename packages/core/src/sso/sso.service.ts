import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { IsNull, LessThan } from 'typeorm';
import { AccountRoleEntity } from '../access/account-role.entity.js';
import { RoleEntity } from '../access/role.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { AccountEntity } from '../auth/account.entity.js';
import { AuthService, type IssuedTokens } from '../auth/auth.service.js';
import { SignInCache } from '../auth/sign-in-cache.js';
import { sha256 } from '../auth/token.service.js';
import { RequestContexts } from '../context/request-context.js';
import { nowIso } from '../database/columns.js';
import { DataService } from '../database/data.service.js';
import { isUniqueViolation } from '../database/db-errors.js';
import { NotFoundError, UnauthenticatedError } from '../graphql/errors.js';
import { PersonEntity } from '../people/person.entity.js';
import { TenantRecord } from '../tenancy/tenant.entity.js';
import { SsoClient, describe } from './sso-client.js';
import { emailDomain, type SsoConfig } from './sso-config.js';
import { SsoConfigService } from './sso-config.service.js';
import { SsoSignInEntity } from './sso-sign-in.entity.js';

export const SSO_COOKIE = 'cadre_sso';
const ATTEMPT_SECONDS = 600;
const CODE_SECONDS = 60;
/** An account made just in time can never sign in with a password (not a scrypt hash). */
const NO_PASSWORD = 'sso-only';

/** Why a sign-in was refused: the console shows a message for each; the audit entry has the detail. */
export type SsoRefusal = 'state' | 'idp' | 'token' | 'email' | 'domain' | 'no_account' | 'disabled' | 'not_configured';

class Refused extends Error {
  constructor(readonly reason: SsoRefusal, readonly detail: string) {
    super(detail);
  }
}

const newSecret = () => randomBytes(32).toString('base64url');
export const callbackUrl = (origin: string) => `${origin}/auth/sso/callback`;

/** The authorization code flow with PKCE, state and nonce, then Cadre's own tokens through a one-time code. */
@Injectable()
export class SsoService {
  constructor(
    private readonly data: DataService,
    private readonly configs: SsoConfigService,
    private readonly client: SsoClient,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly signIns: SignInCache,
  ) {}

  /** The tenant's provider for the login page, or null when it has no single sign-on. */
  async provider(slug: string): Promise<{ displayName: string; ssoOnly: boolean } | null> {
    const tenant = await this.data.manager.findOneBy(TenantRecord, { slug: slug.trim().toLowerCase() });
    const config = tenant ? await this.configs.get(tenant.id) : null;
    return config?.enabled ? { displayName: config.displayName, ssoOnly: config.ssoOnly } : null;
  }

  /** Where to send the browser, and the cookie binding this attempt to it. */
  async start(slug: string, origin: string): Promise<{ location: string; binding: string }> {
    const tenant = await this.data.manager.findOneBy(TenantRecord, { slug });
    const config = tenant ? await this.configs.get(tenant.id) : null;
    if (!tenant || !config?.enabled) throw new NotFoundError('Single sign-on for tenant', slug);
    const provider = await this.client.configuration(tenant.id, config, await this.configs.secret(tenant.id));
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const binding = newSecret();
    await this.data.transaction(async () => {
      const repo = this.data.repo(SsoSignInEntity, tenant.id);
      // Attempts nobody finished are of no use once expired.
      await this.data.manager.delete(SsoSignInEntity, { tenantId: tenant.id, expiresAt: LessThan(nowIso()) });
      await repo.save(repo.create({
        stateHash: sha256(state), bindingHash: sha256(binding), nonce, codeVerifier, expiresAt: new Date(Date.now() + ATTEMPT_SECONDS * 1000).toISOString(),
        callbackAt: null, accountId: null, codeHash: null, exchangedAt: null,
      }));
    });
    const url = oidc.buildAuthorizationUrl(provider, {
      redirect_uri: callbackUrl(origin), scope: 'openid email profile', state, nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier), code_challenge_method: 'S256',
    });
    return { location: url.href, binding };
  }

  /**
   * The provider sent the browser back: checks the attempt (once, same browser, in time), trades
   * the code for tokens, verifies the ID token, finds or makes the account, maps its roles and
   * issues a one-time code for the console. Returns the console address to go to.
   */
  async callback(query: Record<string, string>, binding: string | undefined, origin: string): Promise<string> {
    const attempt = query.state ? await this.data.manager.findOneBy(SsoSignInEntity, { stateHash: sha256(query.state) }) : null;
    if (!attempt) return `${origin}/login#sso_error=state`;
    const ctx = RequestContexts.current();
    if (ctx) ctx.tenantId = attempt.tenantId;
    try {
      const claimed = await this.data.transaction(() => this.data.manager.update(SsoSignInEntity, { id: attempt.id, callbackAt: IsNull() }, { callbackAt: nowIso() }));
      if (claimed.affected !== 1) throw new Refused('state', 'this sign-in attempt was already used');
      if (attempt.expiresAt < nowIso()) throw new Refused('state', 'this sign-in attempt has expired');
      if (!binding || sha256(binding) !== attempt.bindingHash) throw new Refused('state', 'the sign-in was started in another browser');
      if (query.error) throw new Refused('idp', `the identity provider answered ${query.error}${query.error_description ? `: ${query.error_description}` : ''}`.slice(0, 300));
      const config = await this.configs.get(attempt.tenantId);
      if (!config.enabled) throw new Refused('not_configured', 'single sign-on is turned off');
      const claims = await this.verify(attempt, config, query, origin);
      const code = newSecret();
      const finish = () => this.data.transaction(async () => {
        const account = await this.account(attempt.tenantId, config, claims);
        await this.data.manager.update(SsoSignInEntity, { id: attempt.id }, { accountId: account.id, codeHash: sha256(code) });
      });
      // Two first sign-ins of one email at once: the unique index refuses the second account, which then finds the first.
      await finish().catch((error: unknown) => (isUniqueViolation(error) ? finish() : Promise.reject(error)));
      return `${origin}/login#sso=${code}`;
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      await this.data.transaction(() => this.audit.record({ operation: 'ssoLoginRefused', targetType: 'SsoSignIn', targetId: attempt.id, after: { reason: error.reason, detail: error.detail } }, attempt.tenantId));
      return `${origin}/login#sso_error=${error.reason}`;
    }
  }

  /** Code for tokens at the provider; openid-client checks state, PKCE, issuer, audience, expiry, nonce and the signature. */
  private async verify(attempt: SsoSignInEntity, config: SsoConfig, query: Record<string, string>, origin: string): Promise<Record<string, unknown>> {
    const provider = await this.client.configuration(attempt.tenantId, config, await this.configs.secret(attempt.tenantId));
    const current = new URL(callbackUrl(origin));
    for (const [k, v] of Object.entries(query)) current.searchParams.set(k, v);
    try {
      const tokens = await oidc.authorizationCodeGrant(provider, current, { pkceCodeVerifier: attempt.codeVerifier, expectedState: query.state, expectedNonce: attempt.nonce, idTokenExpected: true });
      return (tokens.claims() ?? {}) as Record<string, unknown>;
    } catch (error) {
      throw new Refused('token', describe(error));
    }
  }

  /** The account for the verified claims, refused or made just in time per the tenant's choice; its mapped roles follow the groups claim. */
  private async account(tenantId: string, config: SsoConfig, claims: Record<string, unknown>): Promise<AccountEntity> {
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!email.includes('@')) throw new Refused('email', 'the ID token has no email claim (ask for the email scope)');
    if (claims.email_verified === false) throw new Refused('email', `${email} is not verified at the identity provider`);
    if (config.allowedDomains.length && !config.allowedDomains.includes(emailDomain(email))) throw new Refused('domain', `${email} is outside the allowed domains`);
    const accounts = this.data.repo(AccountEntity, tenantId);
    let account = await accounts.findOneBy({ email });
    const created = !account;
    if (!account) {
      if (!config.jit) throw new Refused('no_account', `no account for ${email} and accounts are not created on first sign-in`);
      const person = await this.data.repo(PersonEntity, tenantId).findOneBy({ email });
      account = await accounts.save(accounts.create({ email, passwordHash: NO_PASSWORD, personId: person?.id ?? null, disabled: false }));
    }
    if (account.disabled) throw new Refused('disabled', `the account ${email} is disabled`);
    const raw = claims[config.groupsClaim];
    const groups = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
    const roles = await this.syncRoles(tenantId, account.id, config, groups, created);
    const ctx = RequestContexts.current();
    if (ctx) Object.assign(ctx, { tenantId, accountId: account.id, accountEmail: account.email });
    await this.audit.record({ operation: 'ssoLogin', targetType: 'Account', targetId: account.id, after: { email, issuer: config.issuer, created, groups, roles } }, tenantId);
    return account;
  }

  /** Mapped roles the groups no longer give are taken, new ones given; roles no mapping names (and the owner) are left alone. */
  private async syncRoles(tenantId: string, accountId: string, config: SsoConfig, groups: string[], created: boolean): Promise<string[]> {
    const roles = await this.data.repo(RoleEntity, tenantId).find();
    const keyOf = new Map(roles.map((r) => [r.id, r.key]));
    const managed = new Set(config.roleMappings.map((m) => m.role).filter((k) => k !== 'owner'));
    const wanted = new Set(config.roleMappings.filter((m) => groups.includes(m.group) && managed.has(m.role)).map((m) => m.role));
    if (created && !wanted.size) wanted.add('employee');
    const links = this.data.repo(AccountRoleEntity, tenantId);
    const current = await links.findBy({ accountId });
    const stale = current.filter((l) => managed.has(keyOf.get(l.roleId) ?? '') && !wanted.has(keyOf.get(l.roleId)!));
    for (const link of stale) await links.deleteBy({ id: link.id });
    const have = new Set(current.map((l) => keyOf.get(l.roleId)));
    const add = roles.filter((r) => wanted.has(r.key) && !have.has(r.key));
    if (add.length) await links.saveMany(add.map((r) => links.create({ accountId, roleId: r.id })));
    if (stale.length || add.length) this.signIns.invalidateAfterCommit(this.data, tenantId);
    return [...have, ...add.map((r) => r.key)].filter((k): k is string => !!k && !stale.some((l) => keyOf.get(l.roleId) === k)).sort();
  }

  /** The console's one-time code for Cadre's usual access and refresh tokens; a code works once, for a minute. */
  async exchange(code: string, address: string | null): Promise<IssuedTokens> {
    const attempt = code ? await this.data.manager.findOneBy(SsoSignInEntity, { codeHash: sha256(code) }) : null;
    const fresh = attempt?.callbackAt && new Date(attempt.callbackAt).getTime() + CODE_SECONDS * 1000 > Date.now();
    if (!attempt || !attempt.accountId || !fresh) throw new UnauthenticatedError('The sign-in code is not valid or has expired: sign in again');
    return this.data.transaction(async () => {
      const claimed = await this.data.manager.update(SsoSignInEntity, { id: attempt.id, exchangedAt: IsNull() }, { exchangedAt: nowIso() });
      if (claimed.affected !== 1) throw new UnauthenticatedError('The sign-in code was already used: sign in again');
      const account = await this.data.repo(AccountEntity, attempt.tenantId).findOneBy({ id: attempt.accountId! });
      if (!account || account.disabled) throw new UnauthenticatedError('The account no longer exists or is disabled');
      const ctx = RequestContexts.current();
      if (ctx) Object.assign(ctx, { tenantId: account.tenantId, accountId: account.id, accountEmail: account.email });
      return this.auth.startSession(account, address);
    });
  }
}
