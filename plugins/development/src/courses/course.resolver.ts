import { DataService, RequestContexts, RequirePermission, SignedIn, SortDirectionValue, UserInputError } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { In } from '@cadre/sdk/orm';
import type { SkillRef } from '@cadre/plugin-structure/contracts';
import { missingPerson, type PersonRef } from '../shared/people.js';
import { DevelopmentLookups } from '../shared/skill-names.service.js';
import type { CourseEntity } from './course.entity.js';
import {
  DevelopmentCourseConnection, DevelopmentCourseSort, DevelopmentCourseSortField, DevelopmentEnrolmentConnection, DevelopmentEnrolmentFilter, DevelopmentEnrolmentSort, DevelopmentEnrolmentSortField,
} from './course-page.types.js';
import { CourseService, type CourseStats } from './course.service.js';
import {
  CourseFeedbackInput, CreateCourseInput, DevelopmentCourseFilter, type DevelopmentCourseKind, DevelopmentCourseType, type DevelopmentEnrolmentStatus, DevelopmentEnrolmentType,
  DevelopmentProgrammeType, UpdateCourseInput,
} from './course.types.js';
import { EnrolmentEntity } from './enrolment.entity.js';

@Resolver(() => DevelopmentCourseType)
export class CourseResolver {
  constructor(
    private readonly service: CourseService,
    private readonly lookups: DevelopmentLookups,
    private readonly data: DataService,
  ) {}

  private enrolmentType(e: EnrolmentEntity, courseTitle: string, person: PersonRef): DevelopmentEnrolmentType {
    return { id: e.id, courseId: e.courseId, courseTitle, person, status: e.status as DevelopmentEnrolmentStatus, enrolledAt: e.createdAt, completedAt: e.completedAt, rating: e.rating, feedback: e.feedback };
  }

  /** Courses with stats and the viewer's own enrolment, in a few queries. */
  private async courseTypes(courses: CourseEntity[]): Promise<DevelopmentCourseType[]> {
    const skills = await this.lookups.skillMap();
    const stats = await this.service.stats(courses.map((c) => c.id));
    const me = RequestContexts.current()?.personId;
    const mine = me && courses.length ? await this.data.repo(EnrolmentEntity).findBy({ personId: me, courseId: In(courses.map((c) => c.id)) }) : [];
    const meRef = me ? await this.lookups.personRef(me) : null;
    return courses.map((c) => {
      const own = mine.find((e) => e.courseId === c.id);
      return toCourseType(c, skills, stats.get(c.id)!, own && meRef ? this.enrolmentType(own, c.title, meRef) : null);
    });
  }

  private async enrolmentTypes(rows: EnrolmentEntity[]): Promise<DevelopmentEnrolmentType[]> {
    const people = await this.lookups.personRefs(rows.map((r) => r.personId));
    const titles = new Map((rows.length ? await this.service.list() : []).map((c) => [c.id, c.title]));
    return rows.map((r) => this.enrolmentType(r, titles.get(r.courseId) ?? '', people.get(r.personId) ?? missingPerson(r.personId)));
  }

  @Query(() => [DevelopmentCourseType], { description: 'Courses and programmes’ courses, by title' })
  @RequirePermission('development.courses.read')
  async courses(@Args('filter', { type: () => DevelopmentCourseFilter, nullable: true }) filter: DevelopmentCourseFilter): Promise<DevelopmentCourseType[]> {
    return this.courseTypes(await this.service.list(filter ?? {}));
  }

  @Query(() => DevelopmentCourseConnection, { description: 'Courses a page at a time: filtered, sorted (by title by default) and paged on the server' })
  @RequirePermission('development.courses.read')
  async coursesPage(
    @Args('filter', { type: () => DevelopmentCourseFilter, nullable: true }) filter: DevelopmentCourseFilter,
    @Args('sort', { type: () => DevelopmentCourseSort, nullable: true }) sort: DevelopmentCourseSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DevelopmentCourseConnection> {
    const page = await this.service.page(filter ?? {}, sort ?? { field: DevelopmentCourseSortField.TITLE, direction: SortDirectionValue.ASC }, first, after);
    return { ...page, nodes: await this.courseTypes(page.nodes) };
  }

  @Query(() => DevelopmentCourseType)
  @RequirePermission('development.courses.read')
  async course(@Args('id', { type: () => ID }) id: string): Promise<DevelopmentCourseType> {
    return (await this.courseTypes([await this.service.get(id)]))[0];
  }

  @Query(() => [DevelopmentProgrammeType])
  @RequirePermission('development.courses.read')
  async programmes(): Promise<DevelopmentProgrammeType[]> {
    const courses = await this.courseTypes(await this.service.list());
    return (await this.service.programmes()).map((p) => ({ id: p.id, title: p.title, description: p.description, courses: courses.filter((c) => c.programmeId === p.id) }));
  }

  @Query(() => [DevelopmentEnrolmentType], { description: 'Enrolments: your own and your reports’, or all for course admins' })
  @SignedIn()
  async courseEnrolments(@Args('courseId', { type: () => ID, nullable: true }) courseId?: string, @Args('personId', { type: () => ID, nullable: true }) personId?: string): Promise<DevelopmentEnrolmentType[]> {
    return this.enrolmentTypes(await this.service.enrolments({ courseId, personId }));
  }

  @Query(() => DevelopmentEnrolmentConnection, { description: 'Enrolments a page at a time (newest first by default), visible as in courseEnrolments, filtered, sorted and paged on the server' })
  @SignedIn()
  async courseEnrolmentsPage(
    @Args('filter', { type: () => DevelopmentEnrolmentFilter, nullable: true }) filter: DevelopmentEnrolmentFilter,
    @Args('sort', { type: () => DevelopmentEnrolmentSort, nullable: true }) sort: DevelopmentEnrolmentSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DevelopmentEnrolmentConnection> {
    const page = await this.service.enrolmentsPage(filter ?? {}, sort ?? { field: DevelopmentEnrolmentSortField.ENROLLED_AT, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: await this.enrolmentTypes(page.nodes) };
  }

  @Mutation(() => DevelopmentCourseType)
  @RequirePermission('development.courses.write')
  async createCourse(@Args('input') input: CreateCourseInput): Promise<DevelopmentCourseType> {
    return (await this.courseTypes([await this.service.create(input)]))[0];
  }

  @Mutation(() => DevelopmentCourseType)
  @RequirePermission('development.courses.write')
  async updateCourse(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateCourseInput): Promise<DevelopmentCourseType> {
    return (await this.courseTypes([await this.service.update(id, input)]))[0];
  }

  @Mutation(() => DevelopmentProgrammeType)
  @RequirePermission('development.courses.write')
  async createProgramme(@Args('title') title: string, @Args('description', { defaultValue: '' }) description: string): Promise<DevelopmentProgrammeType> {
    const p = await this.service.createProgramme(title, description);
    return { id: p.id, title: p.title, description: p.description, courses: [] };
  }

  @Mutation(() => DevelopmentEnrolmentType, { description: 'Enrols you, or (managers of the person, course admins) someone else' })
  @RequirePermission('development.courses.read')
  async enrol(@Args('courseId', { type: () => ID }) courseId: string, @Args('personId', { type: () => ID, nullable: true }) personId?: string): Promise<DevelopmentEnrolmentType> {
    return (await this.enrolmentTypes([await this.service.enrol(courseId, personId)]))[0];
  }

  @Mutation(() => DevelopmentEnrolmentType)
  @RequirePermission('development.courses.read')
  async withdrawEnrolment(@Args('enrolmentId', { type: () => ID }) enrolmentId: string): Promise<DevelopmentEnrolmentType> {
    return (await this.enrolmentTypes([await this.service.withdraw(enrolmentId)]))[0];
  }

  @Mutation(() => DevelopmentEnrolmentType, { description: 'The learner, their managers or course admins mark it completed; the learner may rate it (1–5) at the same time' })
  @RequirePermission('development.courses.read')
  async completeCourse(
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('rating', { type: () => Int, nullable: true }) rating?: number | null,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ): Promise<DevelopmentEnrolmentType> {
    if (rating !== undefined && rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 5)) throw new UserInputError('rating', 'must be from 1 to 5');
    if (comment && comment.length > 5000) throw new UserInputError('comment', 'must have at most 5000 characters');
    if (comment && (rating === undefined || rating === null)) throw new UserInputError('rating', 'comes with the comment');
    const feedback = rating !== undefined && rating !== null ? { rating, comment: comment ?? '' } : null;
    return (await this.enrolmentTypes([await this.service.complete(enrolmentId, feedback)]))[0];
  }

  @Mutation(() => DevelopmentEnrolmentType, { description: "The learner's rating and comment on a completed course" })
  @RequirePermission('development.courses.read')
  async giveCourseFeedback(@Args('enrolmentId', { type: () => ID }) enrolmentId: string, @Args('feedback') feedback: CourseFeedbackInput): Promise<DevelopmentEnrolmentType> {
    return (await this.enrolmentTypes([await this.service.giveFeedback(enrolmentId, feedback)]))[0];
  }
}

export function toCourseType(c: CourseEntity, skills: Map<string, SkillRef>, stats: CourseStats, mine: DevelopmentEnrolmentType | null): DevelopmentCourseType {
  return {
    id: c.id, title: c.title, kind: c.kind as DevelopmentCourseKind, description: c.description, provider: c.provider, hostUnitId: c.hostUnitId,
    skills: c.skills.map((s) => ({ skillId: s.skillId, skillName: skills.get(s.skillId)?.name ?? '(unknown skill)', level: s.level })),
    durationHours: c.durationHours, capacity: c.capacity, cost: { amount: c.costAmount, currency: c.costCurrency }, startsOn: c.startsOn, endsOn: c.endsOn, programmeId: c.programmeId,
    active: c.active, enrolledCount: stats.enrolled, completedCount: stats.completed, averageRating: stats.averageRating, feedbackCount: stats.feedbackCount, myEnrolment: mine,
    updatedAt: c.updatedAt,
  };
}
