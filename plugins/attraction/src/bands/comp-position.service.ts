import { DataService, ForbiddenError, PeopleDirectory, UserInputError, type PersonRecord, type SortDirection } from '@cadre/sdk';
import type { AttractionCompPositions, CompaRatioRef } from '../contracts.js';
import { Injectable } from '@cadre/sdk/common';
import { inferJobFamily } from '../shared/job-family.js';
import { currentViewer } from '../shared/viewer.js';
import { CompBandEntity } from './comp-band.entity.js';
import { bandKey, toBandType, toMarketType } from './comp-band.mapper.js';
import type { CompPositionType, CompaRatioInput } from './comp-band.types.js';
import { CompBandService } from './comp-band.service.js';
import { positionOf, type Position } from './comp-position.js';
import type { MarketRateEntity } from './market-rate.entity.js';
import type { PersonCompFilter, PersonCompPositionType } from './person-comp.types.js';
import { PersonJobFamilyEntity } from './person-job-family.entity.js';
import { payPositionOrder, payPositionPage, type PayPositionPage, type Placed } from './pay-position-list.js';
import type { PayPositionFilter, PayPositionSortField } from './person-comp-page.types.js';

export const PAY_READ = 'people.compensation.read';

/** What the pages read of each person: placing their pay, visibility, the team filter. */
const PAY_COLUMNS = ['id', 'name', 'title', 'level', 'managerId', 'status', 'compBase', 'compCurrency'] as const;
type PersonPay = Pick<PersonRecord, (typeof PAY_COLUMNS)[number]>;

/** The tenant's bands, market rows and job-family mappings, read once for many people. */
interface Lookups {
  bands: Map<string, CompBandEntity>;
  markets: Map<string, MarketRateEntity>;
  mapped: Map<string, string>;
  inferred: Map<string, string | null>;
}

/** A person's job family and where their pay sits: what a page filters, sorts and counts by. */
interface Placement extends Placed {
  person: PersonPay;
  jobFamilySource: string;
  band: CompBandEntity | undefined;
  market: MarketRateEntity | undefined;
  position: Position;
}

/** Compa-ratio and market percentile for hypothetical pay (offer builder) and for people. */
@Injectable()
export class CompPositionService implements AttractionCompPositions {
  constructor(
    private readonly data: DataService,
    private readonly bands: CompBandService,
    private readonly people: PeopleDirectory,
  ) {}

  /** Nothing is saved: the offer builder calls this as the recruiter types. */
  async hypothetical(input: CompaRatioInput): Promise<CompPositionType> {
    let band: CompBandEntity | null;
    if (input.bandId) band = await this.data.repo(CompBandEntity).get(input.bandId);
    else if (input.jobFamily && input.level) band = await this.bands.find(input.jobFamily, input.level);
    else throw new UserInputError(input.jobFamily ? 'input.level' : 'input.jobFamily', 'give bandId, or jobFamily and level');
    const jobFamily = band?.jobFamily ?? input.jobFamily!;
    const level = band?.level ?? input.level!.toUpperCase();
    const market = await this.bands.findMarket(jobFamily, level);
    const currency = input.currency ?? band?.currency ?? market?.currency ?? 'CNY';
    const position = positionOf(input.base, currency, band, market, `${jobFamily} × ${level}`);
    return { jobFamily, level, base: input.base, currency, band: band ? toBandType(band, market) : null, market: market ? toMarketType(market) : null, ...position };
  }

  /** Positions of people the viewer may see the pay of (everyone with people.compensation.read, else self + chain). */
  async forPeople(filter: PersonCompFilter = {}): Promise<PersonCompPositionType[]> {
    const viewer = await currentViewer();
    let placed = viewer.has(PAY_READ) ? await this.everyone() : await this.placements(await this.people.byIds(viewer.chain()));
    if (filter.personIds?.length) placed = placed.filter((p) => filter.personIds!.includes(p.id));
    if (filter.level) placed = placed.filter((p) => p.level.toUpperCase() === filter.level!.toUpperCase());
    if (filter.jobFamily) placed = placed.filter((p) => p.jobFamily === filter.jobFamily);
    return placed.map(toPosition);
  }

  /**
   * A page of the positions forPeople would list, current employees only (see pay-position-list):
   * hr pages everyone's placements (shared by every request until the data changes), anyone else
   * only themselves and their chain. Only the page's rows are built in full.
   */
  async page(filter: PayPositionFilter, sort: { field: PayPositionSortField; direction: SortDirection }, first: number, after?: string | null): Promise<PayPositionPage<PersonCompPositionType>> {
    const viewer = await currentViewer();
    const everyone = viewer.has(PAY_READ);
    const all = everyone ? await this.everyone() : await this.placements(await this.people.byIds(viewer.chain()));
    const current = () => all.filter((p) => p.person.status !== 'terminated');
    // Everyone's current people are sorted once per order and shared; a chain is sorted per request.
    const order = everyone ? await this.data.shared(`attraction.pay-order:${sort.field}:${sort.direction}`, async () => payPositionOrder(current(), sort)) : payPositionOrder(current(), sort);
    const team = filter.managerId ? reportsBelow(filter.managerId, all.map((p) => p.person)) : null;
    const page = payPositionPage(order, filter, first, after, team);
    return { ...page, nodes: page.nodes.map(toPosition) };
  }

  /**
   * One person's position. Pay fields are withheld field by field (SensitiveField); a viewer who
   * could see neither the pay nor bands (an employee asking about a colleague) is refused outright.
   */
  async forPerson(personId: string): Promise<PersonCompPositionType> {
    const viewer = await currentViewer();
    const person = await this.people.get(personId);
    if (!viewer.has(PAY_READ) && !viewer.ownOrChain(personId) && !viewer.has('attraction.bands.read')) {
      throw new ForbiddenError("You may see only your own and your reports' pay position");
    }
    return (await this.positions([person]))[0];
  }

  async mine(): Promise<PersonCompPositionType | null> {
    const viewer = await currentViewer();
    if (!viewer.personId) return null;
    const [person] = await this.people.byIds([viewer.personId]);
    return person ? (await this.positions([person]))[0] : null;
  }

  /** For other plugins (published as 'attraction.comp-positions'): raw numbers, no access checks. */
  async compaRatios(personIds?: string[]): Promise<CompaRatioRef[]> {
    const placed = personIds ? await this.placements(await this.people.byIds(personIds)) : await this.everyone();
    return placed.map((p) => ({ personId: p.id, jobFamily: p.jobFamily, compaRatio: p.position.compaRatio, marketPercentile: p.position.marketPercentile }));
  }

  async setJobFamily(personId: string, jobFamily: string | null): Promise<PersonCompPositionType> {
    const person = await this.people.get(personId);
    await this.data.transaction(async () => {
      const repo = this.data.repo(PersonJobFamilyEntity);
      const existing = await repo.findOneBy({ personId });
      if (!jobFamily) {
        if (existing) await repo.remove(existing);
      } else await repo.save(Object.assign(existing ?? repo.create({ personId }), { jobFamily }));
    });
    return (await this.positions([person]))[0];
  }

  private async positions(people: PersonPay[]): Promise<PersonCompPositionType[]> {
    return (await this.placements(people)).map(toPosition);
  }

  private async placements(people: PersonPay[]): Promise<Placement[]> {
    const lookups = await this.lookups();
    return people.map((p) => place(p, lookups));
  }

  /** Everyone placed, leavers included: the same for every reader of everyone's pay, so shared until the data changes. */
  private everyone(): Promise<Placement[]> {
    return this.data.shared('attraction.pay-placements', async () => this.placements(await this.people.allColumns(PAY_COLUMNS)));
  }

  private async lookups(): Promise<Lookups> {
    const [{ bands, markets }, mappings] = await Promise.all([this.bands.all(), this.data.repo(PersonJobFamilyEntity).project(['personId', 'jobFamily'], (q) => q)]);
    return { bands, markets, mapped: new Map(mappings.map((m) => [m.personId, m.jobFamily])), inferred: new Map() };
  }
}

/** The person's job family (mapped, else inferred from the title, once per title) and their pay against its band and market row. */
function place(p: PersonPay, lookups: Lookups): Placement {
  let jobFamily = lookups.mapped.get(p.id) ?? null;
  let jobFamilySource = 'mapped';
  if (!jobFamily) {
    if (!lookups.inferred.has(p.title)) lookups.inferred.set(p.title, inferJobFamily(p.title));
    jobFamily = lookups.inferred.get(p.title)!;
    jobFamilySource = jobFamily ? 'inferred' : 'none';
  }
  const key = jobFamily ? bandKey(jobFamily, p.level) : null;
  const band = key ? lookups.bands.get(key) : undefined;
  const market = key ? lookups.markets.get(key) : undefined;
  const position = jobFamily
    ? positionOf(p.compBase, p.compCurrency, band, market, `${jobFamily} × ${p.level || '(no level)'}`)
    : { ...positionOf(p.compBase, p.compCurrency, null, null), note: 'no job family: set one with setPersonJobFamily' };
  return { id: p.id, name: p.name, level: p.level, jobFamily, jobFamilySource, person: p, band, market, position };
}

function toPosition({ person: p, jobFamily, jobFamilySource, band, market, position }: Placement): PersonCompPositionType {
  return {
    personId: p.id, name: p.name, title: p.title, level: p.level, jobFamily, jobFamilySource,
    band: band ? toBandType(band, market) : null, market: market ? toMarketType(market) : null,
    base: p.compBase, currency: p.compCurrency, compaRatio: position.compaRatio, marketPercentile: position.marketPercentile,
    rangePenetration: position.rangePenetration, bandPosition: position.bandPosition, note: position.note,
  };
}

/** Everyone below `managerId` among `people` (direct and indirect reports), read from their managerId links. */
function reportsBelow(managerId: string, people: PersonPay[]): Set<string> {
  const reports = new Map<string, string[]>();
  for (const p of people) {
    if (!p.managerId) continue;
    const list = reports.get(p.managerId);
    if (list) list.push(p.id);
    else reports.set(p.managerId, [p.id]);
  }
  const below = new Set<string>();
  for (let todo = [...(reports.get(managerId) ?? [])]; todo.length; ) {
    const id = todo.pop()!;
    if (below.has(id)) continue; // a cycle in bad data must not loop forever
    below.add(id);
    todo.push(...(reports.get(id) ?? []));
  }
  return below;
}
