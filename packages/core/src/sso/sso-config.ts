import { UserInputError } from '../graphql/errors.js';
import { msg } from '../i18n/msg.js';

/** The tenant's OIDC settings (setting `sso.config`); the client secret lives apart in `sso.clientSecret`, a secret setting. */
export interface SsoConfig {
  enabled: boolean;
  /** Shown on the login page: "Sign in with <displayName>". */
  displayName: string;
  issuer: string;
  clientId: string;
  /** Lower-case domains an email must be in; empty = any. */
  allowedDomains: string[];
  /** The ID token claim holding the groups (`groups` for Keycloak and Okta). */
  groupsClaim: string;
  roleMappings: Array<{ group: string; role: string }>;
  /** Unknown users get an account (linked to the person with their email) instead of being refused. */
  jit: boolean;
  /** Local passwords are refused, except the owner's (break-glass). */
  ssoOnly: boolean;
}

export const SSO_CONFIG_SETTING = 'sso.config';
export const SSO_SECRET_SETTING = 'sso.clientSecret';

export const DEFAULT_SSO_CONFIG: SsoConfig = {
  enabled: false, displayName: '', issuer: '', clientId: '', allowedDomains: [], groupsClaim: 'groups', roleMappings: [], jit: false, ssoOnly: false,
};

/** Loopback issuers may use plain http (a provider on the same machine, tests); every other one needs https. */
export const isLoopbackHttp = (url: URL) => url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/** Checks and normalises an input; each problem names its field under `input.`. */
export function normaliseSsoConfig(input: SsoConfig): SsoConfig {
  const issuer = input.issuer.trim().replace(/\/+$/, '');
  const clientId = input.clientId.trim();
  const displayName = input.displayName.trim();
  const groupsClaim = input.groupsClaim.trim() || 'groups';
  if (issuer) {
    let url: URL | null = null;
    try {
      url = new URL(issuer);
    } catch {
      throw new UserInputError('input.issuer', 'must be a URL such as https://login.example.com/realms/acme');
    }
    if (url.protocol !== 'https:' && !isLoopbackHttp(url)) throw new UserInputError('input.issuer', 'must use https (plain http only for localhost)');
  }
  if (input.enabled && !issuer) throw new UserInputError('input.issuer', 'is required to enable single sign-on');
  if (input.enabled && !clientId) throw new UserInputError('input.clientId', 'is required to enable single sign-on');
  if (displayName.length > 60) throw new UserInputError('input.displayName', 'must have at most 60 characters');
  if (input.ssoOnly && !input.enabled) throw new UserInputError('input.ssoOnly', 'needs single sign-on enabled');
  const allowedDomains = [...new Set(input.allowedDomains.map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean))];
  const badDomain = allowedDomains.find((d) => !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d));
  if (badDomain) throw new UserInputError('input.allowedDomains', msg`"${badDomain}" is not a domain`);
  const roleMappings = input.roleMappings.map((m) => ({ group: m.group.trim(), role: m.role.trim() }));
  roleMappings.forEach((m, i) => {
    if (!m.group) throw new UserInputError(`input.roleMappings.${i}.group`, 'is required');
    // The owner is never given or taken by the identity provider (like SCIM): that would lock the break-glass account out.
    if (m.role === 'owner') throw new UserInputError(`input.roleMappings.${i}.role`, 'the owner role cannot come from single sign-on');
  });
  return { enabled: input.enabled, displayName: displayName || 'SSO', issuer, clientId, allowedDomains, groupsClaim, roleMappings, jit: input.jit, ssoOnly: input.ssoOnly };
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}
