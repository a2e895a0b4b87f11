import { graphql } from '../../gql';

export const ApiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on ApiToken { id kind name prefix scopes ownerEmail createdByEmail createdAt expiresAt lastUsedAt revokedAt active }
`);

export const ApiTokensDocument = graphql(`
  query ApiTokens {
    apiTokens { ...ApiTokenFields }
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { token apiToken { ...ApiTokenFields } }
  }
`);

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) { ...ApiTokenFields }
  }
`);
