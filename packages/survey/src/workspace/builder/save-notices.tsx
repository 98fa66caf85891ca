import { useEffect, useRef } from "react";
import { useBuilderMessages } from "./builder-messages.js";
import { changedParts, partText, type PartNames } from "./changed-parts.js";
import type { SaveProblem } from "./draft-save-queue.js";

/** A colleague's save merged with ours: what came from them, until closed. */
export function MergeNotice({ fromTheirs, names, onDismiss }: { fromTheirs: readonly string[]; names: PartNames; onDismiss(): void }) {
  const { b } = useBuilderMessages();
  const parts = changedParts(fromTheirs).map((part) => partText(part, b, names));
  return (
    <div className="af-notice af-builder-notice" role="status">
      <div>
        <h2>{b.mergedHeading}</h2>
        <p>{parts.length === 0 ? b.mergedNothingVisible : b.merged(parts)}</p>
      </div>
      <button type="button" className="af-notice__close" onClick={onDismiss}>
        {b.dismiss}
      </button>
    </div>
  );
}

/**
 * A colleague's save and ours touch the same places: what they are, and the two ways on. The heading takes focus
 * when the conflict arrives, so a keyboard or screen reader user meets it at once.
 */
export function ConflictNotice({ problem, names, onKeepMine, onTakeTheirs }: { problem: Extract<SaveProblem, { kind: "conflict" }>; names: PartNames; onKeepMine(): void; onTakeTheirs(): void }) {
  const { b } = useBuilderMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [problem]);
  const parts = changedParts(problem.conflicts.map((conflict) => conflict.path)).map((part) => partText(part, b, names));
  return (
    <div className="af-notice af-notice--problem af-builder-notice af-builder-conflict">
      <h2 ref={heading} tabIndex={-1}>
        {b.conflictHeading}
      </h2>
      <p>{b.conflictIntro}</p>
      <ul>
        {parts.map((part) => (
          <li key={part}>{part}</li>
        ))}
      </ul>
      <div className="af-builder-conflict__choices">
        <div>
          <button type="button" className="af-button af-button--primary" aria-describedby="af-builder-keep-mine-hint" onClick={onKeepMine}>
            {b.conflictKeepMine}
          </button>
          <p id="af-builder-keep-mine-hint" className="af-hint">
            {b.conflictKeepMineHint}
          </p>
        </div>
        <div>
          <button type="button" className="af-button" aria-describedby="af-builder-take-theirs-hint" onClick={onTakeTheirs}>
            {b.conflictTakeTheirs}
          </button>
          <p id="af-builder-take-theirs-hint" className="af-hint">
            {b.conflictTakeTheirsHint}
          </p>
        </div>
      </div>
    </div>
  );
}
