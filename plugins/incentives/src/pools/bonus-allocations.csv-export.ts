import { defineCsvExport, majorUnits } from '@cadre/sdk';
import { P } from '../shared/permissions.js';

/** A pool's allocation (`variables: {"poolId": …, "version"?: n}`), amounts as decimal currency for spreadsheets. */
export const bonusAllocationsCsvExport = defineCsvExport({
  id: 'incentives.bonus-allocations',
  permission: P.allocationsRead,
  query: `query ExportBonusAllocations($poolId: ID!, $version: Int) {
    bonusAllocations(poolId: $poolId, version: $version) { name level version score band coefficient weight amount previousAmount delta currency }
  }`,
  list: 'bonusAllocations',
  columns: [
    { header: 'name', value: (a) => a.name },
    { header: 'level', value: (a) => a.level },
    { header: 'version', value: (a) => a.version },
    { header: 'score', value: (a) => a.score },
    { header: 'band', value: (a) => a.band },
    { header: 'coefficient', value: (a) => a.coefficient },
    { header: 'weight', value: (a) => a.weight },
    { header: 'amount', value: (a) => majorUnits(a.amount, a.currency) },
    { header: 'previous_amount', value: (a) => majorUnits(a.previousAmount, a.currency) },
    { header: 'delta', value: (a) => majorUnits(a.delta, a.currency) },
    { header: 'currency', value: (a) => a.currency },
  ],
});
