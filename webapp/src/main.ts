// The page: wires the drop zone, the sample button, the progress bar and the report to the engine.
import './styles.css';
import { EngineClient, type JobResult } from './engine_client';
import { parseReport } from './report/parse_report';
import { renderReport, reportSource } from './report/render_report';
import { attachDropZone } from './ui/drop_zone';
import { downloadText } from './ui/download';
import { ProgressView } from './ui/progress_view';
import { StatusMessage } from './ui/status_message';
import { spawnEngineWorker } from './worker/spawn_engine_worker';

const REPORT_FILE_NAME = 'icp-drift-report.json';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
}

type PageState = 'idle' | 'running' | 'report' | 'error';
const setState = (state: PageState) => {
  document.body.dataset.state = state;
};

const status = new StatusMessage(byId('alert'), byId('notice'));
const reportSection = byId<HTMLElement>('report');
const reportBody = byId<HTMLElement>('report-body');
const reportSourceLine = byId<HTMLElement>('report-source');
let reportJson: string | null = null;

const client = new EngineClient(spawnEngineWorker, {
  onProgress: (p) => progress.update(p),
  onNotice: (message) => status.info(message),
});
const progress = new ProgressView(
  byId('progress'),
  byId<HTMLProgressElement>('progress-bar'),
  byId('progress-label'),
  byId<HTMLButtonElement>('cancel-button'),
  () => client.cancel(),
);

let latestJob = 0;
async function runJob(label: string, start: () => Promise<JobResult>): Promise<void> {
  const job = ++latestJob;
  status.clear();
  progress.start(`Starting: ${label}…`);
  setState('running');
  reportSection.setAttribute('aria-busy', 'true');
  const result = await start();
  if (job !== latestJob) return; // a newer job replaced this one
  progress.stop();
  reportSection.removeAttribute('aria-busy');
  show(result, label);
}

function show(result: JobResult, label: string): void {
  if (result.kind === 'cancelled') {
    status.info('Cancelled. Nothing was kept; drop the files again when you are ready.');
    setState(reportJson ? 'report' : 'idle');
    return;
  }
  if (result.kind === 'error') {
    hideReport();
    status.error(result.message);
    setState('error');
    return;
  }
  const parsed = parseReport(result.json);
  if (!parsed.ok) {
    hideReport();
    status.error(parsed.message);
    setState('error');
    return;
  }
  reportJson = result.json;
  renderReport(reportBody, parsed.report);
  reportSourceLine.textContent = reportSource(parsed.report, label);
  reportSection.hidden = false;
  setState('report');
}

function hideReport(): void {
  reportJson = null;
  reportSection.hidden = true;
  reportBody.replaceChildren();
}

function describeFiles(files: File[]): string {
  return files.length === 1 ? files[0]!.name : `${files.length} files`;
}

const runFiles = (files: File[]) => void runJob(describeFiles(files), () => client.analyze(files));
const runSample = () => void runJob('Sample dataset', () => client.sample());

attachDropZone(byId('drop-zone'), byId<HTMLInputElement>('file-input'), runFiles);
byId('sample-button').addEventListener('click', runSample);
byId('download-button').addEventListener('click', () => {
  if (reportJson !== null) downloadText(reportJson, REPORT_FILE_NAME);
});

// A file dropped next to the zone must not make the browser open it in place of the page.
for (const type of ['dragover', 'drop'] as const) {
  window.addEventListener(type, (event) => event.preventDefault());
}

if (new URLSearchParams(location.search).has('sample') || location.hash === '#sample') runSample();
