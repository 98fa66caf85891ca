import { describe, expect, it } from "vitest";
import { normaliseOfferName, normaliseOperatorName, offerKey } from "./offer-identity.js";

describe("normaliseOfferName", () => {
  it.each([
    ["Familieambulatoriet Rigshospitalet", "familieambulatoriet rigshospitalet"],
    ["familieambulatoriet  rigshospitalet.", "familieambulatoriet rigshospitalet"],
    ["  FAMILIEAMBULATORIET, Rigshospitalet ", "familieambulatoriet rigshospitalet"],
    ["Familieambulatoriet - Rigshospitalet", "familieambulatoriet rigshospitalet"],
    ["Tilbuddet Kongens Ø", "kongens ø"],
    ["Tilbud Kongens Ø", "kongens ø"],
    ["Tilbuddet", "tilbuddet"],
    ["Behandlingshjemmet Skovly ApS", "behandlingshjemmet skovly"],
    ["Behandlingshjemmet Skovly A/S", "behandlingshjemmet skovly"],
    ["Behandlingshjemmet Skovly a / s", "behandlingshjemmet skovly"],
    ["Behandlingshjemmet Skovly I/S", "behandlingshjemmet skovly"],
    ["Skovly a.m.b.a.", "skovly"],
    ["ApS", "aps"],
    ["Kofoed's Skole", "kofoeds skole"],
    ["Kofoeds Skole", "kofoeds skole"],
    ["Café Ørnen", "cafe ørnen"],
    ["Høje-Taastrup Familiehus", "høje tåstrup familiehus"],
    ["Aarhus Misbrugscenter", "århus misbrugscenter"],
    ["Århus Misbrugscenter", "århus misbrugscenter"],
    ["Tilbud efter § 107", "efter 107"],
    ["", ""],
    ["  ...  ", ""],
  ])("%j → %j", (name, expected) => {
    expect(normaliseOfferName(name)).toBe(expected);
  });

  it("keeps æ, ø and å apart from ae, o and a", () => {
    expect(normaliseOfferName("Bæk")).not.toBe(normaliseOfferName("Baek"));
    expect(normaliseOfferName("Sø")).not.toBe(normaliseOfferName("So"));
    expect(normaliseOfferName("Å")).not.toBe(normaliseOfferName("A"));
    expect(normaliseOfferName("Bæk")).toBe(normaliseOfferName("BÆK"));
  });

  it("treats precomposed and decomposed å alike", () => {
    expect(normaliseOfferName("A\u030Arhus")).toBe(normaliseOfferName("Århus"));
  });

  it("is idempotent", () => {
    for (const name of ["Tilbuddet Kongens Ø ApS", "Aarhus A/S", "Kofoed's Skole"]) {
      const once = normaliseOfferName(name);
      expect(normaliseOfferName(once)).toBe(once);
    }
  });
});

describe("normaliseOperatorName", () => {
  it.each([
    ["Region Hovedstaden", "hovedstaden"],
    ["Horsens Kommune", "horsens"],
    ["horsens kommune.", "horsens"],
    ["Københavns Kommune", "københavns"],
    ["Kommune", "kommune"],
    ["regional", "regional"],
    ["Skovly Holding ApS", "skovly holding"],
    ["", ""],
  ])("%j → %j", (operator, expected) => {
    expect(normaliseOperatorName(operator)).toBe(expected);
  });
});

describe("offerKey", () => {
  it("joins the normalised name and operator", () => {
    expect(offerKey("Familieambulatoriet Rigshospitalet", "regional")).toBe("familieambulatoriet rigshospitalet|regional");
    expect(offerKey("familieambulatoriet  rigshospitalet.", "regional")).toBe(offerKey("Familieambulatoriet Rigshospitalet", "regional"));
  });
  it("keeps offers of different operators apart", () => {
    expect(offerKey("Familieambulatoriet Rigshospitalet", "regional")).not.toBe(offerKey("Familieambulatoriet Rigshospitalet", "private"));
    expect(offerKey("Skovly", "Horsens Kommune")).toBe(offerKey("Skovly", "horsens"));
  });
  it("treats a missing operator as empty", () => {
    expect(offerKey("Skovly")).toBe("skovly|");
    expect(offerKey("Skovly", null)).toBe(offerKey("Skovly", ""));
    expect(offerKey("", "regional")).toBe("|regional");
  });
});
