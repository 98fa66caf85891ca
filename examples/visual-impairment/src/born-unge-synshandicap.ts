import type { LocalizedText, QuestionnaireDraft } from "@afrapport/schema";
import type { CreateAnnouncementInput } from "@afrapport/schema/api";

const t = (da: string, en: string): LocalizedText => ({ da, en });

/**
 * The announcement as a secretariat enters it through POST /api/announcements: children and young people with
 * severe visual impairment, announced 1 November 2014 (reported 1 March 2016, 579 children nationally). The
 * competences are the ones screening criterion 4 looks for in an offer's staff.
 */
export const bornUngeSynshandicap = {
  id: "born-unge-synshandicap",
  title: t("Børn og unge med svært synshandicap", "Children and young people with severe visual impairment"),
  issued: "2014-11-01",
  targetGroup: t(
    "Børn og unge i alderen 0–17 år, der er blinde eller stærkt svagsynede, også når synshandicappet følges af andre funktionsnedsættelser.",
    "Children and young people aged 0–17 who are blind or severely partially sighted, also when the visual impairment comes with other disabilities.",
  ),
  competences: [
    { id: "synspaedagogik", title: t("Synspædagogik og synsfaglig rådgivning af familie, dagtilbud og skole", "Vision pedagogy and specialist advice to the family, day care and school") },
    { id: "punktskrift", title: t("Punktskrift og kompenserende it-hjælpemidler", "Braille and assistive technology") },
    { id: "mobilitet-adl", title: t("Mobilitetstræning og ADL (almindelig daglig levevis)", "Orientation and mobility training, and activities of daily living (ADL)") },
    { id: "svagsynsoptik", title: t("Svagsynsoptik og optiske hjælpemidler", "Low vision optics and optical aids") },
    { id: "oftalmologi", title: t("Øjenlægefaglig udredning og opfølgning", "Ophthalmological assessment and follow-up") },
  ],
} satisfies CreateAnnouncementInput;

/** The municipalities' questionnaire: its key in the catalogue and the content of its first version. */
export const questionnaireKey = "kommune-2015";

/**
 * The questionnaire as the secretariat means it to be published, in Danish and English: the four themes of the
 * 2014 announcements – the target group counted per year, the offers used, cooperation, the future organisation.
 */
export const kommuneskema: QuestionnaireDraft = {
  audience: "municipality",
  title: t("Kommunernes afrapportering om børn og unge med svært synshandicap", "Municipal report on children and young people with severe visual impairment"),
  reportSections: [
    { id: "maalgruppe", title: t("Målgruppen", "The target group") },
    { id: "tilbud", title: t("Højt specialiserede tilbud og indsatser", "Highly specialised offers and efforts") },
    { id: "samarbejde", title: t("Koordination og samarbejde", "Coordination and cooperation") },
    { id: "fremtid", title: t("Fremtidig organisering", "Future organisation") },
  ],
  survey: {
    pages: [
      {
        name: "maalgruppe",
        title: t("Målgruppen", "The target group"),
        elements: [
          {
            type: "multipletext",
            name: "antalBoern",
            title: t(
              "Hvor mange børn og unge (0–17 år) med svært synshandicap har kommunen kendt til pr. år?",
              "How many children and young people (0–17) with severe visual impairment did the municipality know of per year?",
            ),
            description: t("Tæl hvert barn én gang pr. år, også når det modtager flere indsatser.", "Count each child once a year, also when it receives several efforts."),
            items: ["2013", "2014", "2015"].map((year) => ({ name: year, inputType: "number", validators: [{ type: "numeric", minValue: 0 }] })),
            aggregation: "sumPerYear",
            reportSection: "maalgruppe",
          },
        ],
      },
      {
        name: "tilbud",
        title: t("Tilbud og indsatser", "Offers and efforts"),
        elements: [
          {
            type: "matrixdynamic",
            name: "tilbud",
            title: t("Hvilke højt specialiserede tilbud bruger kommunen til målgruppen?", "Which highly specialised offers does the municipality use for the target group?"),
            rowCount: 1,
            addRowText: t("Tilføj et tilbud", "Add an offer"),
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
              {
                name: "indsats",
                cellType: "dropdown",
                title: t("Den vigtigste indsats", "The main effort"),
                choices: [
                  { value: "raadgivning", text: t("Synsfaglig rådgivning af familie og skole", "Specialist advice to family and school") },
                  { value: "undervisning", text: t("Specialundervisning, herunder punktskrift", "Special education, braille included") },
                  { value: "rehabilitering", text: t("Mobilitet og ADL", "Orientation, mobility and daily living") },
                  { value: "optik", text: t("Svagsynsoptik og hjælpemidler", "Low vision optics and aids") },
                ],
              },
            ],
            aggregation: "offerList",
            reportSection: "tilbud",
          },
        ],
      },
      {
        name: "samarbejde",
        title: t("Koordination og samarbejde", "Coordination and cooperation"),
        elements: [
          {
            type: "checkbox",
            name: "samarbejde",
            title: t("Hvilke former for samarbejde om målgruppen har kommunen?", "Which forms of cooperation on the target group does the municipality have?"),
            choices: [
              { value: "andre-kommuner", text: t("Aftaler med andre kommuner", "Agreements with other municipalities") },
              { value: "regionen", text: t("Aftale med regionen", "An agreement with the region") },
              { value: "landsdaekkende", text: t("Samarbejde med de landsdækkende tilbud (fx Synscenter Refsnæs)", "Cooperation with the national offers (e.g. Synscenter Refsnæs)") },
              { value: "oejenafdeling", text: t("Samarbejde med et sygehus' øjenafdeling", "Cooperation with a hospital's eye department") },
              { value: "ingen", text: t("Ingen formelle aftaler", "No formal agreements") },
            ],
            aggregation: "choiceCounts",
            reportSection: "samarbejde",
          },
        ],
      },
      {
        name: "fremtid",
        title: t("Fremtidig organisering", "Future organisation"),
        elements: [
          {
            type: "comment",
            name: "fremtid",
            title: t(
              "Hvordan vil kommunen organisere indsatsen for målgruppen fremover, og hvilke udfordringer ser I?",
              "How will the municipality organise the effort for the target group in future, and which challenges do you see?",
            ),
            aggregation: "texts",
            reportSection: "fremtid",
          },
        ],
      },
    ],
  },
};
