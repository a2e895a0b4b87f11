import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../access/decorators.js';
import { OwnTransaction } from '../database/own-transaction.js';
import { JobsService } from '../jobs/jobs.service.js';
import { JobType, toJobType } from '../jobs/jobs.types.js';
import { UserInputError } from '../graphql/errors.js';
import { PAGE_MAX, CreatePersonInput, PeopleFilter, UpdatePersonInput } from './person.inputs.js';
import { toPersonType } from './person.mapper.js';
import { HeadcountType } from './headcount.types.js';
import { ImportReportType, PersonConnectionType, PersonType } from './person.types.js';
import { PeopleImportService } from './people-import.service.js';
import { PeopleService } from './people.service.js';
import { msg } from '../i18n/msg.js';
import { localizeProblems } from '../i18n/validation-messages.js';
import { RequestContexts } from '../context/request-context.js';

@Resolver(() => PersonType)
export class PeopleResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly importer: PeopleImportService,
    private readonly jobs: JobsService,
  ) {}

  @Query(() => PersonConnectionType, { name: 'people', description: 'People ordered by name, with cursor pagination' })
  @RequirePermission('people.read')
  async people_(
    // Typed as the class (not `| undefined`) so the emitted parameter type makes the pipe validate it.
    @Args('filter', { type: () => PeopleFilter, nullable: true }) filter: PeopleFilter,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PersonConnectionType> {
    if (first < 1 || first > PAGE_MAX) throw new UserInputError('first', msg`must be from 1 to ${PAGE_MAX}`);
    const page = await this.people.list(filter ?? {}, first, after);
    return { ...page, nodes: page.nodes.map(toPersonType) };
  }

  @Query(() => HeadcountType, { description: 'Headcount by status, level, location and track (aggregates, for dashboards)' })
  @RequirePermission('people.read')
  async headcount(): Promise<HeadcountType> {
    const [byStatus, byLevel, byLocation, byTrack] = await Promise.all([
      this.people.countBy('status', true), this.people.countBy('level'), this.people.countBy('location'), this.people.countBy('track'),
    ]);
    return { total: byStatus.reduce((n, g) => n + g.count, 0), byStatus, byLevel, byLocation, byTrack };
  }

  @Query(() => PersonType)
  @RequirePermission('people.read')
  async person(@Args('id', { type: () => ID }) id: string): Promise<PersonType> {
    return toPersonType(await this.people.get(id));
  }

  @ResolveField(() => PersonType, { nullable: true })
  @RequirePermission('people.read')
  async manager(@Parent() person: PersonType): Promise<PersonType | null> {
    if (!person.managerId) return null;
    const manager = await this.people.load(person.managerId);
    return manager ? toPersonType(manager) : null;
  }

  @ResolveField(() => [PersonType], { description: 'Direct reports' })
  @RequirePermission('people.read')
  async reports(@Parent() person: PersonType): Promise<PersonType[]> {
    return (await this.people.directReports(person.id)).map(toPersonType);
  }

  @Mutation(() => PersonType)
  @RequirePermission('people.write')
  async createPerson(@Args('input') input: CreatePersonInput): Promise<PersonType> {
    return toPersonType(await this.people.create(input));
  }

  @Mutation(() => PersonType)
  @RequirePermission('people.write')
  async updatePerson(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdatePersonInput): Promise<PersonType> {
    return toPersonType(await this.people.update(id, input));
  }

  @Mutation(() => Boolean)
  @RequirePermission('people.delete')
  deletePerson(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.people.delete(id);
  }

  @Mutation(() => ImportReportType, { description: 'All-or-nothing CSV import; errors name the row and column' })
  @RequirePermission('people.import')
  async importPeople(@Args('csv') csv: string): Promise<ImportReportType> {
    return localizeProblems(await this.importer.import(csv), RequestContexts.current()?.locale ?? 'en-US') as ImportReportType;
  }

  @Mutation(() => JobType, { description: 'Starts an all-or-nothing CSV import as a job (follow it with `job(id)`; its result is the import report)' })
  @RequirePermission('people.import')
  @OwnTransaction()
  async startPeopleImport(@Args('csv') csv: string): Promise<JobType> {
    // A job outlives this request: it is queued, not part of a transaction; the job audits the import.
    return toJobType(await this.jobs.start('people.import', { csv }));
  }
}
