/**
 * @-mentions while a comment is typed: the "@Met" just before the caret is a query for the participants whose
 * name matches; choosing one writes "@Mette Hansen " in its place. The mentions sent are the people chosen whose
 * "@Name" is still in the text when it is sent (a name deleted again is no longer a mention).
 */
export interface MentionQuery {
  /** where the "@" is */
  start: number;
  /** what follows it, up to the caret */
  query: string;
}

export interface Mentionable {
  id: string;
  name: string;
}

/** The query being typed at the caret: an "@" at the start or after a space, then at most three words. */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0) return null;
  if (at > 0 && !/\s/.test(before[at - 1]!)) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /\n/.test(query) || query.split(" ").length > 3) return null;
  return { start: at, query };
}

const fold = (text: string) => text.toLocaleLowerCase("da-DK").normalize("NFKD").replace(/\p{M}/gu, "");

/** The participants a query names: every word of the query begins a word of the name (at most `limit`). */
export function matchMentions<T extends Mentionable>(people: readonly T[], query: string, limit = 8): T[] {
  const words = fold(query).split(/\s+/).filter((word) => word !== "");
  return people
    .filter((person) => {
      const parts = fold(person.name).split(/\s+/);
      return words.every((word) => parts.some((part) => part.startsWith(word)));
    })
    .slice(0, limit);
}

/** The text with the query replaced by "@Name ", and the caret after it. */
export function insertMention(text: string, query: MentionQuery, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  const after = text.slice(caret).replace(/^ /, "");
  return { text: text.slice(0, query.start) + inserted + after, caret: query.start + inserted.length };
}

/** The ids of the chosen people whose "@Name" is in the text (each once). */
export function mentionsIn(text: string, chosen: readonly Mentionable[]): string[] {
  const ids = new Set<string>();
  for (const person of chosen) if (text.includes(`@${person.name}`)) ids.add(person.id);
  return [...ids];
}
