// What the trash offers: restore a note, delete one for good, or empty the trash (each asked first).
import type { PersonalNoteSummary } from '@common/contract';
import { api } from '../../api/client';
import type { RunAction } from './useActionStatus';

export function NoteTrashActions({ note, run, onChanged }: { note: PersonalNoteSummary; run: RunAction; onChanged: () => void }) {
  const restore = () =>
    run('Restoring', async () => {
      await api['notes.restore']({ id: note.id });
      onChanged();
      return 'Restored';
    });
  const purge = () =>
    window.confirm(`Delete "${note.title}" for good?`)
      ? run('Deleting', async () => {
          await api['notes.purge']({ id: note.id });
          onChanged();
          return 'Deleted for good';
        })
      : undefined;
  return (
    <span className="note-item-actions">
      <button type="button" onClick={restore}>
        Restore
      </button>
      <button type="button" onClick={purge}>
        Delete for good
      </button>
    </span>
  );
}

export function EmptyTrashButton({ run, onEmptied }: { run: RunAction; onEmptied: () => void }) {
  return (
    <button
      type="button"
      onClick={() =>
        window.confirm('Empty the trash? This cannot be undone.')
          ? run('Emptying', async () => `${(await api['notes.emptyTrash']({})).purged} notes deleted for good`).then(onEmptied)
          : undefined
      }
    >
      Empty trash
    </button>
  );
}
