// The load generator: a child process of the benchmark (so it never shares a core's event loop with a server it
// measures) that runs autocannon with the plan it is sent and sends back one LoadResult. Run through
// run-load.ts; it is not a command of its own.
import autocannon from "autocannon";
import type { LoadPlan, LoadResult, LoadScenario } from "./load-plan.js";

/** Where the revision is in a save's reply: its first field, so the whole body need not be parsed. */
const revisionField = /"revision":(\d+)/;

/** Makes every save's text differ from every earlier one, also those of earlier loads on the same respondents. */
const runMark = Date.now().toString(36);

function requestsOf(scenario: LoadScenario, failures: string[]): (client: autocannon.Client) => void {
  if (scenario.kind === "autosave") {
    let nextSlot = 0;
    return (client) => {
      // Each connection is one respondent: its own token, its own revision, its own counter.
      const token = scenario.tokens[nextSlot++ % scenario.tokens.length]!;
      let revision = scenario.revisions[token] ?? 0;
      let saves = 0;
      client.setRequests([
        {
          method: "PUT",
          path: `/api/respond/${token}/answers`,
          headers: { "content-type": "application/json" },
          setupRequest: (request) => {
            saves += 1;
            const answers = { ...scenario.answers, [scenario.variedText]: `${String(scenario.answers[scenario.variedText] ?? "")} Gemt ${runMark}-${saves}.` };
            return { ...request, body: JSON.stringify({ baseRevision: revision, answers }) };
          },
          onResponse: (status, body) => {
            const found = revisionField.exec(body);
            if (status === 200 && found) revision = Number(found[1]);
            else if (failures.length === 0) failures.push(`${status} ${body.slice(0, 500)}`);
          },
        },
      ]);
    };
  }
  let nextToken = 0;
  const body = JSON.stringify({ baseRevision: 0, answers: scenario.answers });
  return (client) => {
    client.setRequests([
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (request) => {
          // A respondent submits once: every request takes the next unused respondent of the pool.
          const token = scenario.tokens[nextToken++ % scenario.tokens.length]!;
          return { ...request, path: `/api/respond/${token}/submit`, body };
        },
        onResponse: (status, text) => {
          if (status !== 200 && failures.length === 0) failures.push(`${status} ${text.slice(0, 500)}`);
        },
      },
    ]);
  };
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const failures: string[] = [];
  const result = await autocannon({
    url: plan.origin,
    connections: plan.connections,
    ...(plan.amount === undefined ? { duration: plan.durationSeconds } : { amount: plan.amount }),
    setupClient: requestsOf(plan.scenario, failures),
    timeout: 30,
  });
  const non2xx: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    if (!status.startsWith("2") && count) non2xx[status] = count;
  }
  return {
    connections: plan.connections,
    durationSeconds: result.duration,
    requestsPerSecond: result["2xx"] / result.duration,
    requests: result["2xx"],
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.mean },
    non2xx,
    errors: result.errors,
    ...(failures[0] === undefined ? {} : { firstFailure: failures[0] }),
  };
}

process.once("message", (plan: LoadPlan) => {
  run(plan).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send!({ ok: false, error: error instanceof Error ? error.stack : String(error) }, () => process.exit(1)),
  );
});
