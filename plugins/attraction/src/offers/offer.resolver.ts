import { RequirePermission, SignedIn, SortDirectionValue, UserInputError } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import type { OfferEntity } from './offer.entity.js';
import { OfferConnection, OfferSort, OfferSortField } from './offer-page.types.js';
import { OfferHydrator } from './offer.hydrator.js';
import { OfferService } from './offer.service.js';
import { CreateOfferInput, OfferFilter, OfferTermsInput, OfferType } from './offer.types.js';

const text = (value: string | null | undefined, field: string, required: boolean) => {
  const t = (value ?? '').trim();
  if ((required && !t) || t.length > 2000) throw new UserInputError(field, required ? 'must have 1 to 2000 characters' : 'must have at most 2000 characters');
  return t;
};

@Resolver(() => OfferType)
export class OfferResolver {
  constructor(
    private readonly offers: OfferService,
    private readonly hydrator: OfferHydrator,
  ) {}

  private async one(offer: Promise<OfferEntity>): Promise<OfferType> {
    return (await this.hydrator.toTypes([await offer]))[0];
  }

  @Query(() => [OfferType], { name: 'offers', description: "Offers, newest first: all with attraction.offers.read; otherwise those for requisitions you or your reports hire for, and your own" })
  @SignedIn()
  async offers_(@Args('filter', { type: () => OfferFilter, nullable: true }) filter?: OfferFilter): Promise<OfferType[]> {
    return this.hydrator.toTypes(await this.offers.list(filter ?? {}));
  }

  @Query(() => OfferConnection, { description: 'Offers a page at a time (newest first by default), visible as in offers, filtered, sorted and paged on the server' })
  @SignedIn()
  async offersPage(
    @Args('filter', { type: () => OfferFilter, nullable: true }) filter: OfferFilter,
    @Args('sort', { type: () => OfferSort, nullable: true }) sort: OfferSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<OfferConnection> {
    const page = await this.offers.page(filter ?? {}, sort ?? { field: OfferSortField.CREATED_AT, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: await this.hydrator.toTypes(page.nodes) };
  }

  @Query(() => OfferType)
  @SignedIn()
  offer(@Args('id', { type: () => ID }) id: string): Promise<OfferType> {
    return this.one(this.offers.get(id));
  }

  @Mutation(() => OfferType, { description: 'Drafts an offer for a candidate in the offer stage and sends it to approval' })
  @RequirePermission('attraction.offers.write')
  createOffer(@Args('input') input: CreateOfferInput): Promise<OfferType> {
    return this.one(this.offers.create(input));
  }

  @Mutation(() => OfferType, { description: 'Changes the terms: a new version that needs approval again' })
  @RequirePermission('attraction.offers.write')
  reviseOffer(@Args('id', { type: () => ID }) id: string, @Args('input') input: OfferTermsInput): Promise<OfferType> {
    return this.one(this.offers.revise(id, input));
  }

  @Mutation(() => OfferType, { description: 'Signs the offer: HR always; outside the band also an owner/admin (two different people)' })
  @RequirePermission('attraction.offers.approve')
  approveOffer(@Args('id', { type: () => ID }) id: string, @Args('comment', { type: () => String, nullable: true }) comment?: string | null): Promise<OfferType> {
    return this.one(this.offers.approve(id, text(comment, 'comment', false)));
  }

  @Mutation(() => OfferType, { description: 'Refuses a pending offer' })
  @RequirePermission('attraction.offers.approve')
  refuseOffer(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<OfferType> {
    return this.one(this.offers.refuse(id, text(reason, 'reason', true)));
  }

  @Mutation(() => OfferType, { description: 'Records the candidate’s acceptance: they are hired and the core creates the person (HireRequested)' })
  @RequirePermission('attraction.offers.write')
  acceptOffer(@Args('id', { type: () => ID }) id: string): Promise<OfferType> {
    return this.one(this.offers.accept(id));
  }

  @Mutation(() => OfferType, { description: 'Records that the candidate turned an approved offer down' })
  @RequirePermission('attraction.offers.write')
  declineOffer(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<OfferType> {
    return this.one(this.offers.decline(id, text(reason, 'reason', true)));
  }

  @Mutation(() => OfferType)
  @RequirePermission('attraction.offers.write')
  withdrawOffer(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<OfferType> {
    return this.one(this.offers.withdraw(id, text(reason, 'reason', true)));
  }
}
