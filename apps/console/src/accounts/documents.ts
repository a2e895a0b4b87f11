import { graphql } from '../gql';

export const AccountsDocument = graphql(`
  query Accounts {
    accounts { id email disabled roles person { id name } }
  }
`);

export const AccountRolesDocument = graphql(`
  query AccountRoles {
    roles { key name }
  }
`);

export const CreateAccountDocument = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { id email }
  }
`);

export const SetAccountRolesDocument = graphql(`
  mutation SetAccountRoles($accountId: ID!, $roles: [String!]!) {
    setAccountRoles(accountId: $accountId, roles: $roles) { id roles }
  }
`);

export const SetAccountDisabledDocument = graphql(`
  mutation SetAccountDisabled($accountId: ID!, $disabled: Boolean!) {
    setAccountDisabled(accountId: $accountId, disabled: $disabled) { id disabled }
  }
`);
