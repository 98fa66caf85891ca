import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { builtInDraft, smallDraft } from "../../fixtures/drafts/drafts.js";
import { DraftEditError } from "../draft-edit/draft-edit-error.js";
import { addElement, addPage, duplicateElement, moveElement, movePage, removeElement, removePage, updateElement, updatePage, updateQuestionnaire } from "../draft-edit/draft-edits.js";
import { findElement } from "../draft-edit/draft-outline.js";
import { draftElements } from "../draft-edit/draft-tree.js";
import { newElement } from "../draft-edit/new-element.js";
import type { BuilderQuestionType } from "../draft-edit/question-types.js";
import { type QuestionnaireDraft, QuestionnaireDraftSchema } from "../questionnaire-draft.js";
import { createDraftDoc, hasDraft, readDraft, writeDraft } from "./draft-doc.js";

/** Two peers that start from the server's document and then edit apart (offline, or at the same moment). */
function peers(draft: QuestionnaireDraft): [Y.Doc, Y.Doc] {
  const server = createDraftDoc(draft);
  const a = new Y.Doc();
  const b = new Y.Doc();
  Y.applyUpdate(a, Y.encodeStateAsUpdate(server));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(server));
  return [a, b];
}

/** Exchanges what each peer lacks, as y-protocols' sync step 2 does. */
function sync(a: Y.Doc, b: Y.Doc): void {
  const forB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const forA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, forB);
  Y.applyUpdate(a, forA);
}

const edit = (doc: Y.Doc, change: (draft: QuestionnaireDraft) => QuestionnaireDraft) => writeDraft(doc, change(readDraft(doc)));
const element = (draft: QuestionnaireDraft, name: string) => (findElement(draft, name) ?? undefined) as Record<string, unknown> | undefined;
const names = (draft: QuestionnaireDraft) => draftElements(draft).map((entry) => entry.name);

const text = fc.string({ maxLength: 12 });
const localized = fc.record({ da: text, en: text }, { requiredKeys: [] });
const jsonLeaf = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
const extraProperties = fc.dictionary(fc.constantFrom("description", "@odd", "visibleIf", "isRequired", "placeholder", "weird"), fc.oneof(jsonLeaf, localized, fc.array(jsonLeaf, { maxLength: 3 })), { maxKeys: 3 });

/** Drafts with every kind of container and odd properties; names are made unique afterwards. */
const draftArbitrary: fc.Arbitrary<QuestionnaireDraft> = (() => {
  const question = fc.record({
    type: fc.constantFrom("text", "comment", "radiogroup", "checkbox", "boolean"),
    title: fc.oneof(text, localized),
    choices: fc.option(fc.array(fc.oneof(text, fc.record({ value: text, text: localized })), { maxLength: 4 }), { nil: undefined }),
    extra: extraProperties,
  }).map(({ extra, choices, ...rest }) => ({ ...extra, ...rest, ...(choices === undefined ? {} : { choices }) }) as Record<string, unknown>);
  const container = fc.record({ type: fc.constantFrom("panel", "paneldynamic"), title: localized, children: fc.array(question, { maxLength: 3 }) })
    .map(({ type, title, children }) => ({ type, title, [type === "panel" ? "elements" : "templateElements"]: children }) as Record<string, unknown>);
  const page = fc.record({ title: fc.option(localized, { nil: undefined }), elements: fc.option(fc.array(fc.oneof(question, question, container), { maxLength: 4 }), { nil: undefined }) });
  return fc.record({
    audience: fc.constantFrom("municipality" as const, "offer" as const),
    title: localized,
    description: fc.option(localized, { nil: undefined }),
    reportSections: fc.array(fc.record({ id: fc.constantFrom("s1", "s2", "s3"), title: localized }), { minLength: 1, maxLength: 3 }),
    pages: fc.array(page, { minLength: 1, maxLength: 3 }),
    surveyExtra: fc.dictionary(fc.constantFrom("showQuestionNumbers", "locale", "title"), jsonLeaf, { maxKeys: 2 }),
  }).map(({ pages, surveyExtra, description, ...rest }) => {
    let counter = 0;
    const named = (json: Record<string, unknown>): Record<string, unknown> => {
      const copy: Record<string, unknown> = { ...json, name: `q${++counter}` };
      for (const key of ["elements", "templateElements"]) if (Array.isArray(copy[key])) copy[key] = (copy[key] as Record<string, unknown>[]).map(named);
      return copy;
    };
    const draft = {
      ...rest,
      ...(description === undefined ? {} : { description }),
      survey: {
        ...surveyExtra,
        pages: pages.map((p, i) => ({ name: `side${i + 1}`, ...(p.title === undefined ? {} : { title: p.title }), ...(p.elements === undefined ? {} : { elements: p.elements.map(named) }) })),
      },
    };
    return draft as QuestionnaireDraft;
  });
})();

describe("createDraftDoc / readDraft", () => {
  it("reads back the draft it was made from", () => {
    fc.assert(fc.property(draftArbitrary, (draft) => {
      expect(readDraft(createDraftDoc(draft))).toEqual(draft);
    }), { numRuns: 200 });
  }, 30_000);

  it("reads back the built-in questionnaires and a draft with every container", () => {
    for (const draft of [smallDraft(), builtInDraft("kommune-2019"), builtInDraft("kommune-2022"), builtInDraft("tilbud-2019")]) {
      expect(readDraft(createDraftDoc(draft))).toEqual(draft);
      // a peer that received the server's document reads the same
      const peer = new Y.Doc();
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(createDraftDoc(draft)));
      expect(readDraft(peer)).toEqual(draft);
    }
  });

  it("knows when a client's document has not had its first sync", () => {
    const empty = new Y.Doc();
    expect(hasDraft(empty)).toBe(false);
    expect(() => readDraft(empty)).toThrow(/no draft/);
    expect(hasDraft(createDraftDoc(smallDraft()))).toBe(true);
  });
});

describe("writeDraft", () => {
  it("writes nothing when nothing changed, and only the changed characters of a text", () => {
    const doc = createDraftDoc(smallDraft());
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    writeDraft(doc, readDraft(doc));
    expect(updates).toHaveLength(0);
    edit(doc, (draft) => updateElement(draft, "a", { title: { da: "A med mere tekst", en: "A" } }));
    expect(updates).toHaveLength(1);
    // an insertion of 14 characters: a small update, not a rewritten element
    expect(updates[0]!.length).toBeLessThan(60);
  });

  it("passes the origin to the transaction so the server can tell who changed what", () => {
    const doc = createDraftDoc(smallDraft());
    const origins: unknown[] = [];
    doc.on("update", (_update: Uint8Array, origin: unknown) => origins.push(origin));
    edit(doc, (draft) => draft);
    writeDraft(doc, updateQuestionnaire(readDraft(doc), { title: { da: "Ny", en: "New" } }), "user-7");
    expect(origins).toEqual(["user-7"]);
  });
});

describe("concurrent edits", () => {
  it("keeps edits to different questions", () => {
    const [a, b] = peers(smallDraft());
    edit(a, (draft) => updateElement(draft, "a", { title: { da: "A fra Anne", en: "A" } }));
    edit(b, (draft) => updateElement(draft, "d", { isRequired: true }));
    sync(a, b);
    expect(readDraft(a)).toEqual(readDraft(b));
    expect(element(readDraft(a), "a")?.title).toEqual({ da: "A fra Anne", en: "A" });
    expect(element(readDraft(a), "d")?.isRequired).toBe(true);
  });

  it("keeps edits to different fields of one question", () => {
    const [a, b] = peers(smallDraft());
    edit(a, (draft) => updateElement(draft, "b", { title: { da: "Nyt B", en: "B" } }));
    edit(b, (draft) => updateElement(draft, "b", { isRequired: true, choices: [{ value: "x", text: { da: "X", en: "X" } }, { value: "y", text: { da: "Y", en: "Y" } }, { value: "z", text: { da: "Z" } }] }));
    sync(a, b);
    const b1 = element(readDraft(a), "b");
    expect(readDraft(a)).toEqual(readDraft(b));
    expect(b1?.title).toEqual({ da: "Nyt B", en: "B" });
    expect(b1?.isRequired).toBe(true);
    expect(b1?.choices).toHaveLength(3);
  });

  it("merges two people typing in the same text character-wise", () => {
    const [a, b] = peers(smallDraft());
    edit(a, (draft) => updateQuestionnaire(draft, { title: { da: "Min Test", en: "Test" } }));
    edit(b, (draft) => updateQuestionnaire(draft, { title: { da: "Test af alt", en: "Test" } }));
    sync(a, b);
    expect(readDraft(a).title.da).toBe("Min Test af alt");
    expect(readDraft(b).title.da).toBe("Min Test af alt");
  });

  it("keeps an edit of an element another person moved, to another page or inside its list", () => {
    const [a, b] = peers(smallDraft());
    edit(a, (draft) => moveElement(draft, "b", { container: "p2", index: 0 }));
    edit(a, (draft) => moveElement(draft, "d", { container: "p2", index: 0 }));
    edit(b, (draft) => updateElement(draft, "b", { title: { da: "B ændret", en: "B" } }));
    edit(b, (draft) => updateElement(draft, "d", { description: { da: "Ny hjælp" } }));
    sync(a, b);
    const merged = readDraft(a);
    expect(readDraft(b)).toEqual(merged);
    expect(merged.survey.pages[1]!.elements!.map((e) => e.name)).toEqual(["d", "b", "kids"]);
    expect(element(merged, "b")?.title).toEqual({ da: "B ændret", en: "B" });
    expect(element(merged, "d")?.description).toEqual({ da: "Ny hjælp" });
  });

  it("keeps an edit of an element another person renamed", () => {
    const [a, b] = peers(smallDraft());
    edit(a, (draft) => updateElement(draft, "c", { name: "antal" }));
    edit(b, (draft) => updateElement(draft, "c", { isRequired: true }));
    sync(a, b);
    const merged = readDraft(a);
    expect(readDraft(b)).toEqual(merged);
    expect(element(merged, "c")).toBeUndefined();
    expect(element(merged, "antal")?.isRequired).toBe(true);
  });

  it("keeps one place for an element two people moved at once", () => {
    const [a, b] = peers(smallDraft());
    edit(a, (draft) => moveElement(draft, "a", { container: "p2", index: 0 }));
    edit(b, (draft) => moveElement(draft, "a", { container: "box", index: 0 }));
    sync(a, b);
    const merged = readDraft(a);
    expect(readDraft(b)).toEqual(merged);
    expect(names(merged).filter((name) => name === "a")).toHaveLength(1);
    // the next write clears the duplicate left in the document
    edit(a, (draft) => draft);
    sync(a, b);
    expect(readDraft(b)).toEqual(merged);
  });

  it("keeps a question added to a panel someone else removed, and panels moved into each other", () => {
    const [a, b] = peers(smallDraft());
    edit(a, (draft) => removeElement(draft, "box"));
    edit(b, (draft) => addElement(draft, { type: "text", name: "late", title: { da: "Sent" } }, { container: "box" }));
    sync(a, b);
    expect(readDraft(a)).toEqual(readDraft(b));
    expect(element(readDraft(a), "late")?.title).toEqual({ da: "Sent" });
    expect(element(readDraft(a), "b")).toBeUndefined();

    const [c, d] = peers(addElement(smallDraft(), { type: "panel", name: "box2", elements: [] }, { container: "p1" }));
    edit(c, (draft) => moveElement(draft, "box", { container: "box2", index: 0 }));
    edit(d, (draft) => moveElement(draft, "box2", { container: "box", index: 0 }));
    sync(c, d);
    const merged = readDraft(c);
    expect(readDraft(d)).toEqual(merged);
    expect(names(merged)).toEqual(expect.arrayContaining(["box", "box2", "b", "c"]));
    expect(QuestionnaireDraftSchema.safeParse(merged).success).toBe(true);
  });

  it("never leaves a draft without a page or a report section", () => {
    const [a, b] = peers(addPage(smallDraft()).draft);
    edit(a, (draft) => removePage(removePage(draft, "p1"), "p2"));
    edit(b, (draft) => removePage(draft, "side1"));
    edit(b, (draft) => updateQuestionnaire(draft, { reportSections: [{ id: "s2", title: { da: "To" } }] }));
    edit(a, (draft) => updateQuestionnaire(draft, { reportSections: [{ id: "s1", title: { da: "Afsnit", en: "Section" } }, { id: "s3", title: {} }] }));
    sync(a, b);
    const merged = readDraft(a);
    expect(readDraft(b)).toEqual(merged);
    expect(QuestionnaireDraftSchema.safeParse(merged).success).toBe(true);
  });

  /** One random edit through the builder's model; an edit the model refuses is skipped, as the builder would. */
  type Step =
    | { kind: "add"; type: BuilderQuestionType; at: number; index: number }
    | { kind: "remove" | "duplicate"; at: number }
    | { kind: "move"; at: number; to: number; index: number }
    | { kind: "title"; at: number; value: string }
    | { kind: "rename"; at: number; name: string }
    | { kind: "required"; at: number; value: boolean }
    | { kind: "page"; at: number; value: string; index: number }
    | { kind: "questionnaire"; value: string };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant("add" as const), type: fc.constantFrom<BuilderQuestionType>("text", "radiogroup", "panel", "paneldynamic", "comment"), at: fc.nat(), index: fc.nat(5) }),
    fc.record({ kind: fc.constantFrom("remove" as const, "duplicate" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("move" as const), at: fc.nat(), to: fc.nat(), index: fc.nat(5) }),
    fc.record({ kind: fc.constant("title" as const), at: fc.nat(), value: text }),
    fc.record({ kind: fc.constant("rename" as const), at: fc.nat(), name: fc.constantFrom("x1", "x2", "y1", "z") }),
    fc.record({ kind: fc.constant("required" as const), at: fc.nat(), value: fc.boolean() }),
    fc.record({ kind: fc.constant("page" as const), at: fc.nat(), value: text, index: fc.nat(3) }),
    fc.record({ kind: fc.constant("questionnaire" as const), value: text }),
  );
  function apply(draft: QuestionnaireDraft, s: Step): QuestionnaireDraft {
    const all = names(draft);
    const pick = (at: number) => all[at % Math.max(1, all.length)];
    const containers = [...draft.survey.pages.map((p) => p.name), ...draftElements(draft).filter((e) => ["panel", "paneldynamic"].includes(String(e.element.type))).map((e) => e.name)];
    try {
      switch (s.kind) {
        case "add":
          return addElement(draft, newElement(draft, s.type), { container: containers[s.at % containers.length]!, index: s.index });
        case "remove":
          return pick(s.at) === undefined ? draft : removeElement(draft, pick(s.at)!);
        case "duplicate":
          return pick(s.at) === undefined ? draft : duplicateElement(draft, pick(s.at)!).draft;
        case "move":
          return pick(s.at) === undefined ? draft : moveElement(draft, pick(s.at)!, { container: containers[s.to % containers.length]!, index: s.index });
        case "title":
          return pick(s.at) === undefined ? draft : updateElement(draft, pick(s.at)!, { title: { da: s.value } });
        case "rename":
          return pick(s.at) === undefined ? draft : updateElement(draft, pick(s.at)!, { name: s.name });
        case "required":
          return pick(s.at) === undefined ? draft : updateElement(draft, pick(s.at)!, { isRequired: s.value });
        case "page": {
          const page = draft.survey.pages[s.at % draft.survey.pages.length]!;
          return s.value === "" ? movePage(draft, page.name, s.index) : updatePage(draft, page.name, { title: { da: s.value } });
        }
        case "questionnaire":
          return updateQuestionnaire(draft, { title: { da: s.value, en: "x" } });
      }
    } catch (error) {
      if (error instanceof DraftEditError) return draft;
      throw error;
    }
  }

  it("converge to one valid draft whatever both sides do", () => {
    fc.assert(fc.property(fc.constantFrom(smallDraft(), builtInDraft("kommune-2019")), fc.array(step, { maxLength: 8 }), fc.array(step, { maxLength: 8 }), fc.boolean(), (base, left, right, midway) => {
      const [a, b] = peers(base);
      left.forEach((s, i) => {
        edit(a, (draft) => apply(draft, s));
        if (midway && i === 2) sync(a, b);
      });
      for (const s of right) edit(b, (draft) => apply(draft, s));
      sync(a, b);
      const merged = readDraft(a);
      expect(readDraft(b)).toEqual(merged);
      expect(QuestionnaireDraftSchema.safeParse(merged).error).toBeUndefined();
      // and a further write from either side keeps them together
      edit(b, (draft) => draft);
      sync(a, b);
      expect(readDraft(a)).toEqual(readDraft(b));
    }), { numRuns: 80 });
  }, 60_000);

  it("keeps both edits when one edits a question and the other moves it and edits another", () => {
    const base = builtInDraft("kommune-2022");
    const all = names(base).filter((name) => !["panel", "paneldynamic"].includes(String(element(base, name)?.type)));
    fc.assert(fc.property(fc.nat(), fc.nat(), fc.nat(), fc.nat(5), text, text, (i, j, page, index, left, right) => {
      const first = all[i % all.length]!;
      const second = all[j % all.length]!;
      fc.pre(first !== second);
      const [a, b] = peers(base);
      edit(a, (draft) => updateElement(draft, first, { description: { da: left } }));
      edit(b, (draft) => moveElement(draft, first, { container: draft.survey.pages[page % draft.survey.pages.length]!.name, index }));
      edit(b, (draft) => updateElement(draft, second, { description: { en: right } }));
      sync(a, b);
      const merged = readDraft(a);
      expect(readDraft(b)).toEqual(merged);
      expect(element(merged, first)?.description).toEqual({ da: left });
      expect(element(merged, second)?.description).toEqual({ en: right });
      expect(names(merged).sort()).toEqual(names(base).sort());
    }), { numRuns: 60 });
  }, 30_000);
});
