import type { AttractionCompBands } from '@cadre/plugin-attraction/contracts';
import type { DevelopmentPlans } from '@cadre/plugin-development/contracts';
import type { IncentivesPerformance } from '@cadre/plugin-incentives/contracts';
import type { KnowledgeSharingIndex } from '@cadre/plugin-knowledge/contracts';
import { DataService, PeopleDirectory } from '@cadre/sdk';
import { Inject, Injectable, Optional } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import type { StructureOrg } from '@cadre/plugin-structure/contracts';
import { subtree, unitTree, visibleUnits, type UnitTree } from '../surveys/anonymity.js';
import { SurveyResultsService } from '../surveys/survey-results.service.js';
import { SurveyResponseEntity } from '../surveys/survey-response.entity.js';
import { groupStats } from '../surveys/survey-stats.js';
import { SurveyEntity } from '../surveys/survey.entity.js';
import { PersonChangeEntity } from './person-change.entity.js';
import { addMonths, type RiskFacts, type RiskSources } from './risk-features.js';

/** Sources with the sharing index loaded for the days `prepare` was given. */
export type PreparedSources = RiskSources & { prepare(days: string[]): Promise<void> };

interface SurveyEngagement {
  company: number;
  units: Map<string, number>;
}

/**
 * Everything the risk features read, gathered once: the core's people, this plugin's change
 * history and surveys, and — when those plugins run — attraction's bands, incentives' scores and
 * bonus bands, knowledge's sharing index and development's plans (through their published services).
 */
@Injectable()
export class RiskDataService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly surveys: SurveyResultsService,
    @Inject('structure.org') private readonly org: StructureOrg,
    @Optional() @Inject('attraction.comp-bands') private readonly bands?: AttractionCompBands,
    @Optional() @Inject('incentives.performance') private readonly performance?: IncentivesPerformance,
    @Optional() @Inject('knowledge.sharing-index') private readonly sharing?: KnowledgeSharingIndex,
    @Optional() @Inject('development.plans') private readonly plans?: DevelopmentPlans,
  ) {}

  /** The facts of these people (everyone, by default). */
  async facts(personIds?: string[]): Promise<RiskFacts[]> {
    const people = personIds ? await this.people.byIds(personIds) : await this.people.all();
    const ids = people.map((p) => p.id);
    const [bands, scores, bonus, plans, changes] = await Promise.all([
      this.bands ? this.bands.bandsOfPeople(ids) : [],
      !this.performance ? new Map() : personIds?.length === 1 ? new Map([[ids[0], await this.performance.scoreHistory(ids[0])]]) : this.performance.allScoreHistories(),
      this.performance ? this.performance.bonusBandHistory() : new Map(),
      this.plans ? this.plans.plans() : [],
      this.data.repo(PersonChangeEntity).find({ where: personIds ? { personId: In(ids) } : {}, order: { day: 'ASC', id: 'ASC' } }),
    ]);
    const mid = new Map(bands.map((b) => [b.personId, b.band]));
    const changesOf = groupBy(changes, (c) => c.personId);
    const plansOf = groupBy(plans, (x) => x.personId);
    return people.map((p) => {
      const band = mid.get(p.id);
      const compaRatio = band && p.compBase && band.midBase > 0 && band.currency === p.compCurrency ? p.compBase / band.midBase : null;
      return {
        personId: p.id, orgUnitId: p.orgUnitId, hireDate: p.hireDate, leaveDate: p.leaveDate, status: p.status, compaRatio,
        changes: changesOf.get(p.id) ?? [], scores: scores.get(p.id) ?? [], bands: bonus.get(p.id) ?? [], plans: plansOf.get(p.id) ?? [],
      };
    });
  }

  /**
   * Team engagement and the sharing index on the days `prepare` is given: engagement from the last
   * survey opened by then (groups under the threshold fall back to the nearest shown parent, then
   * the company), read only for the surveys those days need.
   */
  async sources(): Promise<PreparedSources> {
    const k = await this.surveys.threshold();
    const tree = unitTree(await this.org.units());
    const runs = (await this.data.repo(SurveyEntity).find()).filter((s) => s.openedAt).sort((a, b) => a.openedAt!.localeCompare(b.openedAt!));
    const runOn = (t: string) => [...runs].reverse().find((s) => s.openedAt!.slice(0, 10) <= t) ?? runs[0];
    const engagement = new Map<string, SurveyEngagement>();
    const sharing = new Map<string, Map<string, number>>();
    return {
      engagement: (unitId, t) => {
        const run = engagement.get(runOn(t)?.id ?? '');
        if (!run) return 0;
        for (let u: string | null | undefined = unitId; u; u = tree.parent.get(u)) if (run.units.has(u)) return run.units.get(u)!;
        return run.company;
      },
      sharingIndex: (personId, t) => sharing.get(t)?.get(personId) ?? 0,
      prepare: async (days: string[]) => {
        for (const t of days) {
          const run = runOn(t);
          if (run && !engagement.has(run.id)) engagement.set(run.id, await this.engagementOf(run, tree, k));
          if (!sharing.has(t)) sharing.set(t, this.sharing ? await this.sharing.indexByPerson({ from: addMonths(t, -12), to: t }) : new Map());
        }
      },
    };
  }

  private async engagementOf(s: SurveyEntity, tree: UnitTree, k: number): Promise<SurveyEngagement> {
    const rows = await this.data.repo(SurveyResponseEntity).findBy({ surveyId: s.id });
    const known = (u: string | null) => (u && tree.parent.has(u) ? u : null);
    const direct = new Map<string | null, number>();
    for (const r of rows) direct.set(known(r.unitId), (direct.get(known(r.unitId)) ?? 0) + 1);
    const units = new Map<string, number>();
    for (const u of visibleUnits(tree, direct, k)) {
      const inside = subtree(tree, u);
      const value = groupStats(s.questions, rows.filter((r) => r.unitId && inside.has(r.unitId)).map((r) => r.answers), k).engagement;
      if (value !== null) units.set(u, value);
    }
    const company = rows.length >= k ? groupStats(s.questions, rows.map((r) => r.answers), k).engagement ?? 0 : 0;
    return { company, units };
  }
}

/** Rows by key, in their order (one pass: a 20 000-person tenant has many more changes than people). */
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}
