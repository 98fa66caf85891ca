import { describe, expect, it } from "vitest";
import { isRecord } from "./json-value.js";
import { type MergeDraftsResult, mergeDrafts } from "./merge-drafts.js";
import { type QuestionnaireDraft, QuestionnaireDraftSchema } from "./questionnaire-draft.js";

type Json = Record<string, unknown>;

// A small draft: two pages, a panel with two questions, a paneldynamic with a template.
const base: QuestionnaireDraft = {
  audience: "municipality",
  title: { da: "Spørgeskema", en: "Questionnaire" },
  reportSections: [
    { id: "maalgruppe", title: { da: "Målgruppen", en: "The target group" } },
    { id: "fremtid", title: { da: "Fremtid" } },
  ],
  survey: {
    showQuestionNumbers: "off",
    pages: [
      {
        name: "p1",
        title: { da: "Side 1" },
        elements: [
          { type: "text", name: "q1", title: { da: "Spørgsmål 1" } },
          { type: "text", name: "q2", title: { da: "Spørgsmål 2" } },
          { type: "comment", name: "q3", title: { da: "Spørgsmål 3" } },
        ],
      },
      {
        name: "p2",
        elements: [
          {
            type: "panel",
            name: "panel1",
            title: { da: "Panel" },
            elements: [
              { type: "text", name: "q4", title: { da: "Spørgsmål 4" } },
              { type: "boolean", name: "q5", title: { da: "Spørgsmål 5" } },
            ],
          },
          {
            type: "paneldynamic",
            name: "dyn",
            templateElements: [{ type: "text", name: "t1", title: { da: "Navn" } }],
          },
        ],
      },
    ],
  },
};

/** A copy of `draft` changed by `edit`. */
function edited(draft: QuestionnaireDraft, edit: (copy: QuestionnaireDraft) => void): QuestionnaireDraft {
  const copy = structuredClone(draft);
  edit(copy);
  return copy;
}

/** The element named `name`, with the array holding it. */
function find(draft: QuestionnaireDraft, name: string): { element: Json; list: Json[] } {
  const search = (list: unknown): { element: Json; list: Json[] } | undefined => {
    if (!Array.isArray(list)) return undefined;
    for (const element of list as Json[]) {
      if (element.name === name) return { element, list };
      const inner = search(element.elements) ?? search(element.templateElements);
      if (inner) return inner;
    }
    return undefined;
  };
  for (const page of draft.survey.pages) {
    const found = search(page.elements);
    if (found) return found;
  }
  throw new Error(`no element ${name}`);
}

const el = (draft: QuestionnaireDraft, name: string): Json => find(draft, name).element;
const page = (draft: QuestionnaireDraft, name: string) => draft.survey.pages.find((p) => p.name === name)!;
const names = (list: unknown): unknown[] => (Array.isArray(list) ? list.map((e: Json) => e.name) : []);

function merged(result: MergeDraftsResult): QuestionnaireDraft {
  if (!result.ok) throw new Error(`conflicts: ${JSON.stringify(result.conflicts)}`);
  return result.merged;
}

function conflicts(result: MergeDraftsResult) {
  if (result.ok) throw new Error("expected conflicts");
  return result.conflicts;
}

describe("mergeDrafts", () => {
  it("changes nothing when nobody changed anything", () => {
    expect(mergeDrafts(base, base, base)).toEqual({ ok: true, merged: base, fromTheirs: [] });
  });

  it("takes mine when only I changed things", () => {
    const mine = edited(base, (d) => {
      el(d, "q1").isRequired = true;
      d.title.en = "The questionnaire";
    });
    expect(mergeDrafts(base, base, mine)).toEqual({ ok: true, merged: mine, fromTheirs: [] });
  });

  it("takes theirs when only they changed things, and names what came from them", () => {
    const theirs = edited(base, (d) => {
      el(d, "q1").isRequired = true;
      d.title.en = "The questionnaire";
    });
    const result = mergeDrafts(base, theirs, base);
    expect(merged(result)).toEqual(theirs);
    expect(result.ok && result.fromTheirs).toEqual(["title.en", "survey.pages[name=p1].elements[name=q1].isRequired"]);
  });

  it("merges edits of different questions on one page", () => {
    const theirs = edited(base, (d) => void (el(d, "q1").title = { da: "Nyt 1" }));
    const mine = edited(base, (d) => void (el(d, "q3").title = { da: "Nyt 3" }));
    const result = merged(mergeDrafts(base, theirs, mine));
    expect(el(result, "q1").title).toEqual({ da: "Nyt 1" });
    expect(el(result, "q3").title).toEqual({ da: "Nyt 3" });
  });

  it("merges different properties of one question, property by property", () => {
    const theirs = edited(base, (d) => void (el(d, "q2").title = { da: "Deres titel" }));
    const mine = edited(base, (d) => void (el(d, "q2").isRequired = true));
    expect(el(merged(mergeDrafts(base, theirs, mine)), "q2")).toEqual({ type: "text", name: "q2", title: { da: "Deres titel" }, isRequired: true });
  });

  it("reports a conflict when both changed the same property of a question differently", () => {
    const theirs = edited(base, (d) => void (el(d, "q2").title = { da: "Deres titel" }));
    const mine = edited(base, (d) => void (el(d, "q2").title = { da: "Min titel" }));
    expect(conflicts(mergeDrafts(base, theirs, mine))).toEqual([
      { path: "survey.pages[name=p1].elements[name=q2].title", element: "q2", message: "changed differently on both sides" },
    ]);
  });

  it("accepts the same change on both sides", () => {
    const both = edited(base, (d) => void (el(d, "q2").title = { da: "Samme" }));
    expect(mergeDrafts(base, both, structuredClone(both))).toEqual({ ok: true, merged: both, fromTheirs: [] });
  });

  it("adds an element added on each side, each after its predecessor", () => {
    const theirs = edited(base, (d) => void find(d, "q1").list.splice(1, 0, { type: "text", name: "theirs" }));
    const mine = edited(base, (d) => void find(d, "q3").list.push({ type: "text", name: "mine" }));
    const result = merged(mergeDrafts(base, theirs, mine));
    expect(names(page(result, "p1").elements)).toEqual(["q1", "theirs", "q2", "q3", "mine"]);
  });

  it("places an element they added first at the start", () => {
    const theirs = edited(base, (d) => void find(d, "q1").list.unshift({ type: "text", name: "first" }));
    const mine = edited(base, (d) => void find(d, "q3").list.pop());
    expect(names(page(merged(mergeDrafts(base, theirs, mine)), "p1").elements)).toEqual(["first", "q1", "q2"]);
  });

  it("refuses one name added on both sides as different elements", () => {
    const theirs = edited(base, (d) => void find(d, "q1").list.push({ type: "text", name: "ny" }));
    const mine = edited(base, (d) => void find(d, "q1").list.push({ type: "comment", name: "ny" }));
    expect(conflicts(mergeDrafts(base, theirs, mine))).toEqual([
      { path: "survey.pages[name=p1].elements[name=ny]", element: "ny", message: "added on both sides, differently" },
    ]);
  });

  it("takes the one side's order when only that side reordered", () => {
    const theirs = edited(base, (d) => void page(d, "p1").elements!.reverse());
    const mine = edited(base, (d) => void (el(d, "q2").isRequired = true));
    const result = mergeDrafts(base, theirs, mine);
    expect(names(page(merged(result), "p1").elements)).toEqual(["q3", "q2", "q1"]);
    expect(el(merged(result), "q2").isRequired).toBe(true);
    expect(result.ok && result.fromTheirs).toContain("survey.pages[name=p1].elements");
  });

  it("takes my order when both reordered, keeping what they added", () => {
    const theirs = edited(base, (d) => {
      const list = page(d, "p1").elements!;
      list.reverse();
      list.push({ type: "text", name: "added" });
    });
    const mine = edited(base, (d) => {
      const list = page(d, "p1").elements!;
      list.push(list.shift()!);
    });
    expect(names(page(merged(mergeDrafts(base, theirs, mine)), "p1").elements)).toEqual(["q2", "q3", "q1", "added"]);
  });

  it("follows a move to another page while the other side edits the question", () => {
    const theirs = edited(base, (d) => {
      const { list } = find(d, "q3");
      page(d, "p2").elements!.unshift(list.pop()!);
    });
    const mine = edited(base, (d) => void (el(d, "q3").isRequired = true));
    const result = merged(mergeDrafts(base, theirs, mine));
    expect(names(page(result, "p1").elements)).toEqual(["q1", "q2"]);
    expect(names(page(result, "p2").elements)).toEqual(["q3", "panel1", "dyn"]);
    expect(el(result, "q3").isRequired).toBe(true);
    // and the same the other way round
    const swapped = merged(mergeDrafts(base, mine, theirs));
    expect(swapped).toEqual(result);
  });

  it("refuses moves of one element to different places", () => {
    const theirs = edited(base, (d) => void page(d, "p2").elements!.push(find(d, "q1").list.shift()!));
    const mine = edited(base, (d) => void (el(d, "panel1").elements as Json[]).push(find(d, "q1").list.shift()!));
    expect(conflicts(mergeDrafts(base, theirs, mine))).toEqual([
      { path: "survey.pages[name=p2].elements[name=panel1].elements[name=q1]", element: "q1", message: "moved to different places on both sides" },
    ]);
  });

  it("refuses moves that would put panels inside each other", () => {
    const withTwoPanels = edited(base, (d) => void page(d, "p1").elements!.push({ type: "panel", name: "panel2", elements: [] }));
    const theirs = edited(withTwoPanels, (d) => {
      const moved = find(d, "panel1");
      (el(d, "panel2").elements as Json[]).push(moved.list.splice(moved.list.indexOf(moved.element), 1)[0]!);
    });
    const mine = edited(withTwoPanels, (d) => {
      const moved = find(d, "panel2");
      (el(d, "panel1").elements as Json[]).push(moved.list.splice(moved.list.indexOf(moved.element), 1)[0]!);
    });
    const found = conflicts(mergeDrafts(withTwoPanels, theirs, mine));
    expect(found.map((c) => c.element).sort()).toEqual(["panel1", "panel2"]);
    expect(found[0]!.message).toBe("the moves on the two sides would put it inside itself");
  });

  it("removes what one side removed and the other left alone", () => {
    const theirs = edited(base, (d) => void find(d, "q2").list.splice(1, 1));
    const mine = edited(base, (d) => void (el(d, "q1").isRequired = true));
    const result = mergeDrafts(base, theirs, mine);
    expect(names(page(merged(result), "p1").elements)).toEqual(["q1", "q3"]);
    expect(result.ok && result.fromTheirs).toContain("survey.pages[name=p1].elements[name=q2]");
    const both = mergeDrafts(base, theirs, structuredClone(theirs));
    expect(both).toEqual({ ok: true, merged: theirs, fromTheirs: [] });
  });

  it("refuses a removal against an edit, both ways round", () => {
    const removed = edited(base, (d) => void find(d, "q2").list.splice(1, 1));
    const changed = edited(base, (d) => void (el(d, "q2").isRequired = true));
    expect(conflicts(mergeDrafts(base, removed, changed))).toEqual([
      { path: "survey.pages[name=p1].elements[name=q2]", element: "q2", message: "removed by them, changed by you" },
    ]);
    expect(conflicts(mergeDrafts(base, changed, removed))).toEqual([
      { path: "survey.pages[name=p1].elements[name=q2]", element: "q2", message: "changed by them, removed by you" },
    ]);
  });

  it("refuses a removal against a move", () => {
    const removed = edited(base, (d) => void find(d, "q2").list.splice(1, 1));
    const moved = edited(base, (d) => void page(d, "p2").elements!.push(find(d, "q2").list.splice(1, 1)[0]!));
    expect(conflicts(mergeDrafts(base, moved, removed)).map((c) => c.message)).toEqual(["changed by them, removed by you"]);
  });

  it("refuses an element added to a panel the other side removed", () => {
    const theirs = edited(base, (d) => void page(d, "p2").elements!.shift());
    const mine = edited(base, (d) => void (el(d, "panel1").elements as Json[]).push({ type: "text", name: "ny" }));
    expect(conflicts(mergeDrafts(base, theirs, mine))).toEqual([
      { path: "survey.pages[name=p2].elements[name=panel1].elements[name=ny]", element: "ny", message: "it would be in a page or panel the other side removed" },
    ]);
  });

  it("merges edits of different questions inside one panel and one template", () => {
    const theirs = edited(base, (d) => {
      el(d, "q4").isRequired = true;
      el(d, "panel1").title = { da: "Panelet" };
    });
    const mine = edited(base, (d) => {
      el(d, "q5").title = { da: "Nyt 5" };
      el(d, "t1").isRequired = true;
      (el(d, "dyn").templateElements as Json[]).push({ type: "text", name: "t2" });
    });
    const result = merged(mergeDrafts(base, theirs, mine));
    expect(el(result, "panel1")).toEqual({
      type: "panel",
      name: "panel1",
      title: { da: "Panelet" },
      elements: [
        { type: "text", name: "q4", title: { da: "Spørgsmål 4" }, isRequired: true },
        { type: "boolean", name: "q5", title: { da: "Nyt 5" } },
      ],
    });
    expect(el(result, "dyn").templateElements).toEqual([{ type: "text", name: "t1", title: { da: "Navn" }, isRequired: true }, { type: "text", name: "t2" }]);
  });

  it("merges report sections per id and refuses to leave none", () => {
    const theirs = edited(base, (d) => void d.reportSections.push({ id: "ny", title: { da: "Ny" } }));
    const mine = edited(base, (d) => void (d.reportSections[1]!.title = { da: "Fremtid", en: "Future" }));
    expect(merged(mergeDrafts(base, theirs, mine)).reportSections).toEqual([
      base.reportSections[0],
      { id: "fremtid", title: { da: "Fremtid", en: "Future" } },
      { id: "ny", title: { da: "Ny" } },
    ]);
    const first = edited(base, (d) => void d.reportSections.shift());
    const second = edited(base, (d) => void d.reportSections.pop());
    expect(conflicts(mergeDrafts(base, first, second))).toEqual([{ path: "reportSections", message: "no report section would be left" }]);
  });

  it("merges the title per language and the description as added", () => {
    const theirs = edited(base, (d) => void (d.title.da = "Deres"));
    const mine = edited(base, (d) => {
      d.title.en = "Mine";
      d.description = { da: "Beskrivelse" };
    });
    const result = merged(mergeDrafts(base, theirs, mine));
    expect(result.title).toEqual({ da: "Deres", en: "Mine" });
    expect(result.description).toEqual({ da: "Beskrivelse" });
    const other = edited(base, (d) => void (d.title.da = "Anden"));
    expect(conflicts(mergeDrafts(base, theirs, other))).toEqual([{ path: "title.da", message: "changed differently on both sides" }]);
  });

  it("merges survey settings and page properties per key", () => {
    const theirs = edited(base, (d) => {
      d.survey.showQuestionNumbers = "on";
      page(d, "p1").visibleIf = "{q0} = 1";
    });
    const mine = edited(base, (d) => {
      d.survey.locale = "da";
      page(d, "p1").title = { da: "Første side" };
    });
    const result = merged(mergeDrafts(base, theirs, mine));
    expect(result.survey.showQuestionNumbers).toBe("on");
    expect(result.survey.locale).toBe("da");
    expect(page(result, "p1")).toMatchObject({ title: { da: "Første side" }, visibleIf: "{q0} = 1" });
  });

  it("refuses a removed page against an edit of it", () => {
    const theirs = edited(base, (d) => void d.survey.pages.shift());
    const mine = edited(base, (d) => void (page(d, "p1").title = { da: "Ny" }));
    expect(conflicts(mergeDrafts(base, theirs, mine))).toEqual([
      { path: "survey.pages[name=p1]", message: "removed by them, changed by you" },
    ]);
  });

  it("matches unnamed elements by their index", () => {
    const withUnnamed = edited(base, (d) => void page(d, "p1").elements!.push({ type: "html", html: "<p>x</p>" }));
    const theirs = edited(withUnnamed, (d) => void (page(d, "p1").elements![3]!.html = "<p>y</p>"));
    const mine = edited(withUnnamed, (d) => void (page(d, "p1").elements![3]!.visible = false));
    expect(page(merged(mergeDrafts(withUnnamed, theirs, mine)), "p1").elements![3]).toEqual({ type: "html", html: "<p>y</p>", visible: false });
    const other = edited(withUnnamed, (d) => void (page(d, "p1").elements![3]!.html = "<p>z</p>"));
    expect(conflicts(mergeDrafts(withUnnamed, theirs, other))).toEqual([
      { path: "survey.pages[name=p1].elements[3].html", message: "changed differently on both sides" },
    ]);
  });

  it("does not change its inputs nor share objects with them", () => {
    const theirs = edited(base, (d) => void (el(d, "q1").isRequired = true));
    const mine = edited(base, (d) => void (el(d, "q3").isRequired = true));
    const snapshot = structuredClone([base, theirs, mine]);
    const result = merged(mergeDrafts(base, theirs, mine));
    expect([base, theirs, mine]).toEqual(snapshot);
    (el(result, "q1").title as Json).da = "ændret";
    expect(el(theirs, "q1").title).toEqual({ da: "Spørgsmål 1" });
  });
});

// ---- property-based: random small edits, a deterministic generator ----

/** mulberry32: a small seeded generator, so a failing seed can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every array of elements in a draft (page, panel and template lists), with the element owning it. */
function containers(draft: QuestionnaireDraft): { list: Json[]; owner?: Json }[] {
  const found: { list: Json[]; owner?: Json }[] = [];
  const walk = (list: Json[], owner?: Json) => {
    found.push({ list, ...(owner ? { owner } : {}) });
    for (const element of list) {
      for (const key of ["elements", "templateElements"]) {
        if (Array.isArray(element[key])) walk(element[key] as Json[], element);
      }
    }
  };
  for (const p of draft.survey.pages) walk((p.elements ??= []) as Json[]);
  return found;
}

/** Whether `list` is one of the element arrays inside `element`, at any depth. */
function contains(element: Json, list: Json[]): boolean {
  return ["elements", "templateElements"].some((key) => {
    const inner = element[key];
    return Array.isArray(inner) && (inner === list || (inner as Json[]).some((child) => contains(child, list)));
  });
}

let counter = 0;

/** One small random edit, in place; the draft stays well-formed. */
function randomEdit(draft: QuestionnaireDraft, next: () => number): void {
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  const all = containers(draft);
  const filled = all.filter((c) => c.list.length > 0);
  switch (Math.floor(next() * 10)) {
    case 0: {
      // change or add a property
      if (filled.length === 0) return;
      const element = pick(pick(filled).list);
      element[pick(["title", "isRequired", "visibleIf", "description"])] = pick([{ da: `t${counter++}` }, true, false, `{x} = ${counter++}`]);
      return;
    }
    case 1: {
      // remove a property
      if (filled.length === 0) return;
      const element = pick(pick(filled).list);
      const keys = Object.keys(element).filter((k) => !["type", "name", "elements", "templateElements"].includes(k));
      if (keys.length > 0) delete element[pick(keys)];
      return;
    }
    case 2: {
      // add an element (sometimes a panel)
      const { list } = pick(all);
      const name = `new${counter++}`;
      const element: Json = next() < 0.3 ? { type: "panel", name, elements: [] } : { type: "text", name };
      list.splice(Math.floor(next() * (list.length + 1)), 0, element);
      return;
    }
    case 3: {
      // remove an element (with what is inside it)
      if (filled.length === 0) return;
      const { list } = pick(filled);
      list.splice(Math.floor(next() * list.length), 1);
      return;
    }
    case 4: {
      // move an element elsewhere, never into itself
      if (filled.length === 0) return;
      const from = pick(filled).list;
      const [element] = from.splice(Math.floor(next() * from.length), 1);
      const targets = containers(draft).filter((c) => !contains(element!, c.list));
      const to = pick(targets).list;
      to.splice(Math.floor(next() * (to.length + 1)), 0, element!);
      return;
    }
    case 5: {
      // reorder a container
      const { list } = pick(filled.length > 0 ? filled : all);
      list.reverse();
      return;
    }
    case 6: {
      // a page: retitle, add or remove one
      const r = next();
      if (r < 0.4) pick(draft.survey.pages).title = { da: `side${counter++}` };
      else if (r < 0.7) draft.survey.pages.splice(Math.floor(next() * (draft.survey.pages.length + 1)), 0, { name: `page${counter++}`, elements: [] });
      else if (draft.survey.pages.length > 1) draft.survey.pages.splice(Math.floor(next() * draft.survey.pages.length), 1);
      return;
    }
    case 7: {
      // title, description
      const r = next();
      if (r < 0.4) draft.title[pick(["da", "en"] as const)] = `titel${counter++}`;
      else if (r < 0.7) draft.description = { en: `d${counter++}` };
      else delete draft.description;
      return;
    }
    case 8: {
      // report sections
      const r = next();
      if (r < 0.4) draft.reportSections.push({ id: `s${counter++}`, title: { da: "S" } });
      else if (r < 0.7 && draft.reportSections.length > 1) draft.reportSections.splice(Math.floor(next() * draft.reportSections.length), 1);
      else pick(draft.reportSections).title = { en: `s${counter++}` };
      return;
    }
    default: {
      // survey settings
      if (next() < 0.5) draft.survey.showQuestionNumbers = pick(["on", "off", "onPage"]);
      else delete draft.survey.showQuestionNumbers;
    }
  }
}

function randomDraft(from: QuestionnaireDraft, next: () => number): QuestionnaireDraft {
  const copy = structuredClone(from);
  const edits = 1 + Math.floor(next() * 4);
  for (let i = 0; i < edits; i++) randomEdit(copy, next);
  return copy;
}

function elementNames(draft: QuestionnaireDraft): unknown[] {
  const out: unknown[] = [];
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const element of list) {
      if (!isRecord(element)) continue;
      if (element.name !== undefined) out.push(element.name);
      walk(element.elements);
      walk(element.templateElements);
    }
  };
  for (const p of draft.survey.pages) walk(p.elements);
  return out;
}

describe("mergeDrafts, with random small edits", () => {
  const seeds = Array.from({ length: 300 }, (_, i) => i + 1);

  it("returns the one side that changed, and either side when both made the same change", () => {
    for (const seed of seeds) {
      const next = random(seed);
      const x = randomDraft(base, next);
      for (const [theirs, mine] of [
        [x, base],
        [base, x],
        [x, structuredClone(x)],
      ] as const) {
        const result = mergeDrafts(base, theirs, mine);
        expect(result.ok ? result.merged : result.conflicts, `seed ${seed}`).toEqual(x);
      }
    }
  });

  it("never throws, and an ok result is a well-formed draft with unique element names", () => {
    let merges = 0;
    for (const seed of seeds) {
      const next = random(seed * 7919);
      const start = randomDraft(base, next);
      const theirs = randomDraft(start, next);
      const mine = randomDraft(start, next);
      const result = mergeDrafts(start, theirs, mine);
      if (!result.ok) {
        expect(result.conflicts.length, `seed ${seed}`).toBeGreaterThan(0);
        continue;
      }
      merges++;
      expect(() => QuestionnaireDraftSchema.parse(result.merged), `seed ${seed}`).not.toThrow();
      const all = elementNames(result.merged);
      expect(new Set(all).size, `seed ${seed}`).toBe(all.length);
    }
    expect(merges).toBeGreaterThan(seeds.length / 3);
  });
});
