/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountFilter = {
  /** A role key: only accounts that hold this role */
  role?: string | null | undefined;
  /** Part of the account's email or of its person's name, any case */
  search?: string | null | undefined;
};

export type AccountSort = {
  direction?: SortDirection;
  field: AccountSortField;
};

export type AccountSortField =
  | 'CREATED_AT'
  | 'EMAIL';

/** PERSONAL acts as its owner; SERVICE acts as itself for the tenant (needs tokens.manage) */
export type ApiTokenKind =
  | 'PERSONAL'
  | 'SERVICE';

export type AuditFilterInput = {
  actorEmail?: string | null | undefined;
  actorId?: string | null | undefined;
  /** ISO date or timestamp (inclusive) */
  from?: string | null | undefined;
  operation?: string | null | undefined;
  targetId?: string | null | undefined;
  /** ISO date or timestamp (inclusive) */
  to?: string | null | undefined;
};

export type CompensationInput = {
  base: number;
  currency: string;
};

export type CreateAccountInput = {
  email: string;
  password: string;
  personId?: string | null | undefined;
  roles?: Array<string>;
};

export type CreateApiTokenInput = {
  /** ISO date or timestamp in the future; null: never expires */
  expiresAt?: string | null | undefined;
  kind?: ApiTokenKind;
  name: string;
  /** Permission ids, each one the creator holds */
  scopes: Array<string>;
};

export type CreatePersonInput = {
  compensation?: CompensationInput | null | undefined;
  /** Why they leave (needs people.departures.write and a leave date) */
  departure?: DepartureInput | null | undefined;
  email: string;
  hireDate?: string | null | undefined;
  /** Last working day; set to today when status becomes 'terminated' without one */
  leaveDate?: string | null | undefined;
  level?: string | null | undefined;
  location?: string | null | undefined;
  managerId?: string | null | undefined;
  name: string;
  orgUnitId?: string | null | undefined;
  status?: string | null | undefined;
  title?: string | null | undefined;
  track?: string | null | undefined;
};

export type CreateTenantInput = {
  name: string;
  /** The new tenant’s first account, holding its owner role */
  ownerEmail: string;
  ownerPassword: string;
  /** 2–63 lower-case letters, digits or dashes; typed at sign-in */
  slug: string;
};

export type CreateWebhookSubscriptionInput = {
  description?: string | null | undefined;
  events: Array<string>;
  url: string;
};

export type DepartureInput = {
  reason?: string | null | undefined;
  regretted?: boolean | null | undefined;
  /** 'voluntary' or 'involuntary' */
  type?: string | null | undefined;
};

export type PeopleFilter = {
  level?: string | null | undefined;
  managerId?: string | null | undefined;
  orgUnitId?: string | null | undefined;
  /** Matches name, email or title */
  search?: string | null | undefined;
  status?: string | null | undefined;
  track?: string | null | undefined;
};

export type RoleInput = {
  description?: string | null | undefined;
  /** The updatedAt you read: if the role changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: string | null | undefined;
  /** Only when creating */
  key?: string | null | undefined;
  name: string;
  permissions: Array<string>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SsoConfigInput = {
  allowedDomains?: Array<string>;
  clientId?: string;
  /** A new client secret; leave out to keep the stored one */
  clientSecret?: string | null | undefined;
  displayName?: string;
  enabled: boolean;
  groupsClaim?: string;
  issuer?: string;
  jit?: boolean;
  roleMappings?: Array<SsoRoleMappingInput>;
  ssoOnly?: boolean;
};

export type SsoRoleMappingInput = {
  group: string;
  role: string;
};

export type UpdatePersonInput = {
  compensation?: CompensationInput | null | undefined;
  /** Why they leave (needs people.departures.write and a leave date) */
  departure?: DepartureInput | null | undefined;
  email?: string | null | undefined;
  /** The updatedAt you read: if the person changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: string | null | undefined;
  hireDate?: string | null | undefined;
  /** Last working day; set to today when status becomes 'terminated' without one */
  leaveDate?: string | null | undefined;
  level?: string | null | undefined;
  location?: string | null | undefined;
  managerId?: string | null | undefined;
  name?: string | null | undefined;
  orgUnitId?: string | null | undefined;
  status?: string | null | undefined;
  title?: string | null | undefined;
  track?: string | null | undefined;
};

export type AccountsPageQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  sort?: AccountSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AccountsPageQuery = { accountsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, email: string, disabled: boolean, roles: Array<string>, createdAt: string | null, person: { id: string, name: string } | null }> } };

export type AccountsCursorQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  sort?: AccountSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AccountsCursorQuery = { accountsPage: { pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AccountRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountRolesQuery = { roles: Array<{ key: string, name: string }> };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { createAccount: { id: string, email: string } };

export type SetAccountRolesMutationVariables = Exact<{
  accountId: string;
  roles: Array<string> | string;
}>;


export type SetAccountRolesMutation = { setAccountRoles: { id: string, roles: Array<string> } };

export type SetAccountDisabledMutationVariables = Exact<{
  accountId: string;
  disabled: boolean;
}>;


export type SetAccountDisabledMutation = { setAccountDisabled: { id: string, disabled: boolean } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
  tenant?: string | null | undefined;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string } };

export type RefreshTokenMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshTokenMutation = { refreshToken: { accessToken: string, refreshToken: string } };

export type SsoExchangeMutationVariables = Exact<{
  code: string;
}>;


export type SsoExchangeMutation = { ssoExchange: { accessToken: string, refreshToken: string } };

export type LogoutMutationVariables = Exact<{
  refreshToken?: string | null | undefined;
}>;


export type LogoutMutation = { logout: boolean };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, at: string, operation: string, actorEmail: string | null, targetType: string | null, targetId: string | null, before: string | null, after: string | null }> } };

export type HeadcountByStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type HeadcountByStatusQuery = { headcount: { total: number, byStatus: Array<{ key: string, count: number }> } };

export type HeadcountByLevelQueryVariables = Exact<{ [key: string]: never; }>;


export type HeadcountByLevelQuery = { headcount: { byLevel: Array<{ key: string, count: number }> } };

export type RecentAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentAuditQuery = { auditLog: { nodes: Array<{ id: string, at: string, operation: string, actorEmail: string | null, targetType: string | null }> } };

export type JobFieldsFragment = { id: string, type: string, state: string, progress: number, result: string | null, error: string | null, attempts: number, createdAt: string, finishedAt: string | null };

export type JobQueryVariables = Exact<{
  id: string;
}>;


export type JobQuery = { job: { id: string, type: string, state: string, progress: number, result: string | null, error: string | null, attempts: number, createdAt: string, finishedAt: string | null } };

export type JobsQueryVariables = Exact<{
  state: string;
  first: number;
}>;


export type JobsQuery = { jobs: Array<{ id: string, type: string, state: string, progress: number, result: string | null, error: string | null, attempts: number, createdAt: string, finishedAt: string | null }> };

export type AllJobsQueryVariables = Exact<{
  first: number;
}>;


export type AllJobsQuery = { waiting: Array<{ id: string, type: string, state: string, progress: number, result: string | null, error: string | null, attempts: number, createdAt: string, finishedAt: string | null }>, active: Array<{ id: string, type: string, state: string, progress: number, result: string | null, error: string | null, attempts: number, createdAt: string, finishedAt: string | null }>, delayed: Array<{ id: string, type: string, state: string, progress: number, result: string | null, error: string | null, attempts: number, createdAt: string, finishedAt: string | null }>, completed: Array<{ id: string, type: string, state: string, progress: number, result: string | null, error: string | null, attempts: number, createdAt: string, finishedAt: string | null }>, failed: Array<{ id: string, type: string, state: string, progress: number, result: string | null, error: string | null, attempts: number, createdAt: string, finishedAt: string | null }> };

export type RetryJobMutationVariables = Exact<{
  id: string;
}>;


export type RetryJobMutation = { retryJob: { id: string, type: string, state: string, progress: number, result: string | null, error: string | null, attempts: number, createdAt: string, finishedAt: string | null } };

export type PeopleListQueryVariables = Exact<{
  filter?: PeopleFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PeopleListQuery = { people: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, email: string, title: string, level: string, track: string, status: string, location: string, compensation: { base: number, currency: string } | null }> } };

export type PeopleCursorQueryVariables = Exact<{
  filter?: PeopleFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PeopleCursorQuery = { people: { pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PersonQueryVariables = Exact<{
  id: string;
}>;


export type PersonQuery = { person: { id: string, name: string, email: string, title: string, level: string, track: string, status: string, location: string, hireDate: string | null, leaveDate: string | null, managerId: string | null, orgUnitId: string | null, createdAt: string, updatedAt: string, compensation: { base: number, currency: string } | null, departure: { type: string, regretted: boolean, reason: string } | null, manager: { id: string, name: string } | null, reports: Array<{ id: string, name: string, title: string, level: string, status: string }> } };

export type PeopleOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PeopleOptionsQuery = { people: { nodes: Array<{ id: string, name: string, email: string }> } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson: { id: string, name: string } };

export type UpdatePersonMutationVariables = Exact<{
  id: string;
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, name: string } };

export type DeletePersonMutationVariables = Exact<{
  id: string;
}>;


export type DeletePersonMutation = { deletePerson: boolean };

export type StartPeopleImportMutationVariables = Exact<{
  csv: string;
}>;


export type StartPeopleImportMutation = { startPeopleImport: { id: string, state: string } };

export type InstalledPluginsQueryVariables = Exact<{ [key: string]: never; }>;


export type InstalledPluginsQuery = { plugins: Array<{ id: string, version: string, enabled: boolean, description: string | null, dependencies: Array<string>, permissions: Array<string> }> };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { roles: Array<string>, account: { id: string, email: string }, tenant: { id: string, slug: string, name: string }, person: { id: string, name: string, email: string, title: string, level: string, track: string, status: string, location: string, hireDate: string | null, compensation: { base: number, currency: string } | null, manager: { id: string, name: string } | null } | null } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type ApiTokenFieldsFragment = { id: string, kind: ApiTokenKind, name: string, prefix: string, scopes: Array<string>, ownerEmail: string | null, createdByEmail: string | null, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, active: boolean };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, kind: ApiTokenKind, name: string, prefix: string, scopes: Array<string>, ownerEmail: string | null, createdByEmail: string | null, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, active: boolean }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, kind: ApiTokenKind, name: string, prefix: string, scopes: Array<string>, ownerEmail: string | null, createdByEmail: string | null, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, active: boolean } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, kind: ApiTokenKind, name: string, prefix: string, scopes: Array<string>, ownerEmail: string | null, createdByEmail: string | null, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, active: boolean } };

export type RolesMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesMatrixQuery = { roles: Array<{ id: string, key: string, name: string, description: string, builtIn: boolean, permissions: Array<string>, updatedAt: string }>, permissions: Array<{ id: string, description: string, owner: string, defaultRoles: Array<string> }> };

export type CreateRoleMutationVariables = Exact<{
  input: RoleInput;
}>;


export type CreateRoleMutation = { createRole: { id: string, key: string, name: string } };

export type UpdateRoleMutationVariables = Exact<{
  id: string;
  input: RoleInput;
}>;


export type UpdateRoleMutation = { updateRole: { id: string, key: string, name: string, updatedAt: string } };

export type SetRolePermissionMutationVariables = Exact<{
  id: string;
  permission: string;
  granted: boolean;
}>;


export type SetRolePermissionMutation = { setRolePermission: { id: string, permissions: Array<string>, updatedAt: string } };

export type DeleteRoleMutationVariables = Exact<{
  id: string;
}>;


export type DeleteRoleMutation = { deleteRole: boolean };

export type SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsQuery = { settings: Array<{ key: string, value: string }> };

export type SetSettingMutationVariables = Exact<{
  key: string;
  value: string;
}>;


export type SetSettingMutation = { setSetting: { key: string, value: string } };

export type SsoConfigFieldsFragment = { enabled: boolean, displayName: string, issuer: string, clientId: string, clientSecretSet: boolean, allowedDomains: Array<string>, groupsClaim: string, jit: boolean, ssoOnly: boolean, redirectUri: string, roleMappings: Array<{ group: string, role: string }> };

export type SsoConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoConfigQuery = { ssoConfig: { enabled: boolean, displayName: string, issuer: string, clientId: string, clientSecretSet: boolean, allowedDomains: Array<string>, groupsClaim: string, jit: boolean, ssoOnly: boolean, redirectUri: string, roleMappings: Array<{ group: string, role: string }> }, roles: Array<{ key: string, name: string }> };

export type SetSsoConfigMutationVariables = Exact<{
  input: SsoConfigInput;
}>;


export type SetSsoConfigMutation = { setSsoConfig: { enabled: boolean, displayName: string, issuer: string, clientId: string, clientSecretSet: boolean, allowedDomains: Array<string>, groupsClaim: string, jit: boolean, ssoOnly: boolean, redirectUri: string, roleMappings: Array<{ group: string, role: string }> } };

export type TestSsoConnectionQueryVariables = Exact<{
  issuer: string;
}>;


export type TestSsoConnectionQuery = { testSsoConnection: { ok: boolean, steps: Array<{ step: string, ok: boolean, detail: string }> } };

export type InstallationOwnerQueryVariables = Exact<{ [key: string]: never; }>;


export type InstallationOwnerQuery = { me: { installationOwner: boolean } };

export type TenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantsQuery = { tenants: Array<{ id: string, slug: string, name: string, createdAt: string, activePeople: number, activeAccounts: number }> };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant: { id: string, slug: string, name: string } };

export type WebhookSubscriptionFieldsFragment = { id: string, url: string, events: Array<string>, description: string, active: boolean, consecutiveFailures: number, disabledAt: string | null, createdAt: string };

export type WebhookDeliveryFieldsFragment = { id: string, eventType: string, status: string, attempts: number, responseStatus: number | null, lastError: string | null, createdAt: string, deliveredAt: string | null };

export type WebhookSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookSubscriptionsQuery = { webhookSubscriptions: Array<{ id: string, url: string, events: Array<string>, description: string, active: boolean, consecutiveFailures: number, disabledAt: string | null, createdAt: string }> };

export type WebhookEventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEventTypesQuery = { webhookEventTypes: Array<string> };

export type CreateWebhookSubscriptionMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type CreateWebhookSubscriptionMutation = { createWebhookSubscription: { secret: string, subscription: { id: string, url: string, events: Array<string>, description: string, active: boolean, consecutiveFailures: number, disabledAt: string | null, createdAt: string } } };

export type SetWebhookSubscriptionActiveMutationVariables = Exact<{
  id: string;
  active: boolean;
}>;


export type SetWebhookSubscriptionActiveMutation = { setWebhookSubscriptionActive: { id: string, url: string, events: Array<string>, description: string, active: boolean, consecutiveFailures: number, disabledAt: string | null, createdAt: string } };

export type DeleteWebhookSubscriptionMutationVariables = Exact<{
  id: string;
}>;


export type DeleteWebhookSubscriptionMutation = { deleteWebhookSubscription: boolean };

export type WebhookDeliveriesQueryVariables = Exact<{
  subscriptionId: string;
  first: number;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: Array<{ id: string, eventType: string, status: string, attempts: number, responseStatus: number | null, lastError: string | null, createdAt: string, deliveredAt: string | null }> };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  id: string;
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { id: string, eventType: string, status: string, attempts: number, responseStatus: number | null, lastError: string | null, createdAt: string, deliveredAt: string | null } };

export type SsoProviderQueryVariables = Exact<{
  tenant: string;
}>;


export type SsoProviderQuery = { ssoProvider: { displayName: string, startPath: string, ssoOnly: boolean } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { roles: Array<string>, permissions: Array<string>, enabledPlugins: Array<string>, account: { id: string, email: string }, person: { id: string, name: string, title: string } | null, tenant: { id: string, slug: string, name: string } } };

export type MyNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationsQuery = { unreadNotificationCount: number, myNotifications: Array<{ id: string, kind: string, params: string, link: string | null, readAt: string | null, createdAt: string }> };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const JobFieldsFragmentDoc = new TypedDocumentString(`
    fragment JobFields on Job {
  id
  type
  state
  progress
  result
  error
  attempts
  createdAt
  finishedAt
}
    `, {"fragmentName":"JobFields"}) as unknown as TypedDocumentString<JobFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiTokenFields on ApiToken {
  id
  kind
  name
  prefix
  scopes
  ownerEmail
  createdByEmail
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
  active
}
    `, {"fragmentName":"ApiTokenFields"}) as unknown as TypedDocumentString<ApiTokenFieldsFragment, unknown>;
export const SsoConfigFieldsFragmentDoc = new TypedDocumentString(`
    fragment SsoConfigFields on SsoConfig {
  enabled
  displayName
  issuer
  clientId
  clientSecretSet
  allowedDomains
  groupsClaim
  roleMappings {
    group
    role
  }
  jit
  ssoOnly
  redirectUri
}
    `, {"fragmentName":"SsoConfigFields"}) as unknown as TypedDocumentString<SsoConfigFieldsFragment, unknown>;
export const WebhookSubscriptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  events
  description
  active
  consecutiveFailures
  disabledAt
  createdAt
}
    `, {"fragmentName":"WebhookSubscriptionFields"}) as unknown as TypedDocumentString<WebhookSubscriptionFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  eventType
  status
  attempts
  responseStatus
  lastError
  createdAt
  deliveredAt
}
    `, {"fragmentName":"WebhookDeliveryFields"}) as unknown as TypedDocumentString<WebhookDeliveryFieldsFragment, unknown>;
export const AccountsPageDocument = new TypedDocumentString(`
    query AccountsPage($filter: AccountFilter, $sort: AccountSort, $first: Int!, $after: String) {
  accountsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      email
      disabled
      roles
      createdAt
      person {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsPageQuery, AccountsPageQueryVariables>;
export const AccountsCursorDocument = new TypedDocumentString(`
    query AccountsCursor($filter: AccountFilter, $sort: AccountSort, $first: Int!, $after: String) {
  accountsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsCursorQuery, AccountsCursorQueryVariables>;
export const AccountRolesDocument = new TypedDocumentString(`
    query AccountRoles {
  roles {
    key
    name
  }
}
    `) as unknown as TypedDocumentString<AccountRolesQuery, AccountRolesQueryVariables>;
export const CreateAccountDocument = new TypedDocumentString(`
    mutation CreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<CreateAccountMutation, CreateAccountMutationVariables>;
export const SetAccountRolesDocument = new TypedDocumentString(`
    mutation SetAccountRoles($accountId: ID!, $roles: [String!]!) {
  setAccountRoles(accountId: $accountId, roles: $roles) {
    id
    roles
  }
}
    `) as unknown as TypedDocumentString<SetAccountRolesMutation, SetAccountRolesMutationVariables>;
export const SetAccountDisabledDocument = new TypedDocumentString(`
    mutation SetAccountDisabled($accountId: ID!, $disabled: Boolean!) {
  setAccountDisabled(accountId: $accountId, disabled: $disabled) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<SetAccountDisabledMutation, SetAccountDisabledMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!, $tenant: String) {
  login(email: $email, password: $password, tenant: $tenant) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const SsoExchangeDocument = new TypedDocumentString(`
    mutation SsoExchange($code: String!) {
  ssoExchange(code: $code) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<SsoExchangeMutation, SsoExchangeMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditFilterInput, $first: Int!, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      at
      operation
      actorEmail
      targetType
      targetId
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const HeadcountByStatusDocument = new TypedDocumentString(`
    query HeadcountByStatus {
  headcount {
    total
    byStatus {
      key
      count
    }
  }
}
    `) as unknown as TypedDocumentString<HeadcountByStatusQuery, HeadcountByStatusQueryVariables>;
export const HeadcountByLevelDocument = new TypedDocumentString(`
    query HeadcountByLevel {
  headcount {
    byLevel {
      key
      count
    }
  }
}
    `) as unknown as TypedDocumentString<HeadcountByLevelQuery, HeadcountByLevelQueryVariables>;
export const RecentAuditDocument = new TypedDocumentString(`
    query RecentAudit {
  auditLog(first: 8) {
    nodes {
      id
      at
      operation
      actorEmail
      targetType
    }
  }
}
    `) as unknown as TypedDocumentString<RecentAuditQuery, RecentAuditQueryVariables>;
export const JobDocument = new TypedDocumentString(`
    query Job($id: ID!) {
  job(id: $id) {
    ...JobFields
  }
}
    fragment JobFields on Job {
  id
  type
  state
  progress
  result
  error
  attempts
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<JobQuery, JobQueryVariables>;
export const JobsDocument = new TypedDocumentString(`
    query Jobs($state: String!, $first: Int!) {
  jobs(state: $state, first: $first) {
    ...JobFields
  }
}
    fragment JobFields on Job {
  id
  type
  state
  progress
  result
  error
  attempts
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<JobsQuery, JobsQueryVariables>;
export const AllJobsDocument = new TypedDocumentString(`
    query AllJobs($first: Int!) {
  waiting: jobs(state: "waiting", first: $first) {
    ...JobFields
  }
  active: jobs(state: "active", first: $first) {
    ...JobFields
  }
  delayed: jobs(state: "delayed", first: $first) {
    ...JobFields
  }
  completed: jobs(state: "completed", first: $first) {
    ...JobFields
  }
  failed: jobs(state: "failed", first: $first) {
    ...JobFields
  }
}
    fragment JobFields on Job {
  id
  type
  state
  progress
  result
  error
  attempts
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<AllJobsQuery, AllJobsQueryVariables>;
export const RetryJobDocument = new TypedDocumentString(`
    mutation RetryJob($id: ID!) {
  retryJob(id: $id) {
    ...JobFields
  }
}
    fragment JobFields on Job {
  id
  type
  state
  progress
  result
  error
  attempts
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<RetryJobMutation, RetryJobMutationVariables>;
export const PeopleListDocument = new TypedDocumentString(`
    query PeopleList($filter: PeopleFilter, $first: Int!, $after: String) {
  people(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      name
      email
      title
      level
      track
      status
      location
      compensation {
        base
        currency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleListQuery, PeopleListQueryVariables>;
export const PeopleCursorDocument = new TypedDocumentString(`
    query PeopleCursor($filter: PeopleFilter, $first: Int!, $after: String) {
  people(filter: $filter, first: $first, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleCursorQuery, PeopleCursorQueryVariables>;
export const PersonDocument = new TypedDocumentString(`
    query Person($id: ID!) {
  person(id: $id) {
    id
    name
    email
    title
    level
    track
    status
    location
    hireDate
    leaveDate
    managerId
    orgUnitId
    createdAt
    updatedAt
    compensation {
      base
      currency
    }
    departure {
      type
      regretted
      reason
    }
    manager {
      id
      name
    }
    reports {
      id
      name
      title
      level
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PersonQuery, PersonQueryVariables>;
export const PeopleOptionsDocument = new TypedDocumentString(`
    query PeopleOptions($search: String) {
  people(filter: {search: $search}, first: 20) {
    nodes {
      id
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleOptionsQuery, PeopleOptionsQueryVariables>;
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
  updatePerson(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const DeletePersonDocument = new TypedDocumentString(`
    mutation DeletePerson($id: ID!) {
  deletePerson(id: $id)
}
    `) as unknown as TypedDocumentString<DeletePersonMutation, DeletePersonMutationVariables>;
export const StartPeopleImportDocument = new TypedDocumentString(`
    mutation StartPeopleImport($csv: String!) {
  startPeopleImport(csv: $csv) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<StartPeopleImportMutation, StartPeopleImportMutationVariables>;
export const InstalledPluginsDocument = new TypedDocumentString(`
    query InstalledPlugins {
  plugins {
    id
    version
    enabled
    description
    dependencies
    permissions
  }
}
    `) as unknown as TypedDocumentString<InstalledPluginsQuery, InstalledPluginsQueryVariables>;
export const MyProfileDocument = new TypedDocumentString(`
    query MyProfile {
  me {
    account {
      id
      email
    }
    roles
    tenant {
      id
      slug
      name
    }
    person {
      id
      name
      email
      title
      level
      track
      status
      location
      hireDate
      compensation {
        base
        currency
      }
      manager {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyProfileQuery, MyProfileQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    ...ApiTokenFields
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  kind
  name
  prefix
  scopes
  ownerEmail
  createdByEmail
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
  active
}`) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken {
      ...ApiTokenFields
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  kind
  name
  prefix
  scopes
  ownerEmail
  createdByEmail
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
  active
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    ...ApiTokenFields
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  kind
  name
  prefix
  scopes
  ownerEmail
  createdByEmail
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
  active
}`) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const RolesMatrixDocument = new TypedDocumentString(`
    query RolesMatrix {
  roles {
    id
    key
    name
    description
    builtIn
    permissions
    updatedAt
  }
  permissions {
    id
    description
    owner
    defaultRoles
  }
}
    `) as unknown as TypedDocumentString<RolesMatrixQuery, RolesMatrixQueryVariables>;
export const CreateRoleDocument = new TypedDocumentString(`
    mutation CreateRole($input: RoleInput!) {
  createRole(input: $input) {
    id
    key
    name
  }
}
    `) as unknown as TypedDocumentString<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = new TypedDocumentString(`
    mutation UpdateRole($id: ID!, $input: RoleInput!) {
  updateRole(id: $id, input: $input) {
    id
    key
    name
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const SetRolePermissionDocument = new TypedDocumentString(`
    mutation SetRolePermission($id: ID!, $permission: String!, $granted: Boolean!) {
  setRolePermission(id: $id, permission: $permission, granted: $granted) {
    id
    permissions
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SetRolePermissionMutation, SetRolePermissionMutationVariables>;
export const DeleteRoleDocument = new TypedDocumentString(`
    mutation DeleteRole($id: ID!) {
  deleteRole(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const SettingsDocument = new TypedDocumentString(`
    query Settings {
  settings {
    key
    value
  }
}
    `) as unknown as TypedDocumentString<SettingsQuery, SettingsQueryVariables>;
export const SetSettingDocument = new TypedDocumentString(`
    mutation SetSetting($key: String!, $value: String!) {
  setSetting(key: $key, value: $value) {
    key
    value
  }
}
    `) as unknown as TypedDocumentString<SetSettingMutation, SetSettingMutationVariables>;
export const SsoConfigDocument = new TypedDocumentString(`
    query SsoConfig {
  ssoConfig {
    ...SsoConfigFields
  }
  roles {
    key
    name
  }
}
    fragment SsoConfigFields on SsoConfig {
  enabled
  displayName
  issuer
  clientId
  clientSecretSet
  allowedDomains
  groupsClaim
  roleMappings {
    group
    role
  }
  jit
  ssoOnly
  redirectUri
}`) as unknown as TypedDocumentString<SsoConfigQuery, SsoConfigQueryVariables>;
export const SetSsoConfigDocument = new TypedDocumentString(`
    mutation SetSsoConfig($input: SsoConfigInput!) {
  setSsoConfig(input: $input) {
    ...SsoConfigFields
  }
}
    fragment SsoConfigFields on SsoConfig {
  enabled
  displayName
  issuer
  clientId
  clientSecretSet
  allowedDomains
  groupsClaim
  roleMappings {
    group
    role
  }
  jit
  ssoOnly
  redirectUri
}`) as unknown as TypedDocumentString<SetSsoConfigMutation, SetSsoConfigMutationVariables>;
export const TestSsoConnectionDocument = new TypedDocumentString(`
    query TestSsoConnection($issuer: String!) {
  testSsoConnection(issuer: $issuer) {
    ok
    steps {
      step
      ok
      detail
    }
  }
}
    `) as unknown as TypedDocumentString<TestSsoConnectionQuery, TestSsoConnectionQueryVariables>;
export const InstallationOwnerDocument = new TypedDocumentString(`
    query InstallationOwner {
  me {
    installationOwner
  }
}
    `) as unknown as TypedDocumentString<InstallationOwnerQuery, InstallationOwnerQueryVariables>;
export const TenantsDocument = new TypedDocumentString(`
    query Tenants {
  tenants {
    id
    slug
    name
    createdAt
    activePeople
    activeAccounts
  }
}
    `) as unknown as TypedDocumentString<TenantsQuery, TenantsQueryVariables>;
export const CreateTenantDocument = new TypedDocumentString(`
    mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CreateTenantMutation, CreateTenantMutationVariables>;
export const WebhookSubscriptionsDocument = new TypedDocumentString(`
    query WebhookSubscriptions {
  webhookSubscriptions {
    ...WebhookSubscriptionFields
  }
}
    fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  events
  description
  active
  consecutiveFailures
  disabledAt
  createdAt
}`) as unknown as TypedDocumentString<WebhookSubscriptionsQuery, WebhookSubscriptionsQueryVariables>;
export const WebhookEventTypesDocument = new TypedDocumentString(`
    query WebhookEventTypes {
  webhookEventTypes
}
    `) as unknown as TypedDocumentString<WebhookEventTypesQuery, WebhookEventTypesQueryVariables>;
export const CreateWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
    subscription {
      ...WebhookSubscriptionFields
    }
  }
}
    fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  events
  description
  active
  consecutiveFailures
  disabledAt
  createdAt
}`) as unknown as TypedDocumentString<CreateWebhookSubscriptionMutation, CreateWebhookSubscriptionMutationVariables>;
export const SetWebhookSubscriptionActiveDocument = new TypedDocumentString(`
    mutation SetWebhookSubscriptionActive($id: ID!, $active: Boolean!) {
  setWebhookSubscriptionActive(id: $id, active: $active) {
    ...WebhookSubscriptionFields
  }
}
    fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  events
  description
  active
  consecutiveFailures
  disabledAt
  createdAt
}`) as unknown as TypedDocumentString<SetWebhookSubscriptionActiveMutation, SetWebhookSubscriptionActiveMutationVariables>;
export const DeleteWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation DeleteWebhookSubscription($id: ID!) {
  deleteWebhookSubscription(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookSubscriptionMutation, DeleteWebhookSubscriptionMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($subscriptionId: ID!, $first: Int!) {
  webhookDeliveries(subscriptionId: $subscriptionId, first: $first) {
    ...WebhookDeliveryFields
  }
}
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  eventType
  status
  attempts
  responseStatus
  lastError
  createdAt
  deliveredAt
}`) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const ReplayWebhookDeliveryDocument = new TypedDocumentString(`
    mutation ReplayWebhookDelivery($id: ID!) {
  replayWebhookDelivery(id: $id) {
    ...WebhookDeliveryFields
  }
}
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  eventType
  status
  attempts
  responseStatus
  lastError
  createdAt
  deliveredAt
}`) as unknown as TypedDocumentString<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const SsoProviderDocument = new TypedDocumentString(`
    query SsoProvider($tenant: String!) {
  ssoProvider(tenant: $tenant) {
    displayName
    startPath
    ssoOnly
  }
}
    `) as unknown as TypedDocumentString<SsoProviderQuery, SsoProviderQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    account {
      id
      email
    }
    roles
    permissions
    person {
      id
      name
      title
    }
    tenant {
      id
      slug
      name
    }
    enabledPlugins
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications {
  unreadNotificationCount
  myNotifications(first: 20) {
    id
    kind
    params
    link
    readAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;