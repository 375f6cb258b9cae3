// The progress bar of a running job: bytes done of total, rows, speed, and the Cancel button.
import type { ProgressMessage } from '../worker/protocol';
import { formatBytes, formatCount, formatRate } from '../report/format';

/** "12.3 MB of 40.0 MB · 120,000 rows · 85.2 MB/s · deals.csv" */
export function progressText(progress: ProgressMessage, elapsedMs: number): string {
  const rows = `${formatCount(progress.rows)} ${progress.rows === 1 ? 'row' : 'rows'}`;
  return [
    `${formatBytes(progress.bytesDone)} of ${formatBytes(progress.bytesTotal)}`,
    rows,
    formatRate(progress.bytesDone, elapsedMs),
    progress.file,
  ].join(' · ');
}

export class ProgressView {
  private started = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly bar: HTMLProgressElement,
    private readonly label: HTMLElement,
    cancelButton: HTMLButtonElement,
    onCancel: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    cancelButton.addEventListener('click', onCancel);
  }

  start(what: string): void {
    this.started = this.now();
    this.bar.removeAttribute('value'); // indeterminate until the first bytes
    this.label.textContent = what;
    this.root.hidden = false;
  }

  update(progress: ProgressMessage): void {
    this.bar.max = Math.max(progress.bytesTotal, 1);
    this.bar.value = progress.bytesDone;
    this.label.textContent = progressText(progress, this.now() - this.started);
  }

  stop(): void {
    this.root.hidden = true;
  }
}
