/** Number of features of the attrition-risk model (issue #12 lists the ten). */
export const RISK_FEATURES = 10;

/** Training data: one row of ten raw (unstandardised) features per person; label 1 = left within 12 months. */
export interface RiskTrainingInput {
  features: ArrayLike<number>[];
  labels: ArrayLike<number>;
}

export interface RiskTrainOptions {
  /** 'mlp' (10 → hidden ReLU → 1 sigmoid, the default) or the 'logistic' baseline (10 → sigmoid). */
  kind?: 'mlp' | 'logistic';
  /** Hidden ReLU units of the mlp (default 5, at most 64). */
  hidden?: number;
  /** Full-batch Adam steps (default 500). */
  epochs?: number;
  /** Adam step size (default 0.05). */
  learningRate?: number;
  /** Seed of the He initialisation (default 1); the same seed gives the same model. */
  seed?: number;
  /** Called with the fraction done (0..1] after each chunk of epochs; may return a promise. */
  onProgress?: (fraction: number) => void | Promise<void>;
  /** Epochs per chunk between progress calls (default 50). */
  chunkEpochs?: number;
}

/** A trained model as a plain JSON-able object: store it and pass it back to predict/explain. */
export interface RiskModel {
  kind: 'mlp' | 'logistic';
  version: 1;
  featureCount: 10;
  /** Hidden units (0 for logistic). */
  hidden: number;
  /** mlp: W1 (hidden×10, row-major), b1, W2, b2; logistic: w (10), b — on standardised features. */
  weights: number[];
  /** Per-feature training mean and standard deviation (std 1 for a constant feature). */
  means: number[];
  stds: number[];
  loss: 'mse';
  epochs: number;
  learningRate: number;
  seed: number;
  trainedRows: number;
  /** Mean squared error of the probabilities on the training rows before the last step. */
  finalLoss: number;
}

/** Exact Shapley values: values[i][k] is feature k's share of predict(row i) − baseline. */
export interface RiskExplanation {
  /** The score of the reference person whose features are the training means. */
  baseline: number;
  values: number[][];
}

export interface CalibrationBin {
  /** Bin bounds on the predicted probability: [lower, upper) (the last bin includes 1). */
  lower: number;
  upper: number;
  count: number;
  /** Mean prediction and observed positive rate in the bin (NaN when count is 0). */
  meanPredicted: number;
  observedRate: number;
}

export interface RiskEvaluation {
  /** ROC AUC with ties counted half; NaN when only one class is present. */
  auc: number;
  brier: number;
  calibration: CalibrationBin[];
  count: number;
  positives: number;
}

export interface HoldoutSplit {
  /** Row indexes, ascending. */
  train: number[];
  holdout: number[];
}
