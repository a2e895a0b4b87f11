/**
 * A CSV export: rows read through the GraphQL API itself — page by page when the list is a
 * connection — so an export obeys exactly the rules a request would (permissions, tenant scope,
 * field-level protection of pay and reviews: a withheld value is an empty cell).
 */
export interface CsvExportDefinition {
  /** `'<plugin-or-core>.<name>'`; the URL is `/export/<id>.csv`. */
  id: string;
  /** Needed besides what the query's own fields need (checked before anything is read). */
  permission: string;
  /**
   * The query. A connection takes `$first: Int!` and `$after: String` and selects
   * `nodes { … } pageInfo { hasNextPage endCursor }`; any other variable comes from the URL.
   */
  query: string;
  /** Where the rows are in the data: the connection's or list's field name (dotted for nested). */
  list: string;
  columns: CsvColumn[];
}

export interface CsvColumn {
  header: string;
  value: (row: any) => unknown;
}

export const defineCsvExport = (definition: CsvExportDefinition): CsvExportDefinition => definition;

/** Export ids look like event and permission ids. */
export const EXPORT_ID = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab/return first) is prefixed
 * with an apostrophe (OWASP's advice against CSV injection); numbers stay numbers.
 */
export function neutralise(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Minor units as a plain decimal amount (680000 CNY → 6800.00), for spreadsheets. */
export function majorUnits(minor: number | null | undefined, currency = 'CNY'): string | null {
  if (minor === null || minor === undefined) return null;
  // ICU knows each currency's minor digits (JPY 0, CNY 2, KWD 3).
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return (minor / 10 ** digits).toFixed(digits);
}
