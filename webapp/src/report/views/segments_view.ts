// The Segments view: for a chosen dimension, the segment matrix (win rate of each segment with its
// interval and n), what the dimension holds, and every figure by segment with its BH q-value; then
// the two-dimension combinations.
import { el } from '../../ui/dom';
import { sortableTable, type Column } from '../../ui/sortable_table';
import { chartFigure } from '../charts/chart_frame';
import { segmentMatrix, type MatrixRow } from '../charts/segment_matrix';
import { formatCount, formatDays, formatMoney, formatPercent, formatPercentRange } from '../format';
import { dimensionLabel } from '../labels';
import { figureOf, intervalOf, type Combination, type CombinationSegment, type DimensionInfo, type Report, type SegmentSales } from '../report_types';
import { figureColumn, flagColumn, intervalColumn, labelColumn, pValueColumn } from '../table_columns';
import { dimensionNames, dimensionPicker } from './dimension_picker';
import { partReason, sectionReason } from './section_reason';

export function renderSegmentsView(report: Report): HTMLElement {
  const view = el('div', { class: 'view', 'data-testid': 'segments-view' });
  const missing = sectionReason(report, 'sales', 'Sales');
  if (missing) {
    view.append(missing);
    return view;
  }
  const sales = report.sales!;
  const dimensions = Array.isArray(sales.dimensions) ? sales.dimensions : [];
  const names = dimensionNames(sales.by_dimension, dimensions.map((d) => d.name));
  const section = el('section', { class: 'figures', 'aria-labelledby': 'segments-heading' }, [
    el('h2', { id: 'segments-heading' }, ['Win rate by segment']),
  ]);
  view.append(section);
  if (names.length === 0) {
    section.append(el('p', { class: 'missing', 'data-testid': 'segments-missing' }, [
      sales.by_dimension ? 'No dimension has two segments or more.' : `${partReason(sales, 'by_dimension', 'segments')}.`,
    ]));
  } else {
    const currency = sales.overall?.currency ?? null;
    const body = el('div', { class: 'dimension-body' });
    const show = (name: string) => body.replaceChildren(...dimensionContent(
      name,
      sales.by_dimension![name]!,
      dimensions.find((d) => d.name === name) ?? null,
      figureOf(sales.overall as Record<string, unknown> | null, 'win_rate').value,
      currency,
      typeof sales.win_rate_test === 'string' && sales.win_rate_test !== '' ? sales.win_rate_test : null,
    ));
    section.append(dimensionPicker('segment-dimension', names, names[0]!, show), body);
    show(names[0]!);
  }
  view.append(renderCombinations(report));
  return view;
}

function dimensionContent(
  name: string,
  rows: readonly SegmentSales[],
  info: DimensionInfo | null,
  overall: number | null,
  currency: string | null,
  testNote: string | null,
): Node[] {
  const label = dimensionLabel(name);
  const record = (row: SegmentSales) => row as Record<string, unknown>;
  const matrixRows: MatrixRow[] = [];
  const without: string[] = [];
  for (const row of rows) {
    const winRate = figureOf(record(row), 'win_rate');
    if (winRate.value === null) {
      without.push(`${row.segment} (${winRate.reason})`);
      continue;
    }
    matrixRows.push({
      segment: row.segment,
      winRate: winRate.value,
      interval: intervalOf(record(row), 'win_rate_ci'),
      n: figureOf(record(row), 'closed').value,
      differs: row.win_rate_differs === true,
    });
  }
  const closed = rows.reduce((sum, row) => sum + (figureOf(record(row), 'closed').value ?? 0), 0);
  return [
    chartFigure({
      testId: 'segment-matrix',
      title: `Win rate by ${label.toLowerCase()}`,
      subtitle: `Won ÷ closed deals (%), bars: Wilson 95% interval · n = closed deals of the segment (${formatCount(closed)} in all) · dashed line: all deals` +
        ' · orange: differs from the other segments (Benjamini–Hochberg q < 0.05)',
      emptyReason: `No ${label.toLowerCase()} segment has enough closed deals for a win rate.`,
      notes: [
        dimensionNote(label, info),
        without.length > 0 ? `No win rate: ${without.join(', ')}.` : null,
      ],
    }, segmentMatrix(matrixRows, overall)),
    sortableTable(rows, segmentColumns<SegmentSales>(label, (row) => row.segment, currency, true), {
      testId: 'segment-table',
      caption: `Every sales figure by ${label.toLowerCase()}`,
      csvName: `icp-drift-segments-${safeName(name)}`,
    }),
    testNote ? el('p', { class: 'hint table-note', 'data-testid': 'win-rate-test' }, [`p and q: ${testNote}.`]) : null,
  ].filter((n): n is HTMLElement => n !== null);
}

/** "Industry describes the account · 8 segments · folded into Other: Media, Travel · 12 deals have none" */
function dimensionNote(label: string, info: DimensionInfo | null): string | null {
  if (!info) return null;
  const parts: string[] = [];
  if (typeof info.account_attribute === 'boolean') {
    parts.push(`${label} describes ${info.account_attribute ? 'the account (a deal takes its account\'s)' : 'the deal'}`);
  }
  if (Array.isArray(info.levels)) parts.push(`${info.levels.length} segments${info.banded ? ', in band order' : ''}`);
  if (Array.isArray(info.folded) && info.folded.length > 0) {
    const shown = info.folded.slice(0, 8).join(', ');
    parts.push(`folded into Other: ${shown}${info.folded.length > 8 ? `, and ${info.folded.length - 8} more` : ''}`);
  }
  const none = figureOf(info as Record<string, unknown>, 'deals_missing').value;
  if (none !== null && none > 0) parts.push(`${formatCount(none)} ${none === 1 ? 'deal has' : 'deals have'} no ${label.toLowerCase()}`);
  return parts.length > 0 ? `${parts.join(' · ')}.` : null;
}

/** The columns of a segment table (and, without the tests, of a combination table). */
function segmentColumns<R extends Partial<SegmentSales> | CombinationSegment>(label: string, name: (row: R) => string, currency: string | null, tested: boolean): Column<R>[] {
  const money = (v: number) => formatMoney(v, currency);
  return [
    labelColumn<R>('segment', label, name),
    figureColumn('deals', 'Deals', formatCount),
    figureColumn('closed', 'Closed', formatCount),
    figureColumn('won', 'Won', formatCount),
    figureColumn('lost', 'Lost', formatCount),
    figureColumn('open', 'Open', formatCount),
    figureColumn('win_rate', 'Win rate', (v) => formatPercent(v)),
    intervalColumn('win_rate_ci', '95% interval', (lo, hi) => formatPercentRange(lo, hi)),
    ...(tested ? [
      pValueColumn<R>('win_rate_p_value', 'p (vs the rest)'),
      pValueColumn<R>('win_rate_q_value', 'q (BH)'),
      flagColumn<R>('win_rate_differs', 'Differs (q < 0.05)', 'yes', 'no'),
    ] : []),
    figureColumn('win_rate_inclusive', 'Won ÷ created', (v) => formatPercent(v)),
    figureColumn('median_cycle_days_won', 'Median cycle, won', formatDays),
    figureColumn('median_cycle_days_lost', 'Median cycle, lost', formatDays),
    figureColumn('acv_median', 'Median ACV', money),
    figureColumn('acv_mean', 'Mean ACV', money),
    figureColumn('bookings', 'Bookings', money),
    figureColumn('new_logos', 'New logos', formatCount),
    figureColumn('pipeline_created', 'Pipeline created', money),
  ];
}

interface CombinationRow extends CombinationSegment {
  label: string;
}

function renderCombinations(report: Report): HTMLElement {
  const sales = report.sales!;
  const section = el('section', { class: 'figures', 'aria-labelledby': 'combinations-heading' }, [
    el('h2', { id: 'combinations-heading' }, ['Two-dimension combinations']),
  ]);
  const combinations = Array.isArray(sales.by_combination) ? sales.by_combination.filter((c) => c.segments.length > 0) : null;
  if (!combinations) {
    section.append(el('p', { class: 'missing', 'data-testid': 'combinations-missing' }, [
      `${partReason(sales, 'by_combination', 'combinations of two dimensions')}.`,
    ]));
    return section;
  }
  const minClosed = figureOf(sales as Record<string, unknown>, 'min_closed_per_combination').value ?? 30;
  if (combinations.length === 0) {
    section.append(el('p', { class: 'missing', 'data-testid': 'combinations-missing' }, [
      `No combination of two dimensions has a cell with at least ${formatCount(minClosed)} closed deals.`,
    ]));
    return section;
  }
  const pairName = (c: Combination) => c.dimensions.join(' × ');
  const names = combinations.map(pairName);
  const body = el('div', { class: 'dimension-body' });
  const show = (name: string) => {
    const combination = combinations.find((c) => pairName(c) === name)!;
    const labels = combination.dimensions.map(dimensionLabel);
    const rows: CombinationRow[] = combination.segments.map((segment) => ({ ...segment, label: segment.segment.join(' × ') }));
    body.replaceChildren(sortableTable(rows, segmentColumns<CombinationRow>(labels.join(' × '), (row) => row.label, sales.overall?.currency ?? null, false), {
      testId: 'combinations-table',
      caption: `Every sales figure by ${labels.join(' × ').toLowerCase()}`,
      csvName: `icp-drift-combinations-${safeName(combination.dimensions.join('-'))}`,
      sortBy: { key: 'win_rate', direction: 'descending' },
    }));
  };
  const select = el('select', { id: 'combination-pair', 'data-testid': 'combination-pair' }, combinations.map((c) =>
    el('option', { value: pairName(c) }, [`${c.dimensions.map(dimensionLabel).join(' × ')} (${c.segments.length})`])));
  select.addEventListener('change', () => show(select.value));
  section.append(
    el('p', { class: 'hint' }, [`Cells with at least ${formatCount(minClosed)} closed deals, for pairs of dimensions with at most 8 segments each; the number of cells is in brackets.`]),
    el('div', { class: 'picker' }, [el('label', { for: 'combination-pair' }, ['Dimensions']), select]),
    body,
  );
  show(names[0]!);
  return section;
}

/** A dimension name as part of a file name. */
function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40) || 'dimension';
}
