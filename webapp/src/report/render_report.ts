// The report: a tab per view — Overview, Sales, Revenue & retention, Efficiency, Customer success, Segments, Drift,
// ICP, Data quality (the metrics first, then where they differ, how the mix moved, and the ICP). A new report opens on Overview; the views with charts are built the first time their tab
// is shown (a section the report lacks says why); Data quality is built at once.
import { el } from '../ui/dom';
import { tabs } from '../ui/tabs';
import type { InputsTableOptions } from './render_inputs_table';
import type { ReportActions } from './report_actions';
import type { Report } from './report_types';
import { renderCustomerSuccessView } from './views/customer_success_view';
import { renderDriftView } from './views/drift_view';
import { renderIcpView } from './views/icp_view';
import { renderOverviewView } from './views/overview_view';
import { renderDataQualityView } from './views/data_quality_view';
import { renderEfficiencyView } from './views/efficiency_view';
import { renderRevenueView } from './views/revenue_view';
import { renderSalesView } from './views/sales_view';
import { renderSegmentsView } from './views/segments_view';

export const REPORT_VIEWS = [
  { id: 'overview', label: 'Overview' },
  { id: 'sales', label: 'Sales' },
  { id: 'revenue', label: 'Revenue & retention' },
  { id: 'efficiency', label: 'Efficiency' },
  { id: 'customer-success', label: 'Customer success' },
  { id: 'segments', label: 'Segments' },
  { id: 'drift', label: 'Drift' },
  { id: 'icp', label: 'ICP' },
  { id: 'data-quality', label: 'Data quality' },
] as const;

export type ReportViewId = (typeof REPORT_VIEWS)[number]['id'];

export interface RenderOptions extends InputsTableOptions {
  /** What the views can ask of the page (run again with another ICP or answers, save files). */
  actions?: ReportActions;
  /** The view to open on (default: Overview). */
  view?: ReportViewId;
}

/** What the page can do with the report on screen. */
export interface RenderedReport {
  /** Builds every view not opened yet, for print. */
  buildAll(): void;
}

/** Each view of the report, built on demand. */
export function reportViews(report: Report, options: RenderOptions = {}): Record<ReportViewId, () => HTMLElement> {
  return {
    overview: () => renderOverviewView(report, options.actions),
    drift: () => renderDriftView(report),
    icp: () => renderIcpView(report, options.actions),
    sales: () => renderSalesView(report),
    segments: () => renderSegmentsView(report),
    revenue: () => renderRevenueView(report),
    efficiency: () => renderEfficiencyView(report),
    'customer-success': () => renderCustomerSuccessView(report),
    'data-quality': () => renderDataQualityView(report, options),
  };
}

export function renderReport(container: HTMLElement, report: Report, options: RenderOptions = {}): RenderedReport {
  const panels = reportViews(report, options);
  const views = tabs(REPORT_VIEWS.map((view) => ({
    id: view.id,
    label: view.label,
    content: () => guarded(view.label, panels[view.id]),
    eager: view.id === 'overview' || view.id === 'sales' || view.id === 'data-quality',
  })), 'Report views');
  if (options.view) views.select(options.view);
  container.replaceChildren(views.element);
  return { buildAll: () => views.buildAll() };
}

/** The view shown in `container`, or null before renderReport. */
export function currentReportView(container: HTMLElement): ReportViewId | null {
  const id = container.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.dataset.tab;
  return REPORT_VIEWS.some((v) => v.id === id) ? (id as ReportViewId) : null;
}

/** A view that fails to build (a report of a shape no one foresaw) says so, and the others still show. */
export function guarded(label: string, build: () => HTMLElement): HTMLElement {
  try {
    return build();
  } catch (thrown) {
    return el('p', { class: 'missing', 'data-testid': 'view-error' }, [
      `The ${label} view could not be shown for this report (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
    ]);
  }
}

/** Shows a view of the report in `container` (after renderReport). */
export function showReportView(container: HTMLElement, id: ReportViewId): void {
  container.querySelector<HTMLButtonElement>(`[role="tab"][data-tab="${id}"]`)?.click();
}

/** "2 files · 1,234 rows read · schema 0.1" */
export function reportSource(report: Report, label: string): string {
  const files = report.inputs.length;
  const rows = report.inputs.reduce((sum, input) => sum + (typeof input.rows_read === 'number' ? input.rows_read : 0), 0);
  return `${label} · ${files} ${files === 1 ? 'file' : 'files'} · ${rows.toLocaleString('en-US')} rows read · report schema ${report.schema_version}`;
}
