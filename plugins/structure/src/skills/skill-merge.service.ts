import { DataService, NotFoundError, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { ProjectRequirementEntity } from '../projects/project-requirement.entity.js';
import { auditDetail } from '../shared/viewer.js';
import { PersonSkillEntity } from './person-skill.entity.js';
import { SkillEvidenceEntity, type EvidenceKind } from './skill-evidence.entity.js';
import { deriveLevel, evidencePoints } from './skill-level.js';
import { SkillEntity } from './skill.entity.js';
import { msg } from '@cadre/sdk';

/** Kinds where the latest item counts (skill-level.ts); proof counts at its highest, whatever its age. */
const LATEST_KINDS: readonly EvidenceKind[] = ['self', 'manager', 'review'];

export interface SkillMerge {
  target: SkillEntity;
  /** People whose level in the source was moved to the target (combined with one they had). */
  levels: number;
  evidence: number;
  /** Evidence carried over so that an older, higher level is not outranked (see moveLevels). */
  carried: number;
  /** Project requirements re-pointed to the target (combined where a project required both). */
  requirements: number;
}

/**
 * Merging two skills of the taxonomy (a duplicate, or one folded into a broader one): everything
 * structure keeps about the source moves onto the target and the source is deleted, in one
 * transaction. Other plugins' references to the source (course and ladder skills, knowledge tags)
 * are theirs: they show an unknown skill, as after deleteSkill (no event is published for either).
 */
@Injectable()
export class SkillMergeService {
  constructor(private readonly data: DataService) {}

  async merge(sourceId: string, targetId: string): Promise<SkillMerge> {
    return this.data.transaction(async () => {
      const skills = this.data.repo(SkillEntity);
      // Existence first, in argument order (the same refusal whichever id is unknown to this tenant).
      if (!(await skills.exists(sourceId))) throw new UserInputError('sourceSkillId', msg`no skill has the id ${sourceId}`);
      if (!(await skills.exists(targetId))) throw new UserInputError('targetSkillId', msg`no skill has the id ${targetId}`);
      if (sourceId === targetId) throw new UserInputError('targetSkillId', 'must be another skill than the one merged');
      // Both rows locked in id order: evidence, requirement changes and other merges of either skill
      // wait for this one (addEvidence and setProjectRequirements lock the skill rows too), and two
      // merges over the same skills take turns instead of deadlocking. A merge that waited finds a
      // skill another merge deleted and is refused on that field.
      const locked = new Map<string, SkillEntity>();
      for (const [id, field] of [[sourceId, 'sourceSkillId'], [targetId, 'targetSkillId']].sort((a, b) => a[0]!.localeCompare(b[0]!))) {
        locked.set(id!, await this.lock(id!, field!));
      }
      const source = locked.get(sourceId)!;
      const target = locked.get(targetId)!;

      // Levels first: they are derived from each skill's own history, read before it moves.
      const { levels, carried } = await this.moveLevels(source, target);
      const evidenceRepo = this.data.repo(SkillEvidenceEntity);
      // Evidence keeps its kind, level, note, recorder and date: only the skill it is about changes.
      const evidence = await evidenceRepo.findBy({ skillId: sourceId });
      for (const e of evidence) e.skillId = targetId;
      await evidenceRepo.saveMany(evidence);
      const requirements = await this.moveRequirements(sourceId, targetId);

      await skills.remove(source);
      auditDetail('Skill', sourceId, { name: source.name, categoryId: source.categoryId }, { mergedInto: targetId, targetName: target.name, levels, evidence: evidence.length, carried, requirements });
      return { target, levels, evidence: evidence.length, carried, requirements };
    });
  }

  private async lock(id: string, field: string): Promise<SkillEntity> {
    try {
      return await this.data.repo(SkillEntity).get(id);
    } catch (error) {
      if (error instanceof NotFoundError) throw new UserInputError(field, msg`no skill has the id ${id}`);
      throw error;
    }
  }

  /**
   * A person's level in the source becomes their level in the target. With a level in both, the
   * evidence of both is combined and the level derived from it as always (skill-level.ts), with
   * one step first: the evidence that decided the higher of the two levels, when it is of a kind
   * where the latest counts (self, manager, review) and the combined history would let a newer,
   * lower item of that precedence outrank it, is carried over as the newest item (same kind, level
   * and recorder, a note naming the merge). So the higher level is kept, and kept on the next
   * recompute, without letting a self-assessment outrank an assessment.
   */
  private async moveLevels(source: SkillEntity, target: SkillEntity): Promise<{ levels: number; carried: number }> {
    const repo = this.data.repo(PersonSkillEntity);
    const evidenceRepo = this.data.repo(SkillEvidenceEntity);
    const rows = await repo.findBy({ skillId: source.id });
    const existing = new Map((await repo.findBy({ skillId: target.id })).map((r) => [r.personId, r]));
    const history = async (personId: string, skillId: string) => evidenceRepo.find({ where: { personId, skillId }, order: { createdAt: 'ASC', id: 'ASC' } });
    let carried = 0;
    for (const row of rows) {
      const kept = existing.get(row.personId);
      if (!kept) {
        row.skillId = target.id;
        await repo.save(row);
        continue;
      }
      const mine = await history(row.personId, source.id);
      const theirs = await history(row.personId, target.id);
      const higher = deriveLevel(evidencePoints(mine)).level >= deriveLevel(evidencePoints(theirs)).level ? mine : theirs;
      const best = deriveLevel(evidencePoints(higher));
      const combined = [...mine, ...theirs].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      const decided = best.source && LATEST_KINDS.includes(best.source) ? [...higher].reverse().find((e) => e.kind === best.source) : undefined;
      // Carried over only when that raises the combined level (a self-assessment never outranks an assessment).
      const now = { kind: decided?.kind ?? 'self', level: decided?.level ?? 0, createdAt: new Date().toISOString() };
      if (decided && deriveLevel(evidencePoints([...combined, now])).level > deriveLevel(evidencePoints(combined)).level) {
        const note = `Carried over when ${source.name} was merged into ${target.name}${decided.note ? `: ${decided.note}` : ''}`.slice(0, 2000);
        combined.push(await evidenceRepo.save(evidenceRepo.create({ personId: row.personId, skillId: target.id, kind: decided.kind, level: decided.level, note, recordedById: decided.recordedById, sourceRef: null })));
        carried++;
      }
      const derived = deriveLevel(evidencePoints(combined));
      kept.level = derived.level;
      kept.evidenceKinds = derived.kinds.join(',');
      await repo.remove(row);
      await repo.save(kept);
    }
    return { levels: rows.length, carried };
  }

  /**
   * A project that required both keeps one requirement: the higher minimum level and weight.
   * Rows are replaced (delete, then insert only when the delete found the row) rather than
   * updated: setProjectRequirements replaces a project's rows without locking a skill it drops,
   * and an update by save() of a row it just deleted would insert the row again.
   */
  private async moveRequirements(sourceId: string, targetId: string): Promise<number> {
    const repo = this.data.repo(ProjectRequirementEntity);
    const rows = await repo.findBy({ skillId: sourceId });
    const existing = new Map((await repo.findBy({ skillId: targetId })).map((r) => [r.projectId, r]));
    let moved = 0;
    for (const row of rows) {
      if (!(await repo.deleteBy({ id: row.id }))) continue;
      moved++;
      const kept = existing.get(row.projectId);
      if (kept && !(await repo.deleteBy({ id: kept.id }))) continue;
      const minLevel = Math.max(row.minLevel, kept?.minLevel ?? 0);
      const weight = Math.max(row.weight, kept?.weight ?? 0);
      await repo.save(repo.create({ projectId: row.projectId, skillId: targetId, minLevel, weight }));
    }
    return moved;
  }
}
