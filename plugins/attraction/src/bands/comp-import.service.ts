import { DataService, localize, type MessageText, msg } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { bandProblem, marketProblem } from '../shared/comp-math.js';
import { CsvSyntaxError, parseCsv, type CsvTable } from '../shared/csv.js';
import { JOB_FAMILY_MESSAGE, JOB_FAMILY_PATTERN } from '../shared/job-family.js';
import { CompBandEntity } from './comp-band.entity.js';
import { bandKey } from './comp-band.mapper.js';
import { BANDS_LOCK, MARKET_LOCK } from './comp-band.service.js';
import { CURRENCY_MESSAGE, CURRENCY_PATTERN, LEVEL_MESSAGE, LEVEL_PATTERN, type ImportReportType, type ImportRowErrorType } from './comp-band.types.js';
import { MarketRateEntity } from './market-rate.entity.js';

interface Spec {
  columns: string[];
  required: string[];
}

const BANDS: Spec = {
  columns: ['job_family', 'level', 'currency', 'min_base', 'mid_base', 'max_base', 'bonus_target_pct', 'equity_min', 'equity_max'],
  required: ['job_family', 'level', 'currency', 'min_base', 'mid_base', 'max_base'],
};
const MARKET: Spec = {
  columns: ['job_family', 'level', 'currency', 'p25', 'p50', 'p75', 'p90', 'source', 'as_of'],
  required: ['job_family', 'level', 'currency', 'p25', 'p50', 'p75', 'p90'],
};

/** Reads one row's cells, collecting a per-column error for each bad value. */
class RowReader {
  constructor(
    private readonly row: number,
    private readonly values: Record<string, string>,
    private readonly errors: ImportRowErrorType[],
  ) {}

  private fail(field: string, message: MessageText): undefined {
    this.errors.push({ row: this.row, field, message: localize(message) });
    return undefined;
  }

  text(field: string, pattern: RegExp, message: string): string | undefined {
    const value = this.values[field] ?? '';
    return pattern.test(value) ? value : this.fail(field, value ? message : msg`is required`);
  }

  /** A whole, non-negative number (money in minor units, equity units); `fallback` when blank and optional. */
  whole(field: string, fallback?: number): number | undefined {
    const value = this.values[field] ?? '';
    if (value === '' && fallback !== undefined) return fallback;
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) return this.fail(field, value ? msg`must be a whole number (money in minor units, e.g. fen)` : msg`is required`);
    return Number(value);
  }

  decimal(field: string, max: number, fallback: number): number | undefined {
    const value = this.values[field] ?? '';
    if (value === '') return fallback;
    const n = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || n > max) return this.fail(field, msg`must be a number from 0 to ${max}`);
    return n;
  }

  date(field: string): string | null | undefined {
    const value = this.values[field] ?? '';
    if (value === '') return null;
    const parsed = new Date(`${value}T00:00:00Z`);
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
    return ok ? value : this.fail(field, msg`must be a date as YYYY-MM-DD`);
  }

  raw(field: string): string {
    return this.values[field] ?? '';
  }
}

/**
 * CSV imports of bands and market data, like the core's people import: every row is checked
 * first; any error means nothing is written and the report names each row and column.
 * Existing rows for the same job family × level are replaced.
 */
@Injectable()
export class CompImportService {
  constructor(private readonly data: DataService) {}

  importBands(csv: string): Promise<ImportReportType> {
    return this.run(csv, BANDS, CompBandEntity, (r) => {
      const band = {
        jobFamily: r.text('job_family', JOB_FAMILY_PATTERN, JOB_FAMILY_MESSAGE), level: r.text('level', LEVEL_PATTERN, LEVEL_MESSAGE)?.toUpperCase(),
        currency: r.text('currency', CURRENCY_PATTERN, CURRENCY_MESSAGE), minBase: r.whole('min_base'), midBase: r.whole('mid_base'), maxBase: r.whole('max_base'),
        bonusTargetPct: r.decimal('bonus_target_pct', 200, 0), equityMin: r.whole('equity_min', 0), equityMax: r.whole('equity_max', 0),
      };
      if (band.minBase !== undefined && band.midBase !== undefined && band.maxBase !== undefined) {
        const problem = bandProblem(band as { minBase: number; midBase: number; maxBase: number }, band.currency);
        if (problem) return { problem: { field: problem.field.replace('Base', '_base'), message: localize(problem.message) } };
      }
      if (band.equityMin !== undefined && band.equityMax !== undefined && band.equityMax < band.equityMin) return { problem: { field: 'equity_max', message: localize(msg`must not be below equity_min`) } };
      return { values: band };
    });
  }

  importMarket(csv: string): Promise<ImportReportType> {
    return this.run(csv, MARKET, MarketRateEntity, (r) => {
      const rate = {
        jobFamily: r.text('job_family', JOB_FAMILY_PATTERN, JOB_FAMILY_MESSAGE), level: r.text('level', LEVEL_PATTERN, LEVEL_MESSAGE)?.toUpperCase(),
        currency: r.text('currency', CURRENCY_PATTERN, CURRENCY_MESSAGE), p25: r.whole('p25'), p50: r.whole('p50'), p75: r.whole('p75'), p90: r.whole('p90'),
        source: r.raw('source').slice(0, 200), asOf: r.date('as_of'),
      };
      if ([rate.p25, rate.p50, rate.p75, rate.p90].every((v) => v !== undefined)) {
        const problem = marketProblem(rate as { p25: number; p50: number; p75: number; p90: number }, rate.currency);
        if (problem) return { problem: { field: problem.field, message: localize(problem.message) } };
      }
      return { values: rate };
    });
  }

  private async run<E extends CompBandEntity | MarketRateEntity>(
    csv: string,
    spec: Spec,
    entity: new () => E,
    read: (r: RowReader) => { values?: Partial<E> & { jobFamily?: string; level?: string }; problem?: { field: string; message: string } },
  ): Promise<ImportReportType> {
    let table: CsvTable;
    try {
      table = parseCsv(csv);
    } catch (error) {
      if (error instanceof CsvSyntaxError) return { rows: 0, imported: 0, created: 0, updated: 0, errors: [{ row: error.row, field: 'file', message: localize(error.text) }] };
      throw error;
    }
    const errors: ImportRowErrorType[] = [];
    for (const column of table.header) if (!spec.columns.includes(column)) errors.push({ row: 1, field: column, message: localize(msg`unknown column (expected some of ${spec.columns.join(', ')})`) });
    for (const column of spec.required) if (!table.header.includes(column)) errors.push({ row: 1, field: column, message: localize(msg`required column is missing`) });
    const report = (imported = 0, created = 0) => ({ rows: table.rows.length, imported, created, updated: imported - created, errors: errors.sort((a, b) => a.row - b.row) });
    if (errors.length) return report();

    const seen = new Map<string, number>();
    const parsed: Array<Partial<E> & { jobFamily: string; level: string }> = [];
    for (const { row, values } of table.rows) {
      const before = errors.length;
      const { values: v, problem } = read(new RowReader(row, values, errors));
      if (problem) errors.push({ row, ...problem });
      if (errors.length > before || !v) continue;
      const key = bandKey(v.jobFamily!, v.level!);
      if (seen.has(key)) errors.push({ row, field: 'level', message: localize(msg`${v.jobFamily} × ${v.level} is already on row ${seen.get(key)}`) });
      seen.set(key, row);
      parsed.push(v as Partial<E> & { jobFamily: string; level: string });
    }
    if (errors.length) return report();

    let created = 0;
    await this.data.transaction(async () => {
      await this.data.lock(entity === CompBandEntity ? BANDS_LOCK : MARKET_LOCK);
      const repo = this.data.repo<E>(entity);
      const existing = new Map((await repo.find()).map((e) => [bandKey(e.jobFamily, e.level), e]));
      const rows = parsed.map((v) => {
        const current = existing.get(bandKey(v.jobFamily, v.level));
        if (!current) created++;
        return Object.assign(current ?? repo.create({} as Partial<E>), v) as E;
      });
      await repo.saveMany(rows);
    });
    return report(parsed.length, created);
  }
}
