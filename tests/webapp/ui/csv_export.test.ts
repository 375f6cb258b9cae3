// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvCell, downloadCsv, toCsv } from '../../../webapp/src/ui/csv_export';

describe('csvCell', () => {
  it('neutralises text a spreadsheet would run as a formula: = + - @ tab CR', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+1+2')).toBe('"\'+1+2"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\tx')).toBe('"\'\tx"');
    expect(csvCell('\rx')).toBe('"\'\rx"');
  });

  it('quotes delimiters, quotes and line breaks, and leaves the rest as is', () => {
    expect(csvCell('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('Software')).toBe('Software');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers (a negative amount is a value, not a formula), and missing as empty', () => {
    expect(csvCell(-1200)).toBe('-1200');
    expect(csvCell(0.3007)).toBe('0.3007');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('toCsv / downloadCsv', () => {
  afterEach(() => vi.restoreAllMocks());

  it('ends every row with CRLF, as the engine writes its CSV', () => {
    expect(toCsv([['segment', 'won'], ['=cmd|calc', 3]])).toBe('segment,won\r\n"\'=cmd|calc",3\r\n');
  });

  it('saves the CSV through the download helper', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:test/csv'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    downloadCsv([['a'], ['@b']], 'table.csv');
    expect(names).toEqual(['table.csv']);
    expect(blobs[0]!.type).toBe('text/csv');
    expect(await blobs[0]!.text()).toBe('a\r\n"\'@b"\r\n');
  });
});
