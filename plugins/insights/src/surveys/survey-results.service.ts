import { DataService, RequestContexts, SettingsService, UserInputError, localize, msg } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import type { StructureOrg } from '@cadre/plugin-structure/contracts';
import { DEFAULT_THRESHOLD, subtree, suppressCut, unitTree, visibleUnits, type UnitTree } from './anonymity.js';
import { SurveyInvitationEntity } from './survey-invitation.entity.js';
import { SurveyResponseEntity } from './survey-response.entity.js';
import { groupStats, type GroupStats } from './survey-stats.js';
import type { SurveyEntity } from './survey.entity.js';

export const THRESHOLD_SETTING = 'insights.anonymityThreshold';
export type Dimension = 'unit' | 'level' | 'tenureBand' | 'location';
export type CutFilter = Partial<Record<'unitId' | 'level' | 'tenureBand' | 'location', string | null>>;
type Grouped = Pick<SurveyResponseEntity, 'unitId' | 'level' | 'tenureBand' | 'location'>;

export interface GroupResult {
  key: string;
  label: string;
  suppressed: boolean;
  reason: string | null;
  invited: number | null;
  respondents: number | null;
  responseRate: number | null;
  stats: GroupStats | null;
}

const FEWER_MESSAGE = msg`Fewer than the threshold answered`;
const DIFFERENCE_MESSAGE = msg`Hidden so that no smaller group can be found by subtracting it from another`;
const TENURE_LABELS: Record<string, [string, string]> = { LT_1Y: ['< 1 year', '不满 1 年'], Y1_2: ['1–2 years', '1–2 年'], Y2_4: ['2–4 years', '2–4 年'], Y4_PLUS: ['4+ years', '4 年以上'] };

/** Survey results under the anonymity threshold k (see anonymity.ts for the rules). */
@Injectable()
export class SurveyResultsService {
  constructor(
    private readonly data: DataService,
    private readonly settings: SettingsService,
    @Inject('structure.org') private readonly org: StructureOrg,
  ) {}

  threshold(): Promise<number> {
    return this.settings.get<number>(THRESHOLD_SETTING, DEFAULT_THRESHOLD);
  }

  async results(survey: SurveyEntity, filter: CutFilter, groupBy: Dimension | null): Promise<{ k: number; overall: GroupResult; groups: GroupResult[] }> {
    const k = await this.threshold();
    if (groupBy && groupBy !== 'unit' && filter[groupBy]) throw new UserInputError('groupBy', 'is also one of the filters');
    const units = await this.org.units();
    const tree = unitTree(units);
    const names = new Map(units.map((u) => [u.id, u.name]));
    if (filter.unitId && !names.has(filter.unitId)) throw new UserInputError('filter.unitId', msg`has no org unit ${filter.unitId}`);
    const responses = await this.data.repo(SurveyResponseEntity).findBy({ surveyId: survey.id });
    const invitations = await this.data.repo(SurveyInvitationEntity).findBy({ surveyId: survey.id });
    const known = (r: Grouped): string | null => (r.unitId && names.has(r.unitId) ? r.unitId : null);
    const unitSets = new Map<string, Set<string>>();
    const within = (r: Grouped, unitId: string) => {
      if (!unitSets.has(unitId)) unitSets.set(unitId, subtree(tree, unitId));
      const u = known(r);
      return !!u && unitSets.get(unitId)!.has(u);
    };
    const matches = (r: Grouped, except?: Dimension) =>
      (except === 'unit' || !filter.unitId || within(r, filter.unitId)) &&
      (['level', 'tenureBand', 'location'] as const).every((d) => except === d || filter[d] === undefined || filter[d] === null || r[d] === filter[d]);
    const visible = (rows: Grouped[]) => {
      const direct = new Map<string | null, number>();
      for (const r of rows) direct.set(known(r), (direct.get(known(r)) ?? 0) + 1);
      return visibleUnits(tree, direct, k);
    };

    const selected = responses.filter((r) => matches(r));
    let reason: string | null = selected.length < k ? localize(FEWER_MESSAGE) : null;
    for (const d of ['level', 'tenureBand', 'location'] as const) {
      const value = filter[d];
      if (reason || value === undefined || value === null) continue;
      if (suppressCut(countBy(responses.filter((r) => matches(r, d)), (r) => r[d]), k).has(value)) reason = localize(DIFFERENCE_MESSAGE);
    }
    if (!reason && filter.unitId && !visible(responses.filter((r) => matches(r, 'unit'))).has(filter.unitId)) reason = localize(DIFFERENCE_MESSAGE);

    const group = (key: string, label: string, rows: SurveyResponseEntity[], asked: number, hidden: string | null): GroupResult =>
      hidden
        ? { key, label, suppressed: true, reason: hidden, invited: null, respondents: null, responseRate: null, stats: null }
        : { key, label, suppressed: false, reason: null, invited: asked, respondents: rows.length, responseRate: asked ? Math.round((1000 * rows.length) / asked) / 10 : null, stats: groupStats(survey.questions, rows.map((r) => r.answers), k) };
    const invitedSelected = invitations.filter((i) => matches(i));
    const overall = group('', this.everyoneLabel(filter, names), selected, invitedSelected.length, reason);
    if (!groupBy || reason) return { k, overall, groups: [] };

    if (groupBy === 'unit') {
      const parent = filter.unitId ?? soleRoot(tree);
      const shown = visible(responses.filter((r) => matches(r, 'unit')));
      const groups = (tree.children.get(parent) ?? []).map((c) => {
        const rows = selected.filter((r) => within(r, c));
        return group(c, names.get(c) ?? c, rows, invitedSelected.filter((i) => within(i, c)).length, shown.has(c) ? null : localize(rows.length < k ? FEWER_MESSAGE : DIFFERENCE_MESSAGE));
      });
      return { k, overall, groups };
    }
    const counts = countBy(selected, (r) => r[groupBy]);
    const hidden = suppressCut(counts, k);
    const keys = [...new Set([...invitedSelected.map((i) => i[groupBy]), ...counts.map((c) => c.key)])].sort();
    const groups = keys.map((key) => {
      const rows = selected.filter((r) => r[groupBy] === key);
      const hide = hidden.has(key) || rows.length < k ? localize(rows.length < k ? FEWER_MESSAGE : DIFFERENCE_MESSAGE) : null;
      return group(key, this.label(groupBy, key), rows, invitedSelected.filter((i) => i[groupBy] === key).length, hide);
    });
    return { k, overall, groups };
  }

  private label(d: Dimension, key: string): string {
    const zh = RequestContexts.current()?.locale === 'zh-CN';
    if (!key) return zh ? '（未填写）' : '(not set)';
    if (d === 'tenureBand') return TENURE_LABELS[key]?.[zh ? 1 : 0] ?? key;
    return key;
  }

  private everyoneLabel(filter: CutFilter, names: Map<string, string>): string {
    const zh = RequestContexts.current()?.locale === 'zh-CN';
    const parts = [filter.unitId ? names.get(filter.unitId)! : null, filter.level ?? null, filter.tenureBand ? this.label('tenureBand', filter.tenureBand) : null, filter.location ?? null].filter(Boolean);
    return parts.length ? parts.join(' · ') : zh ? '全部' : 'Everyone';
  }
}

function countBy<T>(rows: T[], key: (r: T) => string): Array<{ key: string; n: number }> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return [...m].map(([k, n]) => ({ key: k, n }));
}

/** The company unit when the tree has one root (its children are the first cut), else the top level. */
function soleRoot(tree: UnitTree): string | null {
  const roots = tree.children.get(null) ?? [];
  return roots.length === 1 ? roots[0] : null;
}
