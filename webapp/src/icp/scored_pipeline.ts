// The scored pipeline: every open deal with its fit score, tier, pass/fail and top reasons, as the
// engine wrote it (the CSV `icp-drift score` writes, with the CRM's own record ids), shown as a table
// and offered as downloads — open deals and accounts — to import back into the CRM.
import Papa from 'papaparse';
import { el } from '../ui/dom';
import { sortableTable } from '../ui/sortable_table';
import { formatCount, formatDecimal } from '../report/format';
import { labelColumn, textColumn } from '../report/table_columns';
import type { ScoredCsv } from '../worker/protocol';

export interface ScoredRecord {
  record_id: string;
  name: string;
  score: number | null;
  tier: string;
  pass: boolean | null;
  reasons: string;
}

/** The rows of a scored CSV (header record_id,name,score,tier,pass,reasons); [] for ''. */
export function parseScoredCsv(csv: string): ScoredRecord[] {
  if (csv.trim() === '') return [];
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  return parsed.data.map((row) => {
    const score = Number(row.score);
    return {
      record_id: row.record_id ?? '',
      name: row.name ?? '',
      score: row.score !== undefined && row.score !== '' && Number.isFinite(score) ? score : null,
      tier: row.tier ?? '',
      pass: row.pass === 'true' ? true : row.pass === 'false' ? false : null,
      reasons: row.reasons ?? '',
    };
  });
}

/** Rows shown in the page; the download always has them all. */
export const SHOWN_ROWS = 50;

export function scoredPipeline(scored: ScoredCsv, onDownload: (csv: string, name: string) => void): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'scored-heading', 'data-testid': 'scored-pipeline' }, [
    el('h2', { id: 'scored-heading' }, ['Scored pipeline']),
  ]);
  const deals = parseScoredCsv(scored.openDeals);
  const accounts = parseScoredCsv(scored.accounts);
  if (deals.length === 0 && accounts.length === 0) {
    section.append(el('p', { class: 'missing', 'data-testid': 'scored-missing' }, [
      'Nothing could be scored: the fit score needs won and lost (or churned) customers with account attributes to learn from.',
    ]));
    return section;
  }
  const passing = deals.filter((d) => d.pass === true).length;
  section.append(
    el('p', { 'data-testid': 'scored-summary' }, [deals.length > 0
      ? `${formatCount(deals.length)} open deals scored: ${formatCount(passing)} pass the qualification rule, ${formatCount(deals.length - passing)} do not.`
      : 'No open deal to score.']),
    el('div', { class: 'actions' }, [
      downloadButton('Download scored open deals (CSV)', scored.openDeals, 'icp-drift-scored-open-deals.csv', 'download-scored-deals', onDownload),
      downloadButton('Download scored accounts (CSV)', scored.accounts, 'icp-drift-scored-accounts.csv', 'download-scored-accounts', onDownload),
    ]),
    el('p', { class: 'hint' }, ['Each file carries your CRM\'s own record ids, ready to import back as fields.']),
  );
  if (deals.length > 0) {
    const shown = [...deals].sort((a, b) => (b.score ?? -1) - (a.score ?? -1)).slice(0, SHOWN_ROWS);
    if (deals.length > SHOWN_ROWS) {
      section.append(el('p', { class: 'hint' }, [`The ${SHOWN_ROWS} best-scoring of ${formatCount(deals.length)} open deals are shown; the download has them all.`]));
    }
    section.append(sortableTable<ScoredRecord>(shown, [
      labelColumn('name', 'Deal', (r) => r.name || r.record_id),
      textColumn('record_id', 'Record id', (r) => r.record_id),
      { key: 'score', label: 'Fit score', numeric: true, sortValue: (r) => r.score, cell: (r) => (r.score === null ? '–' : formatDecimal(r.score, 0)) },
      textColumn('tier', 'Tier', (r) => r.tier),
      textColumn('pass', 'Qualifies', (r) => (r.pass === null ? '–' : r.pass ? 'pass' : 'fail')),
      textColumn('reasons', 'Top reasons', (r) => r.reasons),
    ], { testId: 'scored-deals-table', caption: 'Open deals by fit score', csvName: 'icp-drift-scored-open-deals-shown' }));
  }
  return section;
}

function downloadButton(label: string, csv: string, name: string, testId: string, onDownload: (csv: string, name: string) => void): HTMLButtonElement {
  const node = el('button', { type: 'button', class: 'button secondary', 'data-testid': testId }, [label]);
  node.disabled = csv === '';
  node.addEventListener('click', () => onDownload(csv, name));
  return node;
}
