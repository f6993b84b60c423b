// Remembers the main window's size and position between launches, and refuses a saved position
// that no longer fits on any display (a monitor was unplugged).

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820 };
export const WINDOW_BOUNDS_KEY = 'window.bounds';

export function restoreBounds(saved: unknown, displays: DisplayArea[]): WindowBounds {
  if (!saved || typeof saved !== 'object') return DEFAULT_BOUNDS;
  const b = saved as Partial<WindowBounds>;
  if (typeof b.width !== 'number' || typeof b.height !== 'number') return DEFAULT_BOUNDS;
  const width = Math.max(800, Math.min(b.width, 10_000));
  const height = Math.max(560, Math.min(b.height, 10_000));
  const maximized = b.maximized === true;
  if (typeof b.x !== 'number' || typeof b.y !== 'number') return { width, height, maximized };
  const { x, y } = b;
  // Keep the position only when the title bar is on some display.
  const visible = displays.some((d) => x + 100 > d.x && x < d.x + d.width - 100 && y >= d.y && y < d.y + d.height - 50);
  return visible ? { x, y, width, height, maximized } : { width, height, maximized };
}
