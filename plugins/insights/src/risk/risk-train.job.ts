import { AuditService, DataService, JobHandler, RequestContexts, nowIso, type JobHandlerInstance, type JobRun } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { createSolver } from '@cadre/solver';
import { RiskDataService } from './risk-data.service.js';
import { employedOn, featuresAt, leftWithinYear, referenceDays } from './risk-features.js';
import { RiskModelEntity } from './risk-model.entity.js';
import { trainAndChoose, type Dataset } from './risk-training.js';

export interface TrainRiskResult {
  trained: boolean;
  version: number | null;
  kind: string | null;
  auc: number | null;
  rows: number;
  leavers: number;
  /** Why no model was made ('too-little-history'), when none was. */
  reason: string | null;
}

/**
 * Trains the attrition-risk model on the tenant's history: one row per person employed on the
 * 1st of each month whose following 12 months are over, labelled 1 when they left in them.
 */
@Injectable()
@JobHandler('insights.train-risk-model')
export class TrainRiskModelJob implements JobHandlerInstance<Record<string, never>, TrainRiskResult> {
  constructor(
    private readonly data: DataService,
    private readonly riskData: RiskDataService,
    private readonly audit: AuditService,
  ) {}

  async run(_input: Record<string, never>, job: JobRun): Promise<TrainRiskResult> {
    await job.progress(5);
    const days = referenceDays(nowIso().slice(0, 10));
    const [facts, sources] = await Promise.all([this.riskData.facts(), this.riskData.sources()]);
    await sources.prepare(days);
    const set: Dataset = { rows: [], labels: [], people: [] };
    for (const t of days) {
      for (const p of facts) {
        if (!employedOn(p, t)) continue;
        set.rows.push(featuresAt(p, t, sources));
        set.labels.push(leftWithinYear(p, t));
        set.people.push(p.personId);
      }
    }
    await job.progress(20);
    // Its own instance: training yields between chunks, and the scoring instance must not see that.
    const outcome = await trainAndChoose(await createSolver(), set, (f) => job.progress(20 + Math.round(f * 75)));
    if (!outcome.trained) return { trained: false, version: null, kind: null, auc: null, rows: outcome.rows, leavers: outcome.positives, reason: outcome.reason };
    return this.data.transaction(async () => {
      await this.data.lock('insights.risk-model');
      const repo = this.data.repo(RiskModelEntity);
      const latest = await repo.find({ order: { version: 'DESC' }, take: 1 });
      const saved = await repo.save(repo.create({
        version: (latest[0]?.version ?? 0) + 1, kind: outcome.kind, model: outcome.model, metrics: outcome.metrics, trainingRows: outcome.rows, positives: outcome.positives,
        trainedById: RequestContexts.current()?.personId ?? null,
      }));
      await this.audit.record({ operation: 'trainRiskModel', targetType: 'InsightsRiskModel', targetId: saved.id, after: { version: saved.version, kind: saved.kind, auc: outcome.metrics.auc, rows: outcome.rows, job: job.id } });
      return { trained: true, version: saved.version, kind: saved.kind, auc: outcome.metrics.auc, rows: outcome.rows, leavers: outcome.positives, reason: null };
    });
  }
}
