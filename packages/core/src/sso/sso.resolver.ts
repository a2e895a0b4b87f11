import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, RequirePermission } from '../access/decorators.js';
import { CADRE_CONFIG } from '../app/tokens.js';
import { AuthPayloadType } from '../auth/auth.types.js';
import type { CadreConfig } from '../config/config.js';
import { RequestContexts } from '../context/request-context.js';
import { OwnTransaction } from '../database/own-transaction.js';
import { UserInputError } from '../graphql/errors.js';
import { SsoClient } from './sso-client.js';
import { isLoopbackHttp, type SsoConfig } from './sso-config.js';
import { SsoConfigService } from './sso-config.service.js';
import { publicOrigin } from './sso.controller.js';
import { SsoService, callbackUrl } from './sso.service.js';
import { SsoConfigInput, SsoConfigType, SsoProviderType, SsoTestResultType } from './sso.types.js';

type GqlContext = { req: { protocol: string; host: string } };

@Resolver()
export class SsoResolver {
  constructor(
    private readonly configs: SsoConfigService,
    private readonly sso: SsoService,
    private readonly client: SsoClient,
    @Inject(CADRE_CONFIG) private readonly config: CadreConfig,
  ) {}

  private async view(config: SsoConfig, context: GqlContext): Promise<SsoConfigType> {
    return { ...config, clientSecretSet: !!(await this.configs.secret()), redirectUri: callbackUrl(publicOrigin(this.config, context.req)) };
  }

  @Query(() => SsoConfigType)
  @RequirePermission('settings.read')
  async ssoConfig(@Context() context: GqlContext): Promise<SsoConfigType> {
    return this.view(await this.configs.get(), context);
  }

  @Mutation(() => SsoConfigType, { description: 'Saves the single sign-on settings; audited without the secret' })
  @RequirePermission('settings.write')
  async setSsoConfig(@Args('input') input: SsoConfigInput, @Context() context: GqlContext): Promise<SsoConfigType> {
    const { clientSecret, ...config } = input;
    return this.view(await this.configs.save(config, clientSecret), context);
  }

  @Query(() => SsoTestResultType, { description: "Fetches the issuer's discovery document and signing keys, saying which step failed" })
  @RequirePermission('settings.write')
  async testSsoConnection(@Args('issuer') issuer: string): Promise<SsoTestResultType> {
    let url: URL;
    try {
      url = new URL(issuer.trim().replace(/\/+$/, ''));
    } catch {
      throw new UserInputError('issuer', 'must be a URL such as https://login.example.com/realms/acme');
    }
    if (url.protocol !== 'https:' && !isLoopbackHttp(url)) throw new UserInputError('issuer', 'must use https (plain http only for localhost)');
    const steps = await this.client.test(url.href.replace(/\/+$/, ''));
    return { ok: steps.length === 3 && steps.every((s) => s.ok), steps };
  }

  @Query(() => SsoProviderType, { nullable: true, description: "The tenant's single sign-on for the login page, null when it has none" })
  @Public()
  async ssoProvider(@Args('tenant') tenant: string): Promise<SsoProviderType | null> {
    const provider = await this.sso.provider(tenant);
    return provider ? { ...provider, startPath: `/auth/sso/${encodeURIComponent(tenant.trim().toLowerCase())}/start` } : null;
  }

  @Mutation(() => AuthPayloadType, { description: 'Exchanges the one-time code from a single sign-on for the usual tokens' })
  @Public()
  @OwnTransaction()
  ssoExchange(@Args('code') code: string): Promise<AuthPayloadType> {
    return this.sso.exchange(code, RequestContexts.current()?.ip ?? null);
  }
}
