/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AccountsPage($filter: AccountFilter, $sort: AccountSort, $first: Int!, $after: String) {\n    accountsPage(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage }\n      nodes { id email disabled roles createdAt person { id name } }\n    }\n  }\n": typeof types.AccountsPageDocument,
    "\n  query AccountsCursor($filter: AccountFilter, $sort: AccountSort, $first: Int!, $after: String) {\n    accountsPage(filter: $filter, sort: $sort, first: $first, after: $after) { pageInfo { endCursor hasNextPage } }\n  }\n": typeof types.AccountsCursorDocument,
    "\n  query AccountRoles {\n    roles { key name }\n  }\n": typeof types.AccountRolesDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id email }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation SetAccountRoles($accountId: ID!, $roles: [String!]!) {\n    setAccountRoles(accountId: $accountId, roles: $roles) { id roles }\n  }\n": typeof types.SetAccountRolesDocument,
    "\n  mutation SetAccountDisabled($accountId: ID!, $disabled: Boolean!) {\n    setAccountDisabled(accountId: $accountId, disabled: $disabled) { id disabled }\n  }\n": typeof types.SetAccountDisabledDocument,
    "\n  mutation Login($email: String!, $password: String!, $tenant: String) {\n    login(email: $email, password: $password, tenant: $tenant) { accessToken refreshToken }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation SsoExchange($code: String!) {\n    ssoExchange(code: $code) { accessToken refreshToken }\n  }\n": typeof types.SsoExchangeDocument,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query AuditLog($filter: AuditFilterInput, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id at operation actorEmail targetType targetId before after }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query HeadcountByStatus {\n    headcount { total byStatus { key count } }\n  }\n": typeof types.HeadcountByStatusDocument,
    "\n  query HeadcountByLevel {\n    headcount { byLevel { key count } }\n  }\n": typeof types.HeadcountByLevelDocument,
    "\n  query RecentAudit {\n    auditLog(first: 8) {\n      nodes { id at operation actorEmail targetType }\n    }\n  }\n": typeof types.RecentAuditDocument,
    "\n  fragment JobFields on Job { id type state progress result error attempts createdAt finishedAt }\n": typeof types.JobFieldsFragmentDoc,
    "\n  query Job($id: ID!) {\n    job(id: $id) { ...JobFields }\n  }\n": typeof types.JobDocument,
    "\n  query Jobs($state: String!, $first: Int!) {\n    jobs(state: $state, first: $first) { ...JobFields }\n  }\n": typeof types.JobsDocument,
    "\n  query AllJobs($first: Int!) {\n    waiting: jobs(state: \"waiting\", first: $first) { ...JobFields }\n    active: jobs(state: \"active\", first: $first) { ...JobFields }\n    delayed: jobs(state: \"delayed\", first: $first) { ...JobFields }\n    completed: jobs(state: \"completed\", first: $first) { ...JobFields }\n    failed: jobs(state: \"failed\", first: $first) { ...JobFields }\n  }\n": typeof types.AllJobsDocument,
    "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) { ...JobFields }\n  }\n": typeof types.RetryJobDocument,
    "\n  query PeopleList($filter: PeopleFilter, $first: Int!, $after: String) {\n    people(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name email title level track status location compensation { base currency } }\n    }\n  }\n": typeof types.PeopleListDocument,
    "\n  query PeopleCursor($filter: PeopleFilter, $first: Int!, $after: String) {\n    people(filter: $filter, first: $first, after: $after) { pageInfo { endCursor hasNextPage } }\n  }\n": typeof types.PeopleCursorDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id name email title level track status location hireDate leaveDate managerId orgUnitId createdAt updatedAt\n      compensation { base currency }\n      departure { type regretted reason }\n      manager { id name }\n      reports { id name title level status }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  query PeopleOptions($search: String) {\n    people(filter: { search: $search }, first: 20) { nodes { id name email } }\n  }\n": typeof types.PeopleOptionsDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { id name }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) { id name }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id)\n  }\n": typeof types.DeletePersonDocument,
    "\n  mutation StartPeopleImport($csv: String!) {\n    startPeopleImport(csv: $csv) { id state }\n  }\n": typeof types.StartPeopleImportDocument,
    "\n  query InstalledPlugins {\n    plugins { id version enabled description dependencies permissions }\n  }\n": typeof types.InstalledPluginsDocument,
    "\n  query MyProfile {\n    me {\n      account { id email }\n      roles\n      tenant { id slug name }\n      person { id name email title level track status location hireDate compensation { base currency } manager { id name } }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ApiTokenFields on ApiToken { id kind name prefix scopes ownerEmail createdByEmail createdAt expiresAt lastUsedAt revokedAt active }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens { ...ApiTokenFields }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token apiToken { ...ApiTokenFields } }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { ...ApiTokenFields }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query RolesMatrix {\n    roles { id key name description builtIn permissions updatedAt }\n    permissions { id description owner defaultRoles }\n  }\n": typeof types.RolesMatrixDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) { id key name }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) { id key name updatedAt }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation SetRolePermission($id: ID!, $permission: String!, $granted: Boolean!) {\n    setRolePermission(id: $id, permission: $permission, granted: $granted) { id permissions updatedAt }\n  }\n": typeof types.SetRolePermissionDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id)\n  }\n": typeof types.DeleteRoleDocument,
    "\n  query Settings {\n    settings { key value }\n  }\n": typeof types.SettingsDocument,
    "\n  mutation SetSetting($key: String!, $value: String!) {\n    setSetting(key: $key, value: $value) { key value }\n  }\n": typeof types.SetSettingDocument,
    "\n  fragment SsoConfigFields on SsoConfig { enabled displayName issuer clientId clientSecretSet allowedDomains groupsClaim roleMappings { group role } jit ssoOnly redirectUri }\n": typeof types.SsoConfigFieldsFragmentDoc,
    "\n  query SsoConfig {\n    ssoConfig { ...SsoConfigFields }\n    roles { key name }\n  }\n": typeof types.SsoConfigDocument,
    "\n  mutation SetSsoConfig($input: SsoConfigInput!) {\n    setSsoConfig(input: $input) { ...SsoConfigFields }\n  }\n": typeof types.SetSsoConfigDocument,
    "\n  query TestSsoConnection($issuer: String!) {\n    testSsoConnection(issuer: $issuer) { ok steps { step ok detail } }\n  }\n": typeof types.TestSsoConnectionDocument,
    "\n  query InstallationOwner {\n    me { installationOwner }\n  }\n": typeof types.InstallationOwnerDocument,
    "\n  query Tenants {\n    tenants { id slug name createdAt activePeople activeAccounts }\n  }\n": typeof types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id slug name }\n  }\n": typeof types.CreateTenantDocument,
    "\n  fragment WebhookSubscriptionFields on WebhookSubscription { id url events description active consecutiveFailures disabledAt createdAt }\n": typeof types.WebhookSubscriptionFieldsFragmentDoc,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery { id eventType status attempts responseStatus lastError createdAt deliveredAt }\n": typeof types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query WebhookSubscriptions {\n    webhookSubscriptions { ...WebhookSubscriptionFields }\n  }\n": typeof types.WebhookSubscriptionsDocument,
    "\n  query WebhookEventTypes {\n    webhookEventTypes\n  }\n": typeof types.WebhookEventTypesDocument,
    "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) { secret subscription { ...WebhookSubscriptionFields } }\n  }\n": typeof types.CreateWebhookSubscriptionDocument,
    "\n  mutation SetWebhookSubscriptionActive($id: ID!, $active: Boolean!) {\n    setWebhookSubscriptionActive(id: $id, active: $active) { ...WebhookSubscriptionFields }\n  }\n": typeof types.SetWebhookSubscriptionActiveDocument,
    "\n  mutation DeleteWebhookSubscription($id: ID!) {\n    deleteWebhookSubscription(id: $id)\n  }\n": typeof types.DeleteWebhookSubscriptionDocument,
    "\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int!) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first) { ...WebhookDeliveryFields }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) { ...WebhookDeliveryFields }\n  }\n": typeof types.ReplayWebhookDeliveryDocument,
    "\n  query SsoProvider($tenant: String!) {\n    ssoProvider(tenant: $tenant) { displayName startPath ssoOnly }\n  }\n": typeof types.SsoProviderDocument,
    "\n  query Me {\n    me {\n      account { id email }\n      roles\n      permissions\n      person { id name title }\n      tenant { id slug name }\n      enabledPlugins\n    }\n  }\n": typeof types.MeDocument,
    "\n  query MyNotifications {\n    unreadNotificationCount\n    myNotifications(first: 20) { id kind params link readAt createdAt }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
};
const documents: Documents = {
    "\n  query AccountsPage($filter: AccountFilter, $sort: AccountSort, $first: Int!, $after: String) {\n    accountsPage(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage }\n      nodes { id email disabled roles createdAt person { id name } }\n    }\n  }\n": types.AccountsPageDocument,
    "\n  query AccountsCursor($filter: AccountFilter, $sort: AccountSort, $first: Int!, $after: String) {\n    accountsPage(filter: $filter, sort: $sort, first: $first, after: $after) { pageInfo { endCursor hasNextPage } }\n  }\n": types.AccountsCursorDocument,
    "\n  query AccountRoles {\n    roles { key name }\n  }\n": types.AccountRolesDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id email }\n  }\n": types.CreateAccountDocument,
    "\n  mutation SetAccountRoles($accountId: ID!, $roles: [String!]!) {\n    setAccountRoles(accountId: $accountId, roles: $roles) { id roles }\n  }\n": types.SetAccountRolesDocument,
    "\n  mutation SetAccountDisabled($accountId: ID!, $disabled: Boolean!) {\n    setAccountDisabled(accountId: $accountId, disabled: $disabled) { id disabled }\n  }\n": types.SetAccountDisabledDocument,
    "\n  mutation Login($email: String!, $password: String!, $tenant: String) {\n    login(email: $email, password: $password, tenant: $tenant) { accessToken refreshToken }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation SsoExchange($code: String!) {\n    ssoExchange(code: $code) { accessToken refreshToken }\n  }\n": types.SsoExchangeDocument,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query AuditLog($filter: AuditFilterInput, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id at operation actorEmail targetType targetId before after }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query HeadcountByStatus {\n    headcount { total byStatus { key count } }\n  }\n": types.HeadcountByStatusDocument,
    "\n  query HeadcountByLevel {\n    headcount { byLevel { key count } }\n  }\n": types.HeadcountByLevelDocument,
    "\n  query RecentAudit {\n    auditLog(first: 8) {\n      nodes { id at operation actorEmail targetType }\n    }\n  }\n": types.RecentAuditDocument,
    "\n  fragment JobFields on Job { id type state progress result error attempts createdAt finishedAt }\n": types.JobFieldsFragmentDoc,
    "\n  query Job($id: ID!) {\n    job(id: $id) { ...JobFields }\n  }\n": types.JobDocument,
    "\n  query Jobs($state: String!, $first: Int!) {\n    jobs(state: $state, first: $first) { ...JobFields }\n  }\n": types.JobsDocument,
    "\n  query AllJobs($first: Int!) {\n    waiting: jobs(state: \"waiting\", first: $first) { ...JobFields }\n    active: jobs(state: \"active\", first: $first) { ...JobFields }\n    delayed: jobs(state: \"delayed\", first: $first) { ...JobFields }\n    completed: jobs(state: \"completed\", first: $first) { ...JobFields }\n    failed: jobs(state: \"failed\", first: $first) { ...JobFields }\n  }\n": types.AllJobsDocument,
    "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) { ...JobFields }\n  }\n": types.RetryJobDocument,
    "\n  query PeopleList($filter: PeopleFilter, $first: Int!, $after: String) {\n    people(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name email title level track status location compensation { base currency } }\n    }\n  }\n": types.PeopleListDocument,
    "\n  query PeopleCursor($filter: PeopleFilter, $first: Int!, $after: String) {\n    people(filter: $filter, first: $first, after: $after) { pageInfo { endCursor hasNextPage } }\n  }\n": types.PeopleCursorDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id name email title level track status location hireDate leaveDate managerId orgUnitId createdAt updatedAt\n      compensation { base currency }\n      departure { type regretted reason }\n      manager { id name }\n      reports { id name title level status }\n    }\n  }\n": types.PersonDocument,
    "\n  query PeopleOptions($search: String) {\n    people(filter: { search: $search }, first: 20) { nodes { id name email } }\n  }\n": types.PeopleOptionsDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { id name }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) { id name }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id)\n  }\n": types.DeletePersonDocument,
    "\n  mutation StartPeopleImport($csv: String!) {\n    startPeopleImport(csv: $csv) { id state }\n  }\n": types.StartPeopleImportDocument,
    "\n  query InstalledPlugins {\n    plugins { id version enabled description dependencies permissions }\n  }\n": types.InstalledPluginsDocument,
    "\n  query MyProfile {\n    me {\n      account { id email }\n      roles\n      tenant { id slug name }\n      person { id name email title level track status location hireDate compensation { base currency } manager { id name } }\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ApiTokenFields on ApiToken { id kind name prefix scopes ownerEmail createdByEmail createdAt expiresAt lastUsedAt revokedAt active }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens { ...ApiTokenFields }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token apiToken { ...ApiTokenFields } }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { ...ApiTokenFields }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query RolesMatrix {\n    roles { id key name description builtIn permissions updatedAt }\n    permissions { id description owner defaultRoles }\n  }\n": types.RolesMatrixDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) { id key name }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) { id key name updatedAt }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation SetRolePermission($id: ID!, $permission: String!, $granted: Boolean!) {\n    setRolePermission(id: $id, permission: $permission, granted: $granted) { id permissions updatedAt }\n  }\n": types.SetRolePermissionDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id)\n  }\n": types.DeleteRoleDocument,
    "\n  query Settings {\n    settings { key value }\n  }\n": types.SettingsDocument,
    "\n  mutation SetSetting($key: String!, $value: String!) {\n    setSetting(key: $key, value: $value) { key value }\n  }\n": types.SetSettingDocument,
    "\n  fragment SsoConfigFields on SsoConfig { enabled displayName issuer clientId clientSecretSet allowedDomains groupsClaim roleMappings { group role } jit ssoOnly redirectUri }\n": types.SsoConfigFieldsFragmentDoc,
    "\n  query SsoConfig {\n    ssoConfig { ...SsoConfigFields }\n    roles { key name }\n  }\n": types.SsoConfigDocument,
    "\n  mutation SetSsoConfig($input: SsoConfigInput!) {\n    setSsoConfig(input: $input) { ...SsoConfigFields }\n  }\n": types.SetSsoConfigDocument,
    "\n  query TestSsoConnection($issuer: String!) {\n    testSsoConnection(issuer: $issuer) { ok steps { step ok detail } }\n  }\n": types.TestSsoConnectionDocument,
    "\n  query InstallationOwner {\n    me { installationOwner }\n  }\n": types.InstallationOwnerDocument,
    "\n  query Tenants {\n    tenants { id slug name createdAt activePeople activeAccounts }\n  }\n": types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id slug name }\n  }\n": types.CreateTenantDocument,
    "\n  fragment WebhookSubscriptionFields on WebhookSubscription { id url events description active consecutiveFailures disabledAt createdAt }\n": types.WebhookSubscriptionFieldsFragmentDoc,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery { id eventType status attempts responseStatus lastError createdAt deliveredAt }\n": types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query WebhookSubscriptions {\n    webhookSubscriptions { ...WebhookSubscriptionFields }\n  }\n": types.WebhookSubscriptionsDocument,
    "\n  query WebhookEventTypes {\n    webhookEventTypes\n  }\n": types.WebhookEventTypesDocument,
    "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) { secret subscription { ...WebhookSubscriptionFields } }\n  }\n": types.CreateWebhookSubscriptionDocument,
    "\n  mutation SetWebhookSubscriptionActive($id: ID!, $active: Boolean!) {\n    setWebhookSubscriptionActive(id: $id, active: $active) { ...WebhookSubscriptionFields }\n  }\n": types.SetWebhookSubscriptionActiveDocument,
    "\n  mutation DeleteWebhookSubscription($id: ID!) {\n    deleteWebhookSubscription(id: $id)\n  }\n": types.DeleteWebhookSubscriptionDocument,
    "\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int!) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first) { ...WebhookDeliveryFields }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) { ...WebhookDeliveryFields }\n  }\n": types.ReplayWebhookDeliveryDocument,
    "\n  query SsoProvider($tenant: String!) {\n    ssoProvider(tenant: $tenant) { displayName startPath ssoOnly }\n  }\n": types.SsoProviderDocument,
    "\n  query Me {\n    me {\n      account { id email }\n      roles\n      permissions\n      person { id name title }\n      tenant { id slug name }\n      enabledPlugins\n    }\n  }\n": types.MeDocument,
    "\n  query MyNotifications {\n    unreadNotificationCount\n    myNotifications(first: 20) { id kind params link readAt createdAt }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsPage($filter: AccountFilter, $sort: AccountSort, $first: Int!, $after: String) {\n    accountsPage(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage }\n      nodes { id email disabled roles createdAt person { id name } }\n    }\n  }\n"): typeof import('./graphql').AccountsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsCursor($filter: AccountFilter, $sort: AccountSort, $first: Int!, $after: String) {\n    accountsPage(filter: $filter, sort: $sort, first: $first, after: $after) { pageInfo { endCursor hasNextPage } }\n  }\n"): typeof import('./graphql').AccountsCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountRoles {\n    roles { key name }\n  }\n"): typeof import('./graphql').AccountRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id email }\n  }\n"): typeof import('./graphql').CreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountRoles($accountId: ID!, $roles: [String!]!) {\n    setAccountRoles(accountId: $accountId, roles: $roles) { id roles }\n  }\n"): typeof import('./graphql').SetAccountRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountDisabled($accountId: ID!, $disabled: Boolean!) {\n    setAccountDisabled(accountId: $accountId, disabled: $disabled) { id disabled }\n  }\n"): typeof import('./graphql').SetAccountDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $tenant: String) {\n    login(email: $email, password: $password, tenant: $tenant) { accessToken refreshToken }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }\n  }\n"): typeof import('./graphql').RefreshTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoExchange($code: String!) {\n    ssoExchange(code: $code) { accessToken refreshToken }\n  }\n"): typeof import('./graphql').SsoExchangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilterInput, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id at operation actorEmail targetType targetId before after }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadcountByStatus {\n    headcount { total byStatus { key count } }\n  }\n"): typeof import('./graphql').HeadcountByStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadcountByLevel {\n    headcount { byLevel { key count } }\n  }\n"): typeof import('./graphql').HeadcountByLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentAudit {\n    auditLog(first: 8) {\n      nodes { id at operation actorEmail targetType }\n    }\n  }\n"): typeof import('./graphql').RecentAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobFields on Job { id type state progress result error attempts createdAt finishedAt }\n"): typeof import('./graphql').JobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Job($id: ID!) {\n    job(id: $id) { ...JobFields }\n  }\n"): typeof import('./graphql').JobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs($state: String!, $first: Int!) {\n    jobs(state: $state, first: $first) { ...JobFields }\n  }\n"): typeof import('./graphql').JobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllJobs($first: Int!) {\n    waiting: jobs(state: \"waiting\", first: $first) { ...JobFields }\n    active: jobs(state: \"active\", first: $first) { ...JobFields }\n    delayed: jobs(state: \"delayed\", first: $first) { ...JobFields }\n    completed: jobs(state: \"completed\", first: $first) { ...JobFields }\n    failed: jobs(state: \"failed\", first: $first) { ...JobFields }\n  }\n"): typeof import('./graphql').AllJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) { ...JobFields }\n  }\n"): typeof import('./graphql').RetryJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleList($filter: PeopleFilter, $first: Int!, $after: String) {\n    people(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name email title level track status location compensation { base currency } }\n    }\n  }\n"): typeof import('./graphql').PeopleListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleCursor($filter: PeopleFilter, $first: Int!, $after: String) {\n    people(filter: $filter, first: $first, after: $after) { pageInfo { endCursor hasNextPage } }\n  }\n"): typeof import('./graphql').PeopleCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id name email title level track status location hireDate leaveDate managerId orgUnitId createdAt updatedAt\n      compensation { base currency }\n      departure { type regretted reason }\n      manager { id name }\n      reports { id name title level status }\n    }\n  }\n"): typeof import('./graphql').PersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleOptions($search: String) {\n    people(filter: { search: $search }, first: 20) { nodes { id name email } }\n  }\n"): typeof import('./graphql').PeopleOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { id name }\n  }\n"): typeof import('./graphql').CreatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) { id name }\n  }\n"): typeof import('./graphql').UpdatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id)\n  }\n"): typeof import('./graphql').DeletePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPeopleImport($csv: String!) {\n    startPeopleImport(csv: $csv) { id state }\n  }\n"): typeof import('./graphql').StartPeopleImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstalledPlugins {\n    plugins { id version enabled description dependencies permissions }\n  }\n"): typeof import('./graphql').InstalledPluginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      account { id email }\n      roles\n      tenant { id slug name }\n      person { id name email title level track status location hireDate compensation { base currency } manager { id name } }\n    }\n  }\n"): typeof import('./graphql').MyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken { id kind name prefix scopes ownerEmail createdByEmail createdAt expiresAt lastUsedAt revokedAt active }\n"): typeof import('./graphql').ApiTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens { ...ApiTokenFields }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token apiToken { ...ApiTokenFields } }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { ...ApiTokenFields }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesMatrix {\n    roles { id key name description builtIn permissions updatedAt }\n    permissions { id description owner defaultRoles }\n  }\n"): typeof import('./graphql').RolesMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) { id key name }\n  }\n"): typeof import('./graphql').CreateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) { id key name updatedAt }\n  }\n"): typeof import('./graphql').UpdateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRolePermission($id: ID!, $permission: String!, $granted: Boolean!) {\n    setRolePermission(id: $id, permission: $permission, granted: $granted) { id permissions updatedAt }\n  }\n"): typeof import('./graphql').SetRolePermissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id)\n  }\n"): typeof import('./graphql').DeleteRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Settings {\n    settings { key value }\n  }\n"): typeof import('./graphql').SettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSetting($key: String!, $value: String!) {\n    setSetting(key: $key, value: $value) { key value }\n  }\n"): typeof import('./graphql').SetSettingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SsoConfigFields on SsoConfig { enabled displayName issuer clientId clientSecretSet allowedDomains groupsClaim roleMappings { group role } jit ssoOnly redirectUri }\n"): typeof import('./graphql').SsoConfigFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoConfig {\n    ssoConfig { ...SsoConfigFields }\n    roles { key name }\n  }\n"): typeof import('./graphql').SsoConfigDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSsoConfig($input: SsoConfigInput!) {\n    setSsoConfig(input: $input) { ...SsoConfigFields }\n  }\n"): typeof import('./graphql').SetSsoConfigDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestSsoConnection($issuer: String!) {\n    testSsoConnection(issuer: $issuer) { ok steps { step ok detail } }\n  }\n"): typeof import('./graphql').TestSsoConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstallationOwner {\n    me { installationOwner }\n  }\n"): typeof import('./graphql').InstallationOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants {\n    tenants { id slug name createdAt activePeople activeAccounts }\n  }\n"): typeof import('./graphql').TenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id slug name }\n  }\n"): typeof import('./graphql').CreateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookSubscriptionFields on WebhookSubscription { id url events description active consecutiveFailures disabledAt createdAt }\n"): typeof import('./graphql').WebhookSubscriptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryFields on WebhookDelivery { id eventType status attempts responseStatus lastError createdAt deliveredAt }\n"): typeof import('./graphql').WebhookDeliveryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookSubscriptions {\n    webhookSubscriptions { ...WebhookSubscriptionFields }\n  }\n"): typeof import('./graphql').WebhookSubscriptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEventTypes {\n    webhookEventTypes\n  }\n"): typeof import('./graphql').WebhookEventTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) { secret subscription { ...WebhookSubscriptionFields } }\n  }\n"): typeof import('./graphql').CreateWebhookSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWebhookSubscriptionActive($id: ID!, $active: Boolean!) {\n    setWebhookSubscriptionActive(id: $id, active: $active) { ...WebhookSubscriptionFields }\n  }\n"): typeof import('./graphql').SetWebhookSubscriptionActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookSubscription($id: ID!) {\n    deleteWebhookSubscription(id: $id)\n  }\n"): typeof import('./graphql').DeleteWebhookSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int!) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first) { ...WebhookDeliveryFields }\n  }\n"): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) { ...WebhookDeliveryFields }\n  }\n"): typeof import('./graphql').ReplayWebhookDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoProvider($tenant: String!) {\n    ssoProvider(tenant: $tenant) { displayName startPath ssoOnly }\n  }\n"): typeof import('./graphql').SsoProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      account { id email }\n      roles\n      permissions\n      person { id name title }\n      tenant { id slug name }\n      enabledPlugins\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications {\n    unreadNotificationCount\n    myNotifications(first: 20) { id kind params link readAt createdAt }\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
