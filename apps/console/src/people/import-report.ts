// What a people import job leaves as its result (JSON in `Job.result`): the same report the old
// synchronous mutation answered with. Imports only create people, so `imported` is the created count.

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  imported: number;
  errors: ImportRowError[];
}

/** Data lines of a CSV (header excluded), for the preview before importing. */
export const dataRows = (csv: string) => Math.max(0, csv.split(/\r?\n/).filter((line) => line.trim()).length - 1);

/** The report in a completed job's result, or null when the result is not one (then the page says so). */
export function parseReport(result: string | null | undefined): ImportReport | null {
  if (!result) return null;
  try {
    const value = JSON.parse(result) as Partial<ImportReport> | null;
    if (typeof value?.rows !== 'number' || typeof value.imported !== 'number' || !Array.isArray(value.errors)) return null;
    return { rows: value.rows, imported: value.imported, errors: value.errors };
  } catch {
    return null;
  }
}
