// What the palette lists: the commands the query names, then the search hits, as VS Code's and
// Obsidian's palettes do. Kept apart from the component so the matching is unit-tested.
import { COMMANDS, type Command } from '@common/commands';
import type { SearchHit } from '@common/contract';

export type PaletteItem = { kind: 'command'; command: Command } | { kind: 'hit'; hit: SearchHit };

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The commands whose words start with every word of the query ('go sta' finds Go to Stats), or
 * all of them before anything is typed. Search… is left out: the palette is already open.
 */
export function matchingCommands(query: string, commands: readonly Command[] = COMMANDS): Command[] {
  const wanted = words(query);
  return commands.filter((c) => {
    if (c.action === 'palette.toggle') return false;
    const have = words(`${c.group} ${c.label}`);
    return wanted.every((w) => have.some((h) => h.startsWith(w)));
  });
}

export function paletteItems(query: string, hits: readonly SearchHit[]): PaletteItem[] {
  return [
    ...matchingCommands(query).map((command) => ({ kind: 'command' as const, command })),
    ...hits.map((hit) => ({ kind: 'hit' as const, hit })),
  ];
}
