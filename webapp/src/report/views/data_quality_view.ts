// The Data quality view: the files read (rows read, used, rejected, how each was decoded), the joins
// to accounts with their match rates, and every rejection reason with its rows and first lines.
import { el } from '../../ui/dom';
import { sortableTable } from '../../ui/sortable_table';
import { formatCount, formatPercent } from '../format';
import { renderInputsTable, type InputsTableOptions } from '../render_inputs_table';
import type { JoinReport, Report } from '../report_types';
import { figureColumn, labelColumn, textColumn } from '../table_columns';
import { sectionReasonText } from './section_reason';

export function renderDataQualityView(report: Report, options: InputsTableOptions = {}): HTMLElement {
  return el('div', { class: 'view', 'data-testid': 'data-quality-view' }, [
    renderInputsTable(report, options),
    joins(report),
    rejections(report),
  ]);
}

function joins(report: Report): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'joins-heading' }, [
    el('h2', { id: 'joins-heading' }, ['Joins to accounts']),
  ]);
  if (!Array.isArray(report.joins)) {
    section.append(el('p', { class: 'missing', 'data-testid': 'joins-reason' }, [sectionReasonText(report, 'joins', 'Joins')]));
    return section;
  }
  if (report.joins.length === 0) {
    section.append(el('p', { class: 'missing', 'data-testid': 'joins-reason' }, ['No file had rows to join to the accounts.']));
    return section;
  }
  const examples = (join: JoinReport) => (Array.isArray(join.unmatched_examples) ? join.unmatched_examples.filter((e) => typeof e === 'string') : []);
  section.append(
    el('p', { class: 'hint' }, ['Rows matched to an account by id (Salesforce 15- and 18-character ids match), else by normalised company name.']),
    sortableTable(report.joins, [
      labelColumn<JoinReport>('from', 'Rows of', (join) => `${join.from} → ${typeof join.to === 'string' ? join.to : 'accounts'}`),
      figureColumn('rows', 'Rows', formatCount),
      figureColumn('match_rate', 'Match rate', (v) => formatPercent(v)),
      figureColumn('matched', 'Matched', formatCount),
      figureColumn('matched_by_id', 'By id', formatCount),
      figureColumn('matched_by_name', 'By name', formatCount),
      figureColumn('unmatched', 'Unmatched', formatCount),
      textColumn<JoinReport>('unmatched_examples', 'Unmatched examples', (join) => examples(join).join(', ') || '–'),
    ], { testId: 'joins-table', caption: 'Joins to accounts, with match rates', csvName: 'icp-drift-joins' }),
  );
  return section;
}

interface RejectionRow {
  file: string;
  reason: string;
  count: number | null;
  lines: string;
}

function rejections(report: Report): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'rejections-heading' }, [
    el('h2', { id: 'rejections-heading' }, ['Rejected rows by reason']),
  ]);
  const rows: RejectionRow[] = report.inputs.flatMap((input) => (Array.isArray(input.rejected_by_reason) ? input.rejected_by_reason : [])
    .filter((r) => typeof r === 'object' && r !== null)
    .map((r) => ({
      file: String(input.file ?? ''),
      reason: String(r.reason ?? ''),
      count: typeof r.count === 'number' ? r.count : null,
      lines: Array.isArray(r.first_lines) ? r.first_lines.filter((l) => typeof l === 'number').join(', ') : '',
    })));
  if (rows.length === 0) {
    section.append(el('p', { class: 'hint', 'data-testid': 'rejections-none' }, ['No row was rejected.']));
    return section;
  }
  section.append(
    el('p', { class: 'hint' }, ['The rows themselves can be downloaded from the files table above, per file.']),
    sortableTable(rows, [
      labelColumn<RejectionRow>('file', 'File', (r) => r.file),
      textColumn<RejectionRow>('reason', 'Reason', (r) => r.reason),
      figureColumn('count', 'Rows', formatCount),
      textColumn<RejectionRow>('first_lines', 'First lines', (r) => r.lines || '–'),
    ], { testId: 'rejections-table', caption: 'Rejected rows by file and reason', csvName: 'icp-drift-rejected-by-reason', sortBy: { key: 'count', direction: 'descending' } }),
  );
  return section;
}
