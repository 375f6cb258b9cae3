// The one place where the page tells the user something: an error (role=alert) or a notice.

export class StatusMessage {
  constructor(private readonly alert: HTMLElement, private readonly notice: HTMLElement) {}

  error(message: string): void {
    this.clear();
    this.alert.textContent = message;
    this.alert.hidden = false;
  }

  info(message: string): void {
    this.notice.textContent = message;
    this.notice.hidden = false;
  }

  clear(): void {
    for (const box of [this.alert, this.notice]) {
      box.textContent = '';
      box.hidden = true;
    }
  }
}
