import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, restoreBounds } from './window-state';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('remembered window bounds', () => {
  it('restores a saved size and position that is on screen', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1400, height: 900, maximized: true }, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('drops a position left on a monitor that is gone, keeping the size', () => {
    expect(restoreBounds({ x: 3000, y: 50, width: 1400, height: 900 }, screen)).toEqual({ width: 1400, height: 900, maximized: false });
  });

  it('falls back to defaults for garbage and clamps absurd sizes', () => {
    expect(restoreBounds('nonsense', screen)).toEqual(DEFAULT_BOUNDS);
    expect(restoreBounds({ width: 10, height: 99999 }, screen)).toEqual({ width: 800, height: 10000, maximized: false });
  });
});
