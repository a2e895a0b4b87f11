import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/decorators.js';
import { ApiTokenService } from './api-token.service.js';
import { ApiTokenType, CreateApiTokenInput, CreatedApiTokenType } from './api-token.types.js';

// @SignedIn: anyone manages their own personal tokens; the service checks tokens.manage for the rest.
@Resolver()
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Query(() => [ApiTokenType], { description: 'Your personal API tokens; every token of the tenant with tokens.manage. Newest first' })
  @SignedIn()
  apiTokens(): Promise<ApiTokenType[]> {
    return this.tokens.list();
  }

  @Mutation(() => CreatedApiTokenType, { description: 'Creates an API token for `Authorization: Bearer`; the token is in this answer only' })
  @SignedIn()
  createApiToken(@Args('input') input: CreateApiTokenInput): Promise<CreatedApiTokenType> {
    return this.tokens.create(input);
  }

  @Mutation(() => ApiTokenType, { description: 'Revokes a token at once: your own personal tokens, or any with tokens.manage' })
  @SignedIn()
  revokeApiToken(@Args('id', { type: () => ID }) id: string): Promise<ApiTokenType> {
    return this.tokens.revoke(id);
  }
}
