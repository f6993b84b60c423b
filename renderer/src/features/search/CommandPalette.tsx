// Ctrl/Cmd+K: type to find a command or search everything; arrows move, Enter runs the command or
// opens the hit, Escape closes. Commands come first, as in VS Code's and Obsidian's palettes.

import { type Command, displayBinding } from '@common/commands';
import type { SearchHit } from '@common/contract';
import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { navigate } from '../../app/router';
import { isMac } from '../../app/useCommandKeys';
import { useFocusTrap } from '../../ui/focus';
import { type PaletteItem, paletteItems } from './palette-items';
import { Snippet } from './Snippet';
import { hitHref, KIND_LABEL } from './search-links';
import './palette-commands.css';

export function CommandPalette({ onClose, onRunCommand }: { onClose: () => void; onRunCommand: (command: Command) => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  // Where the pointer last was. Chrome sends mouse events when results appear under a pointer
  // that has not moved; only a real move may take the selection from the keyboard.
  const pointer = useRef<{ x: number; y: number } | undefined>(undefined);
  const pointTo = (event: MouseEvent, index: number) => {
    const last = pointer.current;
    pointer.current = { x: event.clientX, y: event.clientY };
    const moved = event.movementX !== 0 || event.movementY !== 0 || (last && (last.x !== event.clientX || last.y !== event.clientY));
    if (moved) setActive(index);
  };
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  // A modal: focus starts in the search box, Tab cannot leave, and closing returns focus.
  useFocusTrap(dialogRef, inputRef);
  const items = paletteItems(query, hits);
  const mac = isMac();

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

  const open = (item: PaletteItem | undefined) => {
    if (!item) return;
    // The command decides what closes: a view closes the palette, the shortcuts sheet replaces it.
    if (item.kind === 'command') return onRunCommand(item.command);
    onClose();
    navigate(hitHref(item.hit, query));
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, items.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (event.ctrlKey || event.metaKey) {
        onClose();
        navigate({ view: 'search', query });
      } else open(items[active]);
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
          aria-expanded={items.length > 0}
          aria-controls="palette-results"
          aria-activedescendant={items[active] ? `palette-item-${active}` : undefined}
          placeholder="Search notes, your notes and questions, or type a command…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            // The commands change at once; the hits follow when the search answers.
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <div id="palette-results" role="listbox" aria-label="Results" className="palette-results">
          {items.map((item, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection is on the combobox input
            <div
              key={item.kind === 'command' ? item.command.id : `${item.hit.kind}:${item.hit.id}`}
              id={`palette-item-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={`${item.kind === 'command' ? 'palette-command' : ''} ${i === active ? 'is-active' : ''}`}
              onMouseMove={(event) => pointTo(event, i)}
              onClick={() => open(item)}
            >
              {item.kind === 'command' ? (
                <>
                  <span className="hit-kind">{item.command.group}</span>
                  <span className="hit-title">{item.command.label}</span>
                  {item.command.keys[0] && <kbd className="palette-command-keys">{displayBinding(item.command.keys[0], mac)}</kbd>}
                </>
              ) : (
                <>
                  <span className="hit-kind">{KIND_LABEL[item.hit.kind]}</span>
                  <span className="hit-title">
                    {item.hit.title}
                    {item.hit.section && <span className="hit-section"> › {item.hit.section.title}</span>}
                  </span>
                  <Snippet text={item.hit.snippet} />
                </>
              )}
            </div>
          ))}
        </div>
        {query && items.length === 0 && <p className="muted palette-empty">No matches.</p>}
        <p className="palette-hint muted">
          <kbd>↑</kbd>
          <kbd>↓</kbd> move · <kbd>Enter</kbd> run or open · <kbd>{mac ? '⌘' : 'Ctrl'}</kbd>+<kbd>Enter</kbd> all results · <kbd>Esc</kbd>{' '}
          close
        </p>
      </div>
    </div>
  );
}
