import { graphql } from '../gql';

export const RolesMatrixDocument = graphql(`
  query RolesMatrix {
    roles { id key name description builtIn permissions }
    permissions { id description owner defaultRoles }
  }
`);

export const CreateRoleDocument = graphql(`
  mutation CreateRole($input: RoleInput!) {
    createRole(input: $input) { id key name }
  }
`);

export const UpdateRoleDocument = graphql(`
  mutation UpdateRole($id: ID!, $input: RoleInput!) {
    updateRole(id: $id, input: $input) { id key name }
  }
`);

export const DeleteRoleDocument = graphql(`
  mutation DeleteRole($id: ID!) {
    deleteRole(id: $id)
  }
`);
