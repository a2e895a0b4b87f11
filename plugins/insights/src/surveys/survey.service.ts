import { randomUUID } from 'node:crypto';
import { assertUnchangedSince, ConflictError, DataService, EventBus, Notifications, NotFoundError, PeopleDirectory, RequestContexts, UserInputError, msg, nowIso } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import type { StructureOrg } from '@cadre/plugin-structure/contracts';
import { SurveyOpened } from '../shared/insights.events.js';
import { tenureBand } from '../shared/tenure.js';
import { subtree, unitTree } from './anonymity.js';
import { checkAnswers, type AnswerInput } from './answers.js';
import { SurveyInvitationEntity } from './survey-invitation.entity.js';
import { SurveyListService } from './survey-list.service.js';
import { initialQuestions, buildQuestions } from './survey-questions.js';
import { SurveyResponseEntity } from './survey-response.entity.js';
import { SurveyEntity } from './survey.entity.js';
import type { CreateSurveyInput, UpdateSurveyInput } from './survey.inputs.js';

export const ANSWER_SURVEYS = 'insights.surveys.answer';
export const MANAGE_SURVEYS = 'insights.surveys.manage';
export const READ_RESULTS = 'insights.surveys.results';

/** Survey runs: drafted, opened to an audience (invitations), answered anonymously, closed. */
@Injectable()
export class SurveyService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly events: EventBus,
    private readonly notifications: Notifications,
    @Inject('structure.org') private readonly org: StructureOrg,
    private readonly lists: SurveyListService,
  ) {}

  private get surveys() {
    return this.data.repo(SurveyEntity);
  }

  /** A survey the caller may see: survey admins and result readers see all, others those they are asked. */
  async visible(id: string): Promise<SurveyEntity> {
    const survey = await this.surveys.findOneBy({ id });
    const ctx = RequestContexts.current();
    const privileged = !!ctx && (ctx.system || ctx.permissions.has(MANAGE_SURVEYS) || ctx.permissions.has(READ_RESULTS));
    if (survey && (privileged || (ctx?.personId && (await this.invitation(id, ctx.personId))))) return survey;
    throw new NotFoundError('Survey', id);
  }

  /** Open surveys the caller is asked, newest first. */
  async mine(): Promise<SurveyEntity[]> {
    const personId = RequestContexts.current()?.personId;
    if (!personId) return [];
    const ids = new Set((await this.data.repo(SurveyInvitationEntity).findBy({ personId })).map((i) => i.surveyId));
    return (await this.lists.list('open')).filter((s) => ids.has(s.id));
  }

  /** The person's invitations to these surveys, by survey id (one query for a whole list). */
  async invitationsOf(personId: string, surveyIds: string[]): Promise<Map<string, SurveyInvitationEntity>> {
    if (!surveyIds.length) return new Map();
    const rows = await this.data.repo(SurveyInvitationEntity).query('i').andWhere('i.personId = :personId', { personId }).andWhere('i.surveyId IN (:...surveyIds)', { surveyIds }).getMany();
    return new Map(rows.map((r) => [r.surveyId, r]));
  }

  invitation(surveyId: string, personId: string): Promise<SurveyInvitationEntity | null> {
    return this.data.repo(SurveyInvitationEntity).findOneBy({ surveyId, personId });
  }

  /** Invited and responded counts per survey. */
  async counts(surveyIds: string[]): Promise<Map<string, { invited: number; responded: number }>> {
    const out = new Map(surveyIds.map((id) => [id, { invited: 0, responded: 0 }]));
    if (!surveyIds.length) return out;
    const rows: Array<{ surveyId: string; responded: boolean | number; n: string | number }> = await this.data.repo(SurveyInvitationEntity).query('i')
      .select('i.surveyId', 'surveyId').addSelect('i.responded', 'responded').addSelect('COUNT(*)', 'n')
      .andWhere('i.surveyId IN (:...surveyIds)', { surveyIds }).groupBy('i.surveyId').addGroupBy('i.responded').getRawMany();
    for (const r of rows) {
      const c = out.get(r.surveyId)!;
      c.invited += Number(r.n);
      if (r.responded === true || Number(r.responded) === 1) c.responded += Number(r.n);
    }
    return out;
  }

  async create(input: CreateSurveyInput): Promise<SurveyEntity> {
    const questions = initialQuestions(input.kind, input.questions);
    await this.checkAudience(input.audienceUnitIds, 'input.audienceUnitIds');
    const ctx = RequestContexts.current();
    return this.surveys.save(this.surveys.create({
      title: input.title.trim(), kind: input.kind, status: 'draft', questions, audience: { unitIds: [...new Set(input.audienceUnitIds)], levels: [...new Set(input.audienceLevels)] },
      closesOn: input.closesOn ?? null, openedAt: null, closedAt: null, createdById: ctx?.personId ?? null,
    }));
  }

  async update(id: string, input: UpdateSurveyInput): Promise<SurveyEntity> {
    const survey = await this.surveys.get(id);
    assertUnchangedSince(survey, input.expectedUpdatedAt, survey.title);
    if (survey.status !== 'draft') throw new ConflictError(msg`Only a draft survey changes; this one is ${survey.status}`);
    if (input.title !== undefined) survey.title = input.title.trim();
    if (input.questions) survey.questions = buildQuestions(input.questions, 'input.questions');
    if (input.audienceUnitIds) await this.checkAudience(input.audienceUnitIds, 'input.audienceUnitIds');
    survey.audience = { unitIds: input.audienceUnitIds ? [...new Set(input.audienceUnitIds)] : survey.audience.unitIds, levels: input.audienceLevels ? [...new Set(input.audienceLevels)] : survey.audience.levels };
    if (input.closesOn !== undefined) survey.closesOn = input.closesOn;
    return this.surveys.save(survey);
  }

  async remove(id: string): Promise<boolean> {
    const survey = await this.surveys.get(id);
    if (survey.status !== 'draft') throw new ConflictError(msg`Only a draft survey can be deleted; this one is ${survey.status}`);
    await this.surveys.remove(survey);
    return true;
  }

  /** Draft → open: everyone active in the audience is invited, with the groups they count in today. */
  async open(id: string): Promise<SurveyEntity> {
    const survey = await this.surveys.get(id);
    if (survey.status !== 'draft') throw new ConflictError(msg`Only a draft survey opens; this one is ${survey.status}`);
    const today = nowIso().slice(0, 10);
    if (survey.closesOn && survey.closesOn < today) throw new UserInputError('closesOn', msg`is in the past (${survey.closesOn})`);
    const tree = unitTree(await this.org.units());
    const units = survey.audience.unitIds.length ? new Set(survey.audience.unitIds.flatMap((u) => [...subtree(tree, u)])) : null;
    const levels = survey.audience.levels.length ? new Set(survey.audience.levels) : null;
    const asked = (await this.people.all()).filter((p) => p.status === 'active' && (!units || (p.orgUnitId && units.has(p.orgUnitId))) && (!levels || levels.has(p.level)));
    if (!asked.length) throw new UserInputError('audience', 'selects nobody who is active');
    const repo = this.data.repo(SurveyInvitationEntity);
    await repo.saveMany(asked.map((p) => repo.create({
      surveyId: survey.id, personId: p.id, unitId: p.orgUnitId, level: p.level, tenureBand: tenureBand(p.hireDate, today), location: p.location, responded: false,
    })));
    survey.status = 'open';
    survey.openedAt = nowIso();
    const saved = await this.surveys.save(survey);
    await this.events.emit(SurveyOpened, { surveyId: survey.id, title: survey.title });
    return saved;
  }

  async close(id: string): Promise<SurveyEntity> {
    const survey = await this.surveys.get(id);
    if (survey.status !== 'open') throw new ConflictError(msg`Only an open survey closes; this one is ${survey.status}`);
    survey.status = 'closed';
    survey.closedAt = nowIso();
    return this.surveys.save(survey);
  }

  /** Tells the invitees who have not answered yet; returns how many were told. */
  async remind(id: string): Promise<number> {
    const survey = await this.surveys.get(id);
    if (survey.status !== 'open') throw new ConflictError(msg`Only an open survey sends reminders; this one is ${survey.status}`);
    const waiting = await this.data.repo(SurveyInvitationEntity).findBy({ surveyId: id, responded: false });
    return this.notifications.notifyPeople(waiting.map((i) => i.personId), { kind: 'insights.survey-reminder', params: { title: survey.title }, link: `/insights/my-surveys/${id}` });
  }

  /**
   * Records the caller's answers. The invitation (locked) only learns that they answered; the
   * answers go to a response with a random id, the survey's opening time and the invitation's
   * groups, so nothing joins the two. A second answer is a CONFLICT.
   */
  async answer(surveyId: string, answers: AnswerInput[]): Promise<SurveyEntity> {
    const personId = RequestContexts.current()?.personId;
    const found = personId ? await this.invitation(surveyId, personId) : null;
    if (!found) throw new NotFoundError('Survey', surveyId);
    // Shared: answers to one survey run side by side, but a close waits for them (and they for it).
    const survey = await this.surveys.get(surveyId, { lock: 'share' });
    if (survey.status !== 'open' || (survey.closesOn && survey.closesOn < nowIso().slice(0, 10))) throw new ConflictError(msg`This survey is not open for answers`);
    const checked = checkAnswers(survey.questions, answers);
    const invitation = await this.data.repo(SurveyInvitationEntity).get(found.id);
    if (invitation.responded) throw new ConflictError(msg`You have already answered this survey`);
    invitation.responded = true;
    await this.data.repo(SurveyInvitationEntity).save(invitation);
    const responses = this.data.repo(SurveyResponseEntity);
    await responses.save(responses.create({
      id: randomUUID(), createdAt: survey.openedAt ?? survey.createdAt, surveyId, unitId: invitation.unitId, level: invitation.level, tenureBand: invitation.tenureBand, location: invitation.location, answers: checked,
    }));
    // The audit entry names the survey, never the response.
    const ctx = RequestContexts.current();
    if (ctx) ctx.auditDetail = { targetType: 'InsightsSurvey', targetId: surveyId };
    return survey;
  }

  private async checkAudience(unitIds: string[], field: string): Promise<void> {
    if (!unitIds.length) return;
    const known = new Set((await this.org.units()).map((u) => u.id));
    const unknown = unitIds.find((u) => !known.has(u));
    if (unknown) throw new UserInputError(field, msg`has no org unit ${unknown}`);
  }
}
