// A GitHub-style year of study: one column per week, one cell per day, shaded by answers given.
// Hand-drawn SVG so each cell can carry its own <title> tooltip.

import type { StatsOverview } from '@common/contract';
import { useMemo } from 'react';
import { calendarGrid, dayKey, parseDay, plural } from './stats-data';

const CELL = 11;
const GAP = 2;
const STEP = CELL + GAP;
const LEFT = 28;
const TOP = 16;
/** Room a short month name needs at the 9px label size ("Dec" is about 18 units, "sept." about 22). */
const MONTH_LABEL_ROOM = 26;
const WEEKDAY_LABELS: [row: number, label: string][] = [
  [1, 'Mon'],
  [3, 'Wed'],
  [5, 'Fri'],
];

export function CalendarHeatmap({ calendar, today = new Date() }: { calendar: StatsOverview['calendar']; today?: Date }) {
  const todayKey = dayKey(today);
  const grid = useMemo(() => calendarGrid(calendar, parseDay(todayKey)), [calendar, todayKey]);
  // A month that starts in the last week or two labels columns near the right edge: widen the
  // picture so its name is not cut off.
  const lastLabelCol = grid.months.at(-1)?.col ?? 0;
  const width = LEFT + Math.max(grid.weeks * STEP, lastLabelCol * STEP + MONTH_LABEL_ROOM);
  const height = TOP + 7 * STEP;
  const summary = `${plural(grid.total, 'answer')} on ${plural(grid.activeDays, 'day')} in the last year`;
  return (
    <div className="heatmap">
      <svg
        className="heatmap-svg"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={`Study calendar: ${summary}.`}
      >
        {grid.months.map((m) => (
          <text key={`${m.col}-${m.label}`} className="heatmap-label" x={LEFT + m.col * STEP} y={TOP - 5}>
            {m.label}
          </text>
        ))}
        {WEEKDAY_LABELS.map(([row, label]) => (
          <text key={label} className="heatmap-label" x={0} y={TOP + row * STEP + CELL - 2}>
            {label}
          </text>
        ))}
        {grid.cells.map((cell) => (
          <rect
            key={cell.day}
            className={`heat-${cell.level}`}
            x={LEFT + cell.col * STEP}
            y={TOP + cell.row * STEP}
            width={CELL}
            height={CELL}
            rx={2}
            data-day={cell.day}
            data-count={cell.attempts}
          >
            <title>{`${cell.day}: ${cell.attempts} ${cell.attempts === 1 ? 'answer' : 'answers'}`}</title>
          </rect>
        ))}
      </svg>
      <div className="heatmap-legend" aria-hidden="true">
        <span>Less</span>
        <svg aria-hidden="true" width={5 * STEP} height={CELL} viewBox={`0 0 ${5 * STEP} ${CELL}`}>
          {[0, 1, 2, 3, 4].map((level) => (
            <rect key={level} className={`heat-${level}`} x={level * STEP} y={0} width={CELL} height={CELL} rx={2} />
          ))}
        </svg>
        <span>More</span>
        {grid.max > 0 && <span className="muted">(busiest day: {plural(grid.max, 'answer')})</span>}
      </div>
    </div>
  );
}
