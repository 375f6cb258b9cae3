// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../../webapp/src/ui/download';

describe('downloadText', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('saves the exact text through a Blob URL under the given name, then revokes the URL', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const revoked: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test/1'),
      revokeObjectURL: (url: string) => revoked.push(url),
    }));
    const clicked: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    const json = '{"schema_version":"1","inputs":[]}';
    downloadText(json, 'icp-drift-report.json');
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'icp-drift-report.json' }]);
    expect(blobs[0]!.type).toBe('application/json');
    expect(await blobs[0]!.text()).toBe(json);
    expect(document.querySelector('a')).toBeNull();
    vi.runAllTimers();
    expect(revoked).toEqual(['blob:test/1']);
    click.mockRestore();
  });
});
