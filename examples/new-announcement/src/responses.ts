import { findKommune, type SubmittedResponse } from "@afrapport/schema";

/** A submitted response from a municipality, named from the reference data. */
function fromKommune(code: string, answers: SubmittedResponse["answers"]): SubmittedResponse {
  const kommune = findKommune(code);
  if (!kommune) throw new Error(`no municipality with code ${code}`);
  return {
    id: `svar-${code}`,
    respondent: { id: `kommune-${code}`, name: kommune.name, kommuneCode: kommune.code },
    questionnaireVersion: "1.0.0",
    answers,
  };
}

/**
 * Three synthetic answers from municipalities in Region Nordjylland. The numbers and offers are made up for the
 * example; "Spiseforstyrrelsesenheden nord" is the same offer as "Spiseforstyrrelsesenheden Nord".
 */
export const responses: SubmittedResponse[] = [
  fromKommune("851", {
    antalBorgere: { "2018": 14, "2019": 17, "2020": 21 },
    tilbud: [
      { name: "Spiseforstyrrelsesenheden Nord", operator: "regional" },
      { name: "Bostedet Kildevang", operator: "private" },
    ],
    kommentar: "Flere unge henvises end tidligere.",
  }),
  fromKommune("860", {
    antalBorgere: { "2018": 5, "2019": 6, "2020": 4 },
    tilbud: [
      { name: "Spiseforstyrrelsesenheden nord", operator: "regional" },
      { name: "Ambulant team Hjørring", operator: "municipal" },
    ],
    kommentar: "Ventetiden til regionens tilbud er lang.",
  }),
  fromKommune("813", {
    antalBorgere: { "2018": 3, "2019": 5, "2020": 6 },
    tilbud: [{ name: "Spiseforstyrrelsesenheden Nord", operator: "regional" }],
  }),
];
