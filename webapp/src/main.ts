// The page: dropped files go to the mapping review, then to the analysis; the sample goes straight to
// its report. Wires the drop zone, the review, the progress bar and the report to the engine; the
// report's ICP editor and scorecard answers run the same analysis again with the new choices.
import './styles.css';
import { applyShareLink } from './choices/apply_share_link';
import { defaultChoices, keepChoices, requestChoices, restoreChoices, type Choices } from './choices/choices_store';
import { settingsPanel } from './choices/settings_panel';
import { shareLink } from './choices/share_link';
import { HTML_REPORT_FILE_NAME, pageStylesheet, reportHtml } from './export/html_report';
import { EngineClient, type AnalysisResult } from './engine_client';
import type { IcpText } from './icp/icp_editor';
import { parseReport } from './report/parse_report';
import type { ReportActions } from './report/report_actions';
import type { Report } from './report/report_types';
import { currentReportView, renderReport, reportSource, type RenderedReport, type ReportViewId } from './report/render_report';
import { describeMapping, browserStore } from './review/mapping_store';
import { tooLargeForBrowser } from './review/browser_size_limit';
import { ReviewFlow } from './review/review_flow';
import { isEdited, isReady } from './review/review_model';
import { attachDropZone } from './ui/drop_zone';
import { downloadText } from './ui/download';
import { ProgressView } from './ui/progress_view';
import { StatusMessage } from './ui/status_message';
import type { MappingText, RejectedRows, ScoredCsv } from './worker/protocol';
import { spawnEngineWorker } from './worker/spawn_engine_worker';
import './offline/register_service_worker';

const REPORT_FILE_NAME = 'icp-drift-report.json';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
}

/** idle → inspecting → review → running → report; error when a job failed. */
type PageState = 'idle' | 'inspecting' | 'review' | 'running' | 'report' | 'error';
const setState = (state: PageState) => {
  document.body.dataset.state = state;
};

const status = new StatusMessage(byId('alert'), byId('notice'));
const store = browserStore();
// A share link's choices are kept before the review starts, so the review reads its mapping.
const shared = applyShareLink(location.hash, store);
if (shared.kind !== 'none') history.replaceState(null, '', `${location.pathname}${location.search}`);

const reviewSection = byId<HTMLElement>('review');
const reviewSummary = byId<HTMLElement>('review-summary');
const analyzeButton = byId<HTMLButtonElement>('analyze-button');
const saveMappingButton = byId<HTMLButtonElement>('save-mapping-button');
const mappingInput = byId<HTMLInputElement>('mapping-input');
const mappingSource = byId<HTMLElement>('mapping-source');
const reportSection = byId<HTMLElement>('report');
const reportBody = byId<HTMLElement>('report-body');
const reportSourceLine = byId<HTMLElement>('report-source');
const reviewButton = byId<HTMLButtonElement>('review-button');
let reportJson: string | null = null;

const client = new EngineClient(spawnEngineWorker, {
  onProgress: (p) => progress.update(p),
  onNotice: (message) => status.info(message),
  // For tests and the benchmark: the engine has run once, its hot code optimized ('warm').
  onWarm: (outcome) => {
    document.body.dataset.engine = outcome === 'done' ? 'warm' : outcome;
  },
});
const progress = new ProgressView(
  byId('progress'),
  byId<HTMLProgressElement>('progress-bar'),
  byId('progress-label'),
  byId<HTMLButtonElement>('cancel-button'),
  () => client.cancel(),
);

const review = new ReviewFlow(byId('review-body'), {
  inspect: (files, options) => client.inspect(files, options),
  store,
  onChange: () => updateReviewBar(),
  onError: (message) => status.error(message),
  onNotice: (message) => status.info(message),
});

/** The bar under the review: what will be analysed, the mapping in use, and whether Analyze can run. */
function updateReviewBar(): void {
  // The last file taken out: back to the start.
  if (!review.hasFiles && !review.busy && ['review', 'inspecting'].includes(document.body.dataset.state ?? '')) {
    reviewSection.hidden = true;
    setState('idle');
  }
  const model = review.model;
  const ready = model ? model.files.filter(isReady).length : 0;
  const total = model?.files.length ?? 0;
  if (review.busy) reviewSummary.textContent = 'Reading the files…';
  else if (!model) reviewSummary.textContent = '';
  else if (ready === 0) reviewSummary.textContent = 'No file can be analysed yet: see the messages above.';
  else {
    const skipped = total - ready;
    reviewSummary.textContent = [
      `${ready} ${ready === 1 ? 'file' : 'files'} ready`,
      skipped > 0 ? `${skipped} left out` : '',
      isEdited(model) ? 'your corrections applied' : '',
    ].filter(Boolean).join(' · ');
  }
  analyzeButton.disabled = review.busy || ready === 0;
  const active = review.mapping;
  saveMappingButton.disabled = review.busy || (ready === 0 && active === null);
  mappingSource.hidden = active === null;
  byId('mapping-source-text').textContent = active ? describeMapping(active) : '';
  reviewSection.setAttribute('aria-busy', String(review.busy));
}

/** What was analysed last, so a new ICP or new answers can run the same analysis again. */
type Run =
  | { kind: 'files'; files: File[]; mapping?: MappingText; label: string }
  | { kind: 'sample'; label: string };

/** The user's choices for their own files, kept in this browser; the sample's are in memory only. */
const fileChoices: Choices = restoreChoices(store);
let sampleChoices: Choices = defaultChoices();
const choicesOf = (run: Run) => (run.kind === 'sample' ? sampleChoices : fileChoices);

/** The report on screen, to show again (with the engine's message) when a new ICP is refused. */
interface Shown {
  run: Run;
  report: Report;
  rejected: Map<string, string>;
  scored: ScoredCsv;
}
let shown: Shown | null = null;
let rendered: RenderedReport | null = null;

let latestJob = 0;
async function runJob(run: Run, view?: ReportViewId, before?: Choices): Promise<void> {
  const job = ++latestJob;
  status.clear();
  progress.start(`Starting: ${run.label}…`);
  setState('running');
  reviewSection.hidden = true;
  reportSection.setAttribute('aria-busy', 'true');
  const choices = requestChoices(choicesOf(run));
  const result = await (run.kind === 'sample' ? client.sample(choices) : client.analyze(run.files, run.mapping, choices));
  if (job !== latestJob) return; // a newer job replaced this one
  progress.stop();
  reportSection.removeAttribute('aria-busy');
  show(result, run, view, before);
}

/** Runs the analysis on screen again after the user changed its choices (the view stays). */
function rerun(change: (choices: Choices) => void): void {
  if (!shown) return;
  const run = shown.run;
  const choices = choicesOf(run);
  const before: Choices = { icp: choices.icp, answers: { ...choices.answers }, settings: { ...choices.settings } };
  change(choices);
  void runJob(run, currentReportView(reportBody) ?? 'overview', before);
}

function actionsFor(run: Run, scored: ScoredCsv, icpRefused: ReportActions['icpRefused']): ReportActions {
  return {
    icpRefused,
    scored,
    answers: { ...choicesOf(run).answers },
    applyIcp: (icp: IcpText | null) => rerun((c) => { c.icp = icp; }),
    applyAnswers: (answers) => rerun((c) => { c.answers = answers; }),
    download: (text, name, type) => downloadText(text, name, type),
  };
}

function renderShown(view: ReportViewId | undefined, icpRefused: ReportActions['icpRefused'], settingsError: string | null = null): void {
  const s = shown!;
  const choices = choicesOf(s.run);
  rendered = renderReport(reportBody, s.report, {
    rejectedFiles: new Set(s.rejected.keys()),
    onDownloadRejected: (file) => {
      const csv = s.rejected.get(file);
      if (csv !== undefined) downloadText(csv, `${file}.rejected.csv`, 'text/csv');
    },
    actions: actionsFor(s.run, s.scored, icpRefused),
    ...(view ? { view } : {}),
  });
  const settings = s.report.settings as Record<string, unknown> | null | undefined;
  const windows = s.report.drift?.windows as { baseline?: unknown; recent?: unknown } | null | undefined;
  reportBody.prepend(settingsPanel({
    settings: choices.settings,
    answers: choices.answers,
    inForce: {
      period: typeof settings?.period === 'string' ? settings.period : 'quarter',
      fiscalYearStartMonth: typeof settings?.fiscal_year_start_month === 'number' ? settings.fiscal_year_start_month : null,
      grossMargin: typeof settings?.gross_margin === 'number' ? settings.gross_margin : null,
      asOf: typeof settings?.as_of_day === 'string' ? settings.as_of_day.slice(0, 7) : null,
      windows: windows && typeof windows.recent === 'string' && typeof windows.baseline === 'string'
        ? `recent ${windows.recent} against ${windows.baseline}` : null,
    },
    error: settingsError,
    onApply: (next, answers) => rerun((c) => {
      c.settings = next;
      c.answers = answers;
    }),
    onExport: (json, name) => downloadText(json, name),
    // Only for the user's own files: the link carries their mapping; the sample has none to share.
    ...(s.run.kind === 'files' ? { share: { link: shareLinkOf(s.run, choices), copy: (text: string) => navigator.clipboard.writeText(text) } } : {}),
  }));
}

/** The share link of a run on the user's files: the mapping the review holds, the ICP, settings and answers. */
function shareLinkOf(run: Run & { kind: 'files' }, choices: Choices): string {
  const mapping = review.savedMapping() ?? run.mapping;
  return shareLink(location.href, {
    ...(mapping ? { mapping } : {}),
    icp: choices.icp ?? null,
    settings: choices.settings,
    answers: choices.answers,
  });
}

function show(result: AnalysisResult, run: Run, view?: ReportViewId, before?: Choices): void {
  const label = run.label;
  const fromReview = run.kind === 'files';
  // A refused ICP or settings: the report before it stays, with the engine's message where it was made.
  if (result.kind === 'error' && (result.part === 'icp' || result.part === 'settings') && shown && before) {
    const attempted = choicesOf(run).icp;
    Object.assign(choicesOf(run), before);
    const refused = result.part === 'icp' && attempted ? { icp: attempted, message: result.message } : null;
    renderShown(result.part === 'icp' ? 'icp' : view, refused, result.part === 'settings' ? result.message : null);
    reportSection.hidden = false;
    setState('report');
    return;
  }
  if (result.kind === 'cancelled' && shown && before) {
    Object.assign(choicesOf(run), before);
    renderShown(view, null);
    status.info('Cancelled: the report shown is the one before your change.');
    reportSection.hidden = false;
    setState('report');
    return;
  }
  if (result.kind === 'cancelled') {
    status.info(fromReview
      ? 'Cancelled. Your review is as you left it: analyze again when you are ready.'
      : 'Cancelled. Nothing was kept; drop the files again when you are ready.');
    backToReviewOr(reportJson ? 'report' : 'idle', fromReview);
    return;
  }
  if (result.kind === 'error') {
    hideReport();
    status.error(result.message);
    reviewSection.hidden = !fromReview;
    setState('error');
    return;
  }
  const parsed = parseReport(result.json);
  if (!parsed.ok) {
    hideReport();
    status.error(parsed.message);
    reviewSection.hidden = !fromReview;
    setState('error');
    return;
  }
  reportJson = result.json;
  shown = { run, report: parsed.report, rejected: rejectedByName(result.rejected), scored: result.scored };
  if (run.kind === 'files' && !keepChoices(store, fileChoices) && store) {
    status.info('Your ICP and answers could not be kept in this browser for the next visit.');
  }
  renderShown(view, null);
  reportSourceLine.textContent = reportSource(parsed.report, label);
  reviewButton.hidden = !fromReview;
  reportSection.hidden = false;
  setState('report');
}

function rejectedByName(list: RejectedRows[]): Map<string, string> {
  return new Map(list.map((r) => [r.name, r.csv]));
}

function backToReviewOr(state: PageState, fromReview: boolean): void {
  if (fromReview && review.hasFiles) {
    reviewSection.hidden = false;
    setState('review');
  } else {
    setState(state);
  }
}

function hideReport(): void {
  reportJson = null;
  shown = null;
  rendered = null;
  reportSection.hidden = true;
  reportBody.replaceChildren();
}

function describeFiles(files: File[]): string {
  return files.length === 1 ? files[0]!.name : `${files.length} files`;
}

/**
 * Dropped files: the review first (previews at once, the engine's reading right after). Files dropped
 * while a review of the user's files (or its report) is open join it; one of the same name replaces
 * the one there. After the sample, or from the start, they begin a new review.
 */
function reviewFiles(files: File[]): void {
  const adding = review.hasFiles && (document.body.dataset.state === 'review' || shown?.run.kind === 'files');
  const names = new Set(files.map((f) => f.name));
  const together = adding ? [...review.files.filter((f) => !names.has(f.name)), ...files] : files;
  const tooLarge = tooLargeForBrowser(together);
  if (tooLarge !== null) {
    status.error(tooLarge); // what is shown stays as it was
    return;
  }
  latestJob++; // a running analysis is replaced by the new files' review
  progress.stop();
  status.clear();
  hideReport();
  reviewSection.hidden = false;
  setState('inspecting');
  if (adding) {
    const replaced = files.filter((f) => review.fileNames.includes(f.name)).length;
    status.info(`${describeFiles(files)} ${files.length === 1 ? 'was' : 'were'} added to the review${replaced > 0 ? ` (${replaced} replacing ${replaced === 1 ? 'the file' : 'files'} of the same name)` : ''}. Remove a file from its card.`);
  }
  void (adding ? review.add(files) : review.open(files)).then(() => {
    updateReviewBar();
    if (document.body.dataset.state === 'inspecting') setState('review');
  });
  reviewSection.scrollIntoView?.({ block: 'start' });
}

function analyzeReviewed(): void {
  const files = review.readyFiles();
  if (files.length === 0) return;
  const mapping = review.mappingForAnalysis();
  const run: Run = { kind: 'files', files, label: describeFiles(files) };
  if (mapping) run.mapping = mapping;
  void runJob(run);
}

const runSample = () => {
  reviewSection.hidden = true;
  sampleChoices = defaultChoices(); // the sample starts from its own declared ICP
  void runJob({ kind: 'sample', label: 'Sample dataset' });
};

attachDropZone(byId('drop-zone'), byId<HTMLInputElement>('file-input'), reviewFiles);
byId('sample-button').addEventListener('click', runSample);
analyzeButton.addEventListener('click', analyzeReviewed);
saveMappingButton.addEventListener('click', () => {
  const mapping = review.savedMapping();
  if (mapping) downloadText(mapping.json, mapping.name);
});
byId('load-mapping-button').addEventListener('click', () => mappingInput.click());
mappingInput.addEventListener('change', () => {
  const file = mappingInput.files?.[0];
  mappingInput.value = '';
  if (!file) return;
  status.clear();
  void review.load(file);
});
byId('forget-mapping-button').addEventListener('click', () => {
  status.clear();
  void review.forget();
});
reviewButton.addEventListener('click', () => {
  status.clear();
  hideReport();
  reviewSection.hidden = false;
  setState('review');
  byId('review-heading').scrollIntoView?.({ block: 'start' });
});
byId('download-button').addEventListener('click', () => {
  if (reportJson !== null) downloadText(reportJson, REPORT_FILE_NAME);
});
byId('download-html-button').addEventListener('click', () => {
  if (!shown) return;
  const s = shown;
  const html = reportHtml(s.report, { source: reportSource(s.report, s.run.label), css: pageStylesheet(), render: { rejectedFiles: new Set(s.rejected.keys()) } });
  downloadText(html, HTML_REPORT_FILE_NAME, 'text/html');
});
// Every view is printed, one after another: the ones not opened yet are built first.
window.addEventListener('beforeprint', () => rendered?.buildAll());
byId('print-button').addEventListener('click', () => {
  rendered?.buildAll();
  window.print();
});

// A file dropped next to the zone must not make the browser open it in place of the page.
for (const type of ['dragover', 'drop'] as const) {
  window.addEventListener(type, (event) => event.preventDefault());
}

updateReviewBar();
if (shared.kind === 'applied') status.info(shared.message);
else if (shared.kind === 'refused') status.error(shared.message);
if (new URLSearchParams(location.search).has('sample') || location.hash === '#sample') runSample();
