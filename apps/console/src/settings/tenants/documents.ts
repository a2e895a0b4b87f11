import { graphql } from '../../gql';

export const InstallationOwnerDocument = graphql(`
  query InstallationOwner {
    me { installationOwner }
  }
`);

export const TenantsDocument = graphql(`
  query Tenants {
    tenants { id slug name createdAt activePeople activeAccounts }
  }
`);

export const CreateTenantDocument = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) { id slug name }
  }
`);
