import { describe, expect, it } from "vitest";
import { focusFieldOf, initialsOf, peersByElement, peersOf, presenceColor, presenceColors, readPresence } from "./presence.js";

const state = (id: string, name: string, element: string | null = null, field: string | null = null) => ({ user: { id, name, color: "#000000" }, focus: { element, field } });

describe("presence", () => {
  it("lists the others by name, leaving out oneself in every tab", () => {
    const states = new Map<number, unknown>([
      [1, state("me", "Sofie Berg")],
      [2, state("u2", "Mette Hansen", "antal")],
      [3, state("me", "Sofie Berg", "alder")],
      [4, state("u3", "Anders Holm")],
    ]);
    expect(peersOf(states, 1, "me").map((peer) => [peer.name, peer.initials, peer.element])).toEqual([
      ["Anders Holm", "AH", null],
      ["Mette Hansen", "MH", "antal"],
    ]);
  });

  it("shows a person in two tabs once, on the question one of the tabs is on", () => {
    const states = new Map<number, unknown>([
      [2, state("u2", "Mette Hansen")],
      [5, state("u2", "Mette Hansen", "antal", "title.da")],
      [6, state("u2", "Mette Hansen")],
    ]);
    expect(peersOf(states, 1, "me")).toEqual([{ id: "u2", name: "Mette Hansen", initials: "MH", color: presenceColor("u2"), element: "antal", field: "title.da" }]);
  });

  it("ignores states that are not a person (empty, or another shape)", () => {
    expect(readPresence(null)).toBeNull();
    expect(readPresence({})).toBeNull();
    expect(readPresence({ user: { id: "", name: "X" } })).toBeNull();
    expect(readPresence({ user: { id: "u", name: "Ø" } })).toEqual({ user: { id: "u", name: "Ø", color: presenceColor("u") }, focus: { element: null, field: null } });
  });

  it("groups the others by question", () => {
    const peers = peersOf(new Map<number, unknown>([[2, state("u2", "Mette", "a")], [3, state("u3", "Anders", "a")], [4, state("u4", "Bo")]]), 1, "me");
    expect([...peersByElement(peers)].map(([name, list]) => [name, list.map((peer) => peer.name)])).toEqual([["a", ["Anders", "Mette"]]]);
  });

  it("makes initials of the first and last name, Danish letters too", () => {
    expect(initialsOf("Øjvind Ærø Åberg")).toBe("ØÅ");
    expect(initialsOf("  mette ")).toBe("M");
    expect(initialsOf("")).toBe("?");
    expect(initialsOf("Mette Holm (demo)")).toBe("MH");
    expect(initialsOf("Fælleskommunalt Sekretariat, Region Hovedstaden (demo)")).toBe("FH");
    expect(initialsOf("Anne-Marie Ørsted")).toBe("AØ");
    expect(initialsOf("(demo) 42")).toBe("?");
  });

  it("gives a person the same colour every time, from the palette", () => {
    expect(presenceColor("user-1")).toBe(presenceColor("user-1"));
    expect(presenceColors).toContain(presenceColor("user-2"));
  });

  it("names a focused field the same in every browser", () => {
    expect(focusFieldOf("qer1s-title-da")).toBe("title-da");
    expect(focusFieldOf("qer2i-choices-2--text-en")).toBe("choices-2--text-en");
    expect(focusFieldOf("af-builder-title-da")).toBe("af-builder-title-da");
    expect(focusFieldOf("")).toBeNull();
  });
});
