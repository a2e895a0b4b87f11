import { DataService, ForbiddenError, PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { lockReferenced } from '../shared/locks.js';
import { PERM } from '../shared/permissions.js';
import { auditDetail, viewer } from '../shared/viewer.js';
import { PersonSkillEntity } from './person-skill.entity.js';
import { EVIDENCE_KINDS, SkillEvidenceEntity, type EvidenceKind } from './skill-evidence.entity.js';
import { SkillEntity } from './skill.entity.js';
import { deriveLevel, evidencePoints, type DerivedLevel } from './skill-level.js';
import { msg } from '@cadre/sdk';

export interface ProfileEntry {
  row: PersonSkillEntity;
  /** Newest first. */
  evidence: SkillEvidenceEntity[];
  /** Which source decided the level and what each source says (timestamps are createdAt). */
  derived: DerivedLevel;
}

const recordedAt = (at: string) => at.split('#')[0]!;

/** People's skill profiles: evidence in, derived levels out. */
@Injectable()
export class SkillProfileService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
  ) {}

  /** One person's levels with the evidence behind each (level 0 entries included). */
  async profile(personId: string): Promise<ProfileEntry[]> {
    await this.people.get(personId);
    const rows = await this.data.repo(PersonSkillEntity).findBy({ personId });
    const evidence = await this.data.repo(SkillEvidenceEntity).find({ where: { personId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return rows.map((row) => {
      const mine = evidence.filter((e) => e.skillId === row.skillId);
      const derived = deriveLevel(evidencePoints([...mine].reverse()));
      return { row, evidence: mine, derived: { ...derived, sources: derived.sources.map((s) => ({ ...s, at: recordedAt(s.at) })) } };
    });
  }

  /** Levels of many people (everyone when `personIds` is omitted). */
  async levels(personIds?: string[]): Promise<PersonSkillEntity[]> {
    if (personIds && !personIds.length) return [];
    const repo = this.data.repo(PersonSkillEntity);
    if (!personIds) {
      // People the core deleted keep their rows until pruned; leave them out (asking only about
      // the people with rows: most of a large tenant has none).
      const rows = await repo.find();
      const alive = await this.people.summaries(rows.map((r) => r.personId));
      return rows.filter((r) => alive.has(r.personId));
    }
    const out: PersonSkillEntity[] = [];
    // Chunked so that large id lists stay under the databases' parameter limits.
    for (let i = 0; i < personIds.length; i += 500) out.push(...(await repo.findBy({ personId: In(personIds.slice(i, i + 500)) })));
    return out;
  }

  /** Everyone alive with a level in any of the skills (the skill index, not every profile). */
  async holders(skillIds: string[]): Promise<PersonSkillEntity[]> {
    if (!skillIds.length) return [];
    const rows = await this.data.repo(PersonSkillEntity).findBy({ skillId: In(skillIds) });
    const alive = await this.people.summaries(rows.map((r) => r.personId));
    return rows.filter((r) => alive.has(r.personId));
  }

  /**
   * Records evidence and recomputes the level. No access check: callers are the checked
   * mutations below, event handlers and other plugins through 'structure.skills' (e.g. knowledge).
   * With a `sourceRef`, evidence already recorded for it is not recorded again (redelivered events).
   */
  async addEvidence(personId: string, skillId: string, level: number, kind: EvidenceKind, note?: string | null, recordedById: string | null = null, sourceRef: string | null = null): Promise<PersonSkillEntity> {
    if (!Number.isInteger(level) || level < 0 || level > 5) throw new UserInputError('level', msg`must be a whole number from 0 to 5 (got ${level})`);
    if (!EVIDENCE_KINDS.includes(kind)) throw new UserInputError('evidence', msg`must be one of ${EVIDENCE_KINDS.join(', ')}`);
    return this.data.transaction(async () => {
      if (!(await this.people.byIds([personId])).length) throw new UserInputError('personId', msg`no person has the id ${personId}`);
      // The skill's row lock: the level is derived from the whole history, so evidence for it is
      // recorded one at a time (none lost), and the skill cannot be deleted meanwhile.
      await lockReferenced(this.data.repo(SkillEntity), skillId, 'skillId', msg`no skill has the id ${skillId}`);
      const evidenceRepo = this.data.repo(SkillEvidenceEntity);
      const repo = this.data.repo(PersonSkillEntity);
      const existing = await repo.findOneBy({ personId, skillId });
      const recorded = sourceRef ? await evidenceRepo.findOneBy({ personId, skillId, sourceRef }) : null;
      if (recorded && existing) return existing;
      if (!recorded) await evidenceRepo.save(evidenceRepo.create({ personId, skillId, kind, level, note: note?.trim() || null, recordedById, sourceRef }));
      const history = await evidenceRepo.find({ where: { personId, skillId }, order: { createdAt: 'ASC', id: 'ASC' } });
      const derived = deriveLevel(evidencePoints(history));
      const row = existing ?? repo.create({ personId, skillId });
      const before = row.level ?? null;
      row.level = derived.level;
      row.evidenceKinds = derived.kinds.join(',');
      await repo.save(row);
      auditDetail('PersonSkill', row.id, { level: before }, { level: row.level, evidence: kind, recorded: level });
      return row;
    });
  }

  /**
   * A manager's or review assessment. Holders of structure.skills.admin assess anyone; other
   * holders of structure.skills.write only people who report to them.
   */
  async assess(personId: string, skillId: string, level: number, kind: 'manager' | 'review', note?: string | null): Promise<PersonSkillEntity> {
    const v = viewer();
    if (!v.has(PERM.skillsAdmin) && !(await v.reports()).has(personId)) {
      throw new ForbiddenError('You may assess only people who report to you (or hold structure.skills.admin)');
    }
    await this.requireInput(personId, skillId);
    return this.addEvidence(personId, skillId, level, kind, note, v.personId);
  }

  /** A self-assessment by the signed-in person. */
  async assessSelf(skillId: string, level: number, note?: string | null): Promise<PersonSkillEntity> {
    const v = viewer();
    if (!v.personId) throw new ForbiddenError('Your account is not linked to a person, so it has no skill profile');
    await this.requireInput(v.personId, skillId);
    return this.addEvidence(v.personId, skillId, level, 'self', note, v.personId);
  }

  private async requireInput(personId: string, skillId: string): Promise<void> {
    if (!(await this.people.byIds([personId])).length) throw new UserInputError('input.personId', msg`no person has the id ${personId}`);
    if (!(await this.data.repo(SkillEntity).findOneBy({ id: skillId }))) throw new UserInputError('input.skillId', msg`no skill has the id ${skillId}`);
  }
}
