import { RequirePermission, SortDirectionValue, UserInputError } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { RequisitionConnection, RequisitionSort, RequisitionSortField } from './requisition-page.types.js';
import { RequisitionService } from './requisition.service.js';
import { CreateRequisitionInput, RequisitionFilter, RequisitionType, UpdateRequisitionInput } from './requisition.types.js';

const reason = (value: string, field = 'reason') => {
  const text = value.trim();
  if (!text || text.length > 2000) throw new UserInputError(field, 'must have 1 to 2000 characters');
  return text;
};

@Resolver(() => RequisitionType)
export class RequisitionResolver {
  constructor(private readonly requisitions: RequisitionService) {}

  @Query(() => [RequisitionType], { name: 'requisitions', description: 'Requisitions, newest first, with band and candidates per stage' })
  @RequirePermission('attraction.requisitions.read')
  async requisitions_(@Args('filter', { type: () => RequisitionFilter, nullable: true }) filter?: RequisitionFilter): Promise<RequisitionType[]> {
    return this.requisitions.toTypes(await this.requisitions.list(filter ?? {}));
  }

  @Query(() => RequisitionConnection, { description: 'Requisitions a page at a time: filtered, sorted (newest first by default) and paged on the server' })
  @RequirePermission('attraction.requisitions.read')
  async requisitionsPage(
    @Args('filter', { type: () => RequisitionFilter, nullable: true }) filter: RequisitionFilter,
    @Args('sort', { type: () => RequisitionSort, nullable: true }) sort: RequisitionSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<RequisitionConnection> {
    const page = await this.requisitions.page(filter ?? {}, sort ?? { field: RequisitionSortField.CREATED_AT, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: await this.requisitions.toTypes(page.nodes) };
  }

  @Query(() => RequisitionType)
  @RequirePermission('attraction.requisitions.read')
  async requisition(@Args('id', { type: () => ID }) id: string): Promise<RequisitionType> {
    return (await this.requisitions.toTypes([await this.requisitions.get(id)]))[0];
  }

  @Mutation(() => RequisitionType, { description: 'Opens a draft requisition awaiting approval' })
  @RequirePermission('attraction.requisitions.write')
  async createRequisition(@Args('input') input: CreateRequisitionInput): Promise<RequisitionType> {
    return (await this.requisitions.toTypes([await this.requisitions.create(input)]))[0];
  }

  @Mutation(() => RequisitionType)
  @RequirePermission('attraction.requisitions.write')
  async updateRequisition(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateRequisitionInput): Promise<RequisitionType> {
    return (await this.requisitions.toTypes([await this.requisitions.update(id, input)]))[0];
  }

  @Mutation(() => RequisitionType, { description: 'Approves a complete draft (family, level with a band, hiring manager): it opens' })
  @RequirePermission('attraction.requisitions.approve')
  async approveRequisition(@Args('id', { type: () => ID }) id: string, @Args('note', { type: () => String, nullable: true }) note?: string | null): Promise<RequisitionType> {
    return (await this.requisitions.toTypes([await this.requisitions.approve(id, note ? reason(note, 'note') : null)]))[0];
  }

  @Mutation(() => RequisitionType)
  @RequirePermission('attraction.requisitions.approve')
  async rejectRequisition(@Args('id', { type: () => ID }) id: string, @Args('reason') why: string): Promise<RequisitionType> {
    return (await this.requisitions.toTypes([await this.requisitions.reject(id, reason(why))]))[0];
  }

  @Mutation(() => RequisitionType, { description: 'Closes a draft or open requisition (no offers may be in flight)' })
  @RequirePermission('attraction.requisitions.write')
  async closeRequisition(@Args('id', { type: () => ID }) id: string, @Args('reason') why: string): Promise<RequisitionType> {
    return (await this.requisitions.toTypes([await this.requisitions.close(id, reason(why))]))[0];
  }
}
