import { describe, expect, it } from "vitest";
import { contactsMessagesFor } from "./contacts-messages.js";
import type { InviteMunicipalitiesResult } from "@afrapport/schema/api";
import { campaignCreatedText, municipalityAddresses, reminderLinkLines } from "./contact-status.js";

const respondent = (kind: "municipality" | "offer", contactEmail: string | null) => ({ kind, contactEmail });

describe("what the contacts panel and the banner state", () => {
  it("counts municipalities and those with an address, leaving offers out", () => {
    expect(municipalityAddresses([respondent("municipality", null), respondent("municipality", "a@b.dk"), respondent("offer", "c@d.dk")])).toEqual({
      municipalities: 2,
      withAddress: 1,
    });
  });

  it("says after creating a campaign that links exist but nothing was sent (issue 13, item 7)", () => {
    const invited: InviteMunicipalitiesResult["invited"] = Array.from({ length: 29 }, (_, i) => ({
      respondent: { id: `r${i}`, kind: "municipality", name: `K${i}`, kommuneCode: null, operator: null, legalBasis: null, contactName: null, contactEmail: null, createdAt: "" },
      link: { token: "t", url: "u" },
    }));
    const da = contactsMessagesFor("da");
    expect(campaignCreatedText({ invited, skipped: [] }, da)).toBe(
      "Indsamlingen er oprettet. 29 kommuner har fået et svarlink; 0 har en e-mailadresse, så der er ikke sendt noget endnu. Tilføj kontaktpersoner nedenfor, så kan invitationerne sendes.",
    );
    invited[0]!.respondent.contactEmail = "a@b.dk";
    expect(campaignCreatedText({ invited, skipped: [] }, da)).toContain("1 har en e-mailadresse fra sidste indsamling, men der er ikke sendt noget endnu.");
    expect(contactsMessagesFor("en").campaignCreated({ municipalities: 29, withAddress: 0 })).not.toMatch(/[æøå]/);
  });

  it("lists each respondent without an address with its link, one per line", () => {
    expect(
      reminderLinkLines(
        [
          { respondentId: "1", name: "Albertslund", url: "https://x.dk/svar/abc" },
          { respondentId: "2", name: "Ballerup", url: null },
        ],
        "[se udbakken]",
      ),
    ).toBe("Albertslund – https://x.dk/svar/abc\nBallerup – [se udbakken]");
  });

  it("has a Danish and an English text for every problem in a row of contacts", () => {
    const problems = [
      { code: "kommune-missing" },
      { code: "kommune-unknown", text: "Gentofteby" },
      { code: "kommune-not-in-campaign", name: "Aarhus" },
      { code: "kommune-duplicate", name: "Albertslund", firstRow: 2 },
      { code: "email-missing" },
      { code: "email-invalid", text: "x" },
      { code: "name-too-long" },
    ] as const;
    for (const locale of ["da", "en"] as const) {
      const texts = problems.map((problem) => contactsMessagesFor(locale).problemText(problem));
      expect(new Set(texts).size).toBe(problems.length);
      for (const text of texts) expect(text).toMatch(/\S/);
    }
    expect(contactsMessagesFor("da").problemText({ code: "kommune-unknown", text: "Gentofteby" })).toBe("Ukendt kommune: »Gentofteby«. Skriv kommunens navn eller kode.");
  });
});
