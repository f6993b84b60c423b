// Importing a backup in Electron: the open dialog is filtered to .json and starts in Documents;
// closing it imports nothing; the file is read in the main process and refused over the cap
// before it is loaded.
import fs from 'node:fs';
import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../common/contract';
import { makeTempDir } from '../node/testing';
import { backupOpenOptions, openBackupWithDialog } from './file-dialogs';

/** A dialog that records its options and "chooses" the given paths. */
function fakeDialog(filePaths: string[], canceled = false) {
  const shown: OpenDialogOptions[] = [];
  const show = async (options: OpenDialogOptions) => {
    shown.push(options);
    return { canceled, filePaths };
  };
  return { show, shown };
}

describe('openBackupWithDialog', () => {
  it('offers only .json files, one at a time, starting in Documents', () => {
    expect(backupOpenOptions('/home/me/Documents')).toEqual({
      title: 'Import a backup',
      defaultPath: '/home/me/Documents',
      properties: ['openFile'],
      filters: [{ name: 'Backup (JSON)', extensions: ['json'] }],
    });
  });

  it('reads the chosen file in the main process', async () => {
    const file = path.join(makeTempDir(), 'backup.json');
    fs.writeFileSync(file, '{"format":"x"}');
    const dialog = fakeDialog([file]);
    expect((await openBackupWithDialog(dialog.show, '/docs'))?.toString()).toBe('{"format":"x"}');
    expect(dialog.shown).toEqual([backupOpenOptions('/docs')]);
  });

  it('imports nothing when the learner closes the dialog', async () => {
    expect(await openBackupWithDialog(fakeDialog([], true).show, '/docs')).toBeUndefined();
    expect(await openBackupWithDialog(fakeDialog([]).show, '/docs')).toBeUndefined();
  });

  it('refuses a file over the cap without reading it, and says why', async () => {
    const file = path.join(makeTempDir(), 'huge.json');
    // A sparse file: its size is over the cap without writing 64 MiB to disk.
    fs.writeFileSync(file, '');
    fs.truncateSync(file, MAX_BACKUP_BYTES + 1);
    await expect(openBackupWithDialog(fakeDialog([file]).show, '/docs')).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/at most 64 MiB/),
    });
    const small = path.join(makeTempDir(), 'small.json');
    fs.writeFileSync(small, 'x'.repeat(11));
    await expect(openBackupWithDialog(fakeDialog([small]).show, '/docs', 10)).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('answers a typed error for a file it cannot read', async () => {
    const dir = makeTempDir();
    await expect(openBackupWithDialog(fakeDialog([path.join(dir, 'gone.json')]).show, '/docs')).rejects.toMatchObject({
      code: 'unavailable',
      message: 'Could not read gone.json: ENOENT.',
    });
    await expect(openBackupWithDialog(fakeDialog([dir]).show, '/docs')).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
