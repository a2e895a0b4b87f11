import { type MessageText, msg } from '@cadre/sdk';
// A small RFC 4180 reader (quoted fields, doubled quotes, CRLF, BOM) so the plugin needs no
// CSV library. Rows are numbered like the core's people import: the header is row 1.

export interface CsvTable {
  header: string[];
  rows: Array<{ row: number; values: Record<string, string> }>;
}

export class CsvSyntaxError extends Error {
  constructor(readonly row: number, readonly text: MessageText) {
    super(String(text));
  }
}

function records(text: string): string[][] {
  const out: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      endField();
      out.push(record);
      record = [];
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (quoted) throw new CsvSyntaxError(out.length + 1, msg`a quoted field is not closed`);
  if (field !== '' || record.length) {
    endField();
    out.push(record);
  }
  return out.filter((r) => r.some((v) => v.trim() !== ''));
}

/** Parses CSV with a header row; header names are trimmed and lower-cased, values trimmed. */
export function parseCsv(text: string): CsvTable {
  const all = records(text.replace(/^\uFEFF/, ''));
  if (!all.length) throw new CsvSyntaxError(1, msg`the file is empty: expected a header row`);
  const header = all[0].map((h) => h.trim().toLowerCase());
  const rows = all.slice(1).map((values, index) => {
    const row = index + 2;
    if (values.length !== header.length) throw new CsvSyntaxError(row, msg`has ${values.length} fields, the header has ${header.length}`);
    return { row, values: Object.fromEntries(header.map((h, i) => [h, values[i].trim()])) };
  });
  return { header, rows };
}
