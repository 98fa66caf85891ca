import {
  closestCenter,
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { addPage, moveElement, type FindingsByTarget, type OutlineElement, type OutlinePage, type QuestionnaireDraft } from "@afrapport/schema";
import { useMemo, useRef, useState } from "react";
import { useBuilderMessages } from "./builder-messages.js";
import { containerWords } from "./container-words.js";
import { displayText } from "./display-text.js";
import { dragHandleId, outlinePageId, type Selection } from "./editor-selection.js";
import { OutlineContext, type Applied, type EditOptions, type OutlineContextValue } from "./outline-context.js";
import { containerItems, containerOf, containerOfDropId, dragTargetOf, isWithin, moveItem, placeOf, type ContainerItems } from "./outline-dnd.js";
import { OutlineList } from "./outline-tree.js";
import { QuestionTypeBadge } from "./question-type-badge.js";
import type { Peer } from "./live/presence.js";

const noPeers: ReadonlyMap<string, readonly Peer[]> = new Map();
const noComments: ReadonlyMap<string, number> = new Map();

export interface OutlineProps {
  draft: QuestionnaireDraft;
  outline: readonly OutlinePage[];
  findings: FindingsByTarget;
  selection: Selection;
  readOnly: boolean;
  select(selection: Selection): void;
  apply(change: (draft: QuestionnaireDraft) => QuestionnaireDraft | Applied, options?: EditOptions): void;
  /** colleagues on each question (a live draft) */
  peersOn?: ReadonlyMap<string, readonly Peer[]>;
  /** open comment threads on each question */
  commentsOn?: ReadonlyMap<string, number>;
}

/**
 * The questionnaire's contents: its settings, then each page with its questions (panels holding theirs). Questions
 * are reordered by dragging – with the mouse, by touch, or by keyboard (Space to lift, arrows to move, across
 * pages too, Space to drop, Escape to cancel) with every step said in Danish to screen readers.
 */
export function Outline({ draft, outline, findings, selection, readOnly, select, apply, peersOn = noPeers, commentsOn = noComments }: OutlineProps) {
  const { b, locale } = useBuilderMessages();
  const baseItems = useMemo(() => containerItems(outline), [outline]);
  const [drag, setDrag] = useState<{ active: string; items: ContainerItems } | null>(null);
  const items = drag?.items ?? baseItems;
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const movedAway = useRef(false);

  const elements = useMemo(() => {
    const map = new Map<string, OutlineElement>();
    const walk = (list: readonly OutlineElement[]) => {
      for (const element of list) {
        map.set(element.name, element);
        walk(element.children);
      }
    };
    for (const page of outline) walk(page.elements);
    return map;
  }, [outline]);
  const titleOf = (name: string) => {
    const element = elements.get(name);
    return displayText(element?.title, locale) || name;
  };
  const pageTitle = (page: OutlinePage) => displayText(page.title, locale) || b.pageUntitled;
  const wordsOf = (container: string) => containerWords(outline, container, b, locale, titleOf);

  const context: OutlineContextValue = {
    draft,
    outline,
    items,
    findings,
    selection,
    readOnly,
    dragging: drag?.active ?? null,
    select,
    apply,
    titleOf,
    whereOf: (container) => wordsOf(container).where,
    optionOf: (container) => wordsOf(container).option,
    elementOf: (name) => elements.get(name),
    peersOn,
    commentsOn,
  };

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  // The innermost thing under the pointer wins (a question inside a panel before the panel); over a list's own
  // area with questions in it, the nearest of them. Never a place inside the dragged panel itself.
  const collisionDetection: CollisionDetection = (args) => {
    const active = String(args.active.id);
    const current = itemsRef.current;
    const allowed = args.droppableContainers.filter((droppable) => {
      const id = String(droppable.id);
      const container = containerOfDropId(id) ?? containerOf(current, id);
      return id === active || container === undefined || !isWithin(current, container, active);
    });
    const scoped = { ...args, droppableContainers: allowed };
    const hits = args.pointerCoordinates === null ? closestCorners(scoped) : pointerWithin(scoped);
    if (hits.length === 0) return args.pointerCoordinates === null ? [] : closestCenter(scoped);
    const area = (id: string | number) => {
      const rect = args.droppableRects.get(id);
      return rect === undefined ? Number.POSITIVE_INFINITY : rect.width * rect.height;
    };
    const best = args.pointerCoordinates === null ? hits[0]! : [...hits].sort((x, y) => area(x.id) - area(y.id))[0]!;
    const container = containerOfDropId(String(best.id));
    const inside = container === null ? [] : (current.get(container) ?? []);
    if (inside.length === 0) return [best];
    return closestCenter({ ...scoped, droppableContainers: allowed.filter((droppable) => inside.includes(String(droppable.id))) }).slice(0, 1);
  };

  const describe = (map: ContainerItems, name: string, say: (title: string, position: number, count: number, where: string) => string) => {
    const place = placeOf(map, name);
    return place === null ? undefined : say(titleOf(name), place.index + 1, place.count, wordsOf(place.container).where);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      movedAway.current = false;
      return describe(itemsRef.current, String(active.id), b.dragStart);
    },
    // dnd-kit reports the lifted question over its own place at once; saying so would drown "Du har løftet …"
    onDragOver: ({ active, over }) => {
      if (over === null) return undefined;
      if (over.id === active.id && !movedAway.current) return undefined;
      movedAway.current = true;
      return describe(moveItem(itemsRef.current, String(active.id), dragTargetOf(String(over.id))), String(active.id), b.dragOver);
    },
    onDragEnd: ({ active, over }) =>
      describe(over === null ? itemsRef.current : moveItem(itemsRef.current, String(active.id), dragTargetOf(String(over.id))), String(active.id), b.dragEnd),
    onDragCancel: ({ active }) => b.dragCancel(titleOf(String(active.id))),
  };

  const onDragStart = ({ active }: DragStartEvent) => setDrag({ active: String(active.id), items: baseItems });
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (over === null) return;
    const name = String(active.id);
    const target = dragTargetOf(String(over.id));
    setDrag((previous) => {
      if (previous === null) return previous;
      const from = containerOf(previous.items, name);
      const to = target.kind === "container" ? target.container : containerOf(previous.items, target.name);
      // within one list the sortable animation shows the move; the list changes on drop
      if (from === to) return previous;
      const dragged = active.rect.current.translated;
      const after = target.kind === "item" && dragged !== null && dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2;
      const next = moveItem(previous.items, name, target, after);
      return next === previous.items ? previous : { ...previous, items: next };
    });
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const name = String(active.id);
    const final = over === null ? itemsRef.current : moveItem(itemsRef.current, name, dragTargetOf(String(over.id)));
    setDrag(null);
    const before = placeOf(baseItems, name);
    const after = placeOf(final, name);
    if (before === null || after === null || (before.container === after.container && before.index === after.index)) return;
    apply((current) => moveElement(current, name, { container: after.container, index: after.index }), { focus: dragHandleId(name) });
  };

  const questionnaireFindings = findings.questionnaire.length;
  return (
    <OutlineContext.Provider value={context}>
      <nav className="af-builder-outline" aria-labelledby="af-builder-outline-heading">
        <h2 id="af-builder-outline-heading">{b.outlineHeading}</h2>
        <button
          type="button"
          className="af-builder-outline__settings"
          aria-current={selection.kind === "settings" ? "true" : undefined}
          onClick={() => select({ kind: "settings" })}
        >
          <span>{b.outlineSettings}</span>
          {questionnaireFindings > 0 && <span className="af-builder-mark af-builder-mark--problem">{b.findings(questionnaireFindings)}</span>}
        </button>
        <DndContext
          sensors={sensors}
          collisionDetection={collisionDetection}
          accessibility={{ announcements, screenReaderInstructions: { draggable: b.dragInstructions } }}
          onDragStart={onDragStart}
          onDragOver={onDragOver}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDrag(null)}
        >
          <ol className="af-builder-pages">
            {outline.map((page, index) => {
              const count = findings.pages.get(page.name)?.length ?? 0;
              const selected = selection.kind === "page" && selection.name === page.name;
              return (
                <li key={page.name} className={`af-builder-page${selected ? " af-builder-page--selected" : ""}`}>
                  <h3 className="af-builder-page__head">
                    <button id={outlinePageId(page.name)} type="button" className="af-builder-page__select" aria-current={selected ? "true" : undefined} onClick={() => select({ kind: "page", name: page.name })}>
                      <span>{b.page(index + 1, pageTitle(page))}</span>
                      {count > 0 && <span className="af-builder-mark af-builder-mark--problem">{b.findings(count)}</span>}
                    </button>
                  </h3>
                  <OutlineList container={page.name} />
                </li>
              );
            })}
          </ol>
          <DragOverlay>{drag === null ? null : <DragPreview element={elements.get(drag.active)} title={titleOf(drag.active)} />}</DragOverlay>
        </DndContext>
        {!readOnly && (
          <button
            type="button"
            className="af-button af-button--small af-builder-outline__add-page"
            onClick={() =>
              apply((current) => {
                const added = addPage(current);
                return { draft: added.draft, select: { kind: "page", name: added.name }, focus: outlinePageId(added.name) };
              })
            }
          >
            {b.addPage}
          </button>
        )}
      </nav>
    </OutlineContext.Provider>
  );
}

function DragPreview({ element, title }: { element: OutlineElement | undefined; title: string }) {
  return (
    <div className="af-builder-q af-builder-q--overlay">
      <div className="af-builder-q__row">
        <span className="af-builder-q__handle" aria-hidden="true">
          ⠿
        </span>
        <QuestionTypeBadge type={element?.builderType ?? null} rawType={element?.type ?? ""} decorative />
        <span className="af-builder-q__title">{title}</span>
      </div>
    </div>
  );
}
