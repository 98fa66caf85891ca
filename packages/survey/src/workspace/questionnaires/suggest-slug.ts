/** The shape of an id in an address (SlugSchema): lower-case ASCII words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const danishLetters: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", ß: "ss" };

/**
 * An id made from a Danish title, for the id fields the person would otherwise have to invent: "Børn med svære
 * synshandicap" → "boern-med-svaere-synshandicap". Danish letters are spelled out the way Danes do in addresses;
 * other accents are dropped; at most `max` characters, cut at a word.
 */
export function suggestSlug(text: string, max = 80): string {
  const ascii = text
    .toLowerCase()
    .replace(/[æøåß]/g, (letter) => danishLetters[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, "");
}
