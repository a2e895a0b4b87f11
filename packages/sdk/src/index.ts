// @cadre/sdk: everything a plugin needs, and nothing it must not touch. Plugins import only
// this package (plus @cadre/contracts and @cadre/solver) — a check in tooling/ enforces it.
export { definePlugin } from './define-plugin.js';
export {
  // declaration
  type PluginDefinition, type SeedContext, SDK_VERSION,
  // data
  TenantEntity, DataService, ScopedRepository, countRows, CommitThenFail, OwnTransaction, assertUnchangedSince, ExpectedUpdatedAtField, likeContains, MoneyColumn, FloatColumn, TimestampColumn, DateColumn, JsonColumn, IdColumn, nowIso, newId, col, tenantTable,
  // lists: keyset pages and their GraphQL connection and sort types
  keysetPage, mergedKeysetPage, arrayKeysetPage, sortRows, sortedKeysetPage, type SortedRows, PAGE_SIZE_MAX, type KeysetSort, type KeysetSource, type KeysetPage, type SortDirection, Connection, PageInfoType, SortDirectionValue, SortInput, type ConnectionShape,
  // access
  RequirePermission, Public, SignedIn, SensitiveField, canSeeSensitive, type SensitiveOptions, type PermissionDeclaration, type BuiltInRole, RequestContexts, auditDetail, type RequestContext,
  // errors
  CadreError, UserInputError, UnauthenticatedError, ForbiddenError, NotFoundError, ConflictError,
  // API messages in the caller's language: msg`…${value}…` and a zh-CN catalog per plugin (registerMessages)
  fieldMessage, localize, msg, Msg, registerMessages, type MessageText,
  // long jobs (queue 'jobs'): a handler per type, started and followed through JobsService
  JobHandler, JobsService, JobType, toJobType, type JobHandlerInstance, type JobRun,
  // CSV exports (/export/<id>.csv, `cadre export <id>`): rows read through the plugin's own GraphQL query
  defineCsvExport, majorUnits, type CsvExportDefinition, type CsvColumn,
  // events
  defineEvent, EventHandler, EventBus, type EventDefinition, type EventHandlerInstance, type EventMeta, type EventPayload,
  // published core services
  PeopleService as PeopleDirectory, TenantService as TenantDirectory, AuditService, SettingsService, FourEyes, FOUR_EYES_SETTING, AccessService,
  NotificationService as Notifications, type NotificationInput,
  PersonCreated, PersonUpdated, PersonDeleted, HireRequested, HireCompleted, type HireRequestedPayload, type HireCompletedPayload, type PersonChanged, PersonType, CompensationType, type PersonRecord, type PersonSummary, type PersonSqlColumn,
  IsCalendarDate,
  // the demo roster, so every plugin's seed builds on the same people
  DEMO_PEOPLE, DEMO_ACCOUNTS, DEMO_TENANT,
} from '@cadre/core';
