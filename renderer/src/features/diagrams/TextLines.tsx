// Text drawn in the lines the layout broke it into (the layout sized its box for exactly these).
export function TextLines({ lines }: { lines: string[] }) {
  return (
    <>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed lines of one label, never reordered (a label may repeat a line)
        <span key={i}>{line}</span>
      ))}
    </>
  );
}
