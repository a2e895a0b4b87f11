import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF, a BOM and skips blank lines', () => {
    const table = parseCsv('\uFEFFJob_Family, Level ,note\r\nresearch-scientist,P6,"a, ""quoted"" note"\r\n\r\nsoftware-engineer,P5,"two\nlines"\n');
    expect(table.header).toEqual(['job_family', 'level', 'note']);
    expect(table.rows).toEqual([
      { row: 2, values: { job_family: 'research-scientist', level: 'P6', note: 'a, "quoted" note' } },
      { row: 3, values: { job_family: 'software-engineer', level: 'P5', note: 'two\nlines' } },
    ]);
  });

  it('names the row with the wrong number of fields or an open quote', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrowError(expect.objectContaining({ row: 3 }));
    expect(() => parseCsv('a,b\n1,"2\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('')).toThrowError(/empty/);
  });
});
