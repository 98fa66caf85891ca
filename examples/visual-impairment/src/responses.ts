/** What one municipality answers through its invite link: a first draft, then the answers it submits. */
export interface MunicipalityAnswers {
  kommuneCode: string;
  /** saved first, as a respondent saves before coming back */
  draft: Record<string, unknown>;
  submitted: {
    antalBoern: Record<"2013" | "2014" | "2015", number>;
    tilbud: { name: string; operator: "municipal" | "regional" | "private"; indsats: string }[];
    samarbejde: string[];
    fremtid?: string;
  };
}

/**
 * Three municipalities of Region Midtjylland. The numbers, offers and texts are made up for the example (the real
 * 2016 reports counted 579 children in all of Denmark). "Synscenter Refsnæs" is named in two spellings on purpose:
 * the joint report counts it as one offer.
 */
export const answers: MunicipalityAnswers[] = [
  {
    kommuneCode: "751", // Aarhus
    draft: { antalBoern: { "2013": 30, "2014": 33 } },
    submitted: {
      antalBoern: { "2013": 31, "2014": 33, "2015": 36 },
      tilbud: [
        { name: "Synscenter Refsnæs", operator: "regional", indsats: "undervisning" },
        { name: "Synsteamet Østjylland", operator: "municipal", indsats: "raadgivning" },
      ],
      samarbejde: ["andre-kommuner", "landsdaekkende", "oejenafdeling"],
      fremtid: "Vi samler synskonsulenterne i ét team, der også betjener nabokommunerne.",
    },
  },
  {
    kommuneCode: "730", // Randers
    draft: { samarbejde: ["landsdaekkende"] },
    submitted: {
      antalBoern: { "2013": 9, "2014": 11, "2015": 12 },
      tilbud: [
        { name: "synscenter Refsnæs", operator: "regional", indsats: "rehabilitering" },
        { name: "Synsteamet Østjylland", operator: "municipal", indsats: "raadgivning" },
      ],
      samarbejde: ["andre-kommuner", "landsdaekkende"],
      fremtid: "Det er svært at fastholde kompetencer i punktskrift, når der er få børn.",
    },
  },
  {
    kommuneCode: "791", // Viborg
    draft: { tilbud: [{ name: "Synscenter Refsnæs", operator: "regional" }] },
    submitted: {
      antalBoern: { "2013": 6, "2014": 8, "2015": 7 },
      tilbud: [{ name: "Synscenter Refsnæs", operator: "regional", indsats: "optik" }],
      samarbejde: ["regionen", "landsdaekkende"],
    },
  },
];
