import { ConflictError, RequestContexts, RequirePermission, SettingsService, SignedIn, SortDirectionValue, UserInputError, msg } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { MAX_THRESHOLD, MIN_THRESHOLD } from './anonymity.js';
import { SurveyListService } from './survey-list.service.js';
import { InsightsSurveyConnection, InsightsSurveyListFilter, InsightsSurveySort, InsightsSurveySortField } from './survey-page.types.js';
import { SurveyResultsService, THRESHOLD_SETTING } from './survey-results.service.js';
import { InsightsSurveyDimension, InsightsSurveyResultsType, InsightsSurveyTrendPointType } from './survey-results.types.js';
import { CreateSurveyInput, InsightsAnswerInput, InsightsSurveyFilterInput, UpdateSurveyInput } from './survey.inputs.js';
import { toGroupType, toSurveyType } from './survey.mapper.js';
import { ANSWER_SURVEYS, MANAGE_SURVEYS, READ_RESULTS, SurveyService } from './survey.service.js';
import { InsightsSurveyKind, InsightsSurveyStatus, InsightsSurveyType } from './survey.types.js';
import type { SurveyEntity } from './survey.entity.js';

@Resolver()
export class SurveyResolver {
  constructor(
    private readonly service: SurveyService,
    private readonly results: SurveyResultsService,
    private readonly settings: SettingsService,
    private readonly lists: SurveyListService,
  ) {}

  private async types(rows: SurveyEntity[]): Promise<InsightsSurveyType[]> {
    const counts = await this.service.counts(rows.map((r) => r.id));
    const k = await this.results.threshold();
    const me = RequestContexts.current()?.personId;
    const mine = me ? await this.service.invitationsOf(me, rows.map((r) => r.id)) : new Map();
    return rows.map((s) => toSurveyType(s, { ...counts.get(s.id)!, k, mine: mine.get(s.id) ?? null }));
  }

  private one = async (s: SurveyEntity) => (await this.types([s]))[0];

  @Query(() => [InsightsSurveyType], { description: 'Every survey, newest first' })
  @RequirePermission(MANAGE_SURVEYS)
  async surveys(@Args('status', { type: () => InsightsSurveyStatus, nullable: true }) status?: InsightsSurveyStatus): Promise<InsightsSurveyType[]> {
    return this.types(await this.lists.list(status));
  }

  @Query(() => InsightsSurveyConnection, { description: 'surveys a page at a time (newest first by default), filtered, sorted and paged on the server' })
  @RequirePermission(MANAGE_SURVEYS)
  async surveysPage(
    @Args('filter', { type: () => InsightsSurveyListFilter, nullable: true }) filter: InsightsSurveyListFilter,
    @Args('sort', { type: () => InsightsSurveySort, nullable: true }) sort: InsightsSurveySort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<InsightsSurveyConnection> {
    const page = await this.lists.page(filter ?? {}, sort ?? { field: InsightsSurveySortField.CREATED_AT, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: await this.types(page.nodes) };
  }

  @Query(() => [InsightsSurveyType], { description: 'Open surveys you are asked, answered or not' })
  @RequirePermission(ANSWER_SURVEYS)
  async mySurveys(): Promise<InsightsSurveyType[]> {
    return this.types(await this.service.mine());
  }

  @Query(() => InsightsSurveyType, { description: 'A survey you are asked (or any, for survey admins and result readers)' })
  @SignedIn()
  async survey(@Args('id', { type: () => ID }) id: string): Promise<InsightsSurveyType> {
    return this.one(await this.service.visible(id));
  }

  @Query(() => InsightsSurveyResultsType, { description: 'Results for the filtered group and, with groupBy, its subgroups; nothing for a group under the anonymity threshold' })
  @RequirePermission(READ_RESULTS)
  async surveyResults(
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('filter', { type: () => InsightsSurveyFilterInput, nullable: true }) filter?: InsightsSurveyFilterInput,
    @Args('groupBy', { type: () => InsightsSurveyDimension, nullable: true }) groupBy?: InsightsSurveyDimension,
  ): Promise<InsightsSurveyResultsType> {
    const survey = await this.service.visible(surveyId);
    if (survey.status === 'draft') throw new ConflictError(msg`A draft survey has no results yet`);
    const r = await this.results.results(survey, filter ?? {}, groupBy ?? null);
    return { surveyId, threshold: r.k, groupBy: groupBy ?? null, overall: toGroupType(survey, r.overall), groups: r.groups.map((g) => toGroupType(survey, g)) };
  }

  @Query(() => [InsightsSurveyTrendPointType], { description: 'Response rate, eNPS and engagement of every opened survey, oldest first' })
  @RequirePermission(READ_RESULTS)
  async surveyTrend(@Args('kind', { type: () => InsightsSurveyKind, nullable: true }) kind?: InsightsSurveyKind): Promise<InsightsSurveyTrendPointType[]> {
    const runs = (await this.lists.list()).filter((s) => s.status !== 'draft' && (!kind || s.kind === kind)).reverse();
    const points: InsightsSurveyTrendPointType[] = [];
    for (const s of runs) {
      const r = await this.results.results(s, {}, null);
      points.push({ surveyId: s.id, title: s.title, kind: s.kind as InsightsSurveyKind, openedAt: s.openedAt, result: toGroupType(s, r.overall, false) });
    }
    return points.sort((a, b) => (a.openedAt ?? '').localeCompare(b.openedAt ?? ''));
  }

  @Query(() => Int, { description: 'The anonymity threshold k: no figure is shown for fewer respondents' })
  @SignedIn()
  anonymityThreshold(): Promise<number> {
    return this.results.threshold();
  }

  @Mutation(() => Int, { description: `Set the anonymity threshold (${MIN_THRESHOLD} to ${MAX_THRESHOLD})` })
  @RequirePermission(MANAGE_SURVEYS)
  async setAnonymityThreshold(@Args('k', { type: () => Int }) k: number): Promise<number> {
    if (!Number.isInteger(k) || k < MIN_THRESHOLD || k > MAX_THRESHOLD) throw new UserInputError('k', msg`must be a whole number from ${MIN_THRESHOLD} to ${MAX_THRESHOLD}`);
    await this.settings.set(THRESHOLD_SETTING, k);
    return k;
  }

  @Mutation(() => InsightsSurveyType, { description: 'Draft a survey; ENGAGEMENT and PULSE start from the shipped questions' })
  @RequirePermission(MANAGE_SURVEYS)
  async createSurvey(@Args('input') input: CreateSurveyInput): Promise<InsightsSurveyType> {
    return this.one(await this.service.create(input));
  }

  @Mutation(() => InsightsSurveyType)
  @RequirePermission(MANAGE_SURVEYS)
  async updateSurvey(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSurveyInput): Promise<InsightsSurveyType> {
    return this.one(await this.service.update(id, input));
  }

  @Mutation(() => Boolean, { description: 'Delete a draft survey' })
  @RequirePermission(MANAGE_SURVEYS)
  deleteSurvey(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.remove(id);
  }

  @Mutation(() => InsightsSurveyType, { description: 'Open a draft: everyone active in its audience is asked' })
  @RequirePermission(MANAGE_SURVEYS)
  async openSurvey(@Args('id', { type: () => ID }) id: string): Promise<InsightsSurveyType> {
    return this.one(await this.service.open(id));
  }

  @Mutation(() => InsightsSurveyType)
  @RequirePermission(MANAGE_SURVEYS)
  async closeSurvey(@Args('id', { type: () => ID }) id: string): Promise<InsightsSurveyType> {
    return this.one(await this.service.close(id));
  }

  @Mutation(() => Int, { description: 'Remind everyone asked who has not answered; returns how many were told' })
  @RequirePermission(MANAGE_SURVEYS)
  remindSurvey(@Args('id', { type: () => ID }) id: string): Promise<number> {
    return this.service.remind(id);
  }

  @Mutation(() => InsightsSurveyType, { description: 'Answer a survey you are asked, once; the answers are stored apart from you' })
  @RequirePermission(ANSWER_SURVEYS)
  async submitSurveyResponse(@Args('surveyId', { type: () => ID }) surveyId: string, @Args('answers', { type: () => [InsightsAnswerInput] }) answers: InsightsAnswerInput[]): Promise<InsightsSurveyType> {
    return this.one(await this.service.answer(surveyId, answers));
  }
}
