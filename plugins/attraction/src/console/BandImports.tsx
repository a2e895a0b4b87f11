// CSV imports of pay bands and market data from the bands page (importCompBands, importMarketData):
// all-or-nothing, amounts in integer minor units, the report by row when nothing was written.
import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { CsvImportButton } from '@cadre/sdk/console/kit';
import { IMPORT_BANDS, IMPORT_MARKET } from './api.js';
import type { AttractionImportReportFieldsFragment as Report } from './gql/graphql.js';
import { useT } from './i18n.js';

const BAND_COLUMNS = ['job_family', 'level', 'currency', 'min_base', 'mid_base', 'max_base', 'bonus_target_pct', 'equity_min', 'equity_max'];
const MARKET_COLUMNS = ['job_family', 'level', 'currency', 'p25', 'p50', 'p75', 'p90', 'source', 'as_of'];
const example = (columns: string[], row: string) => `${columns.join(',')}\n${row}\n`;

export function BandImports({ onImported }: { onImported(): void }) {
  const t = useT();
  const { request } = useCadre();
  const counts = (r: Report) => t('attraction.import.counts', { created: r.created, updated: r.updated });
  return (
    <>
      <CsvImportButton<Report> id="bands" label={t('attraction.import.bands')} title={t('attraction.import.bandsTitle')} columns={BAND_COLUMNS}
        template={example(BAND_COLUMNS, 'software-engineer,P5,CNY,50000000,62000000,74000000,15,2000,6000')} fileName="cadre-bands.csv"
        importCsv={async (csv) => dataOrThrow(await request(IMPORT_BANDS, { csv })).importCompBands} onImported={onImported} describe={counts} />
      <CsvImportButton<Report> id="market" label={t('attraction.import.market')} title={t('attraction.import.marketTitle')} columns={MARKET_COLUMNS}
        template={example(MARKET_COLUMNS, 'software-engineer,P5,CNY,50800000,59500000,69400000,81800000,2026 survey,2026-07-01')} fileName="cadre-market-data.csv"
        importCsv={async (csv) => dataOrThrow(await request(IMPORT_MARKET, { csv })).importMarketData} onImported={onImported} describe={counts} />
    </>
  );
}
