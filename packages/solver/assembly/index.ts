// The module's exports: arena management, the four solvers and the status getters.
export { arenaReset, arenaAlloc } from './arena';
export { assign } from './assign';
export { staff } from './staff';
export { allocate } from './allocate';
export { band } from './band';
export {
  lastErrorIndex, lastErrorField, lastErrorValue, resultA, resultB,
} from './status';
export { riskTrain, riskPredict, riskShapley, riskParamCount } from './risk';
