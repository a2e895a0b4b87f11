import { Injectable } from '@nestjs/common';
import { RequestContexts } from '../context/request-context.js';
import { DataService } from '../database/data.service.js';
import { keysetPage, type KeysetPage, type KeysetSort } from '../paging/keyset-page.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

const NEWEST_FIRST: KeysetSort<AuditEntryEntity> = { key: 'createdAt', column: 'a.createdAt', direction: 'DESC', value: (a) => a.createdAt };

export interface AuditRecord {
  operation: string;
  targetType?: string | null;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditFilter {
  actorId?: string;
  actorEmail?: string;
  operation?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

@Injectable()
export class AuditService {
  constructor(private readonly data: DataService) {}

  /** Records an entry for the current actor and tenant. */
  async record(entry: AuditRecord, tenantId = RequestContexts.tenantId()): Promise<void> {
    const ctx = RequestContexts.current();
    const repo = this.data.repo(AuditEntryEntity, tenantId);
    await repo.save(
      repo.create({
        actorId: ctx?.accountId ?? null,
        actorEmail: ctx?.accountEmail ?? (ctx?.system ? 'system' : null),
        operation: entry.operation,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        before: entry.before ?? null,
        after: entry.after ?? null,
      }),
    );
  }

  async list(filter: AuditFilter, first: number, after?: string | null): Promise<KeysetPage<AuditEntryEntity>> {
    const q = this.data.repo(AuditEntryEntity).query('a');
    if (filter.actorId) q.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
    if (filter.actorEmail) q.andWhere('a.actorEmail = :actorEmail', { actorEmail: filter.actorEmail.toLowerCase() });
    if (filter.operation) q.andWhere('a.operation = :operation', { operation: filter.operation });
    if (filter.targetId) q.andWhere('a.targetId = :targetId', { targetId: filter.targetId });
    if (filter.from) q.andWhere('a.createdAt >= :from', { from: filter.from });
    if (filter.to) q.andWhere('a.createdAt <= :to', { to: filter.to });
    return keysetPage(q, { first, after, sort: NEWEST_FIRST, idColumn: 'a.id' });
  }
}
