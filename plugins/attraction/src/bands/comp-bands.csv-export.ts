import { defineCsvExport } from '@cadre/sdk';

/** Bands in the band import's columns (amounts in integer minor units), so an export imports again. */
export const compBandsCsvExport = defineCsvExport({
  id: 'attraction.bands',
  permission: 'attraction.bands.read',
  query: `query ExportCompBands($filter: AttractionBandFilter) {
    compBands(filter: $filter) { jobFamily level currency minBase midBase maxBase bonusTargetPct equityMin equityMax }
  }`,
  list: 'compBands',
  columns: [
    { header: 'job_family', value: (b) => b.jobFamily },
    { header: 'level', value: (b) => b.level },
    { header: 'currency', value: (b) => b.currency },
    { header: 'min_base', value: (b) => b.minBase },
    { header: 'mid_base', value: (b) => b.midBase },
    { header: 'max_base', value: (b) => b.maxBase },
    { header: 'bonus_target_pct', value: (b) => b.bonusTargetPct },
    { header: 'equity_min', value: (b) => b.equityMin },
    { header: 'equity_max', value: (b) => b.equityMax },
  ],
});
