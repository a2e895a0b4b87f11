import { Field, Float, ID, Int, ObjectType } from '@cadre/sdk/graphql';

@ObjectType('InsightsCalibrationBin')
export class InsightsCalibrationBinType {
  @Field(() => Float)
  lower: number;

  @Field(() => Float)
  upper: number;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true })
  meanPredicted: number | null;

  @Field(() => Float, { nullable: true })
  observedRate: number | null;
}

@ObjectType('InsightsRiskModel')
export class InsightsRiskModelType {
  @Field(() => Int)
  version: number;

  @Field({ description: 'mlp (10 → 5 ReLU → 1 sigmoid) or logistic: the one with the better held-out AUC' })
  kind: string;

  @Field()
  trainedAt: string;

  @Field(() => Int, { description: 'Person-months the model learnt from' })
  trainingRows: number;

  @Field(() => Int, { description: 'Of which the person left within 12 months' })
  positives: number;

  @Field(() => Float, { nullable: true, description: 'ROC AUC on held-out people' })
  auc: number | null;

  @Field(() => Float, { description: 'Brier score on held-out people' })
  brier: number;

  @Field()
  otherKind: string;

  @Field(() => Float, { nullable: true, description: 'The other model’s held-out AUC' })
  otherAuc: number | null;

  @Field(() => Int)
  holdoutRows: number;

  @Field(() => Int)
  holdoutPositives: number;

  @Field(() => [InsightsCalibrationBinType])
  calibration: InsightsCalibrationBinType[];

  @Field(() => [String], { description: 'The ten features, in the model’s order' })
  features: string[];
}

@ObjectType('InsightsRiskFactor')
export class InsightsRiskFactorType {
  @Field()
  feature: string;

  @Field()
  label: string;

  @Field(() => Float)
  value: number;

  @Field(() => Float, { description: 'Exact Shapley value: this feature’s share of score − baseline' })
  contribution: number;

  @Field({ description: 'The factor in words, in the caller’s language' })
  words: string;
}

@ObjectType('InsightsPersonRisk')
export class InsightsPersonRiskType {
  @Field(() => ID)
  personId: string;

  @Field()
  name: string;

  @Field(() => Float, { description: 'Probability of leaving within 12 months' })
  score: number;

  @Field(() => Float, { description: 'The score of a person with the average of every feature' })
  baseline: number;

  @Field(() => Int)
  modelVersion: number;

  @Field(() => [InsightsRiskFactorType], { description: 'Largest effect first; contributions add up to score − baseline' })
  factors: InsightsRiskFactorType[];
}

@ObjectType('InsightsAttritionRisks')
export class InsightsAttritionRisksType {
  @Field(() => InsightsRiskModelType, { nullable: true, description: 'Null until a model is trained' })
  model: InsightsRiskModelType | null;

  @Field(() => [InsightsPersonRiskType])
  risks: InsightsPersonRiskType[];
}
