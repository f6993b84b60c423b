// Small drawn icons for the few symbols the UI needs that ordinary text fonts lack. An emoji such
// as the 📌 pin needs a colour emoji font, which many Linux machines do not have (it drew as an
// empty box); these paths draw everywhere, at the text's size and in its colour.
const PATHS = {
  /** A push pin, head up, needle down. */
  pin: 'M4.5 1h7v1.6l-1.5.4v3.4l2.8 2.6V10.5h-9.6V9l2.8-2.6V3L4.5 2.6zM7.3 10.5h1.4L8 15.5z',
  /** A pennant on a pole, filled: a flagged question. */
  flag: 'M3 1h1.5v14H3zM4.5 2H13l-2.2 3.25L13 8.5H4.5z',
  /** The same pennant in outline: a question not flagged. */
  'flag-outline': 'M3 1h1.5v14H3zM4.5 2H13l-2.2 3.25L13 8.5H4.5zM6 3.4v3.7h4.3L9.1 5.25l1.2-1.85z',
} as const;

export type IconName = keyof typeof PATHS;

/**
 * An inline icon, 1em square. Decorative (hidden from assistive technology) unless it is given a
 * label, which then names it as an image: give one when the icon is the only sign of a state.
 */
export function Icon({ name, label, className }: { name: IconName; label?: string; className?: string }) {
  const drawing = {
    className: className ? `icon ${className}` : 'icon',
    viewBox: '0 0 16 16',
    width: '1em',
    height: '1em',
    fill: 'currentColor',
    focusable: false,
    style: { verticalAlign: '-0.125em', flex: 'none' },
  } as const;
  return label ? (
    <svg {...drawing} role="img" aria-label={label}>
      <title>{label}</title>
      <path d={PATHS[name]} />
    </svg>
  ) : (
    <svg {...drawing} aria-hidden="true">
      <path d={PATHS[name]} />
    </svg>
  );
}
