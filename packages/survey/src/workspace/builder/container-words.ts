import type { Locale, OutlinePage } from "@afrapport/schema";
import type { BuilderMessages } from "./builder-messages.js";
import { displayText } from "./display-text.js";

export interface ContainerWords {
  /** "siden »Baggrund«", "side 2", "gruppen »Tilbud«" */
  noun: string;
  /** "på siden »Baggrund«", "i gruppen »Tilbud«" */
  where: string;
  /** for a list of places to move to: "Siden »Baggrund«" */
  option: string;
}

/** How sentences name a container: a page by its title (or number), a panel by its element's title. */
export function containerWords(outline: readonly OutlinePage[], container: string, b: BuilderMessages, locale: Locale, elementTitle: (name: string) => string): ContainerWords {
  const index = outline.findIndex((page) => page.name === container);
  let noun: string;
  let where: string;
  if (index < 0) {
    noun = b.groupNoun(elementTitle(container));
    where = b.inGroup(noun);
  } else {
    const title = displayText(outline[index]!.title, locale);
    noun = title === "" ? b.pageNounNumber(index + 1) : b.pageNoun(title);
    where = b.onPage(noun);
  }
  return { noun, where, option: noun.charAt(0).toLocaleUpperCase(locale) + noun.slice(1) };
}
