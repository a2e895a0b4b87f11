export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Account = {
  __typename?: 'Account';
  disabled: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  id: Scalars['String']['output'];
  personId?: Maybe<Scalars['String']['output']>;
  roles: Array<Scalars['String']['output']>;
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  actorEmail?: Maybe<Scalars['String']['output']>;
  actorId?: Maybe<Scalars['String']['output']>;
  /** JSON of the values after the change */
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['String']['output'];
  /** JSON of the values before the change (sensitive changes) */
  before?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  operation: Scalars['String']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  targetType?: Maybe<Scalars['String']['output']>;
};

export type AuditFilterInput = {
  actorEmail?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['String']['input']>;
  /** ISO date or timestamp (inclusive) */
  from?: InputMaybe<Scalars['String']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  /** ISO date or timestamp (inclusive) */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  /** Seconds until the access token expires */
  expiresIn: Scalars['Int']['output'];
  refreshToken: Scalars['String']['output'];
};

export type Compensation = {
  __typename?: 'Compensation';
  /** Base pay per year in integer minor units (cents, fen) */
  base: Scalars['Float']['output'];
  /** ISO 4217 currency code */
  currency: Scalars['String']['output'];
};

export type CompensationInput = {
  base: Scalars['Float']['input'];
  currency: Scalars['String']['input'];
};

export type CreateAccountInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  personId?: InputMaybe<Scalars['String']['input']>;
  roles?: Array<Scalars['String']['input']>;
};

export type CreatePersonInput = {
  compensation?: InputMaybe<CompensationInput>;
  email: Scalars['String']['input'];
  hireDate?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  managerId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  orgUnitId?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  track?: InputMaybe<Scalars['String']['input']>;
};

export type ImportReport = {
  __typename?: 'ImportReport';
  errors: Array<ImportRowError>;
  imported: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
};

export type ImportRowError = {
  __typename?: 'ImportRowError';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Line number in the file (the header is line 1) */
  row: Scalars['Int']['output'];
};

export type Me = {
  __typename?: 'Me';
  account: Account;
  permissions: Array<Scalars['String']['output']>;
  person?: Maybe<Person>;
  roles: Array<Scalars['String']['output']>;
  tenant: Tenant;
};

export type Mutation = {
  __typename?: 'Mutation';
  changePassword: Scalars['Boolean']['output'];
  createAccount: Account;
  createPerson: Person;
  createRole: Role;
  deletePerson: Scalars['Boolean']['output'];
  deleteRole: Scalars['Boolean']['output'];
  /** All-or-nothing CSV import; errors name the row and column */
  importPeople: ImportReport;
  /** Signs in; `tenant` (a slug) is needed only when the email has accounts in several tenants */
  login: AuthPayload;
  logout: Scalars['Boolean']['output'];
  /** Exchanges a refresh token for new tokens; reusing an old one revokes the sign-in */
  refreshToken: AuthPayload;
  setAccountRoles: Account;
  setSetting: Setting;
  updatePerson: Person;
  updateRole: Role;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreateRoleArgs = {
  input: RoleInput;
};


export type MutationDeletePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportPeopleArgs = {
  csv: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  tenant?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLogoutArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationSetAccountRolesArgs = {
  accountId: Scalars['ID']['input'];
  roles: Array<Scalars['String']['input']>;
};


export type MutationSetSettingArgs = {
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};


export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
};


export type MutationUpdateRoleArgs = {
  id: Scalars['ID']['input'];
  input: RoleInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PeopleFilter = {
  level?: InputMaybe<Scalars['String']['input']>;
  managerId?: InputMaybe<Scalars['String']['input']>;
  orgUnitId?: InputMaybe<Scalars['String']['input']>;
  /** Matches name, email or title */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  track?: InputMaybe<Scalars['String']['input']>;
};

export type Permission = {
  __typename?: 'Permission';
  defaultRoles: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['String']['output'];
  /** 'core' or the declaring plugin's id */
  owner: Scalars['String']['output'];
};

export type Person = {
  __typename?: 'Person';
  /** Visible to the person, their management chain and holders of people.compensation.read */
  compensation?: Maybe<Compensation>;
  createdAt: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** YYYY-MM-DD */
  hireDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  level: Scalars['String']['output'];
  location: Scalars['String']['output'];
  manager?: Maybe<Person>;
  managerId?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  orgUnitId?: Maybe<Scalars['String']['output']>;
  /** Direct reports */
  reports: Array<Person>;
  /** 'active', 'leave' or 'terminated' */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** 'ic' or 'management' */
  track: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Plugin = {
  __typename?: 'Plugin';
  dependencies: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
  version: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  accounts: Array<Account>;
  /** Newest first */
  auditLog: AuditConnection;
  me: Me;
  /** People ordered by name, with cursor pagination */
  people: PersonConnection;
  /** Every permission declared by the core and the enabled plugins */
  permissions: Array<Permission>;
  person: Person;
  /** Installed plugins and whether this deployment enables them */
  plugins: Array<Plugin>;
  roles: Array<Role>;
  settings: Array<Setting>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilterInput>;
  first?: Scalars['Int']['input'];
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PeopleFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};

export type Role = {
  __typename?: 'Role';
  builtIn: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
};

export type RoleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Only when creating */
  key?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  permissions: Array<Scalars['String']['input']>;
};

export type Setting = {
  __typename?: 'Setting';
  key: Scalars['String']['output'];
  /** JSON value */
  value: Scalars['String']['output'];
};

export type Tenant = {
  __typename?: 'Tenant';
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type UpdatePersonInput = {
  compensation?: InputMaybe<CompensationInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  hireDate?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  managerId?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  orgUnitId?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  track?: InputMaybe<Scalars['String']['input']>;
};
