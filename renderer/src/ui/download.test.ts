// @vitest-environment happy-dom
// An export reaches the learner either saved by Electron's dialog or downloaded by the page; the
// returned message is what the status line shows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deliverToLearner } from './download';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('deliverToLearner', () => {
  it('says nothing when the learner cancelled the save dialog', () => {
    expect(deliverToLearner({ kind: 'cancelled' })).toBeUndefined();
  });

  it('names the path Electron saved to', () => {
    expect(deliverToLearner({ kind: 'saved', path: '/home/me/notes.pdf', bytes: 10 })).toBe('Saved to /home/me/notes.pdf');
  });

  it('follows the one-time download link under the file name, with no bytes in the page', () => {
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
    const createObjectURL = vi.spyOn(URL, 'createObjectURL');

    const message = deliverToLearner({ kind: 'download', fileName: 'notes.md', mimeType: 'text/markdown', bytes: 4, url: 'downloads/abc' });

    expect(message).toBe('Downloaded notes.md');
    expect(clicked).toEqual([{ href: 'downloads/abc', download: 'notes.md' }]);
    expect(createObjectURL).not.toHaveBeenCalled();
  });
});
