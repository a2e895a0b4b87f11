// A real OpenID Connect provider (oidc-provider) on a random local port, for single sign-on tests.
// Sign-in at the provider is automatic: it signs in as whoever the test set with `as()`. A test may
// also tamper with the next ID token (re-signed with the provider's own key), to play a provider
// that answers for another client, too late, or with the wrong nonce.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, decodeJwt, exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

export interface IdpUser {
  sub: string;
  email: string;
  groups?: string[];
  emailVerified?: boolean;
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who the provider signs in next. */
  as(user: IdpUser): void;
  /** Claims to overwrite in the next ID token only. */
  tamperNextIdToken(claims: Record<string, unknown>): void;
  close(): Promise<void>;
}

export async function startTestIdp(redirectUris: string[]): Promise<TestIdp> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const users = new Map<string, IdpUser>();
  let current: IdpUser | null = null;
  let tamper: Record<string, unknown> | null = null;

  const provider = new Provider(issuer, {
    clients: [{ client_id: 'cadre', client_secret: 'cadre-client-secret-0123456789', redirect_uris: redirectUris, response_types: ['code'], grant_types: ['authorization_code'], token_endpoint_auth_method: 'client_secret_post' }],
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-idp-cookie-key'] },
    // Claims of the requested scopes go into the ID token (not only the userinfo endpoint), as Keycloak and Okta do.
    conformIdTokenClaims: false,
    claims: { openid: ['sub', 'groups'], email: ['email', 'email_verified'], profile: ['name'] },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, ClientCredentials: 600, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx: unknown, sub: string) => {
      const user = users.get(sub);
      return user ? { accountId: sub, claims: async () => ({ sub, email: user.email, email_verified: user.emailVerified ?? true, groups: user.groups ?? [], name: user.email }) } : undefined;
    },
  } as never);

  provider.use(async (ctx, next) => {
    if (ctx.path.startsWith('/interaction/')) {
      // The person "signs in" at once and consents to what was asked.
      if (!current) throw new Error('test IdP: call as(user) before signing in');
      const details = await provider.interactionDetails(ctx.req, ctx.res);
      const grant = new provider.Grant({ accountId: current.sub, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: current.sub }, consent: { grantId } }, { mergeWithLastSubmission: false }));
      return;
    }
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && tamper && body?.id_token) {
      const claims = { ...decodeJwt(body.id_token), ...tamper };
      tamper = null;
      body.id_token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: 'JWT' }).sign(privateKey);
    }
  });
  server.on('request', provider.callback());

  return {
    issuer,
    clientId: 'cadre',
    clientSecret: 'cadre-client-secret-0123456789',
    as(user) {
      users.set(user.sub, user);
      current = user;
    },
    tamperNextIdToken(claims) {
      tamper = claims;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * A browser's walk through redirects with its own cookie jar (one host, so one jar): from `url`
 * until a Location that starts with `stopAt`, which it returns.
 */
export class Walker {
  readonly cookies = new Map<string, string>();

  async get(url: string): Promise<Response> {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      if (!value || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async follow(url: string, stopAt: string, beforeEach?: (url: string) => string): Promise<string> {
    let next = url;
    for (let hop = 0; hop < 20; hop++) {
      if (next.startsWith(stopAt)) return next;
      const response = await this.get(beforeEach ? beforeEach(next) : next);
      const location = response.headers.get('location');
      if (!location) throw new Error(`${next} answered ${response.status} without a redirect: ${(await response.text()).slice(0, 300)}`);
      next = new URL(location, next).href;
    }
    throw new Error('too many redirects');
  }
}
