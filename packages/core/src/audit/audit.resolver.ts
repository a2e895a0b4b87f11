import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../access/decorators.js';
import { UserInputError } from '../graphql/errors.js';
import { AuditService } from './audit.service.js';
import { AuditConnectionType, AuditFilterInput } from './audit.types.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditConnectionType, { description: 'Newest first' })
  @RequirePermission('audit.read')
  async auditLog(
    @Args('filter', { type: () => AuditFilterInput, nullable: true }) filter: AuditFilterInput,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AuditConnectionType> {
    if (first < 1 || first > 200) throw new UserInputError('first', 'must be from 1 to 200');
    const to = filter?.to && filter.to.length === 10 ? `${filter.to}T23:59:59.999Z` : filter?.to;
    const page = await this.audit.list({ ...filter, to }, first, after);
    return {
      nodes: page.nodes.map((a) => ({
        id: a.id, at: a.createdAt, actorId: a.actorId, actorEmail: a.actorEmail, operation: a.operation, targetType: a.targetType, targetId: a.targetId,
        before: a.before === null || a.before === undefined ? null : JSON.stringify(a.before),
        after: a.after === null || a.after === undefined ? null : JSON.stringify(a.after),
      })),
      totalCount: page.totalCount,
      pageInfo: page.pageInfo,
    };
  }
}
