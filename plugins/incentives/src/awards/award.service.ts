import { ConflictError, DataService, EventBus, NotFoundError, nowIso, PeopleDirectory, RequestContexts, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { AwardPaid } from '../shared/events.js';
import { nameOf, peopleById } from '../shared/people.js';
import { P } from '../shared/permissions.js';
import { auditDetail, currentViewer, type Viewer } from '../shared/viewer.js';
import { AwardEntity, type AwardStatus } from './award.entity.js';
import type { ApproveAwardInput, AwardType, NominateAwardInput } from './award.types.js';
import { msg } from '@cadre/sdk';

/** Innovation awards: anyone nominates; award administrators approve with an amount, reject, or pay. */
@Injectable()
export class AwardService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly events: EventBus,
  ) {}

  private get awards() {
    return this.data.repo(AwardEntity);
  }

  /** Approved and paid awards are public recognition; open and rejected ones stay with the people involved. */
  private canSee(a: AwardEntity, viewer: Viewer): boolean {
    if (viewer.has(P.awardsWrite) || a.status === 'approved' || a.status === 'paid') return true;
    return viewer.ownOrChain(a.personId) || (viewer.personId !== null && a.nominatedById === viewer.personId);
  }

  async one(id: string): Promise<AwardType> {
    const a = await this.awards.get(id);
    if (!this.canSee(a, await currentViewer())) throw new NotFoundError('Award', id);
    return (await this.toTypes([a]))[0]!;
  }

  async toTypes(rows: AwardEntity[]): Promise<AwardType[]> {
    const people = await peopleById(this.people, rows.flatMap((r) => [r.personId, r.nominatedById ?? '']).filter(Boolean));
    return rows.map((a) => ({
      id: a.id, personId: a.personId, personName: nameOf(people, a.personId), nominatedById: a.nominatedById,
      nominatedByName: a.nominatedById ? nameOf(people, a.nominatedById) : null, kind: a.kind, title: a.title, description: a.description, link: a.link,
      status: a.status, amount: a.amount, currency: a.currency, decisionNote: a.decisionNote, decidedAt: a.decidedAt, paidAt: a.paidAt, createdAt: a.createdAt,
    }));
  }

  async nominate(input: NominateAwardInput): Promise<AwardEntity> {
    const viewer = await currentViewer();
    return this.data.transaction(async () => {
      if (!(await peopleById(this.people, [input.personId])).has(input.personId)) throw new UserInputError('input.personId', msg`no person with id ${input.personId}`);
      return this.awards.save(this.awards.create({
        personId: input.personId, nominatedById: viewer.personId, kind: input.kind, title: input.title.trim(), description: input.description?.trim() ?? '',
        link: input.link ?? null, status: 'nominated', amount: null, currency: null, decisionNote: null, decidedBy: null, decidedAt: null, paidAt: null,
      }));
    });
  }

  private async move(id: string, from: AwardStatus, to: AwardStatus, change: (a: AwardEntity) => void): Promise<AwardEntity> {
    return this.data.transaction(async () => {
      const a = await this.awards.get(id);
      if (a.status !== from) throw new ConflictError(msg`Award "${a.title}" is ${a.status}: it must be ${from} to become ${to}`);
      const before = { status: a.status, amount: a.amount, currency: a.currency };
      a.status = to;
      change(a);
      await this.awards.save(a);
      auditDetail('IncentivesAward', id, before, { status: a.status, amount: a.amount, currency: a.currency });
      return a;
    });
  }

  approve(id: string, input: ApproveAwardInput): Promise<AwardEntity> {
    return this.move(id, 'nominated', 'approved', (a) => {
      Object.assign(a, { amount: input.amount, currency: input.currency, decisionNote: input.note?.trim() || null, decidedBy: RequestContexts.current()?.accountEmail ?? 'system', decidedAt: nowIso() });
    });
  }

  reject(id: string, reason: string): Promise<AwardEntity> {
    if (!reason.trim()) throw new UserInputError('reason', 'must say why');
    return this.move(id, 'nominated', 'rejected', (a) => {
      Object.assign(a, { decisionNote: reason.trim(), decidedBy: RequestContexts.current()?.accountEmail ?? 'system', decidedAt: nowIso() });
    });
  }

  async pay(id: string): Promise<AwardEntity> {
    return this.data.transaction(async () => {
      const a = await this.move(id, 'approved', 'paid', (x) => {
        x.paidAt = nowIso();
      });
      await this.events.emit(AwardPaid, { awardId: a.id, personId: a.personId, kind: a.kind, amount: a.amount ?? 0, currency: a.currency ?? '' });
      return a;
    });
  }
}
