import { assertUnchangedSince, ConflictError, DataService, EventBus, ForbiddenError, RequestContexts, UserInputError, keysetPage, nowIso, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import type { StructureOrg } from '@cadre/plugin-structure/contracts';
import { CourseCompleted } from '../shared/development.events.js';
import { canManagePerson, visiblePeople } from '../shared/person-access.js';
import { DevelopmentLookups } from '../shared/skill-names.service.js';
import { CourseEntity, type CourseKind, type CourseSkill } from './course.entity.js';
import { EnrolmentEntity } from './enrolment.entity.js';
import { ProgrammeEntity } from './programme.entity.js';
import type { DevelopmentCourseSortField, DevelopmentEnrolmentSortField } from './course-page.types.js';
import { msg } from '@cadre/sdk';

export const MANAGE_COURSES = 'development.courses.write';

export interface CourseStats {
  enrolled: number;
  completed: number;
  averageRating: number | null;
  feedbackCount: number;
}

const COURSE_SORTS: Record<DevelopmentCourseSortField, Omit<KeysetSort<CourseEntity>, 'direction'>> = {
  TITLE: { key: 'title', column: 'c.title', value: (c) => c.title },
  KIND: { key: 'kind', column: 'c.kind', value: (c) => c.kind },
  DURATION: { key: 'durationHours', column: 'c.durationHours', value: (c) => c.durationHours },
  CREATED_AT: { key: 'createdAt', column: 'c.createdAt', value: (c) => c.createdAt },
};

const ENROLMENT_SORTS: Record<DevelopmentEnrolmentSortField, Omit<KeysetSort<EnrolmentEntity>, 'direction'>> = {
  ENROLLED_AT: { key: 'createdAt', column: 'e.createdAt', value: (e) => e.createdAt },
  UPDATED_AT: { key: 'updatedAt', column: 'e.updatedAt', value: (e) => e.updatedAt },
  STATUS: { key: 'status', column: 'e.status', value: (e) => e.status },
};

export interface CourseFilter {
  kind?: string;
  skillId?: string;
  programmeId?: string;
  activeOnly?: boolean;
}

export interface EnrolmentFilter {
  courseId?: string;
  personId?: string;
  status?: string;
}

type Sort<F> = { field: F; direction: 'ASC' | 'DESC' };

export interface CourseInput {
  title: string;
  kind: CourseKind;
  description: string;
  provider: string;
  hostUnitId?: string;
  skills: CourseSkill[];
  durationHours: number;
  capacity?: number;
  cost?: { amount: number; currency: string };
  startsOn?: string;
  endsOn?: string;
  programmeId?: string;
}

/** Courses and programmes (internal, external, expert sessions, cross-training) and enrolments. */
@Injectable()
export class CourseService {
  constructor(
    private readonly data: DataService,
    private readonly lookups: DevelopmentLookups,
    @Inject('structure.org') private readonly org: StructureOrg,
    private readonly events: EventBus,
  ) {}

  async list(filter: CourseFilter = {}): Promise<CourseEntity[]> {
    return this.filteredCourses(filter).orderBy('c.title', 'ASC').addOrderBy('c.id', 'ASC').getMany();
  }

  /** One page of the filtered courses in the given order (see keysetPage). */
  page(filter: CourseFilter, sort: Sort<DevelopmentCourseSortField>, first: number, after?: string | null): Promise<KeysetPage<CourseEntity>> {
    return keysetPage(this.filteredCourses(filter), { first, after, sort: { ...COURSE_SORTS[sort.field], direction: sort.direction }, idColumn: 'c.id' });
  }

  /** Every filter in SQL, so a page's totalCount counts what the filters match. */
  private filteredCourses(filter: CourseFilter) {
    const q = this.data.repo(CourseEntity).query('c');
    if (filter.kind) q.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.programmeId) q.andWhere('c.programmeId = :programmeId', { programmeId: filter.programmeId });
    if (filter.activeOnly) q.andWhere('c.active = :active', { active: true });
    // skills is simple-json text written by JSON.stringify, so an entry reads "skillId":"<id>";
    // found as an exact substring (LIKE would ignore case on SQLite and read % and _ as wildcards).
    if (filter.skillId) q.andWhere(this.data.postgres ? 'strpos(c.skills, :skillNeedle) > 0' : 'instr(c.skills, :skillNeedle) > 0', { skillNeedle: `"skillId":${JSON.stringify(filter.skillId)}` });
    return q;
  }

  get(id: string): Promise<CourseEntity> {
    return this.data.repo(CourseEntity).get(id);
  }

  async stats(courseIds: string[]): Promise<Map<string, CourseStats>> {
    const out = new Map<string, CourseStats>(courseIds.map((id) => [id, { enrolled: 0, completed: 0, averageRating: null, feedbackCount: 0 }]));
    if (!courseIds.length) return out;
    const rows = await this.data.repo(EnrolmentEntity).findBy({ courseId: In(courseIds) });
    for (const id of courseIds) {
      const mine = rows.filter((r) => r.courseId === id);
      const rated = mine.filter((r) => r.rating !== null);
      out.set(id, {
        enrolled: mine.filter((r) => r.status === 'enrolled').length,
        completed: mine.filter((r) => r.status === 'completed').length,
        averageRating: rated.length ? Math.round((rated.reduce((s, r) => s + r.rating!, 0) / rated.length) * 100) / 100 : null,
        feedbackCount: rated.length,
      });
    }
    return out;
  }

  async create(input: CourseInput): Promise<CourseEntity> {
    await this.checkCourse(input.skills, input.hostUnitId, input.kind, input.startsOn, input.endsOn, input.programmeId);
    const repo = this.data.repo(CourseEntity);
    return repo.save(
      repo.create({
        title: input.title.trim(), kind: input.kind, description: input.description ?? '', provider: input.provider ?? '', hostUnitId: input.hostUnitId ?? null,
        skills: input.skills.map((s) => ({ skillId: s.skillId, level: s.level })), durationHours: input.durationHours, capacity: input.capacity ?? null,
        costAmount: input.cost?.amount ?? 0, costCurrency: input.cost?.currency ?? 'CNY', startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null, programmeId: input.programmeId ?? null, active: true,
      }),
    );
  }

  async update(id: string, input: { title?: string; description?: string; skills?: CourseSkill[]; capacity?: number; startsOn?: string; endsOn?: string; active?: boolean; expectedUpdatedAt?: string | null }): Promise<CourseEntity> {
    return this.data.transaction(async () => {
      const course = await this.get(id);
      assertUnchangedSince(course, input.expectedUpdatedAt, course.title);
      if (input.skills) await this.checkSkills(input.skills);
      const startsOn = input.startsOn ?? course.startsOn;
      const endsOn = input.endsOn ?? course.endsOn;
      if (startsOn && endsOn && endsOn < startsOn) throw new UserInputError('input.endsOn', 'must not be before startsOn');
      if (input.title !== undefined) course.title = input.title.trim();
      if (input.description !== undefined) course.description = input.description;
      if (input.skills) course.skills = input.skills.map((s) => ({ skillId: s.skillId, level: s.level }));
      if (input.capacity !== undefined) course.capacity = input.capacity;
      if (input.active !== undefined) course.active = input.active;
      course.startsOn = startsOn;
      course.endsOn = endsOn;
      return this.data.repo(CourseEntity).save(course);
    });
  }

  programmes(): Promise<ProgrammeEntity[]> {
    return this.data.repo(ProgrammeEntity).find({ order: { title: 'ASC' } });
  }

  async createProgramme(title: string, description: string): Promise<ProgrammeEntity> {
    if (!title.trim() || title.length > 300) throw new UserInputError('title', 'must have 1 to 300 characters');
    if (description.length > 5000) throw new UserInputError('description', 'must have at most 5000 characters');
    const repo = this.data.repo(ProgrammeEntity);
    return repo.save(repo.create({ title: title.trim(), description }));
  }

  /** Enrols the viewer (default) or, for managers of the person and course admins, someone else. */
  async enrol(courseId: string, personId?: string | null): Promise<EnrolmentEntity> {
    const ctx = RequestContexts.require();
    const learner = personId ?? ctx.personId;
    if (!learner) throw new UserInputError('personId', 'your account is not linked to a person: name who to enrol');
    if (learner !== ctx.personId && !(await canManagePerson(learner, MANAGE_COURSES))) throw new ForbiddenError('Only the person, their managers and course admins may enrol them');
    await this.lookups.requirePeople([learner], 'personId');
    return this.data.transaction(async () => {
      const course = await this.get(courseId);
      if (!course.active) throw new ConflictError('The course is not open for enrolment', 'courseId');
      const repo = this.data.repo(EnrolmentEntity);
      const existing = await repo.findOneBy({ courseId, personId: learner });
      if (existing && existing.status !== 'withdrawn') throw new ConflictError(msg`Already ${existing.status} in this course`, 'courseId');
      if (course.capacity !== null) {
        const taken = (await repo.findBy({ courseId })).filter((e) => e.status !== 'withdrawn').length;
        if (taken >= course.capacity) throw new ConflictError(msg`The course is full (${course.capacity} places)`, 'courseId');
      }
      const row = existing ?? repo.create({ courseId, personId: learner, completedAt: null, rating: null, feedback: null });
      Object.assign(row, { status: 'enrolled', enrolledById: ctx.personId ?? null });
      return repo.save(row);
    });
  }

  async withdraw(enrolmentId: string): Promise<EnrolmentEntity> {
    return this.data.transaction(async () => {
      const row = await this.actOn(enrolmentId);
      if (row.status !== 'enrolled') throw new ConflictError(msg`A ${row.status} enrolment cannot be withdrawn`);
      row.status = 'withdrawn';
      return this.data.repo(EnrolmentEntity).save(row);
    });
  }

  /**
   * Marks an enrolment completed; the learner may add their feedback at the same time. The
   * course's skills go out with 'development.course-completed' in the same transaction: skill
   * evidence is structure's to record, in its handler.
   */
  async complete(enrolmentId: string, feedback?: { rating: number; comment: string } | null): Promise<EnrolmentEntity> {
    return this.data.transaction(async () => {
      const row = await this.actOn(enrolmentId);
      if (row.status !== 'enrolled') throw new ConflictError(msg`Only an enrolled learner can complete the course (this one is ${row.status})`);
      if (feedback && RequestContexts.current()?.personId !== row.personId) throw new UserInputError('rating', 'only the learner rates the course');
      row.status = 'completed';
      const completedAt = nowIso();
      row.completedAt = completedAt;
      if (feedback) Object.assign(row, { rating: feedback.rating, feedback: feedback.comment });
      const saved = await this.data.repo(EnrolmentEntity).save(row);
      const course = await this.get(row.courseId);
      await this.events.emit(CourseCompleted, {
        enrolmentId: row.id, personId: row.personId, courseId: course.id, courseTitle: course.title,
        skills: course.skills.map((s) => ({ skillId: s.skillId, level: s.level })), completedAt,
      });
      return saved;
    });
  }

  async giveFeedback(enrolmentId: string, feedback: { rating: number; comment: string }): Promise<EnrolmentEntity> {
    return this.data.transaction(async () => {
      const row = await this.data.repo(EnrolmentEntity).get(enrolmentId);
      if (RequestContexts.current()?.personId !== row.personId) throw new ForbiddenError('Only the learner gives feedback on their course');
      if (row.status !== 'completed') throw new ConflictError('Feedback comes after completing the course');
      Object.assign(row, { rating: feedback.rating, feedback: feedback.comment });
      return this.data.repo(EnrolmentEntity).save(row);
    });
  }

  /** Enrolments the viewer may see: their own and their reports', or all for course admins. */
  async enrolments(filter: EnrolmentFilter): Promise<EnrolmentEntity[]> {
    return (await this.filteredEnrolments(filter)).orderBy('e.createdAt', 'DESC').addOrderBy('e.id', 'DESC').getMany();
  }

  /** One page of the enrolments the viewer may see, filtered, in the given order. */
  async enrolmentsPage(filter: EnrolmentFilter, sort: Sort<DevelopmentEnrolmentSortField>, first: number, after?: string | null): Promise<KeysetPage<EnrolmentEntity>> {
    return keysetPage(await this.filteredEnrolments(filter), { first, after, sort: { ...ENROLMENT_SORTS[sort.field], direction: sort.direction }, idColumn: 'e.id' });
  }

  /** The filters and who may see which learner's rows, in SQL: the array and the page agree. */
  private async filteredEnrolments(filter: EnrolmentFilter) {
    const visible = await visiblePeople(MANAGE_COURSES);
    const q = this.data.repo(EnrolmentEntity).query('e');
    if (filter.courseId) q.andWhere('e.courseId = :courseId', { courseId: filter.courseId });
    if (filter.personId) q.andWhere('e.personId = :personId', { personId: filter.personId });
    if (filter.status) q.andWhere('e.status = :status', { status: filter.status });
    // An empty IN () is invalid SQL; a dummy id matches nobody.
    if (visible) q.andWhere('e.personId IN (:...visible)', { visible: visible.size ? [...visible] : ['-'] });
    return q;
  }

  async completedCourseIds(personId: string): Promise<Set<string>> {
    return new Set((await this.data.repo(EnrolmentEntity).findBy({ personId, status: 'completed' })).map((e) => e.courseId));
  }

  private async actOn(enrolmentId: string): Promise<EnrolmentEntity> {
    const row = await this.data.repo(EnrolmentEntity).get(enrolmentId);
    const me = RequestContexts.current()?.personId;
    if (me !== row.personId && !(await canManagePerson(row.personId, MANAGE_COURSES))) throw new ForbiddenError('Only the learner, their managers and course admins may change this enrolment');
    return row;
  }

  private async checkSkills(skills: CourseSkill[]): Promise<void> {
    const ids = skills.map((s) => s.skillId);
    if (new Set(ids).size !== ids.length) throw new UserInputError('input.skills', 'names a skill twice');
    await this.lookups.requireSkills(ids, 'input.skills');
  }

  private async checkCourse(skills: CourseSkill[], hostUnitId: string | undefined, kind: CourseKind, startsOn?: string, endsOn?: string, programmeId?: string): Promise<void> {
    await this.checkSkills(skills);
    if (hostUnitId && !(await this.org.units()).some((u) => u.id === hostUnitId)) throw new UserInputError('input.hostUnitId', msg`no unit has the id ${hostUnitId}`);
    if (kind === 'cross_training' && !hostUnitId) throw new UserInputError('input.hostUnitId', 'cross-training needs the hosting team');
    if (startsOn && endsOn && endsOn < startsOn) throw new UserInputError('input.endsOn', 'must not be before startsOn');
    if (programmeId && !(await this.data.repo(ProgrammeEntity).findOneBy({ id: programmeId }))) throw new UserInputError('input.programmeId', msg`no programme has the id ${programmeId}`);
  }
}
