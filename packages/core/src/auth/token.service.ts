import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import { CADRE_CONFIG } from '../app/tokens.js';
import type { CadreConfig } from '../config/config.js';
import { UnauthenticatedError } from '../graphql/errors.js';

export interface AccessClaims {
  accountId: string;
  tenantId: string;
  /** The sign-in (refresh-token family) the token belongs to: ending it ends the token too. */
  sessionId?: string;
  /** Expiry, ms since the epoch (set when verified). */
  expiresAt?: number;
}

@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(CADRE_CONFIG) private readonly config: CadreConfig) {
    this.key = new TextEncoder().encode(config.secrets.jwt);
  }

  async signAccess(claims: AccessClaims): Promise<string> {
    return new SignJWT({ tid: claims.tenantId, typ: 'access', ...(claims.sessionId ? { sid: claims.sessionId } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.accountId)
      .setIssuedAt()
      .setExpirationTime(`${this.config.accessTokenTtlSeconds}s`)
      .sign(this.key);
  }

  async verifyAccess(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
      if (payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.tid !== 'string') throw new Error('wrong token type');
      return { accountId: payload.sub, tenantId: payload.tid, sessionId: typeof payload.sid === 'string' ? payload.sid : undefined, expiresAt: (payload.exp ?? 0) * 1000 };
    } catch (error) {
      const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
      throw new UnauthenticatedError(expired ? 'The access token has expired: refresh it or sign in again' : 'The access token is not valid');
    }
  }

  /** A refresh token is `<row id>.<secret>`; only the secret's SHA-256 is stored. */
  newRefreshSecret(): { secret: string; hash: string } {
    const secret = randomBytes(32).toString('base64url');
    return { secret, hash: sha256(secret) };
  }
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
