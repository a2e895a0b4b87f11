import { DataService, EventHandler, PeopleDirectory, type EventHandlerInstance } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import type { CourseCompletedPayload } from '../contracts.js';
import { CourseCompleted } from './course-completed.event.js';
import { SkillProfileService } from './skill-profile.service.js';
import { SkillEntity } from './skill.entity.js';

/**
 * A completed course is evidence of learning: one 'course' evidence per skill it teaches, at the
 * level it takes a learner to. Like knowledge evidence it raises only a level no manager or review
 * assessed (skill-level.ts). Idempotent: the evidence carries the enrolment as its source, so a
 * redelivered event records nothing new.
 */
@Injectable()
@EventHandler(CourseCompleted, 'structure.course-skill-evidence')
export class CourseCompletedHandler implements EventHandlerInstance<CourseCompletedPayload> {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly profiles: SkillProfileService,
  ) {}

  async handle(payload: CourseCompletedPayload): Promise<void> {
    if (!payload?.enrolmentId || !payload.personId || !Array.isArray(payload.skills)) return; // malformed: nothing to record
    // A person or skill deleted since the course was completed: nothing to record for them, and
    // no point failing the delivery (a retry would find them gone too).
    if (!(await this.people.byIds([payload.personId])).length) return;
    const known = new Set((await this.data.repo(SkillEntity).findBy({ id: In(payload.skills.map((s) => s.skillId)) })).map((s) => s.id));
    const note = `Completed the course "${payload.courseTitle}"`;
    // Skills in a fixed order: recording evidence locks each skill's row (see addEvidence).
    for (const s of [...payload.skills].sort((a, b) => a.skillId.localeCompare(b.skillId))) {
      if (!known.has(s.skillId) || !Number.isInteger(s.level) || s.level < 0 || s.level > 5) continue;
      await this.profiles.addEvidence(payload.personId, s.skillId, s.level, 'course', note, null, `development.enrolment:${payload.enrolmentId}`);
    }
  }
}
