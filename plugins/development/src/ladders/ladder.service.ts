import { assertUnchangedSince, ConflictError, DataService, NotFoundError, UserInputError, auditDetail } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { uniq } from '../shared/people.js';
import { DevelopmentLookups } from '../shared/skill-names.service.js';
import { CareerLadderEntity } from './career-ladder.entity.js';
import { CareerLevelEntity, type SkillExpectation } from './career-level.entity.js';
import { DevelopmentPlanEntity } from '../plans/development-plan.entity.js';
import { msg } from '@cadre/sdk';

export interface LadderView {
  ladder: CareerLadderEntity;
  levels: CareerLevelEntity[];
}

/** Career ladders (IC, management) and the skills each level expects. */
@Injectable()
export class LadderService {
  constructor(
    private readonly data: DataService,
    private readonly lookups: DevelopmentLookups,
  ) {}

  async list(): Promise<LadderView[]> {
    const ladders = await this.data.repo(CareerLadderEntity).find({ order: { track: 'ASC', name: 'ASC' } });
    const levels = await this.data.repo(CareerLevelEntity).find({ order: { rank: 'ASC' } });
    return ladders.map((ladder) => ({ ladder, levels: levels.filter((l) => l.ladderId === ladder.id) }));
  }

  async create(input: { track: 'ic' | 'management'; name: string; description: string }): Promise<LadderView> {
    const repo = this.data.repo(CareerLadderEntity);
    const ladder = await repo.save(repo.create({ track: input.track, name: input.name.trim(), description: input.description ?? '' }));
    return { ladder, levels: [] };
  }

  /** Renames a ladder or changes its description; its levels and the plans aiming at them stay. */
  async update(id: string, input: { name?: string; description?: string }): Promise<LadderView> {
    return this.data.transaction(async () => {
      const repo = this.data.repo(CareerLadderEntity);
      const ladder = await repo.get(id);
      const before = { name: ladder.name, description: ladder.description };
      if (input.name !== undefined) {
        if (!input.name.trim()) throw new UserInputError('input.name', 'must not be blank');
        ladder.name = input.name.trim();
      }
      if (input.description !== undefined) ladder.description = input.description;
      await repo.save(ladder);
      auditDetail('CareerLadder', id, before, { name: ladder.name, description: ladder.description });
      return { ladder, levels: await this.data.repo(CareerLevelEntity).find({ where: { ladderId: id }, order: { rank: 'ASC' } }) };
    });
  }

  /** Creates the level or replaces the one with the same code (its id stays, plans keep pointing at it). */
  async upsertLevel(input: { ladderId: string; code: string; rank: number; title: string; description: string; expectations: SkillExpectation[]; expectedUpdatedAt?: string | null }): Promise<CareerLevelEntity> {
    await this.lockLadder(input.ladderId);
    const skillIds = input.expectations.map((e) => e.skillId);
    if (uniq(skillIds).length !== skillIds.length) throw new UserInputError('input.expectations', 'names a skill twice');
    await this.lookups.requireSkills(skillIds, 'input.expectations');
    return this.data.transaction(async () => {
      await this.lockLadder(input.ladderId); // share lock: a concurrent deleteCareerLadder waits, then sees this level
      const repo = this.data.repo(CareerLevelEntity);
      const found = await repo.findOneBy({ code: input.code });
      // Replacing: under the level's lock, and not over an edit made since the form was filled.
      const level = found ? await repo.get(found.id) : repo.create({ code: input.code });
      if (level.ladderId && level.ladderId !== input.ladderId) throw new UserInputError('input.code', msg`${input.code} already belongs to another ladder`);
      if (found) assertUnchangedSince(level, input.expectedUpdatedAt, `${level.code} ${level.title}`);
      Object.assign(level, { ladderId: input.ladderId, rank: input.rank, title: input.title.trim(), description: input.description ?? '', expectations: input.expectations.map((e) => ({ skillId: e.skillId, level: e.level })) });
      return repo.save(level);
    });
  }

  private async lockLadder(ladderId: string): Promise<void> {
    try {
      await this.data.repo(CareerLadderEntity).get(ladderId, { lock: 'share' });
    } catch (error) {
      if (error instanceof NotFoundError) throw new UserInputError('input.ladderId', msg`no ladder has the id ${ladderId}`);
      throw error;
    }
  }

  /**
   * Deletes a level no development plan aims at (any status: a finished plan still names it).
   * The row is taken for update first, so a plan being pointed at it concurrently (which holds a
   * share lock on the level until commit) either commits first and is counted, or finds no level.
   */
  async deleteLevel(id: string): Promise<boolean> {
    return this.data.transaction(async () => {
      const level = await this.data.repo(CareerLevelEntity).get(id);
      const plans = await this.data.repo(DevelopmentPlanEntity).count({ targetLevelId: id });
      if (plans) throw new ConflictError(msg`${level.code} (${level.title}) is the target level of ${plans} development plan(s): change their target level first`);
      await this.data.repo(CareerLevelEntity).remove(level);
      auditDetail('CareerLevel', id, { ladderId: level.ladderId, code: level.code, rank: level.rank, title: level.title, description: level.description, expectations: level.expectations }, null);
      return true;
    });
  }

  /** Deletes a ladder without levels (levels add under a share lock on the ladder, so none slips in). */
  async deleteLadder(id: string): Promise<boolean> {
    return this.data.transaction(async () => {
      const ladder = await this.data.repo(CareerLadderEntity).get(id);
      const levels = await this.data.repo(CareerLevelEntity).findBy({ ladderId: id });
      if (levels.length) {
        const codes = levels.sort((a, b) => a.rank - b.rank).map((l) => l.code).join(', ');
        throw new ConflictError(msg`${ladder.name} still has ${levels.length} level(s) (${codes}): delete them first`);
      }
      await this.data.repo(CareerLadderEntity).remove(ladder);
      auditDetail('CareerLadder', id, { track: ladder.track, name: ladder.name, description: ladder.description }, null);
      return true;
    });
  }

  level(id: string): Promise<CareerLevelEntity> {
    return this.data.repo(CareerLevelEntity).get(id);
  }

  levelByCode(code: string): Promise<CareerLevelEntity | null> {
    return this.data.repo(CareerLevelEntity).findOneBy({ code });
  }

  /** The next level up the same ladder, if any. */
  async nextLevel(code: string): Promise<CareerLevelEntity | null> {
    const current = await this.levelByCode(code);
    if (!current) return null;
    const higher = (await this.data.repo(CareerLevelEntity).findBy({ ladderId: current.ladderId })).filter((l) => l.rank > current.rank).sort((a, b) => a.rank - b.rank);
    return higher[0] ?? null;
  }

  /**
   * The job level to hire at for a skill: the most junior level (individual-contributor ladders
   * first: a specialist is hired, not a manager) that expects the skill at `proficiency` or more.
   * Null when no level expects it.
   */
  async levelExpecting(skillId: string, proficiency: number): Promise<string | null> {
    const ladders = new Map((await this.data.repo(CareerLadderEntity).find()).map((l) => [l.id, l.track]));
    const fits = (await this.data.repo(CareerLevelEntity).find())
      .filter((l) => l.expectations.some((e) => e.skillId === skillId && e.level >= proficiency))
      .sort((a, b) => Number(ladders.get(a.ladderId) !== 'ic') - Number(ladders.get(b.ladderId) !== 'ic') || a.rank - b.rank || a.code.localeCompare(b.code));
    return fits[0]?.code ?? null;
  }
}
