import { IdColumn, JsonColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';
import type { RiskModel } from '@cadre/solver';

export interface RiskMetrics {
  auc: number | null;
  brier: number;
  calibration: Array<{ lower: number; upper: number; count: number; meanPredicted: number | null; observedRate: number | null }>;
  holdoutRows: number;
  holdoutPositives: number;
  /** The other model's holdout AUC, for comparison. */
  otherKind: string;
  otherAuc: number | null;
}

/** A trained attrition-risk model: versioned, with its held-out evaluation. */
@Entity('insights_risk_models')
export class RiskModelEntity extends TenantEntity {
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 20 })
  kind: 'mlp' | 'logistic';

  @JsonColumn()
  model: RiskModel;

  @JsonColumn()
  metrics: RiskMetrics;

  @Column({ type: 'integer' })
  trainingRows: number;

  @Column({ type: 'integer' })
  positives: number;

  @IdColumn({ nullable: true })
  trainedById: string | null;
}
