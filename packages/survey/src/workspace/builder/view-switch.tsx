import { useBuilderMessages } from "./builder-messages.js";

export type EditorView = "edit" | "preview" | "json" | "history";

/** The editor's views as a row of buttons, the current one pressed (plain buttons: Tab and Enter, nothing to learn). */
export function ViewSwitch({ view, views, onChange }: { view: EditorView; views: readonly EditorView[]; onChange(view: EditorView): void }) {
  const { b } = useBuilderMessages();
  const labels: Record<EditorView, string> = { edit: b.viewEdit, preview: b.viewPreview, json: b.viewJson, history: b.viewHistory };
  return (
    <div className="af-builder-views" role="group" aria-label={b.viewsLabel}>
      {views.map((candidate) => (
        <button key={candidate} type="button" className="af-builder-views__button" aria-pressed={candidate === view} onClick={() => onChange(candidate)}>
          {labels[candidate]}
        </button>
      ))}
    </div>
  );
}
