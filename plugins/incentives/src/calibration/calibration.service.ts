import { DataService, EventBus, PeopleDirectory, RequestContexts, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { ParticipantService } from '../cycles/participant.service.js';
import { ReviewCycleService } from '../cycles/review-cycle.service.js';
import { finalScore, ReviewParticipantEntity } from '../cycles/review-participant.entity.js';
import { versionCounts } from '../pools/allocation-counts.js';
import { toVersionType } from '../pools/bonus-pool.mapper.js';
import { BonusPoolService } from '../pools/bonus-pool.service.js';
import { describeBands } from '../shared/bands.js';
import { ScoreCalibrated } from '../shared/events.js';
import { nameOf, peopleById } from '../shared/people.js';
import { P } from '../shared/permissions.js';
import { IncentivesSolver } from '../shared/solver.service.js';
import { auditDetail, currentViewer, type Viewer } from '../shared/viewer.js';
import { distribution, histogram, nineBox, performanceLevel, type CalibrationEntry } from './calibration-math.js';
import type { CalibrateScoreInput, CalibrationResultType, CalibrationViewType, ScoreCalibrationType, SetPotentialInput } from './calibration.types.js';
import { ScoreCalibrationEntity } from './score-calibration.entity.js';
import { msg } from '@cadre/sdk';

/** Calibration: score changes with reasons (audited, versioning published bonuses), potential, and the view. */
@Injectable()
export class CalibrationService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly cycles: ReviewCycleService,
    private readonly participants: ParticipantService,
    private readonly pools: BonusPoolService,
    private readonly solver: IncentivesSolver,
    private readonly events: EventBus,
  ) {}

  private async participant(cycleId: string, personId: string): Promise<ReviewParticipantEntity> {
    const p = await this.data.repo(ReviewParticipantEntity).findOneBy({ cycleId, personId });
    if (!p) throw new UserInputError('input.personId', 'is not a participant of this cycle');
    return p;
  }

  async calibrate(input: CalibrateScoreInput): Promise<CalibrationResultType> {
    const viewer = await currentViewer();
    const { cycle, participant, calibration, versions } = await this.data.transaction(async () => {
      const cycle = await this.cycles.requireStatus(input.cycleId, ['calibrating', 'finalised'], 'calibrated');
      const participant = await this.participant(cycle.id, input.personId);
      const from = finalScore(participant);
      if (from === input.score) throw new UserInputError('input.score', msg`is already ${from}: nothing to calibrate`);
      const repo = this.data.repo(ScoreCalibrationEntity);
      const calibration = await repo.save(repo.create({
        cycleId: cycle.id, personId: input.personId, fromScore: from, toScore: input.score, reason: input.reason.trim(),
        actorEmail: RequestContexts.current()?.accountEmail ?? null,
      }));
      participant.calibratedScore = input.score;
      await this.data.repo(ReviewParticipantEntity).save(participant);
      await this.events.emit(ScoreCalibrated, { cycleId: cycle.id, personId: input.personId, from, to: input.score });
      // The version's reason is shown to everyone in the pool, so it names the calibration, not the person.
      const versions = await this.pools.onScoreChanged(cycle.id, input.personId, `Recalculated after a calibrated score change in "${cycle.name}" on ${calibration.createdAt.slice(0, 10)}`);
      auditDetail('IncentivesParticipant', participant.id, { personId: input.personId, score: from }, { personId: input.personId, score: input.score, reason: calibration.reason, newVersions: versions.map((v) => v.version) });
      return { cycle, participant, calibration, versions };
    });
    const [type] = await this.participants.toTypes(cycle, [participant], viewer);
    const counts = await versionCounts(this.data, versions.map((v) => v.id));
    return {
      participant: type!,
      calibration: (await this.toTypes([calibration]))[0]!,
      newVersions: versions.map((v) => toVersionType(v, counts.get(v.id))),
    };
  }

  async setPotential(input: SetPotentialInput) {
    const viewer = await currentViewer();
    const { cycle, participant } = await this.data.transaction(async () => {
      const cycle = await this.cycles.requireStatus(input.cycleId, ['open', 'calibrating', 'finalised'], 'given potential ratings');
      const participant = await this.participant(cycle.id, input.personId);
      auditDetail('IncentivesParticipant', participant.id, { potential: participant.potential }, { potential: input.potential });
      participant.potential = input.potential;
      await this.data.repo(ReviewParticipantEntity).save(participant);
      return { cycle, participant };
    });
    return (await this.participants.toTypes(cycle, [participant], viewer))[0]!;
  }

  private visible(viewer: Viewer, personId: string): boolean {
    return viewer.has(P.reviewsReadAll) || viewer.reports.has(personId);
  }

  async history(cycleId: string, personId?: string | null): Promise<ScoreCalibrationType[]> {
    await this.cycles.get(cycleId);
    const viewer = await currentViewer();
    const rows = await this.data.repo(ScoreCalibrationEntity).find({ where: personId ? { cycleId, personId } : { cycleId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return this.toTypes(rows.filter((r) => this.visible(viewer, r.personId)));
  }

  private async toTypes(rows: ScoreCalibrationEntity[]): Promise<ScoreCalibrationType[]> {
    const people = await peopleById(this.people, rows.map((r) => r.personId));
    return rows.map((r) => ({
      id: r.id, cycleId: r.cycleId, personId: r.personId, personName: nameOf(people, r.personId), fromScore: r.fromScore, toScore: r.toScore,
      reason: r.reason, actorEmail: r.actorEmail, at: r.createdAt,
    }));
  }

  /** Distribution by team and level, band counts and the 9-box, over the people the caller may calibrate or manage. */
  async view(cycleId: string): Promise<CalibrationViewType> {
    const cycle = await this.cycles.get(cycleId);
    const viewer = await currentViewer();
    const rows = (await this.data.repo(ReviewParticipantEntity).findBy({ cycleId })).filter((p) => this.visible(viewer, p.personId));
    const people = await peopleById(this.people, rows.flatMap((r) => [r.personId, r.managerId ?? '']).filter(Boolean));
    const entries: Array<CalibrationEntry & { score: number | null; calibratedScore: number | null }> = rows.map((p) => ({
      personId: p.personId, name: nameOf(people, p.personId), level: p.level, teamId: p.managerId,
      teamName: p.managerId ? `${nameOf(people, p.managerId)}'s team` : 'No manager', finalScore: finalScore(p), potential: p.potential,
      score: p.score, calibratedScore: p.calibratedScore,
    }));
    const scored = entries.filter((e) => e.finalScore !== null);
    const bandOf = new Map<string, number>();
    const indices = await this.solver.bandIndex(scored.map((e) => e.finalScore!), cycle.thresholds);
    scored.forEach((e, i) => bandOf.set(e.personId, indices[i]! + 1));
    entries.sort((a, b) => a.name.localeCompare(b.name));
    return {
      cycleId,
      entries: entries.map((e) => ({
        personId: e.personId, name: e.name, level: e.level, teamId: e.teamId, teamName: e.teamName, score: e.score, calibratedScore: e.calibratedScore,
        finalScore: e.finalScore, potential: e.potential, performance: e.finalScore === null ? null : performanceLevel(e.finalScore), band: bandOf.get(e.personId) ?? null,
      })),
      distribution: histogram(scored.map((e) => e.finalScore!)),
      byTeam: distribution(entries, (e) => e.teamId ?? '', (e) => e.teamName),
      byLevel: distribution(entries, (e) => e.level, (e) => e.level || '—'),
      bands: describeBands(cycle.thresholds, cycle.coefficients).map((b) => ({
        band: b.band, condition: b.condition, coefficient: b.coefficient, count: [...bandOf.values()].filter((x) => x === b.band).length,
      })),
      nineBox: nineBox(entries).map((c) => ({ ...c, count: c.personIds.length })),
    };
  }
}

