// #region readme
import type { Announcement, LocalizedText, QuestionnaireVersion } from "@afrapport/schema";

const t = (da: string, en: string): LocalizedText => ({ da, en });

/** The municipalities' questionnaire, version 1.0.0: counts per year, the offers used, a comment. */
export const kommuneskema: QuestionnaireVersion = {
  announcement: "spiseforstyrrelser",
  key: "kommune-2020",
  audience: "municipality",
  version: "1.0.0",
  title: t("Kommunernes afrapportering om svære spiseforstyrrelser", "Municipal report on severe eating disorders"),
  reportSections: [
    { id: "maalgruppe", title: t("Målgruppen", "The target group") },
    { id: "tilbud", title: t("Tilbud", "Offers") },
    { id: "kommentarer", title: t("Kommentarer", "Comments") },
  ],
  survey: {
    pages: [
      {
        name: "afrapportering",
        elements: [
          {
            type: "multipletext",
            name: "antalBorgere",
            title: t("Hvor mange borgere med svære spiseforstyrrelser har kommunen kendt til pr. år?", "How many citizens with severe eating disorders did the municipality know of per year?"),
            items: ["2018", "2019", "2020"].map((year) => ({ name: year, inputType: "number" })),
            aggregation: "sumPerYear",
            reportSection: "maalgruppe",
          },
          {
            type: "matrixdynamic",
            name: "tilbud",
            title: t("Hvilke tilbud bruger kommunen til målgruppen?", "Which offers does the municipality use for the target group?"),
            rowCount: 1,
            columns: [
              { name: "name", cellType: "text", title: t("Tilbuddets navn", "Name of the offer") },
              {
                name: "operator",
                cellType: "dropdown",
                title: t("Driftsherre", "Operator"),
                choices: [
                  { value: "municipal", text: t("Kommunal", "Municipal") },
                  { value: "regional", text: t("Regional", "Regional") },
                  { value: "private", text: t("Privat eller selvejende", "Private or self-governing") },
                ],
              },
            ],
            aggregation: "offerList",
            reportSection: "tilbud",
          },
          {
            type: "comment",
            name: "kommentar",
            title: t("Har kommunen kommentarer til afrapporteringen?", "Does the municipality have comments on the report?"),
            aggregation: "texts",
            reportSection: "kommentarer",
          },
        ],
      },
    ],
  },
};

/** The announcement itself: who it is about, what an offer must master, its questionnaires. */
export const spiseforstyrrelser: Announcement = {
  id: "spiseforstyrrelser",
  title: t("Borgere med svære spiseforstyrrelser", "Citizens with severe eating disorders"),
  issued: "2020-01-01",
  targetGroup: t("Borgere med svære spiseforstyrrelser, der har brug for en højt specialiseret indsats.", "Citizens with severe eating disorders who need a highly specialised effort."),
  competences: [
    { id: "psykiatri", title: t("Psykiatrisk behandling", "Psychiatric treatment") },
    { id: "ernaering", title: t("Ernæring", "Nutrition") },
  ],
  questionnaires: [kommuneskema],
};
// #endregion readme
