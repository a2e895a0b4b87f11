import type { FinalisedScoreRef, IncentivesPerformance } from '@cadre/plugin-incentives/contracts';
import type { KnowledgeSharingIndex } from '@cadre/plugin-knowledge/contracts';
import { DataService, PeopleDirectory, RequestContexts, UserInputError, msg, nowIso } from '@cadre/sdk';
import { Inject, Injectable, Optional } from '@cadre/sdk/common';
import { FACT_COLUMNS, monthRange, periodFigures } from '../attrition/attrition.js';
import { addMonths } from '../risk/risk-features.js';
import type { StructureOrg, StructureProjects } from '@cadre/plugin-structure/contracts';
import { subtree, unitTree } from '../surveys/anonymity.js';
import { SurveyResultsService } from '../surveys/survey-results.service.js';
import { SurveyEntity } from '../surveys/survey.entity.js';
import { COMPONENT_WORDS, MEASURE_WORDS } from './effectiveness-words.js';
import { incentiveEffect, mean, meanAtLeast, staffingCoverage, type BandOutcome } from './effectiveness.js';
import type { InsightsEffectivenessType, InsightsMeasureComponentType, InsightsMeasurePointType, InsightsMeasureType } from './effectiveness.types.js';

/** What the measures read of each person: their id and attrition's facts. */
const COLUMNS = ['id', ...FACT_COLUMNS] as const;
type Person = Pick<Awaited<ReturnType<PeopleDirectory['all']>>[number], (typeof COLUMNS)[number]>;

/** The founding document's four measures for a unit (with its subtree) or the company. */
@Injectable()
export class EffectivenessService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly surveys: SurveyResultsService,
    @Inject('structure.org') private readonly org: StructureOrg,
    @Optional() @Inject('structure.projects') private readonly projects?: StructureProjects,
    @Optional() @Inject('incentives.performance') private readonly performance?: IncentivesPerformance,
    @Optional() @Inject('knowledge.sharing-index') private readonly sharing?: KnowledgeSharingIndex,
  ) {}

  /** The same for everyone allowed to read it: computed once until the tenant's data changes. */
  dashboard(unitId: string | null): Promise<InsightsEffectivenessType> {
    const locale = RequestContexts.current()?.locale ?? '';
    return this.data.shared(`insights.effectiveness:${unitId ?? ''}:${locale}:${nowIso().slice(0, 10)}`, () => this.compute(unitId));
  }

  private async compute(unitId: string | null): Promise<InsightsEffectivenessType> {
    const units = await this.org.units();
    const unit = unitId ? units.find((u) => u.id === unitId) : null;
    if (unitId && !unit) throw new UserInputError('unitId', msg`has no org unit ${unitId}`);
    const inside = unitId ? subtree(unitTree(units), unitId) : null;
    const members = (await this.people.allColumns(COLUMNS)).filter((p) => !inside || (p.orgUnitId && inside.has(p.orgUnitId)));
    const active = members.filter((p) => p.status === 'active');
    const k = await this.surveys.threshold();
    const today = nowIso().slice(0, 10);
    const zh = RequestContexts.current()?.locale === 'zh-CN';
    const measure = (id: string, value: number | null, unitName: string, components: InsightsMeasureComponentType[], trend: InsightsMeasurePointType[]): InsightsMeasureType => {
      const [title, formula] = MEASURE_WORDS[id][zh ? 'zh' : 'en'];
      return { id, title, formula, value, unit: unitName, components, trend };
    };
    const component = (id: string, value: number | null, unitName: string, people: number | null): InsightsMeasureComponentType => ({ id, label: COMPONENT_WORDS[id][zh ? 1 : 0], value, unit: unitName, people });

    // Satisfaction: each survey's result for the unit under the same anonymity rules as the results page.
    const runs = (await this.data.repo(SurveyEntity).find()).filter((s) => s.openedAt).sort((a, b) => a.openedAt!.localeCompare(b.openedAt!));
    const results = [];
    for (const s of runs) results.push({ s, r: (await this.surveys.results(s, unitId ? { unitId } : {}, null)).overall });
    // The latest survey with a shown result (a run that just opened may not have k answers yet).
    const last = [...results].reverse().find(({ r }) => !r.suppressed)?.r ?? results.at(-1)?.r;
    const attrition = periodFigures(members.map((p) => ({ ...p, leaveDate: p.leaveDate && p.leaveDate <= today ? p.leaveDate : null })), monthRange(addMonths(today, -11).slice(0, 7), today.slice(0, 7)), today);
    const satisfaction = measure('satisfaction', last?.stats?.enps ?? null, 'eNPS', [
      component('enps', last?.stats?.enps ?? null, 'eNPS', last?.respondents ?? null),
      component('engagement', last?.stats?.engagement ?? null, '%', last?.respondents ?? null),
      component('voluntaryAttrition', attrition.averageHeadcount >= k ? attrition.voluntaryRate : null, '%', Math.round(attrition.averageHeadcount)),
    ], results.map(({ s, r }) => ({ label: s.title, value: r.stats?.enps ?? null })));

    // Performance: mean final score per finalised cycle among the unit's current people.
    const histories: Map<string, FinalisedScoreRef[]> = this.performance ? await this.performance.allScoreHistories() : new Map();
    const cycles = new Map<string, { label: string; end: string; scores: number[] }>();
    for (const p of active) for (const s of histories.get(p.id) ?? []) {
      const c = cycles.get(s.cycleId) ?? { label: s.cycleName, end: s.periodEnd, scores: [] as number[] };
      c.scores.push(s.score);
      cycles.set(s.cycleId, c);
    }
    const byCycle = [...cycles.values()].sort((a, b) => a.end.localeCompare(b.end));
    const latest = byCycle.at(-1);
    const open = this.projects ? (await this.projects.projects()).filter((p) => !inside || (p.ownerUnitId && inside.has(p.ownerUnitId))) : [];
    const performance = measure('performance', latest ? meanAtLeast(latest.scores, k) : null, 'score', [
      component('meanScore', latest ? meanAtLeast(latest.scores, k) : null, 'score', latest?.scores.length ?? null),
      component('staffingCoverage', staffingCoverage(open.map((p) => ({ headcountMin: p.headcountMin, assigned: p.assignedPersonIds.length }))), '%', open.length),
    ], byCycle.map((c) => ({ label: c.label, value: meanAtLeast(c.scores, k) })));

    return { unitId, unitName: unit?.name ?? (zh ? '全公司' : 'Company'), threshold: k, asOf: today, measures: [satisfaction, performance, await this.knowledge(active, k, today, measure, component), await this.incentives(members, histories, k, measure, component)] };
  }

  private async knowledge(active: Person[], k: number, today: string, measure: Measure, component: Component): Promise<InsightsMeasureType> {
    const at = async (to: string, months: number) => {
      const index = this.sharing ? await this.sharing.indexByPerson({ from: addMonths(to, -months), to }) : null;
      const values = index ? active.map((p) => index.get(p.id) ?? 0) : [];
      return { values, mean: values.length >= k ? Math.round(mean(values)! * 100) / 100 : null };
    };
    const year = await at(today, 12);
    const quarters: InsightsMeasurePointType[] = [];
    for (const q of [9, 6, 3, 0]) quarters.push({ label: addMonths(today, -q).slice(0, 7), value: (await at(addMonths(today, -q), 3)).mean });
    const sharers = year.values.length >= k ? Math.round((1000 * year.values.filter((v) => v > 0).length) / year.values.length) / 10 : null;
    return measure('knowledge', year.mean, 'index', [component('meanIndex', year.mean, 'index', year.values.length || null), component('sharers', sharers, '%', year.values.length || null)], quarters);
  }

  private async incentives(members: Person[], histories: Map<string, Array<{ periodEnd: string; score: number }>>, k: number, measure: Measure, component: Component): Promise<InsightsMeasureType> {
    const bands: Map<string, Array<{ band: number; publishedAt: string }>> = this.performance ? await this.performance.bonusBandHistory() : new Map();
    const outcomes: BandOutcome[] = [];
    for (const p of members) for (const b of bands.get(p.id) ?? []) {
      const scores = histories.get(p.id) ?? [];
      const day = b.publishedAt.slice(0, 10);
      outcomes.push({ band: b.band, publishedAt: b.publishedAt, leaveDate: p.leaveDate, scoreBefore: scores.filter((s) => s.periodEnd <= day).at(-1)?.score ?? null, scoreAfter: scores.find((s) => s.periodEnd > day)?.score ?? null });
    }
    const e = incentiveEffect(outcomes, k);
    const pools = [...new Set(outcomes.map((o) => o.publishedAt.slice(0, 10)))].sort();
    return measure('incentives', e.retentionGap, 'pts', [
      component('topRetention', e.topRetention, '%', e.topPeople), component('restRetention', e.restRetention, '%', e.restPeople),
      component('topScoreChange', e.topScoreChange, 'score', e.topPeople), component('restScoreChange', e.restScoreChange, 'score', e.restPeople),
    ], pools.map((day) => ({ label: day, value: incentiveEffect(outcomes.filter((o) => o.publishedAt.slice(0, 10) === day), k).retentionGap })));
  }
}

type Measure = (id: string, value: number | null, unit: string, components: InsightsMeasureComponentType[], trend: InsightsMeasurePointType[]) => InsightsMeasureType;
type Component = (id: string, value: number | null, unit: string, people: number | null) => InsightsMeasureComponentType;
