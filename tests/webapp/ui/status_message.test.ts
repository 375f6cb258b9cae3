// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { StatusMessage } from '../../../webapp/src/ui/status_message';

describe('StatusMessage', () => {
  it('shows an error as text in the alert, and clears', () => {
    document.body.innerHTML = '<div id="a" role="alert" hidden></div><div id="n" role="status" hidden></div>';
    const alert = document.getElementById('a')!;
    const notice = document.getElementById('n')!;
    const status = new StatusMessage(alert, notice);
    status.info('Restarted.');
    status.error('<b>deals.csv</b>: no header row');
    expect(alert.hidden).toBe(false);
    expect(alert.textContent).toBe('<b>deals.csv</b>: no header row');
    expect(alert.querySelector('b')).toBeNull();
    expect(notice.hidden).toBe(true);
    status.clear();
    expect(alert.hidden).toBe(true);
    expect(alert.textContent).toBe('');
  });
});
