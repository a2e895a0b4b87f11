import { Column, type ColumnOptions, type ValueTransformer } from 'typeorm';

// Column helpers whose storage types exist on both SQLite and PostgreSQL, so one entity and one
// migration serve both databases.

/** PostgreSQL returns bigint as a string; money in minor units must come back as a number. */
const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? value : Number(value)),
};

const floatNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? value : Number(value)),
};

/** Integer minor units (cents, fen): never floats. */
export const MoneyColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'bigint', transformer: bigintNumber, ...options });

export const FloatColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'double precision', transformer: floatNumber, ...options });

/** UTC timestamps as ISO-8601 strings: sortable, portable and exact. */
export const TimestampColumn = (options: ColumnOptions = {}) => Column({ type: 'varchar', length: 30, ...options });

/** Calendar dates as YYYY-MM-DD. */
export const DateColumn = (options: ColumnOptions = {}) => Column({ type: 'varchar', length: 10, ...options });

export const JsonColumn = (options: ColumnOptions = {}) => Column({ type: 'simple-json', ...options });

export const IdColumn = (options: ColumnOptions = {}) => Column({ type: 'varchar', length: 36, ...options });

export const nowIso = () => new Date().toISOString();
