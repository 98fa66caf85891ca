import { describe, expect, it } from "vitest";
import { workspaceDa as w } from "../../i18n/workspace-da.js";
import type { NamedOffer } from "@afrapport/schema/api";
import { offerKey } from "@afrapport/schema";
import { invitable, keyName, legalBasisLabel, mergedKeyName, operatorLabel, otherSpellings } from "./offer-labels.js";

const offer = (partial: Partial<NamedOffer>): NamedOffer => ({
  key: "tårnborg|municipal",
  name: "Tårnborg",
  spellings: ["Tårnborg"],
  operator: "municipal",
  legalBasis: [],
  location: [],
  namedBy: [],
  mergedKeys: [],
  invitedRespondentId: null,
  ...partial,
});

describe("offer labels", () => {
  it("names the legal basis and the operator in Danish", () => {
    expect(legalBasisLabel("sel-107", w)).toBe("Serviceloven § 107");
    expect(legalBasisLabel("sundl-141", w)).toBe("Sundhedsloven § 141");
    expect(legalBasisLabel("other", w)).toBe("Andet");
    expect(legalBasisLabel("x", w)).toBe("x");
    expect(operatorLabel("private", w)).toBe("Privat eller selvejende");
    expect(operatorLabel("", w)).toBe("Ikke oplyst");
  });

  it("reads keys, spellings and who can be invited", () => {
    expect(keyName("taarnborg familiecenter|municipal")).toBe("taarnborg familiecenter");
    expect(otherSpellings(offer({ spellings: ["Tårnborg", "Taarnborg", "Taarnborg"] }))).toEqual(["Taarnborg"]);
    const merged = offer({ spellings: ["Døgntilbuddet Solsikken", "Døgntilbud Solsikken"], operator: "private" });
    expect(mergedKeyName(merged, offerKey("Døgntilbud Solsikken", "private"))).toBe("Døgntilbud Solsikken");
    expect(mergedKeyName(merged, "ukendt|private")).toBe("ukendt");
    expect(invitable([offer({}), offer({ key: "b", invitedRespondentId: "r1" })]).map((o) => o.key)).toEqual(["tårnborg|municipal"]);
  });
});
