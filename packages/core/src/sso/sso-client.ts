import { Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { sha256 } from '../auth/token.service.js';
import { isLoopbackHttp, type SsoConfig } from './sso-config.js';

const TIMEOUT_SECONDS = 10;
const CACHE_MS = 10 * 60_000;

export interface SsoTestStep {
  step: 'discovery' | 'endpoints' | 'keys';
  ok: boolean;
  detail: string;
}

/** Talks to identity providers through openid-client: discovery (cached a few minutes per tenant) and the connection test. */
@Injectable()
export class SsoClient {
  private readonly cache = new Map<string, { key: string; at: number; config: Promise<oidc.Configuration> }>();

  /** The provider's configuration for this tenant's client; a failed discovery is not kept. */
  configuration(tenantId: string, config: SsoConfig, secret: string | null): Promise<oidc.Configuration> {
    const key = `${config.issuer}|${config.clientId}|${secret ? sha256(secret) : ''}`;
    const cached = this.cache.get(tenantId);
    if (cached && cached.key === key && Date.now() - cached.at < CACHE_MS) return cached.config;
    const discovered = discover(config.issuer, config.clientId, secret);
    this.cache.set(tenantId, { key, at: Date.now(), config: discovered });
    discovered.catch(() => this.cache.get(tenantId)?.config === discovered && this.cache.delete(tenantId));
    return discovered;
  }

  /** Discovery, then the endpoints a sign-in needs, then the signing keys: each step says what failed. */
  async test(issuer: string): Promise<SsoTestStep[]> {
    const steps: SsoTestStep[] = [];
    let metadata: oidc.ServerMetadata;
    try {
      metadata = (await discover(issuer, 'cadre-connection-test', null)).serverMetadata();
      steps.push({ step: 'discovery', ok: true, detail: `${issuer}/.well-known/openid-configuration names issuer ${metadata.issuer}` });
    } catch (error) {
      steps.push({ step: 'discovery', ok: false, detail: describe(error) });
      return steps;
    }
    const missing = (['authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const).filter((k) => !metadata[k]);
    const pkce = metadata.code_challenge_methods_supported?.includes('S256') ?? true;
    steps.push({ step: 'endpoints', ok: !missing.length && pkce, detail: missing.length ? `missing ${missing.join(', ')}` : pkce ? 'authorization, token and keys endpoints found; PKCE S256 supported' : 'the provider does not support PKCE with S256' });
    if (!metadata.jwks_uri) return steps;
    try {
      const response = await fetch(metadata.jwks_uri, { signal: AbortSignal.timeout(TIMEOUT_SECONDS * 1000), headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`${metadata.jwks_uri} answered HTTP ${response.status}`);
      const keys = ((await response.json()) as { keys?: Array<{ use?: string }> }).keys ?? [];
      const signing = keys.filter((k) => !k.use || k.use === 'sig').length;
      steps.push({ step: 'keys', ok: signing > 0, detail: signing > 0 ? `${signing} signing key(s) at ${metadata.jwks_uri}` : `no signing key at ${metadata.jwks_uri}` });
    } catch (error) {
      steps.push({ step: 'keys', ok: false, detail: describe(error) });
    }
    return steps;
  }
}

function discover(issuer: string, clientId: string, secret: string | null): Promise<oidc.Configuration> {
  const url = new URL(issuer);
  return oidc.discovery(url, clientId, secret ? { client_secret: secret } : undefined, secret ? oidc.ClientSecretPost(secret) : oidc.None(), {
    timeout: TIMEOUT_SECONDS,
    execute: isLoopbackHttp(url) ? [oidc.allowInsecureRequests] : [],
  });
}

/**
 * An error as the operator needs it: openid-client's message, the check underneath it (which claim
 * failed) and its code; never request bodies or secrets.
 */
export function describe(error: unknown): string {
  const e = error as { message?: string; code?: string; cause?: { message?: string; code?: string } };
  const parts = [e.message ?? String(error)];
  if (e.cause?.message && e.cause.message !== e.message) parts.push(`: ${e.cause.message}`);
  const code = e.code ?? e.cause?.code;
  if (code && !parts.join('').includes(code)) parts.push(` (${code})`);
  return parts.join('').slice(0, 300);
}
