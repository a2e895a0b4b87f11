import { DataService, ForbiddenError, NotFoundError, PeopleDirectory, RequestContexts, msg, nowIso } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { createSolver, type Solver } from '@cadre/solver';
import { RiskDataService } from './risk-data.service.js';
import { RISK_FEATURE_IDS, employedOn, featuresAt, type RiskFeatureId } from './risk-features.js';
import { RiskModelEntity } from './risk-model.entity.js';
import { explainInWords, FEATURE_WORDS } from './risk-words.js';

export const READ_RISK = 'insights.risk.read';

export interface PersonRiskView {
  personId: string;
  name: string;
  score: number;
  baseline: number;
  modelVersion: number;
  factors: Array<{ feature: RiskFeatureId; label: string; value: number; contribution: number; words: string }>;
}

// Scoring is synchronous inside WASM, so one shared instance serves every request in turn.
let shared: Promise<Solver> | undefined;
const solver = () => (shared ??= createSolver().catch((e: unknown) => ((shared = undefined), Promise.reject(e))));

/**
 * Scores and explains today's attrition risk. Holders of insights.risk.read see everyone; a
 * manager sees the people in their reporting chain; nobody sees their own or a peer's.
 */
@Injectable()
export class RiskService {
  constructor(
    private readonly riskData: RiskDataService,
    private readonly people: PeopleDirectory,
    private readonly data: DataService,
  ) {}

  /** The latest model, for those who may see some risk. */
  async latest(): Promise<RiskModelEntity | null> {
    await this.allowedPeople();
    return this.model();
  }

  private async model(): Promise<RiskModelEntity | null> {
    return (await this.data.repo(RiskModelEntity).find({ order: { version: 'DESC' }, take: 1 }))[0] ?? null;
  }

  /** Ids the caller may see risk for; null = everyone. */
  private async allowedPeople(): Promise<Set<string> | null> {
    const ctx = RequestContexts.require();
    if (ctx.system || ctx.permissions.has(READ_RISK)) return null;
    const reports = ctx.reportIds ? await ctx.reportIds() : new Set<string>();
    if (ctx.personId) reports.delete(ctx.personId);
    if (!reports.size) throw new ForbiddenError(msg`Attrition risk is for holders of ${READ_RISK} and for managers about their reports`);
    return reports;
  }

  /** The highest risks among the people the caller may see, each explained. */
  async top(first: number): Promise<{ model: RiskModelEntity | null; risks: PersonRiskView[] }> {
    const allowed = await this.allowedPeople();
    const model = await this.model();
    if (!model) return { model: null, risks: [] };
    const today = nowIso().slice(0, 10);
    const facts = (await this.riskData.facts()).filter((p) => p.status === 'active' && employedOn(p, today) && (!allowed || allowed.has(p.personId)));
    const sources = await this.riskData.sources();
    await sources.prepare([today]);
    const rows = facts.map((p) => featuresAt(p, today, sources));
    const s = await solver();
    const scores = s.predictRisk(model.model, rows);
    const order = scores.map((score, i) => ({ score, i })).sort((a, b) => b.score - a.score).slice(0, first);
    return { model, risks: await this.explain(model, order.map((o) => facts[o.i].personId), order.map((o) => rows[o.i])) };
  }

  async person(personId: string): Promise<PersonRiskView | null> {
    const allowed = await this.allowedPeople();
    if (allowed && !allowed.has(personId)) throw new ForbiddenError(msg`You may see the attrition risk of your reports only`);
    const model = await this.model();
    if (!model) return null;
    const today = nowIso().slice(0, 10);
    const [p] = await this.riskData.facts([personId]);
    if (!p || !employedOn(p, today)) throw new NotFoundError('Person', personId);
    const sources = await this.riskData.sources();
    await sources.prepare([today]);
    return (await this.explain(model, [personId], [featuresAt(p, today, sources)]))[0] ?? null;
  }

  private async explain(model: RiskModelEntity, ids: string[], rows: number[][]): Promise<PersonRiskView[]> {
    if (!ids.length) return [];
    const s = await solver();
    const scores = s.predictRisk(model.model, rows);
    const { baseline, values } = s.explainRisk(model.model, rows);
    const names = new Map((await this.people.byIds(ids)).map((p) => [p.id, p.name]));
    const zh = RequestContexts.current()?.locale === 'zh-CN';
    return ids.map((id, i) => ({
      personId: id, name: names.get(id) ?? id, score: scores[i], baseline, modelVersion: model.version,
      factors: RISK_FEATURE_IDS.map((feature, k) => ({ feature, label: zh ? FEATURE_WORDS[feature].zh : FEATURE_WORDS[feature].en, value: rows[i][k], contribution: values[i][k], words: explainInWords(feature, rows[i][k], values[i][k], zh) }))
        .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution)),
    }));
  }
}
