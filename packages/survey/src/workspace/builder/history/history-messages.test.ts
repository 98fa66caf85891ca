import { draftRevisionKinds } from "@afrapport/schema/api";
import { describe, expect, it } from "vitest";
import { historyDa, historyEn } from "./history-messages.js";

describe("the history's words", () => {
  it("has every string in both languages, none empty", () => {
    expect(Object.keys(historyEn).sort()).toEqual(Object.keys(historyDa).sort());
    for (const [key, value] of Object.entries({ ...historyDa, ...historyEn })) if (typeof value === "string") expect(value.trim(), key).not.toBe("");
  });

  it("names every kind of revision, a restore with the revision it brought back", () => {
    const words = draftRevisionKinds.map((kind) => historyDa.kindText({ kind, restoredFrom: kind === "restore" ? 4 : null }));
    expect(words).toEqual(["Oprettet", "Importeret", "Gemt", "Flettet med en kollegas ændringer", "Gendannet fra rev. 4", "Redigeret sammen"]);
    for (const kind of draftRevisionKinds) expect(historyEn.kindText({ kind, restoredFrom: null }).trim()).not.toBe("");
    expect(historyDa.restore).toBe("Gendan denne version");
  });
});
