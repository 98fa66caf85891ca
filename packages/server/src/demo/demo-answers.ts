import type { Answers } from "@afrapport/schema";

/**
 * Synthetic answers for the demo campaign (kommune-2019). Deterministic: the same municipality code always gives
 * the same answers, so a demo looks the same every time it is seeded. Every number and text is invented; the offers
 * are fictitious, named with the spelling variants real answers have, so the report's de-duplication shows.
 */

/** mulberry32: a small, fast, seedable pseudo-random generator (public domain). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** The fictitious offers, each with the spellings different municipalities use for it. */
export const demoOffers = [
  {
    operator: "private",
    legalBasis: ["sel-101", "sel-107"],
    location: "Nordsjælland",
    names: ["Døgntilbuddet Solsikken", "Døgntilbud Solsikken", "Solsikken – døgnbehandling for gravide", "Solsikken døgntilbud"],
  },
  {
    operator: "regional",
    legalBasis: ["other"],
    location: "Hvidovre",
    names: ["Familieambulatoriet, Hvidovre Hospital", "Familieambulatoriet Hvidovre", "Hvidovre Hospital, Familieambulatoriet"],
  },
  {
    operator: "municipal",
    legalBasis: ["sel-101"],
    location: "København",
    names: ["Rusmiddelcenter Havnen, gravideteamet", "Rusmiddelcentret Havnen (gravideteam)"],
  },
] as const;

const units = [
  "Social- og Sundhedsforvaltningen, Voksenområdet",
  "Center for Socialt Udsatte",
  "Børne- og Familieafdelingen",
  "Rusmiddelcentret",
  "Myndighedsafdelingen for voksne",
];
const roles = ["Rusmiddelkonsulent", "Afdelingsleder", "Socialfaglig koordinator", "Specialkonsulent"];
const methods = [
  "Optalt i sagssystemet ud fra underretninger om gravide og visitationer til rusmiddelbehandling.",
  "Skønnet af rusmiddelcentret og familieafdelingen i fællesskab ud fra kendte forløb.",
  "Opgjort på baggrund af samarbejdet med familieambulatoriet; tallet er et skøn for 2017.",
];
const descriptions = [
  "Kommunen har en samarbejdsaftale med nabokommunerne om fælles brug af døgnpladser og får supervision fra familieambulatoriet.",
  "Der holdes faste tværsektorielle møder med regionens familieambulatorium, og sagsbehandlerne kan få sparring fra rusmiddelcentret.",
  "Kommunen køber pladser efter behov og har en rammeaftale med et privat døgntilbud om visitation af gravide.",
];
const futures = [
  "Kommunen vil sammen med regionen etablere et fast tværsektorielt forløb for gravide med rusmiddelbrug, med én koordinerende sagsbehandler.",
  "Vi vil samle indsatsen i et gravideteam på tværs af familie- og rusmiddelområdet og styrke den opsøgende indsats.",
  "Kommunen ønsker en fælleskommunal aftale om døgnpladser, så pladserne er til rådighed, når behovet opstår.",
];
const challenges = [
  "Mangel på døgnpladser med jordemoderfaglige kompetencer.",
  "Få borgere i målgruppen gør det svært at fastholde specialiseret viden i kommunen.",
  "",
];
const solutions = [
  "Fælleskommunal finansiering af pladser i et regionalt tilbud.",
  "Et regionalt videnscenter, som kommunerne kan trække på i de enkelte sager.",
];

/** A complete municipality answer, valid for submission, for one municipality. */
export function demoKommuneAnswers(kommuneCode: string, kommuneName: string): Answers {
  const random = seededRandom(seedOf(`demo:${kommuneCode}`));
  const large = kommuneCode === "101";
  const base = large ? between(random, 18, 30) : between(random, 0, 8);
  const count = () => Math.max(0, base + between(random, -2, 3));
  const answers: Answers = {
    respondentUnit: pick(random, units),
    contactRole: pick(random, roles),
    targetGroupCount: { "2017": count(), "2018": count(), "2019": count() },
    targetGroupCountMethod: pick(random, methods),
  };
  const refers = random() < 0.8;
  answers.refersToOffers = refers;
  if (refers) {
    const used = [...demoOffers].sort(() => random() - 0.5).slice(0, between(random, 1, 2));
    answers.offersUsed = used.map((offer) => ({
      name: pick(random, offer.names),
      operator: offer.operator,
      legalBasis: [...offer.legalBasis],
      location: offer.location,
    }));
    answers.offersComment = `${kommuneName} visiterer primært til døgnbehandling under graviditeten.`;
  }
  const formal = random() < 0.75;
  if (formal) {
    const forms = ["other-municipalities", "offers", "region", "supervision-advice", "joint-funding"].filter(() => random() < 0.5);
    answers.cooperationForms = forms.length > 0 ? forms : ["region"];
    answers.cooperationScope = random() < 0.3 ? ["within-region", "across-regions"] : ["within-region"];
    answers.cooperationDescription = pick(random, descriptions);
    answers.hasCooperationAgreements = false;
  } else {
    answers.cooperationForms = ["none"];
  }
  answers.futureOrganisation = pick(random, futures);
  const challenge = pick(random, challenges);
  if (challenge !== "") {
    answers.furtherChallenges = challenge;
    answers.proposedSolutions = pick(random, solutions);
  }
  return answers;
}

/** A draft: the first pages only, as someone part-way through would have them. */
export function demoKommuneDraft(kommuneCode: string, kommuneName: string): Answers {
  const full = demoKommuneAnswers(kommuneCode, kommuneName);
  const { respondentUnit, contactRole, targetGroupCount } = full;
  return { respondentUnit, contactRole, targetGroupCount };
}

/**
 * The demo's two offers as they answered the offer questionnaire (tilbud-2019): Solsikken meets every criterion of
 * the screening model; the family outpatient clinic sees too few of the target group and lacks a competence, so a
 * newcomer sees both verdicts in the joint report.
 */
export const demoOfferResponses = [
  {
    invite: { name: "Døgntilbuddet Solsikken", operator: "private", legalBasis: "Serviceloven §§ 101 og 107" },
    answers: {
      offerName: "Døgntilbuddet Solsikken",
      operator: "private",
      legalBasis: ["sel-101", "sel-107"],
      placeCount: 8,
      effortDescription: "Døgnbehandling for gravide med rusmiddelbrug fra graviditetens start til barnet er et år, med jordemoder og psykiatrisk konsulent tilknyttet.",
      citizensPerYear: { "2017": 5, "2018": 6, "2019": 7 },
      staffCount: 9,
      staffExperienceYears: 8,
      competences: { familie: "internal", svangerskab: "internal", rusmiddel: "internal", psykiatri: "external" },
      competencesDescription: "Psykiater fra regionens børne- og ungdomspsykiatri kommer hver anden uge.",
    },
  },
  {
    invite: { name: "Familieambulatoriet, Hvidovre Hospital", operator: "regional", legalBasis: "Sundhedsloven" },
    answers: {
      offerName: "Familieambulatoriet, Hvidovre Hospital",
      operator: "regional",
      legalBasis: ["sundl-141"],
      effortDescription: "Ambulant svangreomsorg og opfølgning af børnene til skolealderen; døgnophold kun ved indlæggelse på hospitalet.",
      citizensPerYear: { "2017": 2, "2018": 1, "2019": 2 },
      staffCount: 4,
      staffExperienceYears: 12,
      competences: { familie: "internal", svangerskab: "internal", rusmiddel: "external", psykiatri: "absent" },
    },
  },
] as const;
