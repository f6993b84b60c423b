// The "Keyboard shortcuts" sheet ('?', F1, the palette or the Help menu): every command and every
// view's own keys, grouped, read from the command registry so it can never list a stale key.

import { COMMAND_GROUPS, COMMANDS, type KeyBinding, keyCaps, VIEW_SHORTCUTS } from '@common/commands';
import { useRef } from 'react';
import { useFocusTrap } from '../ui/focus';
import { isMac } from './useCommandKeys';
import './shortcuts.css';

interface Row {
  label: string;
  keys: readonly KeyBinding[];
}

const SECTIONS: { title: string; rows: Row[]; alternatives: boolean }[] = [
  ...COMMAND_GROUPS.map((group) => ({
    title: group,
    rows: COMMANDS.filter((c) => c.group === group),
    // A command's keys are alternatives ('?' or F1); a view's are a set (the four arrows).
    alternatives: true,
  })),
  ...[...new Set(VIEW_SHORTCUTS.map((s) => s.scope))].map((scope) => ({
    title: scope,
    rows: VIEW_SHORTCUTS.filter((s) => s.scope === scope),
    alternatives: false,
  })),
].filter((section) => section.rows.length > 0);

function Keys({ keys, alternatives, mac }: { keys: readonly KeyBinding[]; alternatives: boolean; mac: boolean }) {
  // A command without keys (switching the theme) is still listed: the palette runs it.
  if (keys.length === 0) return <span className="muted">from the palette</span>;
  return keys.map((binding, i) => (
    <span key={binding} className="shortcut-binding">
      {alternatives && i > 0 && <span className="muted"> or </span>}
      {keyCaps(binding, mac).map((cap) => (
        <kbd key={cap}>{cap}</kbd>
      ))}
    </span>
  ));
}

export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  // A modal like the palette: focus starts on Close, Tab cannot leave, closing returns focus.
  useFocusTrap(dialogRef, closeRef);
  const mac = isMac();

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the backdrop closes the dialog on click; Escape does the same
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape is handled on the dialog
    <div className="palette-backdrop" onClick={onClose}>
      <div
        ref={dialogRef}
        className="shortcuts-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      >
        <div className="shortcuts-header">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button ref={closeRef} type="button" onClick={onClose}>
            Close
          </button>
        </div>
        {/* Focusable so the keyboard can scroll it in a small window. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
        <section className="shortcuts-body" tabIndex={0} aria-label="All shortcuts">
          {SECTIONS.map((section) => (
            <section key={section.title} className="shortcuts-group" aria-labelledby={`shortcuts-${slug(section.title)}`}>
              <h3 id={`shortcuts-${slug(section.title)}`}>{section.title}</h3>
              <dl>
                {section.rows.map((row) => (
                  <div key={row.label} className="shortcut-row">
                    <dt>{row.label}</dt>
                    <dd>
                      <Keys keys={row.keys} alternatives={section.alternatives} mac={mac} />
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </section>
      </div>
    </div>
  );
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
