/**
 * A small set of exclusive options as plain buttons with aria-pressed in a labelled group: each is one Tab stop
 * and says whether it is on, which a screen reader reads without the arrow-key rules of a radio group or tablist.
 */
export function SegmentedChoice<T extends string>({ label, options, value, onChange }: { label: string; options: ReadonlyArray<{ value: T; label: string; lang?: string }>; value: T; onChange(next: T): void }) {
  return (
    <div className="af-segmented" role="group" aria-label={label}>
      <span className="af-segmented__label" aria-hidden="true">
        {label}
      </span>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="af-segmented__option"
          aria-pressed={option.value === value}
          lang={option.lang}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
