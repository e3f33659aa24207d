import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/assessment/csv.ts';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell(2.5)).toBe('2.5');
    expect(csvCell(null)).toBe('');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-1)).toBe('-1'); // numbers are numbers
  });

  it('starts with a BOM and ends rows with CRLF, so spreadsheets read UTF-8 rows', () => {
    expect(toCsv(['a', 'b'], [['é', 1]])).toBe('\uFEFFa,b\r\né,1\r\n');
  });
});
