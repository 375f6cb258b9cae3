// The report view: headline sales figures, then the files read.
import type { Report } from './report_types';
import { renderInputsTable, type InputsTableOptions } from './render_inputs_table';
import { renderSalesOverview } from './render_sales_overview';

export function renderReport(container: HTMLElement, report: Report, options: InputsTableOptions = {}): void {
  container.replaceChildren(renderSalesOverview(report), renderInputsTable(report, options));
}

/** "2 files · 1,234 rows read · schema 0.1" */
export function reportSource(report: Report, label: string): string {
  const files = report.inputs.length;
  const rows = report.inputs.reduce((sum, input) => sum + (typeof input.rows_read === 'number' ? input.rows_read : 0), 0);
  return `${label} · ${files} ${files === 1 ? 'file' : 'files'} · ${rows.toLocaleString('en-US')} rows read · report schema ${report.schema_version}`;
}
