import { EventSubscriber, type EntityMetadata, type EntitySubscriberInterface, type InsertEvent, type QueryRunner, type RemoveEvent, type TransactionCommitEvent, type TransactionRollbackEvent, type UpdateEvent } from 'typeorm';
import { RequestContexts } from '../context/request-context.js';

/** The scope of writes made outside any tenant (a tenant created, background bookkeeping). */
export const ALL_TENANTS = '*';

/**
 * Bookkeeping that changes on reads and sign-ins (a token's last use, an event's delivery): no
 * shared read may depend on these tables, so writing them leaves every shared read valid.
 */
const BOOKKEEPING = new Set(['outbox', 'event_deliveries', 'webhook_deliveries', 'refresh_tokens', 'api_tokens', 'sso_sign_ins', 'audit_log', 'notifications', 'cadre_migrations', 'data_versions']);

const WROTE = 'cadreWroteScopes';

/**
 * Raises the data version (see DataService.shared) of each tenant a transaction wrote, inside that
 * transaction just before it commits: a reader sees the new rows and the new version together.
 * Every write through TypeORM is seen here — save, update, delete, query builders — so no service
 * has to remember; a write outside a transaction raises it at once.
 */
@EventSubscriber()
export class DataVersionSubscriber implements EntitySubscriberInterface {
  afterInsert(event: InsertEvent<{ tenantId?: unknown }>): Promise<void> {
    return wrote(event.queryRunner, event.metadata, event.entity?.tenantId);
  }

  afterUpdate(event: UpdateEvent<{ tenantId?: unknown }>): Promise<void> {
    return wrote(event.queryRunner, event.metadata, (event.entity as { tenantId?: unknown } | undefined)?.tenantId);
  }

  afterRemove(event: RemoveEvent<{ tenantId?: unknown }>): Promise<void> {
    return wrote(event.queryRunner, event.metadata, event.entity?.tenantId ?? event.databaseEntity?.tenantId);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const scopes = event.queryRunner.data[WROTE] as Set<string> | undefined;
    if (!scopes?.size) return;
    delete event.queryRunner.data[WROTE];
    await raise(event.queryRunner, scopes);
  }

  /** Forgets what a rolled-back transaction wrote (a savepoint's rollback keeps it: harmless). */
  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) delete event.queryRunner.data[WROTE];
  }
}

async function wrote(runner: QueryRunner, metadata: EntityMetadata, entityTenant: unknown): Promise<void> {
  if (BOOKKEEPING.has(metadata.tableName)) return;
  const scope = typeof entityTenant === 'string' && entityTenant ? entityTenant : (RequestContexts.current()?.tenantId ?? ALL_TENANTS);
  if (!runner.isTransactionActive) return raise(runner, new Set([scope]));
  ((runner.data[WROTE] as Set<string> | undefined) ?? (runner.data[WROTE] = new Set<string>())).add(scope);
}

/** One upsert per scope, in a fixed order so that two transactions cannot deadlock on them. */
async function raise(runner: QueryRunner, scopes: Set<string>): Promise<void> {
  const p = runner.connection.options.type === 'postgres' ? '$1' : '?';
  for (const scope of [...scopes].sort()) {
    await runner.query(`INSERT INTO data_versions (scope, version) VALUES (${p}, 1) ON CONFLICT (scope) DO UPDATE SET version = data_versions.version + 1`, [scope]);
  }
}
