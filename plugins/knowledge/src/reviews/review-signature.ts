import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-cadre-signature';
export const TENANT_HEADER = 'x-cadre-tenant';
export const WEBHOOK_SECRET_KEY = 'knowledge.webhookSecret';

/** `sha256=<hex HMAC-SHA256 of the raw body>`, what a forge sends in X-Cadre-Signature. */
export function signBody(secret: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** Checks the header against the body in constant time; the reason never contains the secret. */
export function verifySignature(secret: string, body: Buffer, header: string | undefined): SignatureCheck {
  if (!header) return { ok: false, reason: 'missing X-Cadre-Signature' };
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match) return { ok: false, reason: 'malformed X-Cadre-Signature (expected sha256=<64 hex digits>)' };
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(match[1], 'hex')) ? { ok: true } : { ok: false, reason: 'signature does not match the body' };
}

export const newWebhookSecret = () => randomBytes(32).toString('base64url');
