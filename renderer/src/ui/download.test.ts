// @vitest-environment happy-dom
// An export reaches the learner either saved by Electron's dialog or downloaded by the page; the
// returned message is what the status line shows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deliverToLearner } from './download';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('deliverToLearner', () => {
  it('says nothing when the learner cancelled the save dialog', () => {
    expect(deliverToLearner({ kind: 'cancelled' })).toBeUndefined();
  });

  it('names the path Electron saved to', () => {
    expect(deliverToLearner({ kind: 'saved', path: '/home/me/notes.pdf', bytes: 10 })).toBe('Saved to /home/me/notes.pdf');
  });

  it('downloads the decoded bytes under the file name, then frees the blob', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:export';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });

    const message = deliverToLearner({ kind: 'download', fileName: 'notes.md', mimeType: 'text/markdown', base64: btoa('# Hi'), bytes: 4 });

    expect(message).toBe('Downloaded notes.md');
    expect(clicked).toEqual([{ href: 'blob:export', download: 'notes.md' }]);
    expect(blobs[0]?.type).toBe('text/markdown');
    expect(await blobs[0]?.text()).toBe('# Hi');
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(revoke).toHaveBeenCalledWith('blob:export');
  });
});
