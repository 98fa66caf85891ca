/**
 * Where a caret (or selection) belongs after a field's text was changed by someone else: the text before the
 * change and after it share a beginning and an end; a position in the shared beginning stays, a position in the
 * shared end moves by the change in length, and a position inside the replaced middle goes to its end. So a
 * colleague's letters arriving before the caret push it along, and letters after it leave it where it is.
 */
export function mapCaret(before: string, after: string, start: number, end: number): [number, number] {
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const changedEnd = before.length - suffix;
  const shift = after.length - before.length;
  const map = (position: number) => {
    if (position <= prefix) return position;
    if (position >= changedEnd) return position + shift;
    return after.length - suffix;
  };
  return [map(start), map(end)];
}
