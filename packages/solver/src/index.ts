// Type entry of the package. At run time the "node" and "browser" export conditions pick
// node.js or browser.js, which have exactly this API.
export { createSolver, SolverError, evaluateRisk, splitHoldout, RISK_FEATURES } from './node.js';
export type * from './types.js';
export type { SolverErrorCode, SolverErrorDetails } from './errors.js';
