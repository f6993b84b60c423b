// Opening the learner's data file safely. A file that is not a SQLite database, or is damaged,
// is moved aside (never deleted) and replaced by the newest automatic backup, or by a fresh file
// when there is none; the learner is told what happened. A folder that cannot be written gives a
// clear error instead of a crash. Write errors while running become typed, readable API errors.
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../common/result';
import { automaticBackupNames, automaticBackupPath, fileTimeStamp } from './backup-service';
import { DATABASE_FILE } from './constants';
import { type Db, openDatabase } from './database';

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

export function isDamagedDatabase(error: unknown): boolean {
  const code = sqliteCode(error) ?? '';
  // Extended codes such as SQLITE_CORRUPT_INDEX count too.
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

export function openUserDatabase(dataDir: string, nativeBinding?: string): { db: Db; notice?: string } {
  const file = path.join(dataDir, DATABASE_FILE);
  try {
    return { db: openDatabase(file, { nativeBinding }) };
  } catch (error) {
    if (!isDamagedDatabase(error)) throw explainOpenError(error, dataDir);
    const setAside = `${file}.damaged-${fileTimeStamp(new Date())}`;
    fs.renameSync(file, setAside);
    for (const suffix of ['-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, setAside + suffix);
    const newest = automaticBackupNames(dataDir)[0];
    const backup = newest && automaticBackupPath(dataDir, newest);
    if (backup) {
      fs.copyFileSync(backup, file);
      try {
        return {
          db: openDatabase(file, { nativeBinding }),
          notice: `Your data file was damaged, so it was set aside as ${path.basename(setAside)} and your latest automatic backup (${path.basename(backup)}) was restored. Changes made after that backup are not in the app; the damaged file was kept.`,
        };
      } catch {
        fs.rmSync(file, { force: true });
      }
    }
    return {
      db: openDatabase(file, { nativeBinding }),
      notice: `Your data file was damaged and no automatic backup could be restored, so the app started with a fresh one. The damaged file was kept as ${path.basename(setAside)}; you can import a backup file from My notes.`,
    };
  }
}

function explainOpenError(error: unknown, dataDir: string): Error {
  const code = sqliteCode(error) ?? '';
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
    return new Error(
      `The data folder ${dataDir} cannot be written (${code}). Check its permissions or free space, or set COMPANION_DATA_DIR to another folder.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Turns storage failures during a call into errors a learner can act on; other errors pass through. */
export function explainStorageError(error: unknown): ApiError | undefined {
  const code = sqliteCode(error) ?? '';
  if (code === 'SQLITE_FULL')
    return new ApiError(
      'unavailable',
      'Your change was not saved: the disk is full. Free some space and try again; nothing already saved was lost.',
    );
  if (code.startsWith('SQLITE_READONLY'))
    return new ApiError(
      'unavailable',
      'Your change was not saved: the data file is read-only. Check the data folder permissions; nothing already saved was lost.',
    );
  if (code.startsWith('SQLITE_IOERR'))
    return new ApiError('unavailable', 'Your change was not saved: the disk reported an error. Try again; nothing already saved was lost.');
  if (code === 'SQLITE_BUSY')
    return new ApiError('unavailable', 'The data file is busy (another copy of the app may be open). Try again in a moment.');
  return undefined;
}
