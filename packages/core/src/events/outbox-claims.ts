import { In, IsNull, LessThanOrEqual } from 'typeorm';
import { nowIso } from '../database/columns.js';
import type { DataService } from '../database/data.service.js';
import { OutboxEntryEntity } from './outbox-entry.entity.js';

/** How long a process owns the events it claimed; after a crash another process delivers them then. */
export const LEASE_MS = 15_000;

/**
 * Claims due, undelivered outbox entries for this process — the given ones, or the oldest `limit`
 * — and returns them. On PostgreSQL rows another process is claiming right now are skipped
 * (FOR UPDATE SKIP LOCKED), so N workers share the work without waiting on each other; on
 * SQLite one process owns the file. A claim is a lease on `availableAt`.
 */
export async function claimOutbox(data: DataService, options: { ids?: string[]; limit: number }): Promise<OutboxEntryEntity[]> {
  return data.transaction(async (manager) => {
    const now = nowIso();
    const q = manager.createQueryBuilder(OutboxEntryEntity, 'o').where({ deliveredAt: IsNull(), availableAt: LessThanOrEqual(now) });
    if (options.ids) q.andWhere({ id: In(options.ids) });
    q.orderBy('o.createdAt', 'ASC').addOrderBy('o.id', 'ASC').take(options.limit);
    if (data.postgres) q.setLock('pessimistic_write').setOnLocked('skip_locked');
    const rows = await q.getMany();
    if (rows.length) await manager.update(OutboxEntryEntity, { id: In(rows.map((r) => r.id)) }, { availableAt: new Date(Date.now() + LEASE_MS).toISOString() });
    return rows;
  });
}

/** Marks claimed entries that no handler listens to as delivered, in one statement. */
export async function markDelivered(data: DataService, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await data.transaction((manager) => manager.createQueryBuilder().update(OutboxEntryEntity).set({ deliveredAt: nowIso(), lastError: null, attempts: () => '"attempts" + 1' }).where({ id: In(ids) }).execute());
}

/** Entries due but unclaimed for longer than `ageMs`: their queue message was lost (or never sent). */
export async function strandedOutbox(data: DataService, ageMs: number, limit: number): Promise<string[]> {
  const before = new Date(Date.now() - ageMs).toISOString();
  const rows = await data.dataSource.manager.find(OutboxEntryEntity, { select: { id: true }, where: { deliveredAt: IsNull(), availableAt: LessThanOrEqual(before) }, order: { createdAt: 'ASC' }, take: limit });
  return rows.map((r) => r.id);
}
