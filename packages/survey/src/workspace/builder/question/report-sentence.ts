import type { AggregationKind, Audience, Locale, ScreeningRole } from "@afrapport/schema";

export interface ReportSentenceInput {
  aggregation: AggregationKind;
  /** the builder type ("checkbox", "matrix", "boolean", …), for how choices are counted */
  builderType: string | null;
  audience: Audience;
  screening?: ScreeningRole | undefined;
  /** the question shows SurveyJS's "Andet" item, whose written texts the report lists */
  other?: boolean;
}

const respondents = {
  da: {
    municipality: { all: "alle kommuners", each: "hver kommunes", one: "hver kommune", by: "kommune" },
    offer: { all: "alle tilbuds", each: "hvert tilbuds", one: "hvert tilbud", by: "tilbud" },
  },
  en: {
    municipality: { all: "all municipalities'", each: "each municipality's", one: "each municipality", by: "municipality" },
    offer: { all: "all offers'", each: "each offer's", one: "each offer", by: "offer" },
  },
} as const;

/**
 * One or two sentences of what the joint report shows for a question, from its aggregation kind (what
 * aggregateReport computes for it) and, in an offer questionnaire, its screening role (what screenOffer judges).
 */
export function reportSentence(input: ReportSentenceInput, locale: Locale): string {
  const main = aggregationSentence(input, locale);
  const screening = input.audience === "offer" && input.screening !== undefined ? screeningSentence(input.screening, locale) : undefined;
  return screening === undefined ? main : `${main} ${screening}`;
}

function aggregationSentence({ aggregation, builderType, audience, other }: ReportSentenceInput, locale: Locale): string {
  const who = respondents[locale][audience];
  const da = locale === "da";
  switch (aggregation) {
    case "none":
      return da ? "Indgår ikke i den fælles rapport." : "Not part of the joint report.";
    case "sum":
      return da
        ? `Fælles rapport: summen af ${who.all} svar, og ${who.each} tal i kildevisningen.`
        : `Joint report: the sum of ${who.all} answers, with ${who.each} figure in the source view.`;
    case "sumPerYear":
      return da
        ? `Fælles rapport: en tabel med ${who.each} tal pr. år og summen for hvert år og i alt.`
        : `Joint report: a table of ${who.each} figures per year, with the sum for each year and in total.`;
    case "offerList":
      return da
        ? `Fælles rapport: tilbuddene samles på tværs af ${audience === "offer" ? "besvarelser" : "kommuner"} efter navn og driftsherre, med hvem der har nævnt dem.`
        : `Joint report: the offers are merged across ${audience === "offer" ? "responses" : "municipalities"} by name and operator, with who named them.`;
    case "choiceCounts": {
      let sentence: string;
      if (builderType === "matrix") sentence = da ? "Fælles rapport: antal svar pr. kolonne for hver række." : "Joint report: the number of answers per column for each row.";
      else if (builderType === "boolean") sentence = da ? "Fælles rapport: antal svar »ja« og »nej«." : "Joint report: the number of answers yes and no.";
      else if (builderType === "checkbox" || builderType === "tagbox") {
        sentence = da
          ? "Fælles rapport: antal pr. valgmulighed; et svar tæller med ved hver valgmulighed, der er krydset af."
          : "Joint report: the number per choice; an answer counts for every choice ticked.";
      } else sentence = da ? "Fælles rapport: antal pr. valgmulighed." : "Joint report: the number per choice.";
      if (other && builderType !== "matrix" && builderType !== "boolean") {
        sentence += da ? " Teksterne skrevet under »Andet« vises samlet." : " The texts written under “Other” are listed.";
      }
      return sentence;
    }
    case "texts":
      return da ? `Fælles rapport: ${who.all} tekster samlet, hver med navnet på sit ${who.by}.` : `Joint report: ${who.all} texts together, each with the name of its ${who.by}.`;
    case "files":
      return da
        ? `Fælles rapport: en liste over de vedhæftede filer fra ${who.one} og deres antal.`
        : `Joint report: a list of the files attached by ${who.one}, and how many.`;
  }
}

function screeningSentence(role: ScreeningRole, locale: Locale): string {
  const da = locale === "da";
  switch (role) {
    case "flow":
      return da
        ? "Screeningsmodellen: borgerflowet – tilbuddet skal have haft mindst det antal borgere i målgruppen hvert år, som sekretariatet sætter (vejledningen siger 3)."
        : "Screening model: citizen flow – the offer must have served at least the number of citizens of the target group every year that the secretariat sets (the guidance says 3).";
    case "staff":
      return da
        ? "Screeningsmodellen: antallet af medarbejdere sammenlignes med sekretariatets mindstekrav."
        : "Screening model: the number of staff is compared with the secretariat's minimum.";
    case "experience":
      return da
        ? "Screeningsmodellen: medarbejdernes erfaring i år sammenlignes med sekretariatets mindstekrav."
        : "Screening model: the staff's years of experience are compared with the secretariat's minimum.";
    case "competences":
      return da
        ? "Screeningsmodellen: om hver af udmeldingens kompetencer findes internt, eksternt eller mangler."
        : "Screening model: whether each of the announcement's competences is present internally, externally or absent.";
  }
}
