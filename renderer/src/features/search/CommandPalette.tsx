// Ctrl/Cmd+K: type to search everything; arrows move, Enter opens, Escape closes.
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../../main/common/contract';
import { api } from '../../api/client';
import { navigate } from '../../app/router';
import { useFocusTrap } from '../../ui/focus';
import { Snippet } from './Snippet';
import { hitHref, KIND_LABEL } from './search-links';

export function CommandPalette({ onClose }: { onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  // A modal: focus starts in the search box, Tab cannot leave, and closing returns focus.
  useFocusTrap(dialogRef, inputRef);

  useEffect(() => {
    let current = true;
    const handle = setTimeout(() => {
      api['search.query']({ query, limit: 12 }).then(
        (result) => {
          if (current) {
            setHits(result);
            setActive(0);
          }
        },
        () => current && setHits([]),
      );
    }, 60);
    return () => {
      current = false;
      clearTimeout(handle);
    };
  }, [query]);

  const open = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    navigate(hitHref(hit));
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (event.ctrlKey || event.metaKey) {
        onClose();
        navigate({ view: 'search', query });
      } else open(hits[active]);
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the backdrop closes the dialog on click; Escape does the same
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape is handled on the input
    <div className="palette-backdrop" onClick={onClose}>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: stops backdrop clicks only */}
      <div ref={dialogRef} className="palette" role="dialog" aria-modal="true" aria-label="Search" onClick={(e) => e.stopPropagation()}>
        <input
          ref={inputRef}
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="palette-results"
          aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
          placeholder="Search notes, your notes and questions…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <div id="palette-results" role="listbox" aria-label="Results" className="palette-results">
          {hits.map((hit, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection is on the combobox input
            <div
              key={`${hit.kind}:${hit.id}`}
              id={`hit-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? 'is-active' : ''}
              onMouseEnter={() => setActive(i)}
              onClick={() => open(hit)}
            >
              <span className="hit-kind">{KIND_LABEL[hit.kind]}</span>
              <span className="hit-title">{hit.title}</span>
              <Snippet text={hit.snippet} />
            </div>
          ))}
        </div>
        {query && hits.length === 0 && <p className="muted palette-empty">No matches.</p>}
        <p className="palette-hint muted">
          <kbd>↑</kbd>
          <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> all results · <kbd>Esc</kbd> close
        </p>
      </div>
    </div>
  );
}
