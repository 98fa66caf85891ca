import { useDroppable } from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { duplicateElement, findElement, moveElement, removeElement, type OutlineElement } from "@afrapport/schema";
import { useId, useState } from "react";
import { AddQuestionMenu } from "./add-question-menu.js";
import { useBuilderMessages } from "./builder-messages.js";
import { addQuestionId, dragHandleId, focusAfterRemoval, outlineRowId } from "./editor-selection.js";
import { useOutline } from "./outline-context.js";
import { containerDropId, isWithin, placeOf, stepTarget } from "./outline-dnd.js";
import { QuestionTypeBadge } from "./question-type-badge.js";
import { PresenceMarker } from "./live/presence-view.js";

const conditionKeys = ["visibleIf", "enableIf", "requiredIf"] as const;

/**
 * One container's list in the outline – a page's questions, or a panel's – as a sortable list that takes drops
 * from other lists too, with "Tilføj spørgsmål" at its end.
 */
export function OutlineList({ container, nested = false }: { container: string; nested?: boolean }) {
  const { b } = useBuilderMessages();
  const { items, readOnly, elementOf, whereOf } = useOutline();
  const names = items.get(container) ?? [];
  const { setNodeRef, isOver } = useDroppable({ id: containerDropId(container), disabled: readOnly });
  return (
    <div className={`af-builder-list${nested ? " af-builder-list--nested" : ""}${isOver ? " af-builder-list--over" : ""}`}>
      <SortableContext id={containerDropId(container)} items={names as string[]} strategy={verticalListSortingStrategy} disabled={readOnly}>
        <ul ref={setNodeRef} className="af-builder-list__items">
          {names.map((name) => {
            const element = elementOf(name);
            return element === undefined ? null : <OutlineQuestion key={name} element={element} />;
          })}
          {names.length === 0 && <li className="af-builder-list__empty">{nested ? b.emptyContainer : b.emptyPage}</li>}
        </ul>
      </SortableContext>
      <AddQuestionMenu container={container} label={b.addQuestion} ariaLabel={b.addQuestionTo(whereOf(container))} compact={nested} />
    </div>
  );
}

function OutlineQuestion({ element }: { element: OutlineElement }) {
  const { b } = useBuilderMessages();
  const outline = useOutline();
  const { draft, findings, selection, readOnly, items, dragging } = outline;
  const name = element.name;
  const title = outline.titleOf(name);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: name,
    disabled: readOnly,
    attributes: { roleDescription: b.dragRole },
  });
  const json = findElement(draft, name);
  const required = json?.isRequired === true;
  const conditional = conditionKeys.some((key) => typeof json?.[key] === "string" && (json[key] as string).trim() !== "");
  const count = findings.elements.get(name)?.length ?? 0;
  const selected = selection.kind === "element" && selection.name === name;
  const isContainer = items.has(name);
  const peers = outline.peersOn.get(name) ?? [];
  const comments = outline.commentsOn.get(name) ?? 0;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`af-builder-q${selected ? " af-builder-q--selected" : ""}${isDragging ? " af-builder-q--dragging" : ""}${count > 0 ? " af-builder-q--findings" : ""}`}
    >
      <div className="af-builder-q__row">
        {!readOnly && (
          <button ref={setActivatorNodeRef} id={dragHandleId(name)} type="button" className="af-builder-q__handle" {...attributes} {...listeners} aria-label={b.dragHandle(title)}>
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <QuestionTypeBadge type={element.builderType} rawType={element.type} />
        <button id={outlineRowId(name)} type="button" className="af-builder-q__select" aria-current={selected ? "true" : undefined} onClick={() => outline.select({ kind: "element", name })}>
          <span className="af-builder-q__title">{title}</span>
          <span className="af-builder-q__meta">
            <span className="af-builder-q__name">{name}</span>
            {required && <span className="af-builder-mark">{b.required}</span>}
            {conditional && <span className="af-builder-mark">{b.conditional}</span>}
            {count > 0 && <span className="af-builder-mark af-builder-mark--problem">{b.findings(count)}</span>}
            {comments > 0 && <span className="af-builder-mark af-builder-mark--comments">{b.comments(comments)}</span>}
          </span>
        </button>
        <PresenceMarker peers={peers} />
      </div>
      {selected && !readOnly && dragging === null && <QuestionActions name={name} title={title} />}
      {isContainer && <OutlineList container={name} nested />}
    </li>
  );
}

/** The selected question's actions: add after, duplicate, delete, one step up or down, move to another page or group. */
function QuestionActions({ name, title }: { name: string; title: string }) {
  const { b } = useBuilderMessages();
  const { items, outline, apply, optionOf } = useOutline();
  const [target, setTarget] = useState("");
  const moveId = useId();
  const place = placeOf(items, name);
  if (place === null) return null;
  const pages = outline.map((page) => page.name);
  const up = stepTarget(items, pages, name, -1);
  const down = stepTarget(items, pages, name, 1);
  const targets = [...items.keys()].filter((container) => container !== place.container && !isWithin(items, container, name));
  const upId = `af-outline-up-${name}`;
  const downId = `af-outline-down-${name}`;

  return (
    <div className="af-builder-q__actions" role="group" aria-label={b.questionActions(title)}>
      <AddQuestionMenu container={place.container} index={place.index + 1} label={b.addQuestionAfter} compact />
      <button
        type="button"
        className="af-button af-button--small"
        onClick={() =>
          apply((draft) => {
            const copy = duplicateElement(draft, name);
            return { draft: copy.draft, select: { kind: "element", name: copy.name }, focus: outlineRowId(copy.name) };
          })
        }
      >
        {b.duplicate}
      </button>
      <button
        type="button"
        className="af-button af-button--small af-button--danger"
        onClick={() => {
          const next = focusAfterRemoval(items.get(place.container) ?? [], name);
          apply((draft) => removeElement(draft, name), {
            select: next === null ? { kind: "settings" } : { kind: "element", name: next },
            focus: next === null ? addQuestionId(place.container) : outlineRowId(next),
            undoNotice: b.deleted(title),
          });
        }}
      >
        {b.delete}
      </button>
      <button id={upId} type="button" className="af-button af-button--small" disabled={up === null} onClick={() => up && apply((draft) => moveElement(draft, name, up), { focus: upId })}>
        {b.moveUp}
      </button>
      <button id={downId} type="button" className="af-button af-button--small" disabled={down === null} onClick={() => down && apply((draft) => moveElement(draft, name, down), { focus: downId })}>
        {b.moveDown}
      </button>
      {targets.length > 0 && (
        <span className="af-builder-q__move">
          <label htmlFor={moveId}>{b.moveTo}</label>
          <select id={moveId} className="af-ws-input af-ws-select" value={target} onChange={(event) => setTarget(event.target.value)}>
            <option value="">{b.moveToChoose}</option>
            {targets.map((container) => (
              <option key={container} value={container}>
                {optionOf(container)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="af-button af-button--small"
            disabled={target === ""}
            onClick={() => apply((draft) => moveElement(draft, name, { container: target, index: items.get(target)?.length ?? 0 }), { focus: outlineRowId(name) })}
          >
            {b.moveToButton}
          </button>
        </span>
      )}
    </div>
  );
}
