import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Observable, from, lastValueFrom } from 'rxjs';
import { RequestContexts } from '../context/request-context.js';
import { DataService } from '../database/data.service.js';
import { OWN_TRANSACTION_KEY } from '../database/own-transaction.js';
import { AuditService } from './audit.service.js';

/**
 * Every GraphQL mutation (and HTTP write) is one unit of work: its changes, the events it emits (outbox) and its
 * audit entry commit together in one transaction, or none of them does. Inside it, rows loaded
 * with `repo.get` stay locked until commit, so concurrent mutations on them take turns.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: AuditService,
    private readonly data: DataService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() === 'http') return this.httpWrite(context, next);
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo();
    if (info?.parentType?.name !== 'Mutation') return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(OWN_TRANSACTION_KEY, [context.getHandler(), context.getClass()])) return next.handle();
    const ctx = RequestContexts.current();
    const args = gql.getArgs() as Record<string, unknown>;
    return from(
      this.data.transaction(async () => {
        if (ctx) ctx.auditDetail = undefined;
        const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
        // What this mutation changed must not be answered from loads made before it.
        ctx?.loaders?.clear();
        if (ctx?.tenantId) {
          const detail = ctx.auditDetail;
          const resultId = result && typeof result === 'object' && 'id' in result ? String((result as { id: unknown }).id) : null;
          await this.audit.record({
            operation: info.fieldName,
            targetType: detail?.targetType ?? (resultId ? info.returnType.toString().replace(/[!\[\]]/g, '') : null),
            targetId: detail?.targetId ?? (typeof args.id === 'string' ? args.id : resultId),
            before: detail?.before,
            after: detail?.after,
          });
        }
        return result;
      }),
    );
  }

  /** A plugin's HTTP write (a webhook delivery) is one transaction too; it records its own audit entry if it has one. */
  private httpWrite(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const method = context.switchToHttp().getRequest<{ method?: string }>().method ?? 'GET';
    if (['GET', 'HEAD', 'OPTIONS'].includes(method)) return next.handle();
    return from(this.data.transaction(() => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
