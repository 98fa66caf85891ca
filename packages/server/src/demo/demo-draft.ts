import type { DraftText, QuestionnaireDraft } from "@afrapport/schema";
import type { CreateAnnouncementInput } from "@afrapport/schema/api";

// The demo's unfinished announcement: citizens with severe eating disorders, its municipality questionnaire still a
// draft. A newcomer sees it beside the finished gravide-rusmiddel campaign, and its findings show what is left to do
// before it can be published. Texts and questions follow examples/new-announcement, copied because the server must
// not depend on the examples.

const t = (da: string, en: string) => ({ da, en });

export const demoDraftAnnouncement = {
  id: "spiseforstyrrelser",
  title: t("Borgere med svære spiseforstyrrelser", "Citizens with severe eating disorders"),
  // The public list gives only the month of the second round, January 2020.
  issued: "2020-01-01",
  targetGroup: t("Borgere med svære spiseforstyrrelser, der har brug for en højt specialiseret indsats.", "Citizens with severe eating disorders who need a highly specialised effort."),
  competences: [
    { id: "psykiatri", title: t("Psykiatrisk behandling", "Psychiatric treatment") },
    { id: "ernaering", title: t("Ernæring", "Nutrition") },
  ],
} satisfies CreateAnnouncementInput;

export const demoDraftKey = "kommune-2020";

/** The title the draft is started with: Danish only, as a secretariat starts in its own language. */
export const demoDraftTitle: DraftText = { da: "Kommunernes afrapportering om svære spiseforstyrrelser" };

const operatorColumn = (privateText: DraftText) => ({
  name: "operator",
  cellType: "dropdown",
  title: t("Driftsherre", "Operator"),
  choices: [
    { value: "municipal", text: t("Kommunal", "Municipal") },
    { value: "regional", text: t("Regional", "Regional") },
    { value: "private", text: privateText },
  ],
});

/** The first save: the target group and the offers, written in Danish. */
function firstSave(): QuestionnaireDraft {
  return {
    audience: "municipality",
    title: demoDraftTitle,
    reportSections: [
      { id: "maalgruppe", title: { da: "Målgruppen" } },
      { id: "tilbud", title: { da: "Tilbud" } },
    ],
    survey: {
      pages: [
        {
          name: "afrapportering",
          elements: [
            {
              type: "multipletext",
              name: "antalBorgere",
              title: { da: "Hvor mange borgere med svære spiseforstyrrelser har kommunen kendt til pr. år?" },
              items: ["2018", "2019", "2020"].map((year) => ({ name: year, inputType: "number" })),
              aggregation: "sumPerYear",
              reportSection: "maalgruppe",
            },
            {
              type: "matrixdynamic",
              name: "tilbud",
              title: { da: "Hvilke tilbud bruger kommunen til målgruppen?" },
              rowCount: 1,
              columns: [{ name: "name", cellType: "text", title: { da: "Tilbuddets navn" } }, operatorColumn({ da: "Privat eller selvejende" })],
              aggregation: "offerList",
              reportSection: "tilbud",
            },
          ],
        },
      ],
    },
  };
}

/**
 * The second save, where the demo leaves it: most English added and a comment question begun. Left to do, as the
 * findings say: three English texts, and the comment question's aggregation (it should be "texts").
 */
function secondSave(): QuestionnaireDraft {
  return {
    audience: "municipality",
    title: t(demoDraftTitle.da!, "Municipal report on severe eating disorders"),
    reportSections: [
      { id: "maalgruppe", title: t("Målgruppen", "The target group") },
      { id: "tilbud", title: t("Tilbud", "Offers") },
      { id: "kommentarer", title: { da: "Kommentarer" } },
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
              columns: [{ name: "name", cellType: "text", title: t("Tilbuddets navn", "Name of the offer") }, operatorColumn({ da: "Privat eller selvejende" })],
              aggregation: "offerList",
              reportSection: "tilbud",
            },
            {
              type: "comment",
              name: "kommentar",
              title: { da: "Har kommunen kommentarer til afrapporteringen?" },
              reportSection: "kommentarer",
            },
          ],
        },
      ],
    },
  };
}

/** What the demo saves after starting the draft, and how many days before the seed, oldest first. */
export function demoDraftSaves(): { daysAgo: number; content: QuestionnaireDraft }[] {
  return [
    { daysAgo: 12, content: firstSave() },
    { daysAgo: 2, content: secondSave() },
  ];
}
