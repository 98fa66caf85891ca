import { describe, expect, it } from "vitest";
import { columnCellKind, columnKindPatch, itemName, itemNameProblem, patchItem, uniqueItemName } from "./named-items.js";

const items = [{ name: "2017", title: { da: "2017" }, inputType: "number" }, "2018", { name: "andet", title: { da: "Andet" } }];

describe("named items", () => {
  it("reads bare names and patches an item into an object, removing keys set to undefined", () => {
    expect(items.map(itemName)).toEqual(["2017", "2018", "andet"]);
    expect(patchItem(items, 1, { title: { da: "2018" } })[1]).toEqual({ name: "2018", title: { da: "2018" } });
    expect(patchItem(items, 0, { inputType: undefined })[0]).toEqual({ name: "2017", title: { da: "2017" } });
    expect(patchItem(items, 0, {})[2]).toBe(items[2]);
  });

  it("numbers a new name after the list", () => {
    expect(uniqueItemName(items, "punkt")).toBe("punkt4");
    expect(uniqueItemName([{ name: "Kolonne2" }, { name: "kolonne3" }], "kolonne")).toBe("kolonne4");
  });

  it("checks a new name: filled, valid, not another item's", () => {
    expect(itemNameProblem(items, 2, "")).toBe("empty");
    expect(itemNameProblem(items, 2, "mit felt")).toBe("invalid");
    expect(itemNameProblem(items, 2, "2019")).toBe("invalid");
    expect(itemNameProblem(items, 2, "2019", { allowDigitsFirst: true })).toBeNull();
    expect(itemNameProblem(items, 2, "2018", { allowDigitsFirst: true })).toBe("taken");
    expect(itemNameProblem(items, 2, "ANDET")).toBeNull();
    expect(itemNameProblem(items, 0, "Andet", { allowDigitsFirst: true })).toBe("taken");
  });
});

describe("matrix columns", () => {
  it("reads a column's kind of cell, the matrix's default included", () => {
    expect(columnCellKind({ name: "a", cellType: "text", inputType: "number" }, undefined)).toBe("number");
    expect(columnCellKind({ name: "a" }, undefined)).toBe("dropdown");
    expect(columnCellKind({ name: "a" }, "checkbox")).toBe("checkbox");
    expect(columnCellKind({ name: "a", cellType: "default" }, "comment")).toBe("comment");
    expect(columnCellKind({ name: "a", cellType: "rating" }, undefined)).toBeNull();
  });

  it("changes the kind, keeping choices only where a cell has them", () => {
    const dropdown = { name: "operator", cellType: "dropdown", choices: [{ value: "a" }] };
    expect(columnKindPatch(dropdown, "checkbox")).toEqual({ cellType: "checkbox", inputType: undefined });
    expect(columnKindPatch(dropdown, "number")).toEqual({ cellType: "text", inputType: "number", choices: undefined });
    expect(columnKindPatch({ name: "x", cellType: "text" }, "dropdown")).toEqual({
      cellType: "dropdown",
      inputType: undefined,
      choices: [{ value: "valg1", text: { da: "" } }, { value: "valg2", text: { da: "" } }],
    });
  });
});
