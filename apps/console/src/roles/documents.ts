import { graphql } from '../gql';

export const RolesMatrixDocument = graphql(`
  query RolesMatrix {
    roles { id key name description builtIn permissions updatedAt }
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
    updateRole(id: $id, input: $input) { id key name updatedAt }
  }
`);

export const SetRolePermissionDocument = graphql(`
  mutation SetRolePermission($id: ID!, $permission: String!, $granted: Boolean!) {
    setRolePermission(id: $id, permission: $permission, granted: $granted) { id permissions updatedAt }
  }
`);

export const DeleteRoleDocument = graphql(`
  mutation DeleteRole($id: ID!) {
    deleteRole(id: $id)
  }
`);
