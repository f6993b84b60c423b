// The notes list: each note's title, pin, date and tags, a checkbox to select it for export, or,
// in the trash, its restore and delete buttons.
import type { PersonalNoteSummary } from '@common/contract';
import { routeHref } from '../../app/router';
import { Icon } from '../../ui/Icon';
import { NoteTrashActions } from './TrashActions';
import type { RunAction } from './useActionStatus';

export function NotesList({
  notes,
  currentId,
  trash,
  filtered,
  selected,
  onToggleSelected,
  run,
  onChanged,
}: {
  notes: PersonalNoteSummary[] | undefined;
  currentId: string | undefined;
  trash: boolean;
  /** A tag or link filter is on, so an empty list means "no match", not "no notes". */
  filtered: boolean;
  selected: string[];
  onToggleSelected: (id: string) => void;
  run: RunAction;
  onChanged: () => void;
}) {
  return (
    <>
      {notes && notes.length === 0 && (
        <p className="muted">
          {trash ? 'The trash is empty.' : filtered ? 'No notes match these filters.' : 'No notes yet. Create one to start writing.'}
        </p>
      )}
      <ul>
        {notes?.map((n) => (
          <li key={n.id} className="note-item">
            {!trash && (
              <input
                type="checkbox"
                aria-label={`Select ${n.title}`}
                checked={selected.includes(n.id)}
                onChange={() => onToggleSelected(n.id)}
              />
            )}
            {trash ? <span className="note-item-title">{n.title}</span> : <NoteLink note={n} current={n.id === currentId} />}
            {n.tags.length > 0 && <span className="note-tags">{n.tags.map((t) => `#${t}`).join(' ')}</span>}
            {trash && <NoteTrashActions note={n} run={run} onChanged={onChanged} />}
          </li>
        ))}
      </ul>
    </>
  );
}

function NoteLink({ note, current }: { note: PersonalNoteSummary; current: boolean }) {
  return (
    <a href={routeHref({ view: 'notes', noteId: note.id })} aria-current={current ? 'page' : undefined}>
      <span>
        {note.pinned && (
          <>
            <Icon name="pin" label="Pinned" />{' '}
          </>
        )}
        {note.title}
      </span>
      <time className="muted" dateTime={note.updatedAt}>
        {new Date(note.updatedAt).toLocaleDateString()}
      </time>
    </a>
  );
}
