// The instant preview of a dropped file: its first rows, parsed on the page with Papa Parse from the
// first 64 KB, shown before the engine has answered. Only a picture of the file: the analysis never
// uses it.
import Papa from 'papaparse';

/** Bytes read for the preview. */
export const PREVIEW_BYTES = 64 * 1024;
/** Data rows shown under the header row. */
export const PREVIEW_ROWS = 8;

export type Preview =
  /** Header row first; every row as the file has it (rows may be shorter or longer than the header). */
  | { kind: 'table'; rows: string[][]; delimiter: string }
  /** A JSON file: its first lines as text. */
  | { kind: 'text'; lines: string[] }
  | { kind: 'empty' };

/** Reads the first 64 KB of a file and parses its first rows. Never throws. */
export async function previewFile(file: Blob, rows = PREVIEW_ROWS): Promise<Preview> {
  try {
    const bytes = new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
    return previewText(decodeHead(bytes, file.size > bytes.length), rows);
  } catch {
    return { kind: 'empty' };
  }
}

/**
 * Text from the first bytes of a file: UTF-16 and UTF-8 by their byte order mark, else UTF-8 when it
 * decodes, else Windows-1252 (what the engine reads too). `cut` says the file goes on, so a last line
 * that may be cut short is dropped.
 */
export function decodeHead(bytes: Uint8Array, cut: boolean): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    const end = cut ? lastLineBreak(body) : body.length;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(0, end));
    } catch {
      text = new TextDecoder('windows-1252').decode(body.subarray(0, end));
    }
    return text;
  }
  if (cut) {
    const end = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    if (end > 0) text = text.slice(0, end + 1);
  }
  return text;
}

function lastLineBreak(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= 0; i--) {
    if (bytes[i] === 0x0a || bytes[i] === 0x0d) return i + 1;
  }
  return bytes.length;
}

/** The first rows of a file's text: a table for delimited text, lines for JSON. */
export function previewText(text: string, rows = PREVIEW_ROWS): Preview {
  const trimmed = text.trimStart();
  if (trimmed === '') return { kind: 'empty' };
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const lines = trimmed.split(/\r\n|\r|\n/).slice(0, rows + 1).map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line));
    return { kind: 'text', lines };
  }
  const parsed = Papa.parse<string[]>(text, { preview: rows + 1, skipEmptyLines: 'greedy' });
  const table = parsed.data.filter((row) => Array.isArray(row));
  if (table.length === 0) return { kind: 'empty' };
  return { kind: 'table', rows: table.map((row) => row.map((cell) => String(cell ?? ''))), delimiter: parsed.meta.delimiter };
}

/** "semicolon-separated" for the delimiter Papa Parse found. */
export function delimiterName(delimiter: string): string {
  switch (delimiter) {
    case ',': return 'comma';
    case ';': return 'semicolon';
    case '\t': return 'tab';
    case '|': return 'pipe';
    default: return JSON.stringify(delimiter);
  }
}
