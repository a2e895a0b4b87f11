import { defineCsvExport, majorUnits } from '@cadre/sdk';

/**
 * The Pay positions page as a spreadsheet (`variables: {"filter"?: …, "sort"?: …}`): the rows its
 * filters and order show, pay as decimal currency. Whose pay is in it is the query's rule (hr
 * everyone, a manager their chain, anyone else themselves).
 */
export const payPositionsCsvExport = defineCsvExport({
  id: 'attraction.pay-positions',
  permission: 'attraction.bands.read',
  query: `query ExportPayPositions($filter: AttractionPayPositionFilter, $sort: AttractionPayPositionSort, $first: Int!, $after: String) {
    personCompPositionsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
      nodes { name title level jobFamily jobFamilySource base currency band { minBase midBase maxBase currency } compaRatio marketPercentile rangePenetration bandPosition note }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  list: 'personCompPositionsPage',
  columns: [
    { header: 'name', value: (p) => p.name },
    { header: 'title', value: (p) => p.title },
    { header: 'level', value: (p) => p.level },
    { header: 'job_family', value: (p) => p.jobFamily },
    { header: 'job_family_source', value: (p) => p.jobFamilySource },
    { header: 'base', value: (p) => majorUnits(p.base, p.currency ?? undefined) },
    { header: 'currency', value: (p) => p.currency },
    { header: 'band_min', value: (p) => (p.band ? majorUnits(p.band.minBase, p.band.currency) : null) },
    { header: 'band_mid', value: (p) => (p.band ? majorUnits(p.band.midBase, p.band.currency) : null) },
    { header: 'band_max', value: (p) => (p.band ? majorUnits(p.band.maxBase, p.band.currency) : null) },
    { header: 'band_currency', value: (p) => p.band?.currency ?? null },
    { header: 'compa_ratio', value: (p) => p.compaRatio },
    { header: 'market_percentile', value: (p) => p.marketPercentile },
    { header: 'range_penetration', value: (p) => p.rangePenetration },
    { header: 'band_position', value: (p) => p.bandPosition },
    { header: 'note', value: (p) => p.note },
  ],
});
