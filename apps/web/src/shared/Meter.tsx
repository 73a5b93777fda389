/** A 0–100 gauge (`.bitd-meter`), coloured by `level`; the bar is kept within 0–100. */
export function Meter({
  value,
  level,
  label,
}: {
  value: number;
  level: 'success' | 'info' | 'warning';
  label: string;
}) {
  return (
    <div
      className={`bitd-meter bitd-meter--${level}`}
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-label={label}
    >
      <span style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
    </div>
  );
}
