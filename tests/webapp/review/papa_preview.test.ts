import { describe, expect, it } from 'vitest';
import { decodeHead, delimiterName, PREVIEW_BYTES, previewFile, previewText } from '../../../webapp/src/review/papa_preview';

describe('previewText', () => {
  it('gives the header and the first eight rows, whatever the delimiter', () => {
    const lines = ['Deal ID;Company;Amount', ...Array.from({ length: 20 }, (_, i) => `D-${i};Firma ${i} GmbH;1.234,5${i % 10}`)];
    const preview = previewText(lines.join('\r\n'));
    expect(preview.kind).toBe('table');
    if (preview.kind !== 'table') return;
    expect(preview.delimiter).toBe(';');
    expect(preview.rows).toHaveLength(9);
    expect(preview.rows[0]).toEqual(['Deal ID', 'Company', 'Amount']);
    expect(preview.rows[1]).toEqual(['D-0', 'Firma 0 GmbH', '1.234,50']);
  });

  it('reads quoted fields with delimiters, quotes and line breaks as one cell', () => {
    const preview = previewText('Name,Note\n"Acme, Inc.","said ""hi""\nthen left"\nBeta,ok\n', 8);
    expect(preview).toEqual({ kind: 'table', delimiter: ',', rows: [['Name', 'Note'], ['Acme, Inc.', 'said "hi"\nthen left'], ['Beta', 'ok']] });
  });

  it('finds tabs and pipes, and skips blank lines', () => {
    expect(previewText('a\tb\n\n1\t2\n')).toEqual({ kind: 'table', delimiter: '\t', rows: [['a', 'b'], ['1', '2']] });
    expect(previewText('a|b\n1|2\n')).toMatchObject({ delimiter: '|' });
  });

  it('shows a JSON file as its first lines, and an empty one as empty', () => {
    expect(previewText('[\n  {"id": 1},\n  {"id": 2}\n]')).toEqual({ kind: 'text', lines: ['[', '  {"id": 1},', '  {"id": 2}', ']'] });
    expect(previewText('  \n ')).toEqual({ kind: 'empty' });
  });

  it('keeps markup as plain text', () => {
    const preview = previewText('<img src=x onerror=alert(1)>,b\n<script>1</script>,2\n');
    expect(preview).toMatchObject({ rows: [['<img src=x onerror=alert(1)>', 'b'], ['<script>1</script>', '2']] });
  });
});

describe('decodeHead', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);

  it('reads UTF-8 with or without a byte order mark', () => {
    expect(decodeHead(new TextEncoder().encode('Müller,1\n'), false)).toBe('Müller,1\n');
    expect(decodeHead(bytes(0xef, 0xbb, 0xbf, 0x61, 0x0a), false)).toBe('a\n');
  });

  it('reads UTF-16 by its byte order mark', () => {
    expect(decodeHead(bytes(0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x62, 0, 0x0a, 0), false)).toBe('a,b\n');
    expect(decodeHead(bytes(0xfe, 0xff, 0, 0x61, 0, 0x0a), false)).toBe('a\n');
  });

  it('falls back on Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeHead(bytes(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a), false)).toBe('Müller\n');
  });

  it('drops a last line that may be cut short when the file goes on', () => {
    expect(decodeHead(new TextEncoder().encode('a,b\n1,2\n3,Mü'), true)).toBe('a,b\n1,2\n');
    // The cut fell inside a two-byte character: still UTF-8, not Windows-1252.
    expect(decodeHead(new TextEncoder().encode('a\nü').subarray(0, 3), true)).toBe('a\n');
  });
});

describe('previewFile', () => {
  it('reads only the first 64 KB of a file', async () => {
    const header = 'id,text\n';
    const row = `1,${'x'.repeat(1000)}\n`;
    const file = new File([header, row.repeat(200)], 'big.csv');
    expect(file.size).toBeGreaterThan(PREVIEW_BYTES);
    const preview = await previewFile(file);
    expect(preview).toMatchObject({ kind: 'table' });
    if (preview.kind === 'table') expect(preview.rows).toHaveLength(9);
  });

  it('previews an empty file as empty', async () => {
    expect(await previewFile(new File([], 'empty.csv'))).toEqual({ kind: 'empty' });
  });
});

describe('delimiterName', () => {
  it('names the delimiters', () => {
    expect([',', ';', '\t', '|', '#'].map(delimiterName)).toEqual(['comma', 'semicolon', 'tab', 'pipe', '"#"']);
  });
});
