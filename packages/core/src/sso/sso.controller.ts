import { Controller, Get, Inject, Logger, Param, Query, Redirect, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../access/decorators.js';
import { CADRE_CONFIG } from '../app/tokens.js';
import type { CadreConfig } from '../config/config.js';
import { NotFoundError } from '../graphql/errors.js';
import { describe } from './sso-client.js';
import { SSO_COOKIE, SsoService } from './sso.service.js';

/** Where browsers reach Cadre: CADRE_PUBLIC_URL, else this request's own origin (behind trusted proxies, the forwarded one). */
export function publicOrigin(config: CadreConfig, request: { protocol: string; host: string }): string {
  return config.publicUrl ?? `${request.protocol}://${request.host}`;
}

function cookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * The browser side of OIDC single sign-on. Both routes answer with a redirect: to the identity
 * provider, or back to the console's login page with a one-time code (never a token) or a reason.
 */
@Controller('auth/sso')
export class SsoController {
  private readonly log = new Logger('SSO');

  constructor(
    private readonly sso: SsoService,
    @Inject(CADRE_CONFIG) private readonly config: CadreConfig,
  ) {}

  @Get('callback')
  @Public()
  @Redirect()
  async callback(@Query() query: Record<string, string>, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const origin = publicOrigin(this.config, request);
    reply.header('set-cookie', `${SSO_COOKIE}=; Path=/auth/sso; HttpOnly; SameSite=Lax; Max-Age=0`);
    reply.header('cache-control', 'no-store');
    return { url: await this.sso.callback(query ?? {}, cookie(request, SSO_COOKIE), origin), statusCode: 302 };
  }

  @Get(':tenant/start')
  @Public()
  @Redirect()
  async start(@Param('tenant') tenant: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const origin = publicOrigin(this.config, request);
    reply.header('cache-control', 'no-store');
    try {
      const { location, binding } = await this.sso.start(tenant, origin);
      // Lax: the provider's redirect back is a top-level GET from another site, which Lax lets through.
      const secure = origin.startsWith('https:') ? '; Secure' : '';
      reply.header('set-cookie', `${SSO_COOKIE}=${binding}; Path=/auth/sso; HttpOnly; SameSite=Lax; Max-Age=600${secure}`);
      return { url: location, statusCode: 302 };
    } catch (error) {
      if (error instanceof NotFoundError) return { url: `${origin}/login#sso_error=not_configured`, statusCode: 302 };
      // The provider could not be reached or its discovery document is wrong: the operator needs the reason, the browser only the outcome.
      this.log.warn(`single sign-on for ${tenant} could not start: ${describe(error)}`);
      return { url: `${origin}/login#sso_error=idp`, statusCode: 302 };
    }
  }
}
