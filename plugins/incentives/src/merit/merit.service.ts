import { assertUnchangedSince, ConflictError, DataService, EventBus, NotFoundError, nowIso, PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Inject, Injectable, Optional } from '@cadre/sdk/common';
import type { AttractionCompBands } from '@cadre/plugin-attraction/contracts';
import { In } from '@cadre/sdk/orm';
import { ReviewCycleService } from '../cycles/review-cycle.service.js';
import { finalScore, ReviewParticipantEntity } from '../cycles/review-participant.entity.js';
import { MeritApproved } from '../shared/events.js';
import { nameOf, peopleById, recordsById } from '../shared/people.js';
import { P } from '../shared/permissions.js';
import { IncentivesSolver } from '../shared/solver.service.js';
import { auditDetail, currentViewer } from '../shared/viewer.js';
import { increaseFor, matrixProblems, positionColumn, positionInRange, type SalaryRange } from './merit-math.js';
import { MeritIncreaseEntity } from './merit-increase.entity.js';
import { MeritMatrixEntity } from './merit-matrix.entity.js';
import type { CreateMeritMatrixInput, MeritFieldsInput, MeritIncreaseType, MeritMatrixType, UpdateMeritMatrixInput } from './merit.types.js';
import { msg } from '@cadre/sdk';

/** Merit increases: band × position-in-range percentages, scaled to the raise budget by the solver when they exceed it. */
@Injectable()
export class MeritService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly cycles: ReviewCycleService,
    private readonly solver: IncentivesSolver,
    private readonly events: EventBus,
    // Optional dependency: present when the attraction plugin is enabled.
    @Optional() @Inject('attraction.comp-bands') private readonly compBands?: AttractionCompBands,
  ) {}

  /** Whether salary ranges can be read (the attraction plugin is enabled). */
  get readsBands(): boolean {
    return !!this.compBands;
  }

  private get matrices() {
    return this.data.repo(MeritMatrixEntity);
  }

  private get increases() {
    return this.data.repo(MeritIncreaseEntity);
  }

  /** Compensation administrators see every matrix; others approved ones. */
  async list(cycleId?: string | null): Promise<MeritMatrixType[]> {
    const viewer = await currentViewer();
    const rows = await this.matrices.find({ where: cycleId ? { cycleId } : {}, order: { createdAt: 'DESC' } });
    return this.toTypes(rows.filter((m) => viewer.has(P.compReadAll) || m.status === 'approved'));
  }

  async visible(id: string): Promise<MeritMatrixEntity> {
    const m = await this.matrices.get(id);
    if (m.status !== 'approved' && !(await currentViewer()).has(P.compReadAll)) throw new NotFoundError('MeritMatrix', id);
    return m;
  }

  async one(id: string): Promise<MeritMatrixType> {
    return (await this.toTypes([await this.visible(id)]))[0]!;
  }

  async toTypes(rows: MeritMatrixEntity[]): Promise<MeritMatrixType[]> {
    if (!rows.length) return [];
    const inc = await this.increases.findBy({ matrixId: In(rows.map((r) => r.id)) });
    return rows.map((m) => {
      const mine = inc.filter((i) => i.matrixId === m.id);
      const proposed = mine.reduce((s, i) => s + i.proposedAmount, 0);
      return {
        id: m.id, cycleId: m.cycleId, name: m.name, budget: m.budget, currency: m.currency, positionBreaks: m.positionBreaks, cells: m.cells,
        status: m.status, approvedAt: m.approvedAt, totalProposed: proposed,
        totalAmount: mine.reduce((s, i) => s + i.amount, 0), withinBudget: proposed <= m.budget, increaseCount: mine.length, createdAt: m.createdAt, updatedAt: m.updatedAt,
      };
    });
  }

  async create(input: CreateMeritMatrixInput): Promise<MeritMatrixEntity> {
    return this.data.transaction(async () => {
      const cycle = await this.cycles.get(input.cycleId).catch(() => {
        throw new UserInputError('input.cycleId', msg`no review cycle with id ${input.cycleId}`);
      });
      const m = this.matrices.create({
        cycleId: cycle.id, name: input.name.trim(), budget: input.budget, currency: input.currency, positionBreaks: [], cells: [], status: 'draft', approvedAt: null,
      });
      this.apply(m, input, cycle.coefficients.length);
      return this.matrices.save(m);
    });
  }

  async update(id: string, input: UpdateMeritMatrixInput): Promise<MeritMatrixEntity> {
    return this.data.transaction(async () => {
      const m = await this.matrices.get(id);
      if (m.status === 'approved') throw new ConflictError(msg`Merit matrix "${m.name}" is approved and cannot change`);
      assertUnchangedSince(m, input.expectedUpdatedAt, m.name);
      const cycle = await this.cycles.get(m.cycleId);
      const before = { budget: m.budget, cells: m.cells, positionBreaks: m.positionBreaks };
      if (input.name !== undefined) m.name = input.name.trim();
      this.apply(m, input, cycle.coefficients.length);
      // Changed inputs invalidate computed increases.
      await this.increases.deleteBy({ matrixId: id });
      m.status = 'draft';
      auditDetail('IncentivesMeritMatrix', id, before, { budget: m.budget, cells: m.cells, positionBreaks: m.positionBreaks });
      return this.matrices.save(m);
    });
  }

  private apply(m: MeritMatrixEntity, input: MeritFieldsInput, bands: number): void {
    if (input.budget !== undefined) m.budget = input.budget;
    if (input.currency !== undefined) m.currency = input.currency;
    if (input.positionBreaks !== undefined) m.positionBreaks = input.positionBreaks;
    if (input.cells !== undefined) m.cells = input.cells;
    const [problem] = matrixProblems(m.cells, bands, m.positionBreaks);
    if (problem) throw new UserInputError(`input.${problem[0]}`, problem[1]);
  }

  /** Proposes each participant's raise; when the proposals exceed the budget they are scaled to it exactly. */
  async compute(id: string): Promise<MeritMatrixEntity> {
    return this.data.transaction(async () => {
      const m = await this.matrices.get(id);
      if (m.status === 'approved') throw new ConflictError(msg`Merit matrix "${m.name}" is approved: its increases are final`);
      const cycle = await this.cycles.requireStatus(m.cycleId, ['calibrating', 'finalised'], 'used for merit increases before it has scores');
      const participants = (await this.data.repo(ReviewParticipantEntity).findBy({ cycleId: cycle.id })).sort((a, b) => a.personId.localeCompare(b.personId));
      const people = await recordsById(this.people, participants.map((p) => p.personId));
      const scores = participants.map(finalScore);
      const scored = scores.flatMap((s) => (s === null ? [] : [s]));
      const bands = await this.solver.bandIndex(scored, cycle.thresholds);
      const ranges = await this.salaryRanges(participants.map((p) => p.personId), m.currency);
      let k = 0;
      const rows = participants.map((p, i) => {
        const person = people.get(p.personId);
        const band = scores[i] === null ? null : bands[k++]! + 1;
        const base = person?.compCurrency === m.currency ? person.compBase : null;
        const range = ranges.get(p.personId);
        let note = '';
        if (base === null) note = `no base salary in ${m.currency}`;
        else if (band === null) note = 'no score';
        else if (!range || 'missing' in range) note = range?.missing ?? 'no compensation band';
        const position = base !== null && range && !('missing' in range) ? positionInRange(base, range) : null;
        const column = position === null ? null : positionColumn(position, m.positionBreaks);
        const percent = note ? 0 : m.cells[band! - 1]![column!]!;
        return { p, base: base ?? 0, band, position, column, percent, proposed: note ? 0 : increaseFor(base!, percent), note };
      });
      const proposed = rows.reduce((s, r) => s + r.proposed, 0);
      let amounts = rows.map((r) => r.proposed);
      if (proposed > m.budget) {
        // Everyone keeps the same share of their proposal; the parts add up to the budget exactly.
        const result = await this.solver.allocate(
          { pool: m.budget, weights: Float64Array.from(rows, (r) => r.proposed), coefficients: Float64Array.from(rows, () => 1), caps: Float64Array.from(rows, (r) => r.proposed), unit: 1 },
          (i) => nameOf(people, rows[i]?.p.personId),
        );
        amounts = [...result.amounts];
      }
      await this.increases.deleteBy({ matrixId: id });
      await this.increases.saveMany(rows.map((r, i) => this.increases.create({
        matrixId: id, personId: r.p.personId, baseSalary: r.base, currency: m.currency, band: r.band, positionInRange: r.position, positionColumn: r.column,
        matrixPercent: r.percent, proposedAmount: r.proposed, amount: amounts[i]!, note: r.note,
      })));
      m.status = 'computed';
      return this.matrices.save(m);
    });
  }

  /**
   * Each person's salary range: the min and max of attraction's band for their job family × level
   * (the one copy of the ranges). Where there is none, the reason names the family and level.
   */
  private async salaryRanges(personIds: string[], currency: string): Promise<Map<string, SalaryRange | { missing: string }>> {
    if (!this.compBands) throw new ConflictError("Merit increases read salary ranges from attraction's compensation bands: enable the attraction plugin");
    const out = new Map<string, SalaryRange | { missing: string }>();
    for (const r of await this.compBands.bandsOfPeople(personIds)) {
      const level = r.level || '(no level)';
      if (!r.jobFamily) out.set(r.personId, { missing: `no job family (map one with setPersonJobFamily), so no compensation band for level ${level}` });
      else if (!r.band) out.set(r.personId, { missing: `no compensation band for ${r.jobFamily} × ${level}: add it under attraction's bands` });
      else if (r.band.currency !== currency) out.set(r.personId, { missing: `the ${r.jobFamily} × ${level} band is in ${r.band.currency}, the matrix in ${currency}` });
      else out.set(r.personId, { min: r.band.minBase, max: r.band.maxBase });
    }
    return out;
  }

  async approve(id: string): Promise<MeritMatrixEntity> {
    return this.data.transaction(async () => {
      const m = await this.matrices.get(id);
      if (m.status !== 'computed') throw new ConflictError(msg`Merit matrix "${m.name}" is ${m.status}: compute the increases before approving`);
      m.status = 'approved';
      m.approvedAt = nowIso();
      await this.matrices.save(m);
      const total = (await this.increases.findBy({ matrixId: id })).reduce((s, i) => s + i.amount, 0);
      await this.events.emit(MeritApproved, { matrixId: id, total, currency: m.currency });
      return m;
    });
  }

  /** Everyone's increases for compensation administrators; others their own and their chain's, once approved. */
  async increaseTypes(matrixId: string): Promise<MeritIncreaseType[]> {
    const viewer = await currentViewer();
    const m = await this.visible(matrixId);
    const rows = (await this.increases.findBy({ matrixId: m.id })).filter((i) => viewer.has(P.compReadAll) || viewer.ownOrChain(i.personId));
    const people = await peopleById(this.people, rows.map((r) => r.personId));
    return rows
      .map((i) => ({
        id: i.id, matrixId: i.matrixId, personId: i.personId, name: nameOf(people, i.personId), level: people.get(i.personId)?.level ?? '', currency: i.currency,
        band: i.band, positionInRange: i.positionInRange, positionColumn: i.positionColumn, matrixPercent: i.matrixPercent, baseSalary: i.baseSalary,
        proposedAmount: i.proposedAmount, amount: i.amount, newBase: i.baseSalary + i.amount, note: i.note,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
