// Shows a search snippet with its matched words highlighted. The service marks matches with
// control characters, never HTML, so the text is rendered as text.
const HIT_START = '\u0002';
const HIT_END = '\u0003';

export function Snippet({ text }: { text: string }) {
  const parts: { text: string; hit: boolean }[] = [];
  let rest = text;
  while (rest.length > 0) {
    const start = rest.indexOf(HIT_START);
    if (start < 0) {
      parts.push({ text: rest, hit: false });
      break;
    }
    const end = rest.indexOf(HIT_END, start);
    if (start > 0) parts.push({ text: rest.slice(0, start), hit: false });
    parts.push({ text: rest.slice(start + 1, end < 0 ? undefined : end), hit: true });
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  return (
    <span className="snippet">
      {parts.map((p, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
        p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </span>
  );
}
