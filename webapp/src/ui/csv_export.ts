// CSV for people to open in a spreadsheet, written as the engine writes its own (core/report/
// csv_writer.cpp): RFC 4180 quoting, CRLF, and text cells that a spreadsheet would run as a formula
// (starting with = + - @ tab or CR) neutralised with a leading apostrophe. Numbers the page computed
// or read from the report are written as numbers: -1200 is a value, not a formula.
import { downloadText } from './download';

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted when it needs to be and neutralised when a spreadsheet would evaluate it. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const formula = FORMULA_START.test(value);
  if (!formula && !/[",\r\n]/.test(value)) return value;
  return `"${formula ? "'" : ''}${value.replace(/"/g, '""')}"`;
}

/** Rows of cells → CSV text, each row ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** Saves rows as a CSV file on the user's machine. */
export function downloadCsv(rows: readonly (readonly CsvValue[])[], fileName: string): void {
  downloadText(toCsv(rows), fileName, 'text/csv');
}
