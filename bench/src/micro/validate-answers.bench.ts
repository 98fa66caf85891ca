// How much does validateAnswers cost compared with the least survey-core needs to check the same answers?
// Baseline: the same questionnaire JSON loaded into a bare survey-core Model (no Afrapport properties or Danish
// strings), the same answers set as its data, validate(true, false) once. validateAnswers does that plus what
// survey-core leaves to us – keys, types, choices, CPR scan – and an English pass only when there are errors to
// word. Both run in this process, interleaved, in the same run. It prints ratios; it asserts nothing.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { findAnnouncement, findQuestionnaire, validateAnswers, type Answers, type QuestionnaireVersion } from "@afrapport/schema";
import { Model } from "survey-core";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const WARMUP = 20;
/** calls per batch; between batches the event loop runs (survey-core's models wait on timers until it does) */
const BATCH = 10;

const announcement = findAnnouncement("gravide-rusmiddel");
const questionnaire = announcement && findQuestionnaire(announcement, "kommune-2019");
if (questionnaire === undefined) throw new Error("The built-in kommune-2019 questionnaire is missing");

const fixture = (name: string): Answers =>
  (JSON.parse(readFileSync(new URL(`../../../packages/schema/fixtures/gravide-rusmiddel/kommune-2019/${name}.json`, import.meta.url), "utf8")) as { answers: Answers })
    .answers;

const cases: { label: string; answers: Answers; mode: "draft" | "submit" }[] = [
  {
    label: "autosave draft (3 answers)",
    mode: "draft",
    answers: {
      targetGroupCount: { "2017": 3, "2018": 5, "2019": 8 },
      targetGroupCountMethod: "Optalt fra journalsystemet.",
      futureOrganisation: "Vi vil samarbejde med familieambulatoriet og regionens psykiatri om et fælles forløb.",
    },
  },
  { label: "complete submission", mode: "submit", answers: fixture("valid-complete") },
  { label: "submission with errors", mode: "submit", answers: fixture("invalid-counts") },
];

function bare(q: QuestionnaireVersion, answers: Answers): void {
  const model = new Model(q.survey);
  model.data = answers;
  model.validate(true, false);
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Milliseconds per call of each function, measured in alternating batches so both see the same load. */
async function timeBoth(run: Record<"ours" | "bare", () => void>): Promise<Record<"ours" | "bare", number>> {
  for (let i = 0; i < WARMUP; i++) (run.ours(), run.bare());
  const total = { ours: 0, bare: 0 };
  for (let done = 0; done < ROUNDS; done += BATCH) {
    for (const name of ["ours", "bare"] as const) {
      await tick();
      const start = performance.now();
      for (let i = 0; i < BATCH; i++) run[name]();
      total[name] += performance.now() - start;
    }
  }
  const calls = Math.ceil(ROUNDS / BATCH) * BATCH;
  return { ours: total.ours / calls, bare: total.bare / calls };
}

for (const { label, answers, mode } of cases) {
  const ms = await timeBoth({ ours: () => validateAnswers(questionnaire, answers, { mode }), bare: () => bare(questionnaire, answers) });
  console.log(`validateAnswers, ${label}`.padEnd(50), `${ms.ours.toFixed(3)} ms/call`);
  console.log(`bare Model + validate(true, false)`.padEnd(50), `${ms.bare.toFixed(3)} ms/call`);
  console.log(`ratio: validateAnswers costs ${(ms.ours / ms.bare).toFixed(2)}× a bare survey-core validation (${label}, kommune-2019)\n`);
}
