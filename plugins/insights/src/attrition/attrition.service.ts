import { DataService, PeopleDirectory, UserInputError, msg, nowIso } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import type { StructureOrg } from '@cadre/plugin-structure/contracts';
import { subtree, unitTree } from '../surveys/anonymity.js';
import { SurveyResultsService } from '../surveys/survey-results.service.js';
import { FACT_COLUMNS, monthFigures, monthRange, periodFigures, periodOf, tenureAtExit } from './attrition.js';
import type { InsightsAttritionType } from './attrition.types.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MAX_MONTHS = 60;

/** Attrition from the core's people (hire and leave dates) and structure's org tree. */
@Injectable()
export class AttritionService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly results: SurveyResultsService,
    @Inject('structure.org') private readonly org: StructureOrg,
  ) {}

  async attrition(from: string, to: string): Promise<InsightsAttritionType> {
    if (!MONTH.test(from)) throw new UserInputError('from', 'must be a month as YYYY-MM');
    if (!MONTH.test(to)) throw new UserInputError('to', 'must be a month as YYYY-MM');
    const months = monthRange(from, to);
    if (!months.length) throw new UserInputError('to', 'must not be before from');
    if (months.length > MAX_MONTHS) throw new UserInputError('to', msg`must be at most ${MAX_MONTHS} months after from`);
    const asOf = nowIso().slice(0, 10);
    // The same for everyone allowed to read it: computed once until the tenant's data changes.
    return this.data.shared(`insights.attrition:${from}:${to}:${asOf}`, () => this.compute(from, to, months, asOf));
  }

  private async compute(from: string, to: string, months: string[], asOf: string): Promise<InsightsAttritionType> {
    const k = await this.results.threshold();
    const people = (await this.people.allColumns(FACT_COLUMNS)).map((p) => ({ ...p, leaveDate: p.leaveDate && p.leaveDate <= asOf ? p.leaveDate : null }));
    const units = await this.org.units();
    const tree = unitTree(units);
    const exits = tenureAtExit(people, `${from}-01`, `${to}-31`);
    const monthly = months.map((m) => monthFigures(people, m, asOf));
    return {
      from, to, threshold: k,
      months: monthly,
      total: periodOf(monthly),
      units: units.map((u) => {
        const inside = subtree(tree, u.id);
        const figures = periodFigures(people.filter((p) => p.orgUnitId && inside.has(p.orgUnitId)), months, asOf);
        const suppressed = figures.averageHeadcount < k;
        return { unitId: u.id, name: u.name, parentId: u.parentId, suppressed, figures: suppressed ? null : figures };
      }),
      tenureAtExit: exits.bands,
      medianTenureMonths: exits.medianMonths,
    };
  }
}
