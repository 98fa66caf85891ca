import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { QuestionnaireDraft } from "@afrapport/schema";
import { createDraftDoc, readDraft } from "@afrapport/schema/coauthor";
import * as Y from "yjs";
import type { Benchmark, Figure } from "../benchmark.js";
import { editorEmail, editorPassword } from "../coauthor/editors.js";
import { LiveEditor, questionTitle, type SentLog } from "../coauthor/live-editor.js";
import { formatNumber, formatTable } from "../runner/format.js";

// P7: ten editors typing into one draft at once, each into a question of their own, a character every 100 ms. How
// long until the other nine see a change (p50, p99), against a bare `ws` relay that forwards the same updates to
// the same clients in the same run; and what each open draft costs the server (heap and RSS after a full GC, with
// 1, 10 and 50 drafts open, one editor connected to each).

const editors = 10;
const typingIntervalMs = 100;
const openDraftCounts = [1, 10, 50];

interface Child {
  process: ChildProcess;
  origin: string;
  request<T>(message: unknown): Promise<T>;
  stop(): Promise<void>;
}

function startChild(entry: string, args: string[]): Promise<Child> {
  const child = fork(join(import.meta.dirname, "../servers", entry), args, {
    execArgv: ["--conditions=@afrapport/source", "--import", "tsx", "--expose-gc"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${entry} exited (${code}) before it listened`)));
    child.once("message", (ready: { port: number }) =>
      resolve({
        process: child,
        origin: `http://127.0.0.1:${ready.port}`,
        request: (message) =>
          new Promise((done) => {
            child.once("message", (answer) => done(answer as never));
            child.send(message as never);
          }),
        stop: async () => {
          if (child.exitCode === null) child.send("stop");
          await exited;
        },
      }),
    );
  });
}

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(origin: string, email: string): Promise<Session> {
  const response = await fetch(`${origin}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: editorPassword }) });
  if (!response.ok) throw new Error(`signing in ${email} answered ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; "), csrf: csrfToken };
}

async function newDraft(origin: string, session: Session): Promise<{ id: string; content: QuestionnaireDraft }> {
  const response = await fetch(`${origin}/api/questionnaires/drafts`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: session.cookie, "x-csrf-token": session.csrf },
    body: JSON.stringify({ announcementId: "gravide-rusmiddel", key: "kommune-2022", from: {} }),
  });
  if (response.status !== 201) throw new Error(`creating a draft answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { draft: { id: string; content: QuestionnaireDraft } }).draft;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every editor types into its own question for `seconds` (the editors note the latencies); returns how many changes. */
async function typeTogether(group: LiveEditor[], names: string[], seconds: number): Promise<{ changes: number }> {
  const texts = group.map((editor, i) => questionTitle(editor.doc, names[i % names.length]!));
  let changes = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    group.map(async (editor, i) => {
      // staggered, so the ten do not type in lockstep
      await wait((i * typingIntervalMs) / group.length);
      while (Date.now() < end) {
        editor.type(texts[i]!, "abcdefghij"[changes % 10]!);
        changes++;
        await wait(typingIntervalMs);
      }
    }),
  );
  // the last changes arrive
  await wait(500);
  return { changes };
}

export const p7Coauthor: Benchmark = {
  id: "p7",
  title: "P7 co-authoring: 10 editors typing into one draft; memory per open draft",
  async run(ctx) {
    const dir = mkdtempSync(join(tmpdir(), "afrapport-p7-"));
    const afrapport = await startChild("coauthor.server.ts", [join(dir, "p7.sqlite"), String(editors)]);
    const relay = await startChild("bare-ws.server.ts", []);
    try {
      const sessions = await Promise.all(Array.from({ length: editors }, (_, i) => signIn(afrapport.origin, editorEmail(i))));
      const draft = await newDraft(afrapport.origin, sessions[0]!);
      const names = draft.content.survey.pages.flatMap((page) => (page.elements ?? []).filter((element) => typeof element.title === "object" || typeof element.title === "string").map((element) => String(element.name)));
      const ws = afrapport.origin.replace(/^http/, "ws");

      // Afrapport: each editor signed in as itself, on the live endpoint
      const sent: SentLog = new Map();
      const measured: number[] = [];
      const live = sessions.map(() => new LiveEditor(sent, measured));
      await Promise.all(live.map((editor, i) => editor.connect(`${ws}/api/questionnaires/drafts/${draft.id}/live`, { cookie: sessions[i]!.cookie, origin: afrapport.origin }, true)));
      // a short warm-up, not measured
      await typeTogether(live, names, Math.min(2, ctx.durationSeconds));
      measured.length = 0;
      const afrapportRun = await typeTogether(live, names, ctx.durationSeconds);
      const afrapportLatencies = [...measured].sort((a, b) => a - b);
      const same = () => live.every((editor) => JSON.stringify(readDraft(editor.doc)) === JSON.stringify(readDraft(live[0]!.doc)));
      for (let waited = 0; !same() && waited < 10_000; waited += 100) await wait(100);
      const converged = same();
      await Promise.all(live.map((editor) => editor.close()));

      // the bare relay: the same clients, starting from the same document, the same typing
      const start = Y.encodeStateAsUpdate(createDraftDoc(draft.content));
      const relaySent: SentLog = new Map();
      const relayMeasured: number[] = [];
      const bare = Array.from({ length: editors }, () => new LiveEditor(relaySent, relayMeasured));
      for (const editor of bare) Y.applyUpdate(editor.doc, start);
      await Promise.all(bare.map((editor) => editor.connect(`${relay.origin.replace(/^http/, "ws")}/p7`, {}, false)));
      await typeTogether(bare, names, Math.min(2, ctx.durationSeconds));
      relayMeasured.length = 0;
      await typeTogether(bare, names, ctx.durationSeconds);
      const relayLatencies = [...relayMeasured].sort((a, b) => a - b);
      await Promise.all(bare.map((editor) => editor.close()));

      // memory per open draft: drafts opened one editor each, on top of the server with none open
      await wait(1000);
      const before = (await afrapport.request<{ memory: { heapUsed: number; rss: number } }>("memory")).memory;
      const open: LiveEditor[] = [];
      const memory: { drafts: number; heapUsed: number; rss: number; heapPerDraft: number; rssPerDraft: number }[] = [];
      for (const count of openDraftCounts) {
        while (open.length < count) {
          const next = await newDraft(afrapport.origin, sessions[0]!);
          const editor = new LiveEditor(new Map(), []);
          await editor.connect(`${ws}/api/questionnaires/drafts/${next.id}/live`, { cookie: sessions[0]!.cookie, origin: afrapport.origin }, true);
          open.push(editor);
        }
        const now = (await afrapport.request<{ memory: { heapUsed: number; rss: number } }>("memory")).memory;
        memory.push({ drafts: count, ...now, heapPerDraft: (now.heapUsed - before.heapUsed) / count, rssPerDraft: (now.rss - before.rss) / count });
      }
      await Promise.all(open.map((editor) => editor.close()));

      const p = (sorted: number[], q: number) => percentile(sorted, q);
      const afrapportP99 = p(afrapportLatencies, 99);
      const relayP99 = p(relayLatencies, 99);
      const atMost = memory.at(-1)!;
      const kb = (bytes: number) => bytes / 1024;
      const figures: Figure[] = [
        { name: "p99 until the other 9 see a change", value: afrapportP99, unit: "ms", detail: `p50 ${formatNumber(p(afrapportLatencies, 50), 1)} ms, ${afrapportLatencies.length} deliveries`, goal: { kind: "at-most", value: 100 } },
        { name: "p99 ÷ bare ws relay p99", value: afrapportP99 / relayP99, unit: "×", detail: `${formatNumber(afrapportP99, 1)} vs ${formatNumber(relayP99, 1)} ms` },
        { name: `heap per open draft (${atMost.drafts} open)`, value: kb(atMost.heapPerDraft), unit: "KB", detail: `RSS ${formatNumber(kb(atMost.rssPerDraft))} KB per draft`, goal: { kind: "at-most", value: 1024 } },
      ];
      const table = formatTable([
        ["", "p50 ms", "p99 ms", "max ms", "deliveries"],
        ["Afrapport live", formatNumber(p(afrapportLatencies, 50), 1), formatNumber(afrapportP99, 1), formatNumber(afrapportLatencies.at(-1) ?? 0, 1), String(afrapportLatencies.length)],
        ["bare ws relay", formatNumber(p(relayLatencies, 50), 1), formatNumber(relayP99, 1), formatNumber(relayLatencies.at(-1) ?? 0, 1), String(relayLatencies.length)],
        ...memory.map((m) => [`${m.drafts} draft${m.drafts === 1 ? "" : "s"} open`, `heap +${formatNumber(kb(m.heapPerDraft))} KB/draft`, `RSS +${formatNumber(kb(m.rssPerDraft))} KB/draft`, "", ""]),
      ]);
      if (!converged) {
        const vectors = live.map((editor) => JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(editor.doc))].sort()));
        throw new Error(`the ten editors' documents did not converge: ${vectors.join("\n")}`);
      }
      return {
        figures,
        table,
        data: {
          editors,
          typingIntervalMs,
          changes: afrapportRun.changes,
          afrapport: { p50: p(afrapportLatencies, 50), p99: afrapportP99, max: afrapportLatencies.at(-1), deliveries: afrapportLatencies.length },
          relay: { p50: p(relayLatencies, 50), p99: relayP99, max: relayLatencies.at(-1), deliveries: relayLatencies.length },
          memory: { before, open: memory },
        },
      };
    } finally {
      await afrapport.stop();
      await relay.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
