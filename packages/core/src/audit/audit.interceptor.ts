import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Observable, from, mergeMap } from 'rxjs';
import { RequestContexts } from '../context/request-context.js';
import { AuditService } from './audit.service.js';

/** Writes an audit entry after every successful GraphQL mutation, whoever declared it. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo();
    if (info?.parentType?.name !== 'Mutation') return next.handle();
    const ctx = RequestContexts.current();
    if (ctx) ctx.auditDetail = undefined;
    const args = gql.getArgs() as Record<string, unknown>;
    return next.handle().pipe(
      mergeMap((result) =>
        from(
          (async () => {
            const detail = ctx?.auditDetail;
            if (ctx?.tenantId) {
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
          })(),
        ),
      ),
    );
  }
}
