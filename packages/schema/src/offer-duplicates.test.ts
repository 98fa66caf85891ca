import { describe, expect, it } from "vitest";
import { duplicateCoreName, duplicateDifferences, duplicateGroupKey, duplicateLocation, duplicateWordSet, suggestOfferDuplicates, type DuplicateCandidate } from "./offer-duplicates.js";
import { offerKey } from "./offer-identity.js";

const offer = (name: string, operator = "private", location: string[] = []): DuplicateCandidate => ({ key: offerKey(name, operator), name, operator, location });
const names = (groups: DuplicateCandidate[][]) => groups.map((group) => group.map((o) => o.name));

describe("duplicateCoreName", () => {
  it.each([
    ["Opholdsstedet Solhjem ApS", "solhjem"],
    ["Solhjem", "solhjem"],
    ["Opholdssted Solhjem", "solhjem"],
    ["SOLHJEM", "solhjem"],
    ["solhjem a/s", "solhjem"],
    ["Solhjem I/S", "solhjem"],
    ["Solhjem ApS.", "solhjem"],
    ["Sol-Hjem", "solhjem"],
    ["Sol hjem", "solhjem"],
    ["  Solhjem  ", "solhjem"],
    ["Bostedet Solhjem A / S", "solhjem"],
    ["Solhjem ApS Holbæk", "solhjemholbæk"],
    ["Skovly & Engly", "skovlyengly"],
    ["Skovly og Engly", "skovlyengly"],
    ["Skovly og Engly I/S", "skovlyengly"],
    ["Aagaarden", "ågården"],
    ["Ågården", "ågården"],
    ["ÅGÅRDEN", "ågården"],
    ["Behandlingshjemmet Kastanjehuset", "kastanjehuset"],
    ["Kastanjehuset", "kastanjehuset"],
    ["Familieambulatoriet, Rigshospitalet", "familieambulatorietrigshospitalet"],
    ["Tilbuddet", "tilbuddet"],
    ["Opholdssted", "opholdssted"],
    ["Café Ørnen", "cafeørnen"],
    ["Døgntilbuddet Solsikken", "solsikken"],
    ["Døgntilbud Solsikken", "solsikken"],
  ])("%j → %j", (name, expected) => {
    expect(duplicateCoreName(name)).toBe(expected);
  });

  it("keeps æ, ø and å apart from ae, o and a", () => {
    expect(duplicateCoreName("Højmark")).not.toBe(duplicateCoreName("Hojmark"));
    expect(duplicateCoreName("Bækkely")).not.toBe(duplicateCoreName("Baekkely"));
  });
});

describe("duplicateWordSet", () => {
  it("reads the words in any order", () => {
    expect(duplicateWordSet("Hvidovre Hospital, Familieambulatoriet")).toBe(duplicateWordSet("Familieambulatoriet, Hvidovre Hospital"));
    expect(duplicateWordSet("Solsikken døgntilbud")).toBe("solsikken");
    expect(duplicateWordSet("Skovly og Engly")).toBe(duplicateWordSet("Engly & Skovly"));
  });
});

describe("duplicateLocation", () => {
  it("reads a municipality however it is written", () => {
    expect(duplicateLocation("Holbæk Kommune")).toBe("holbæk");
    expect(duplicateLocation("holbæk")).toBe("holbæk");
    expect(duplicateLocation("Aabenraa")).toBe(duplicateLocation("Åbenrå"));
    expect(duplicateLocation("Høje-Taastrup")).toBe(duplicateLocation("Høje Tåstrup Kommune"));
    expect(duplicateLocation("  ")).toBe("");
  });
});

describe("suggestOfferDuplicates", () => {
  it("groups the spellings of one offer, and leaves an offer with more words alone", () => {
    const offers = [
      offer("Opholdsstedet Solhjem ApS"),
      offer("Solhjem"),
      offer("Opholdssted Solhjem"),
      offer("Skovly & Engly", "regional"),
      offer("Skovly og Engly", "regional"),
      offer("Aagaarden", "municipal"),
      offer("Ågården Kommunale Tilbud", "municipal"),
      offer("Kastanjehuset"),
    ];
    // "Ågården Kommunale Tilbud" has more words: not suggested
    expect(names(suggestOfferDuplicates(offers))).toEqual([
      ["Opholdsstedet Solhjem ApS", "Solhjem", "Opholdssted Solhjem"],
      ["Skovly & Engly", "Skovly og Engly"],
    ]);
    expect(names(suggestOfferDuplicates([offer("Aagaarden", "municipal"), offer("Ågården I/S", "municipal")]))).toEqual([["Aagaarden", "Ågården I/S"]]);
  });

  it("finds the demo's seven spellings of three offers, words in any order", () => {
    const demo = [
      offer("Døgntilbud Solsikken"),
      offer("Døgntilbuddet Solsikken"),
      offer("Familieambulatoriet, Hvidovre Hospital", "regional"),
      offer("Hvidovre Hospital, Familieambulatoriet", "regional"),
      offer("Rusmiddelcenter Havnen, gravideteamet", "municipal"),
      offer("Solsikken døgntilbud"),
      offer("Gravideteamet, Rusmiddelcenter Havnen", "municipal"),
    ];
    expect(names(suggestOfferDuplicates(demo))).toEqual([
      ["Døgntilbud Solsikken", "Døgntilbuddet Solsikken", "Solsikken døgntilbud"],
      ["Familieambulatoriet, Hvidovre Hospital", "Hvidovre Hospital, Familieambulatoriet"],
      ["Rusmiddelcenter Havnen, gravideteamet", "Gravideteamet, Rusmiddelcenter Havnen"],
    ]);
    // linked through either key: "Sol Hjem" by its core name, "Hjem Sol" by its words
    expect(names(suggestOfferDuplicates([offer("Sol Hjem"), offer("Solhjem"), offer("Hjem Sol")]))).toEqual([["Sol Hjem", "Solhjem", "Hjem Sol"]]);
  });

  it("never groups offers of different operators (driftsherrer)", () => {
    expect(suggestOfferDuplicates([offer("Solhjem", "private"), offer("Opholdsstedet Solhjem", "municipal")])).toEqual([]);
    expect(suggestOfferDuplicates([offer("Solhjem", ""), offer("Opholdsstedet Solhjem", "private")])).toEqual([]);
  });

  it("keeps offers in different municipalities apart, and leaves those without a location out when it is unclear", () => {
    const holbaek = [offer("Solhjem", "private", ["Holbæk"]), offer("Opholdsstedet Solhjem", "private", ["Holbæk Kommune"])];
    const aarhus = [offer("Solhjem ApS", "private", ["Aarhus"]), offer("Solhjem I/S", "private", ["Århus Kommune"])];
    const nowhere = offer("Opholdssted Solhjem", "private");
    expect(names(suggestOfferDuplicates([...holbaek, ...aarhus, nowhere]))).toEqual([
      ["Solhjem", "Opholdsstedet Solhjem"],
      ["Solhjem ApS", "Solhjem I/S"],
    ]);
    expect(suggestOfferDuplicates([offer("Solhjem", "private", ["Holbæk"]), offer("Opholdsstedet Solhjem", "private", ["Aarhus"])])).toEqual([]);
    // one location and one without: the same municipality as far as is known
    expect(names(suggestOfferDuplicates([holbaek[0]!, nowhere]))).toEqual([["Solhjem", "Opholdssted Solhjem"]]);
  });

  it("suggests nothing for an offer alone or without a name", () => {
    expect(suggestOfferDuplicates([offer("Solhjem"), offer("Kastanjehuset")])).toEqual([]);
    expect(suggestOfferDuplicates([offer("  "), offer("...")])).toEqual([]);
  });
});

describe("a group", () => {
  it("has a key that does not depend on the order", () => {
    expect(duplicateGroupKey(["b|private", "a|private"])).toBe(duplicateGroupKey(["a|private", "b|private"]));
  });

  it("says what differs", () => {
    expect(duplicateDifferences([offer("Solhjem", "private", ["Holbæk"]), offer("Opholdssted Solhjem", "private", ["Holbæk"])])).toEqual(["name"]);
    expect(duplicateDifferences([offer("Solhjem", "private", ["Holbæk"]), offer("Solhjem ApS", "private", [])])).toEqual(["name", "location"]);
  });
});
