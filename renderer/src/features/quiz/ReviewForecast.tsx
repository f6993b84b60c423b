// The review forecast: cards falling due on each of the next 30 days, with axes, today marked, and
// the exam date where it falls inside the chart (every card is due before it), plus the same numbers
// as a table for screen readers and for checking.
import type { ReviewSummary } from '@common/contract';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../../api/client';
import { useAsync } from '../../ui/useAsync';

const AXIS = { stroke: 'var(--border)', tick: { fill: 'var(--muted)', fontSize: 12 }, tickLine: { stroke: 'var(--border)' } };
const shortDay = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

export function ReviewForecast({ forecast }: { forecast: ReviewSummary['forecast'] }) {
  const settings = useAsync(() => api['settings.get']({}), []);
  const examDate = settings.data?.examDate ?? null;
  const today = forecast[0]?.day;
  const last = forecast.at(-1)?.day;
  const examInView = examDate && today && last && examDate >= today && examDate <= last;
  const total = forecast.reduce((sum, f) => sum + f.count, 0);
  return (
    <figure className="forecast">
      <figcaption>
        Reviews due, next {forecast.length} days: {total} card{total === 1 ? '' : 's'}
        {examDate && !examInView && examDate > (last ?? '') ? ` · exam on ${shortDay(examDate)}, after this chart` : ''}
      </figcaption>
      <div className="forecast-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={190}>
          <BarChart data={forecast} margin={{ top: 18, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tickFormatter={shortDay} minTickGap={18} {...AXIS} />
            <YAxis allowDecimals={false} width={36} {...AXIS} />
            <Tooltip
              labelFormatter={(day) => shortDay(String(day))}
              formatter={(value) => [`${value} due`, 'Cards']}
              contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--text)' }}
              cursor={{ fill: 'color-mix(in srgb, var(--accent) 12%, transparent)' }}
            />
            <Bar dataKey="count" fill="var(--accent)" isAnimationActive={!reducedMotion()} />
            {today && (
              <ReferenceLine
                x={today}
                stroke="var(--muted)"
                label={{ value: 'Today', position: 'top', fill: 'var(--muted)', fontSize: 12 }}
              />
            )}
            {examInView && (
              <ReferenceLine
                x={examDate}
                stroke="var(--bad)"
                strokeDasharray="4 3"
                label={{ value: 'Exam', position: 'top', fill: 'var(--bad)', fontSize: 12 }}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="forecast-data">
        <summary>Show the forecast as a table</summary>
        <table data-testid="forecast-table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Cards due</th>
            </tr>
          </thead>
          <tbody>
            {forecast.map((f) => (
              <tr key={f.day} data-day={f.day}>
                <td>
                  {shortDay(f.day)}
                  {f.day === examDate ? ' (exam)' : f.day === today ? ' (today, overdue included)' : ''}
                </td>
                <td>{f.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
