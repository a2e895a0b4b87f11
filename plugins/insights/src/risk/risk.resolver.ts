import { JobsService, JobType, OwnTransaction, RequirePermission, SignedIn, UserInputError, toJobType } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { RISK_FEATURE_IDS } from './risk-features.js';
import type { RiskModelEntity } from './risk-model.entity.js';
import { RiskService } from './risk.service.js';
import { InsightsAttritionRisksType, InsightsPersonRiskType, InsightsRiskModelType } from './risk.types.js';

const toModelType = (m: RiskModelEntity): InsightsRiskModelType => ({
  version: m.version, kind: m.kind, trainedAt: m.createdAt, trainingRows: m.trainingRows, positives: m.positives, ...m.metrics, features: [...RISK_FEATURE_IDS],
});

@Resolver()
export class RiskResolver {
  constructor(
    private readonly risk: RiskService,
    private readonly jobs: JobsService,
  ) {}

  @Query(() => InsightsRiskModelType, { nullable: true, description: 'The latest attrition-risk model and its held-out evaluation (null until one is trained)' })
  @SignedIn()
  async riskModel(): Promise<InsightsRiskModelType | null> {
    const m = await this.risk.latest();
    return m ? toModelType(m) : null;
  }

  @Query(() => InsightsAttritionRisksType, { description: 'The highest attrition risks you may see (everyone with insights.risk.read, else your reports), each explained' })
  @SignedIn()
  async attritionRisks(@Args('first', { type: () => Int, defaultValue: 20 }) first: number): Promise<InsightsAttritionRisksType> {
    if (!Number.isInteger(first) || first < 1 || first > 200) throw new UserInputError('first', 'must be from 1 to 200');
    const { model, risks } = await this.risk.top(first);
    return { model: model ? toModelType(model) : null, risks };
  }

  @Query(() => InsightsPersonRiskType, { nullable: true, description: "A person's attrition risk with the factors that raise or lower it (null until a model is trained)" })
  @SignedIn()
  personRisk(@Args('personId', { type: () => ID }) personId: string): Promise<InsightsPersonRiskType | null> {
    return this.risk.person(personId);
  }

  @Mutation(() => JobType, { description: 'Train a new version of the attrition-risk model as a job; its result says whether there was enough history' })
  @RequirePermission('insights.risk.train')
  @OwnTransaction()
  async startRiskModelTraining(): Promise<JobType> {
    return toJobType(await this.jobs.start('insights.train-risk-model', {}));
  }
}
