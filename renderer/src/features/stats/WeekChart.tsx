// The frame both week-by-week accuracy charts share: a percent axis over weeks, grid, themed
// tooltip and legend around the lines each chart draws, then the same numbers as a table whose
// first column is the week.
import type { ReactNode } from 'react';
import { Legend, LineChart, ResponsiveContainer, Tooltip, type TooltipProps, type TooltipValueType, XAxis, YAxis } from 'recharts';
import { DataTable, GRID, legendText, PERCENT_AXIS, TOOLTIP, WEEK_AXIS, weekLabel } from './chart-parts';

type Formatter = NonNullable<TooltipProps<TooltipValueType, string | number>['formatter']>;

export function WeekChart<P extends { week: string }>(props: {
  points: P[];
  height: number;
  /** What the tooltip shows for a line at a week. */
  format: Formatter;
  /** The chart's <Line>s. */
  children: ReactNode;
  /** Header cells after "Week of", and each week's cells after its date. */
  columns: ReactNode;
  row: (point: P) => ReactNode;
}) {
  return (
    <>
      <div className="stats-chart">
        <ResponsiveContainer width="100%" height={props.height}>
          <LineChart data={props.points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            {GRID}
            <XAxis {...WEEK_AXIS} />
            <YAxis {...PERCENT_AXIS} />
            <Tooltip {...TOOLTIP} labelFormatter={weekLabel} formatter={props.format} />
            <Legend formatter={legendText} />
            {props.children}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <DataTable>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {props.columns}
          </tr>
        </thead>
        <tbody>
          {props.points.map((p) => (
            <tr key={p.week}>
              <th scope="row">{p.week}</th>
              {props.row(p)}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
