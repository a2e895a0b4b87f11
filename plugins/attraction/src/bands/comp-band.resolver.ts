import { RequirePermission, SignedIn, SortDirectionValue, UserInputError } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { JOB_FAMILY_MESSAGE, JOB_FAMILY_PATTERN } from '../shared/job-family.js';
import { bandKey, toBandType, toMarketType } from './comp-band.mapper.js';
import { CompBandService } from './comp-band.service.js';
import { CompBandFilter, CompBandInput, CompBandType, CompaRatioInput, CompPositionType, ImportReportType, MarketRateInput, MarketRateType } from './comp-band.types.js';
import { CompImportService } from './comp-import.service.js';
import { CompPositionService } from './comp-position.service.js';
import { PersonCompFilter, PersonCompPositionType } from './person-comp.types.js';
import { PayPositionFilter, PayPositionSort, PayPositionSortField, PersonCompPositionConnection } from './person-comp-page.types.js';

@Resolver(() => CompBandType)
export class CompBandResolver {
  constructor(
    private readonly bands: CompBandService,
    private readonly importer: CompImportService,
    private readonly positions: CompPositionService,
  ) {}

  @Query(() => [CompBandType], { description: 'Compensation bands with their market data, by job family and level' })
  @RequirePermission('attraction.bands.read')
  async compBands(@Args('filter', { type: () => CompBandFilter, nullable: true }) filter?: CompBandFilter): Promise<CompBandType[]> {
    const bands = await this.bands.list(filter ?? {});
    const market = await this.bands.marketFor(bands);
    return bands.map((b) => toBandType(b, market.get(bandKey(b.jobFamily, b.level))));
  }

  @Query(() => CompBandType)
  @RequirePermission('attraction.bands.read')
  async compBand(@Args('id', { type: () => ID }) id: string): Promise<CompBandType> {
    const band = await this.bands.get(id);
    return toBandType(band, await this.bands.findMarket(band.jobFamily, band.level));
  }

  @Query(() => [MarketRateType], { description: 'Imported market percentiles (also those without a band)' })
  @RequirePermission('attraction.bands.read')
  async marketRates(@Args('filter', { type: () => CompBandFilter, nullable: true }) filter?: CompBandFilter): Promise<MarketRateType[]> {
    return (await this.bands.listMarket(filter ?? {})).map(toMarketType);
  }

  @Query(() => [String], { description: 'Job families that have a band or market data' })
  @RequirePermission('attraction.bands.read')
  attractionJobFamilies(): Promise<string[]> {
    return this.bands.jobFamilies();
  }

  @Query(() => CompPositionType, { description: 'Compa-ratio and market percentile of a hypothetical base (the offer builder); saves nothing' })
  @RequirePermission('attraction.bands.read')
  compaRatio(@Args('input') input: CompaRatioInput): Promise<CompPositionType> {
    return this.positions.hypothetical(input);
  }

  @Query(() => [PersonCompPositionType], { description: "People's compa-ratio and market percentile: all with people.compensation.read, otherwise yourself and your reports" })
  @SignedIn()
  personCompPositions(@Args('filter', { type: () => PersonCompFilter, nullable: true }) filter?: PersonCompFilter): Promise<PersonCompPositionType[]> {
    return this.positions.forPeople(filter ?? {});
  }

  @Query(() => PersonCompPositionConnection, { description: "A page of current employees' pay positions (the console's Pay positions page): everyone with people.compensation.read, otherwise yourself and your reports" })
  @SignedIn()
  personCompPositionsPage(
    @Args('filter', { type: () => PayPositionFilter, nullable: true }) filter: PayPositionFilter,
    @Args('sort', { type: () => PayPositionSort, nullable: true }) sort: PayPositionSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PersonCompPositionConnection> {
    return this.positions.page(filter ?? {}, sort ?? { field: PayPositionSortField.NAME, direction: SortDirectionValue.ASC }, first, after);
  }

  @Query(() => PersonCompPositionType, { description: 'One person’s pay position; pay fields are withheld from viewers who may not see that person’s pay' })
  @SignedIn()
  personCompPosition(@Args('personId', { type: () => ID }) personId: string): Promise<PersonCompPositionType> {
    return this.positions.forPerson(personId);
  }

  @Query(() => PersonCompPositionType, { nullable: true, description: 'Your own band, compa-ratio and market percentile' })
  @SignedIn()
  myCompPosition(): Promise<PersonCompPositionType | null> {
    return this.positions.mine();
  }

  @Mutation(() => CompBandType, { description: 'Creates or replaces the band of a job family × level' })
  @RequirePermission('attraction.bands.write')
  async upsertCompBand(@Args('input') input: CompBandInput): Promise<CompBandType> {
    const band = await this.bands.upsert(input);
    return toBandType(band, await this.bands.findMarket(band.jobFamily, band.level));
  }

  @Mutation(() => Boolean)
  @RequirePermission('attraction.bands.write')
  deleteCompBand(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.bands.delete(id);
  }

  @Mutation(() => MarketRateType, { description: 'Creates or replaces the market data of a job family × level' })
  @RequirePermission('attraction.bands.write')
  async upsertMarketRate(@Args('input') input: MarketRateInput): Promise<MarketRateType> {
    return toMarketType(await this.bands.upsertMarket(input));
  }

  @Mutation(() => Boolean, { description: 'Deletes the market data of a job family × level (the band, if any, stays)' })
  @RequirePermission('attraction.bands.write')
  deleteMarketRate(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.bands.deleteMarket(id);
  }

  @Mutation(() => ImportReportType, {
    description: 'All-or-nothing CSV import of bands; columns job_family, level, currency, min_base, mid_base, max_base (integer minor units), bonus_target_pct, equity_min, equity_max',
  })
  @RequirePermission('attraction.bands.write')
  importCompBands(@Args('csv') csv: string): Promise<ImportReportType> {
    return this.importer.importBands(csv);
  }

  @Mutation(() => ImportReportType, { description: 'All-or-nothing CSV import of market data; columns job_family, level, currency, p25, p50, p75, p90 (integer minor units), source, as_of' })
  @RequirePermission('attraction.bands.write')
  importMarketData(@Args('csv') csv: string): Promise<ImportReportType> {
    return this.importer.importMarket(csv);
  }

  @Mutation(() => PersonCompPositionType, { description: "Sets the job family a person's pay is compared in (null: infer it from the title)" })
  @RequirePermission('attraction.bands.write')
  setPersonJobFamily(@Args('personId', { type: () => ID }) personId: string, @Args('jobFamily', { type: () => String, nullable: true }) jobFamily: string | null): Promise<PersonCompPositionType> {
    if (jobFamily && !JOB_FAMILY_PATTERN.test(jobFamily)) throw new UserInputError('jobFamily', JOB_FAMILY_MESSAGE);
    return this.positions.setJobFamily(personId, jobFamily);
  }
}
