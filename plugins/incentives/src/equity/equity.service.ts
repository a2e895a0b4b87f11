import { ConflictError, DataService, EventBus, FourEyes, NotFoundError, nowIso, PeopleDirectory, RequestContexts, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { EquityGranted } from '../shared/events.js';
import { nameOf, peopleById } from '../shared/people.js';
import { P } from '../shared/permissions.js';
import { auditDetail, currentViewer, today } from '../shared/viewer.js';
import { EquityGrantEntity, type GrantStatus } from './equity-grant.entity.js';
import type { CreateEquityGrantInput, EquityGrantType } from './equity.types.js';
import { vestedBy, vestingSchedule } from './vesting.js';
import { msg } from '@cadre/sdk';

/** Equity grants (new hire, refresh, promotion) and their vesting. */
@Injectable()
export class EquityService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly events: EventBus,
    private readonly fourEyes: FourEyes,
  ) {}

  private get grants() {
    return this.data.repo(EquityGrantEntity);
  }

  async one(id: string): Promise<EquityGrantType> {
    const g = await this.grants.get(id);
    const viewer = await currentViewer();
    if (!viewer.has(P.compReadAll) && !viewer.ownOrChain(g.personId)) throw new NotFoundError('EquityGrant', id);
    return (await this.toTypes([g]))[0]!;
  }

  async toTypes(rows: EquityGrantEntity[]): Promise<EquityGrantType[]> {
    const people = await peopleById(this.people, rows.map((r) => r.personId));
    const day = today();
    return rows.map((g) => {
      const live = g.status === 'granted';
      return {
        id: g.id, personId: g.personId, personName: nameOf(people, g.personId), kind: g.kind, units: g.units, strikePrice: g.strikePrice, currency: g.currency,
        grantDate: g.grantDate, vestingStart: g.vestingStart, cliffMonths: g.cliffMonths, vestingMonths: g.vestingMonths, frequencyMonths: g.frequencyMonths,
        status: g.status, note: g.note, createdBy: g.createdBy, approvedBy: g.approvedBy, approvedAt: g.approvedAt, vestedUnits: live ? vestedBy(g, day) : 0, schedule: vestingSchedule(g),
      };
    });
  }

  async create(input: CreateEquityGrantInput): Promise<EquityGrantEntity> {
    return this.data.transaction(async () => {
      if (!(await peopleById(this.people, [input.personId])).has(input.personId)) throw new UserInputError('input.personId', msg`no person with id ${input.personId}`);
      if (input.cliffMonths > input.vestingMonths) throw new UserInputError('input.cliffMonths', msg`must not exceed vestingMonths (${input.vestingMonths})`);
      if (input.strikePrice != null && !input.currency) throw new UserInputError('input.currency', 'is needed with a strike price');
      const start = input.vestingStart ?? input.grantDate;
      const g = this.grants.create({
        personId: input.personId, kind: input.kind, units: input.units, strikePrice: input.strikePrice ?? null, currency: input.currency ?? null,
        grantDate: input.grantDate, vestingStart: start, cliffMonths: input.cliffMonths, vestingMonths: input.vestingMonths, frequencyMonths: input.frequencyMonths,
        status: 'proposed', note: input.note?.trim() ?? '', sourceKey: null, createdById: RequestContexts.current()?.accountId ?? null,
        createdBy: RequestContexts.current()?.accountEmail ?? null, approvedBy: null, approvedAt: null,
      });
      await this.grants.save(g);
      auditDetail('IncentivesEquityGrant', g.id, null, { personId: g.personId, kind: g.kind, units: g.units, strikePrice: g.strikePrice });
      return g;
    });
  }

  private async move(id: string, from: GrantStatus[], to: GrantStatus): Promise<EquityGrantEntity> {
    const g = await this.grants.get(id);
    if (!from.includes(g.status)) throw new ConflictError(msg`This grant is ${g.status}: it must be ${from.join(' or ')} to become ${to}`);
    auditDetail('IncentivesEquityGrant', id, { status: g.status }, { status: to });
    g.status = to;
    if (to === 'granted') Object.assign(g, { approvedBy: RequestContexts.current()?.accountEmail ?? 'system', approvedAt: nowIso() });
    return this.grants.save(g);
  }

  async approve(id: string): Promise<EquityGrantEntity> {
    return this.data.transaction(async () => {
      const proposed = await this.grants.get(id);
      if (proposed.status === 'proposed') await this.fourEyes.check(proposed.createdById, msg`approve this equity grant`);
      const g = await this.move(id, ['proposed'], 'granted');
      await this.events.emit(EquityGranted, { grantId: g.id, personId: g.personId, kind: g.kind, units: g.units });
      return g;
    });
  }

  cancel(id: string): Promise<EquityGrantEntity> {
    return this.data.transaction(() => this.move(id, ['proposed', 'granted'], 'cancelled'));
  }
}
