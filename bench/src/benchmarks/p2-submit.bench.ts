import type { Benchmark } from "../benchmark.js";
import { completeAnswers, variedText } from "../fixtures/answers.js";
import { seedRespondents, withCurrentRevisions } from "../fixtures/seed-respondents.js";
import { formatNumber, formatTable } from "../runner/format.js";
import { measure } from "../runner/measure.js";

// P2: a validated submission (POST /api/respond/{token}/submit with complete answers: saved as a draft revision,
// validated in full with survey-core, then the submit revision and the receipt) against P1's autosave at the
// same 16 connections, on the same server. A respondent submits once, so every request takes a fresh respondent.
// Goal: ≥ 0.4× the autosave's throughput.

const connections = 16;
const submissions = Number(process.env.BENCH_P2_SUBMISSIONS ?? 16 * 40);

export const p2Submit: Benchmark = {
  id: "p2",
  title: "P2 validated submit: POST /api/respond/{token}/submit ÷ P1's autosave, 16 connections",
  async run(ctx) {
    const afrapport = await ctx.afrapport();
    const answers = completeAnswers();
    let autosave = ctx.measured.get(`p1.autosave.${connections}`);
    if (autosave === undefined) {
      const tokens = await seedRespondents(afrapport.origin, connections, "P2 autosave");
      autosave = await measure(
        { origin: afrapport.origin, connections, durationSeconds: ctx.durationSeconds, scenario: { kind: "autosave", tokens, revisions: {}, answers, variedText } },
        `autosave, ${connections} connections`,
        { prepare: withCurrentRevisions, server: afrapport },
      );
    }
    // One spare respondent per connection: the load generator prepares each connection's next request before it
    // learns the run is over.
    const warmup = await seedRespondents(afrapport.origin, 4 * connections, "P2 warm-up");
    await measure({ origin: afrapport.origin, connections, durationSeconds: 0, amount: 3 * connections, scenario: { kind: "submit", tokens: warmup, answers } }, "submit (warm-up)");
    const pool = await seedRespondents(afrapport.origin, submissions + connections, "P2");
    const submit = await measure(
      { origin: afrapport.origin, connections, durationSeconds: 0, amount: submissions, scenario: { kind: "submit", tokens: pool, answers } },
      `submit, ${connections} connections`,
      { server: afrapport },
    );
    return {
      figures: [
        {
          name: `submit ÷ autosave, ${connections} connections`,
          value: submit.requestsPerSecond / autosave.requestsPerSecond,
          unit: "×",
          detail: `${formatNumber(submit.requestsPerSecond)} vs ${formatNumber(autosave.requestsPerSecond)} req/s`,
          goal: { kind: "at-least", value: 0.4 },
        },
      ],
      table: formatTable([
        ["", "req/s", "p50 ms", "p99 ms", "requests"],
        ["submit", formatNumber(submit.requestsPerSecond), formatNumber(submit.latencyMs.p50), formatNumber(submit.latencyMs.p99), formatNumber(submit.requests)],
        ["autosave", formatNumber(autosave.requestsPerSecond), formatNumber(autosave.latencyMs.p50), formatNumber(autosave.latencyMs.p99), formatNumber(autosave.requests)],
      ]),
      data: { submit, autosave },
    };
  },
};
