// "10 m", "5 h", "3 d", "2 mo", "1.5 y": how long until a card comes back, as Anki writes it on
// its grade buttons.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatInterval(fromMs: number, toMs: number): string {
  const ms = Math.max(0, toMs - fromMs);
  // The unit follows the rounded number: a day less a few seconds is "1 d", not "24 h".
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${Math.max(1, minutes)} m`;
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return `${hours} h`;
  const days = ms / DAY;
  if (Math.round(days) < 30) return `${Math.round(days)} d`;
  if (days < 365) return `${Math.round(days / 30)} mo`;
  const years = Math.round((days / 365) * 10) / 10;
  return `${years} y`;
}
