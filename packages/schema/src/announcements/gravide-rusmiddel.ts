import type { Announcement } from "../announcement.js";
import { QuestionnaireVersionSchema } from "../questionnaire.js";
import kommune2019 from "../../questionnaires/gravide-rusmiddel/kommune-2019@1.0.0.json" with { type: "json" };
import kommune2019v11 from "../../questionnaires/gravide-rusmiddel/kommune-2019@1.1.0.json" with { type: "json" };
import kommune2022 from "../../questionnaires/gravide-rusmiddel/kommune-2022@1.0.0.json" with { type: "json" };
import tilbud2019 from "../../questionnaires/gravide-rusmiddel/tilbud-2019@1.0.0.json" with { type: "json" };

/**
 * The central announcement on vulnerable pregnant women with harmful substance use (26 November 2019),
 * with its 2019 questionnaires for municipalities and offers and the 2022 follow-up request of 27 September 2022.
 * kommune-2019@1.1.0 adds what the guidance's theme 1 asks and 1.0.0 did not: the need for residential treatment.
 *
 * The questionnaire JSON files are published and frozen (see questionnaires/published.sha256.json): a change is a
 * new file with a new version, added here beside the old one.
 */
export const gravideRusmiddel: Announcement = {
  id: "gravide-rusmiddel",
  title: {
    da: "Udsatte gravide kvinder med et skadeligt rusmiddelbrug",
    en: "Vulnerable pregnant women with harmful substance use",
  },
  issued: "2019-11-26",
  targetGroup: {
    da: "Udsatte gravide kvinder med et skadeligt rusmiddelbrug og behov for døgnbehandling. Målgruppens problemer er komplekse med både udsathed, rusmiddelbrug og ofte samtidig psykiatrisk sygdom, som kræver sammentænkte og koordinerede indsatser.",
    en: "Vulnerable pregnant women with harmful substance use who need residential treatment. Their problems are complex – vulnerability, substance use and often psychiatric illness at the same time – and call for joined-up, coordinated efforts.",
  },
  competences: [
    { id: "familie", title: { da: "Familiebehandling", en: "Family treatment" } },
    { id: "svangerskab", title: { da: "Svangerskab og jordemoderfaglighed", en: "Antenatal care and midwifery" } },
    { id: "rusmiddel", title: { da: "Rusmiddelbehandling", en: "Substance-use treatment" } },
    { id: "psykiatri", title: { da: "Psykiatrisk behandling", en: "Psychiatric treatment" } },
  ],
  questionnaires: [kommune2019, kommune2019v11, tilbud2019, kommune2022].map((json) => QuestionnaireVersionSchema.parse(json)),
};
