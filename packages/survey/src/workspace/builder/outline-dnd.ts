import { questionTypeInfo, type OutlineElement, type OutlinePage } from "@afrapport/schema";

/**
 * The outline as dragging sees it: every container (each page, each panel and dynamic panel) with the names of its
 * elements in order. Names are unique across pages and elements in a draft, so one map holds them all. While a
 * question is dragged across containers this map is what moves; on drop the difference to the draft becomes one
 * `moveElement`.
 */
export type ContainerItems = ReadonlyMap<string, readonly string[]>;

/** A droppable container's id in dnd-kit, apart from the item ids (element names never hold a colon). */
export const containerDropId = (container: string): string => `container:${container}`;

export function containerOfDropId(id: string): string | null {
  return id.startsWith("container:") ? id.slice("container:".length) : null;
}

function isContainerElement(element: OutlineElement): boolean {
  return element.builderType === null ? element.children.length > 0 : questionTypeInfo(element.builderType).container;
}

export function containerItems(outline: readonly OutlinePage[]): ContainerItems {
  const items = new Map<string, string[]>();
  const walk = (container: string, elements: readonly OutlineElement[]) => {
    items.set(
      container,
      elements.map((element) => element.name),
    );
    for (const element of elements) if (isContainerElement(element)) walk(element.name, element.children);
  };
  for (const page of outline) walk(page.name, page.elements);
  return items;
}

/** The container that holds the element, or undefined. */
export function containerOf(items: ContainerItems, name: string): string | undefined {
  for (const [container, names] of items) if (names.includes(name)) return container;
  return undefined;
}

/** Where the element is: its container, its index there and how many the container holds. */
export function placeOf(items: ContainerItems, name: string): { container: string; index: number; count: number } | null {
  const container = containerOf(items, name);
  if (container === undefined) return null;
  const names = items.get(container)!;
  return { container, index: names.indexOf(name), count: names.length };
}

/** Whether `container` is the element itself or lies inside it (a panel cannot go into itself). */
export function isWithin(items: ContainerItems, container: string, name: string): boolean {
  const seen = new Set<string>();
  for (let at: string | undefined = container; at !== undefined && !seen.has(at); at = containerOf(items, at)) {
    if (at === name) return true;
    seen.add(at);
  }
  return false;
}

/** What the dragged element is over: another element, or a container's own drop area (an empty page). */
export type DragTarget = { kind: "item"; name: string } | { kind: "container"; container: string };

export function dragTargetOf(id: string): DragTarget {
  const container = containerOfDropId(id);
  return container === null ? { kind: "item", name: id } : { kind: "container", container };
}

/**
 * The map with `active` moved to where the target is: before the element it is over (after it when `after`, i.e.
 * the pointer is past its middle), or last in a container's own area. Within one container it is reordered in
 * place. Unchanged (the same map) when the move is impossible: onto itself, or a panel into itself.
 */
export function moveItem(items: ContainerItems, active: string, target: DragTarget, after = false): ContainerItems {
  const from = containerOf(items, active);
  if (from === undefined) return items;
  const to = target.kind === "container" ? target.container : containerOf(items, target.name);
  if (to === undefined || !items.has(to) || (target.kind === "item" && target.name === active)) return items;
  if (isWithin(items, to, active)) return items;
  const source = items.get(from)!;
  const rest = (from === to ? source : items.get(to)!).filter((name) => name !== active);
  let index: number;
  if (target.kind === "container") index = rest.length;
  else {
    const overIndex = rest.indexOf(target.name);
    // within one list, the target's side follows the direction of the move (as dnd-kit's arrayMove does)
    const movingDown = from === to && source.indexOf(active) < source.indexOf(target.name);
    index = overIndex + (from === to ? (movingDown ? 1 : 0) : after ? 1 : 0);
  }
  const next = new Map(items);
  if (from !== to) next.set(from, source.filter((name) => name !== active));
  next.set(to, [...rest.slice(0, index), active, ...rest.slice(index)]);
  const unchanged = from === to && next.get(to)!.every((name, i) => name === source[i]);
  return unchanged ? items : next;
}

/** One step up or down for the keyboard-free buttons: within the container, and across pages at its ends. */
export function stepTarget(items: ContainerItems, pages: readonly string[], name: string, direction: -1 | 1): { container: string; index: number } | null {
  const place = placeOf(items, name);
  if (place === null) return null;
  const index = place.index + direction;
  if (index >= 0 && index < place.count) return { container: place.container, index };
  // at the end of a page: on to the next page (panels keep their elements; leave a panel by dragging or "Flyt til")
  const page = pages.indexOf(place.container);
  if (page < 0) return null;
  const next = pages[page + direction];
  if (next === undefined) return null;
  return { container: next, index: direction === 1 ? 0 : (items.get(next)?.length ?? 0) };
}
