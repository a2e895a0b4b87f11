import { graphql } from '../../gql';

export const SsoConfigFieldsFragment = graphql(`
  fragment SsoConfigFields on SsoConfig { enabled displayName issuer clientId clientSecretSet allowedDomains groupsClaim roleMappings { group role } jit ssoOnly redirectUri }
`);

export const SsoConfigDocument = graphql(`
  query SsoConfig {
    ssoConfig { ...SsoConfigFields }
    roles { key name }
  }
`);

export const SetSsoConfigDocument = graphql(`
  mutation SetSsoConfig($input: SsoConfigInput!) {
    setSsoConfig(input: $input) { ...SsoConfigFields }
  }
`);

export const TestSsoConnectionDocument = graphql(`
  query TestSsoConnection($issuer: String!) {
    testSsoConnection(issuer: $issuer) { ok steps { step ok detail } }
  }
`);
