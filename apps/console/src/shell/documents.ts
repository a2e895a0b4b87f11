import { graphql } from '../gql';

export const MeDocument = graphql(`
  query Me {
    me {
      account { id email }
      roles
      permissions
      person { id name title }
      tenant { id slug name }
      enabledPlugins
    }
  }
`);
