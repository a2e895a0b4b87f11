import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { RequestContexts } from '../context/request-context.js';
import { DataService } from '../database/data.service.js';
import { countRows } from '../database/scoped-repository.js';
import { UserInputError } from '../graphql/errors.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

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

  async list(filter: AuditFilter, first: number, after?: string | null): Promise<{ nodes: AuditEntryEntity[]; totalCount: number; endCursor: string | null; hasNextPage: boolean }> {
    const q = this.data.repo(AuditEntryEntity).query('a');
    if (filter.actorId) q.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
    if (filter.actorEmail) q.andWhere('a.actorEmail = :actorEmail', { actorEmail: filter.actorEmail.toLowerCase() });
    if (filter.operation) q.andWhere('a.operation = :operation', { operation: filter.operation });
    if (filter.targetId) q.andWhere('a.targetId = :targetId', { targetId: filter.targetId });
    if (filter.from) q.andWhere('a.createdAt >= :from', { from: filter.from });
    if (filter.to) q.andWhere('a.createdAt <= :to', { to: filter.to });
    const totalCount = await countRows(q);
    if (after) {
      const [createdAt, id] = Buffer.from(after, 'base64url').toString('utf8').split('|');
      if (!createdAt || !id) throw new UserInputError('after', 'is not a cursor returned by this API');
      q.andWhere(new Brackets((b) => b.where('a.createdAt < :cAt', { cAt: createdAt }).orWhere('a.createdAt = :cAt AND a.id < :cId', { cAt: createdAt, cId: id })));
    }
    const rows = await q.orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').take(first + 1).getMany();
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return { nodes, totalCount, endCursor: last ? Buffer.from(`${last.createdAt}|${last.id}`).toString('base64url') : null, hasNextPage: rows.length > first };
  }
}
