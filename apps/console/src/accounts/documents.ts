import { graphql } from '../gql';

export const AccountsPageDocument = graphql(`
  query AccountsPage($filter: AccountFilter, $sort: AccountSort, $first: Int!, $after: String) {
    accountsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount pageInfo { endCursor hasNextPage }
      nodes { id email disabled roles createdAt person { id name } }
    }
  }
`);

// The walk to a page reached directly (?page=7) needs only the cursors.
export const AccountsCursorDocument = graphql(`
  query AccountsCursor($filter: AccountFilter, $sort: AccountSort, $first: Int!, $after: String) {
    accountsPage(filter: $filter, sort: $sort, first: $first, after: $after) { pageInfo { endCursor hasNextPage } }
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
