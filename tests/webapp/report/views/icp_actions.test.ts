// @vitest-environment jsdom
// The report's views with the page's actions: the ICP editor and the scored pipeline in the ICP view,
// the scorecard answers in the overview.
import { beforeEach, describe, expect, it } from 'vitest';
import type { IcpText } from '../../../../webapp/src/icp/icp_editor';
import { parseScoredCsv, scoredPipeline } from '../../../../webapp/src/icp/scored_pipeline';
import type { ReportActions } from '../../../../webapp/src/report/report_actions';
import { fieldSuggestions, renderIcpView } from '../../../../webapp/src/report/views/icp_view';
import { renderOverviewView } from '../../../../webapp/src/report/views/overview_view';
import { fullReport } from '../../fakes/full_report';

const SCORED = 'record_id,name,score,tier,pass,reasons\r\n006A,"Acme, Inc.",82.5,A,true,industry = Software: +12.0\r\n006B,Beta,31,D,false,employees = 5001+: -15.0\r\n';

function recorder(overrides: Partial<ReportActions> = {}) {
  const applied: (IcpText | null)[] = [];
  const answered: Record<string, boolean>[] = [];
  const downloads: [string, string, string][] = [];
  const actions: ReportActions = {
    icpRefused: null,
    scored: { openDeals: SCORED, accounts: '' },
    answers: {},
    applyIcp: (icp) => applied.push(icp),
    applyAnswers: (a) => answered.push(a),
    download: (text, name, type) => downloads.push([text, name, type]),
    ...overrides,
  };
  return { actions, applied, answered, downloads };
}

const byTestId = <T extends Element = HTMLElement>(root: ParentNode, id: string) => root.querySelector<T & HTMLElement>(`[data-testid="${id}"]`)!;

describe('ICP view with actions', () => {
  beforeEach(() => document.body.replaceChildren());

  it('is read-only without actions', () => {
    const view = renderIcpView(fullReport());
    expect(view.querySelector('[data-testid="icp-editor"]')).toBeNull();
    expect(view.querySelector('[data-testid="scored-pipeline"]')).toBeNull();
  });

  it('starts an empty draft without a declared ICP, fills it from the derived one, and applies its JSON', () => {
    const { actions, applied } = recorder();
    const view = renderIcpView(fullReport(), actions);
    document.body.append(view);
    expect(view.querySelectorAll('[data-testid="icp-rule-field"]')).toHaveLength(1);
    expect(view.querySelector('[data-testid="icp-remove"]')).toBeNull();
    byTestId(view, 'icp-from-derived').click();
    const fields = [...view.querySelectorAll<HTMLInputElement>('[data-testid="icp-rule-field"]')].map((i) => i.value);
    expect(fields).toEqual(['industry', 'employees']);
    byTestId<HTMLButtonElement>(view, 'icp-apply').click();
    expect(applied).toHaveLength(1);
    const icp = JSON.parse(applied[0]!.json);
    expect(icp.rules.map((r: { field: string }) => r.field)).toEqual(['industry', 'employees']);
    expect(applied[0]!.name).toMatch(/\.icp\.json$/);
  });

  it('shows a refused ICP as the user wrote it, with the message pointing at the row', () => {
    const icp = { json: '{"name":"Mine","match":"all","rules":[{"field":"employees","op":"between","min":"lots"}]}', name: 'mine.icp.json' };
    const { actions } = recorder({ icpRefused: { icp, message: 'mine.icp.json: rules[0].min: expected a number' } });
    const view = renderIcpView(fullReport(), actions);
    expect(byTestId(view, 'icp-editor-error').textContent).toBe('mine.icp.json: rules[0].min: expected a number (rule 1 in the form)');
    expect(byTestId<HTMLInputElement>(view, 'icp-rule-min').value).toBe('lots');
    expect(byTestId<HTMLInputElement>(view, 'icp-name').value).toBe('Mine');
  });

  it('adds and removes rules, and switches to score mode with weights', () => {
    const { actions, applied } = recorder();
    const view = renderIcpView(fullReport(), actions);
    document.body.append(view);
    byTestId(view, 'icp-add-rule').click();
    expect(view.querySelectorAll('[data-testid="icp-rule-field"]')).toHaveLength(2);
    const match = byTestId<HTMLSelectElement>(view, 'icp-match');
    match.value = 'score';
    match.dispatchEvent(new Event('change'));
    expect(view.querySelectorAll('[data-testid="icp-rule-weight"]')).toHaveLength(2);
    const weight = byTestId<HTMLInputElement>(view, 'icp-rule-weight');
    weight.value = '3';
    weight.dispatchEvent(new Event('input'));
    const values = byTestId<HTMLInputElement>(view, 'icp-rule-values');
    values.value = 'Software, Retail';
    values.dispatchEvent(new Event('input'));
    view.querySelector<HTMLButtonElement>('[aria-label="Remove rule 2"]')!.click();
    expect(view.querySelectorAll('[data-testid="icp-rule-field"]')).toHaveLength(1);
    byTestId<HTMLButtonElement>(view, 'icp-apply').click();
    expect(JSON.parse(applied[0]!.json)).toEqual({ name: 'Our ICP', match: 'score', rules: [{ field: 'industry', op: 'in', values: ['Software', 'Retail'], weight: 3 }] });
  });

  it('suggests the account attributes of the data and their values', () => {
    const suggestions = fieldSuggestions(fullReport());
    expect([...suggestions.keys()]).toContain('industry');
    expect(suggestions.get('industry')!.length).toBeGreaterThan(0);
    expect(suggestions.get('industry')).not.toContain('Other');
    for (const key of suggestions.keys()) expect(key).not.toMatch(/_band$/);
  });

  it('scored pipeline: the rows, the summary, and the downloads as the engine wrote them', () => {
    expect(parseScoredCsv(SCORED)).toEqual([
      { record_id: '006A', name: 'Acme, Inc.', score: 82.5, tier: 'A', pass: true, reasons: 'industry = Software: +12.0' },
      { record_id: '006B', name: 'Beta', score: 31, tier: 'D', pass: false, reasons: 'employees = 5001+: -15.0' },
    ]);
    expect(parseScoredCsv('')).toEqual([]);
    const downloads: [string, string][] = [];
    const section = scoredPipeline({ openDeals: SCORED, accounts: '' }, (csv, name) => downloads.push([csv, name]));
    expect(byTestId(section, 'scored-summary').textContent).toBe('2 open deals scored: 1 pass the qualification rule, 1 do not.');
    expect(section.querySelectorAll('[data-testid="scored-deals-table"] tbody tr')).toHaveLength(2);
    byTestId<HTMLButtonElement>(section, 'download-scored-deals').click();
    expect(downloads).toEqual([[SCORED, 'icp-drift-scored-open-deals.csv']]);
    expect(byTestId<HTMLButtonElement>(section, 'download-scored-accounts').disabled).toBe(true);
    const none = scoredPipeline({ openDeals: '', accounts: '' }, () => {});
    expect(byTestId(none, 'scored-missing').textContent).toMatch(/Nothing could be scored/);
  });
});

describe('overview scorecard answers', () => {
  it('asks the questions the data cannot answer, and applies the answers when changed', () => {
    const { actions, answered } = recorder();
    const view = renderOverviewView(fullReport(), actions);
    const selects = [...view.querySelectorAll<HTMLSelectElement>('[data-testid="scorecard-answer"]')];
    const items = fullReport().drift!.scorecard!.items!;
    expect(selects).toHaveLength(items.filter((i) => !i.from_data).length);
    const apply = byTestId<HTMLButtonElement>(view, 'scorecard-apply');
    expect(apply.disabled).toBe(true);
    selects[0]!.value = 'yes';
    selects[0]!.dispatchEvent(new Event('change'));
    expect(apply.disabled).toBe(false);
    selects[0]!.value = '';
    selects[0]!.dispatchEvent(new Event('change'));
    expect(apply.disabled).toBe(true); // back to the answers in force
    selects[0]!.value = 'no';
    selects[0]!.dispatchEvent(new Event('change'));
    apply.click();
    expect(answered).toEqual([{ [selects[0]!.dataset.item!]: false }]);
  });

  it('shows the answers in force, and none without actions', () => {
    const items = fullReport().drift!.scorecard!.items!;
    const id = items.find((i) => !i.from_data)!.id;
    const { actions } = recorder({ answers: { [id]: true } });
    const view = renderOverviewView(fullReport(), actions);
    expect(view.querySelector<HTMLSelectElement>(`[data-item="${id}"]`)!.value).toBe('yes');
    expect(renderOverviewView(fullReport()).querySelector('[data-testid="scorecard-answer"]')).toBeNull();
  });
});
