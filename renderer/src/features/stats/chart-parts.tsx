// What every stats chart shares: the pass mark, domain names, colours and dash patterns, the axis,
// grid and tooltip styles (CSS variables, so the charts follow the theme), and the data table
// that makes each chart readable without the picture.

import { DOMAIN_INFO, type DomainId } from '@common/content-schema';
import type { ReactNode } from 'react';
import { CartesianGrid } from 'recharts';
import { shortDay } from './stats-data';

export const PASS_SCORE = 750;

export const DOMAIN_NAME = new Map(DOMAIN_INFO.map((d) => [d.id, d.name]));
/** Dash patterns so the domain lines differ by more than colour. */
export const DOMAIN_DASH: Record<DomainId, string | undefined> = {
  D1: undefined,
  D2: '8 4',
  D3: '2 3',
  D4: '10 3 2 3',
  D5: '5 5',
  D6: '1 4',
};
export const domainColor = (d: DomainId) => `var(--stats-${d.toLowerCase()})`;

export const AXIS = { stroke: 'var(--border)', tick: { fill: 'var(--muted)', fontSize: 12 }, tickLine: { stroke: 'var(--border)' } };
export const GRID = <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />;
export const TOOLTIP = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--text)' },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { color: 'var(--text)' },
};
/** Axes shared by the week-by-week accuracy charts. */
export const WEEK_AXIS = { dataKey: 'week', tickFormatter: (w: string) => shortDay(w), minTickGap: 16, ...AXIS };
export const PERCENT_AXIS = { domain: [0, 100], ticks: [0, 25, 50, 75, 100], unit: '%', width: 48, ...AXIS };
export const weekLabel = (w: unknown) => `Week of ${shortDay(String(w))}`;

/** Every chart's numbers, readable without the picture. */
export function DataTable({ children }: { children: ReactNode }) {
  return (
    <details className="stats-data-table">
      <summary>Show the data as a table</summary>
      <table>{children}</table>
    </details>
  );
}

export const legendText = (value: unknown) => <span className="stats-legend-text">{String(value)}</span>;

export const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

export const longDate = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
