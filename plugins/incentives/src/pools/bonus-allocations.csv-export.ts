import { defineCsvExport, majorUnits } from '@cadre/sdk';
import { P } from '../shared/permissions.js';

/** A pool's allocation (`variables: {"poolId": …, "version"?: n, "filter"?: {bound, band}, "sort"?: {field, direction}}`), amounts as decimal currency for spreadsheets. */
export const bonusAllocationsCsvExport = defineCsvExport({
  id: 'incentives.bonus-allocations',
  permission: P.allocationsRead,
  // The paged list the pool page shows, so an export holds exactly the rows its filters and order show.
  query: `query ExportBonusAllocations($poolId: ID!, $version: Int, $filter: IncentivesAllocationFilter, $sort: IncentivesAllocationSort, $first: Int!, $after: String) {
    bonusAllocationsPage(poolId: $poolId, version: $version, filter: $filter, sort: $sort, first: $first, after: $after) {
      nodes { name level version score band coefficient weight amount previousAmount delta currency }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  list: 'bonusAllocationsPage',
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
