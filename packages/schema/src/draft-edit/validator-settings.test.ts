import fc from "fast-check";
import { Model } from "survey-core";
import { describe, expect, it } from "vitest";
import { builtInDraft } from "../../fixtures/drafts/drafts.js";
import { draftElements } from "./draft-tree.js";
import { readValidators, type ValidatorSettings, writeValidators } from "./validator-settings.js";

/** The Danish errors survey-core gives a number question with these validators for a value, as a respondent meets them. */
function errorsFor(validators: unknown[] | undefined, value: unknown, inputType: "number" | "text" = "number"): string[] {
  const survey = new Model({ elements: [{ type: "text", inputType, name: "q", validators }] });
  survey.locale = "da";
  survey.setValue("q", value);
  const question = survey.getQuestionByName("q");
  question.validate(true);
  return question.errors.map((error) => error.getText());
}

describe("writeValidators", () => {
  it("writes nothing for no settings", () => {
    expect(writeValidators({ wholeNumber: false }, [])).toBeUndefined();
    expect(writeValidators({ wholeNumber: false, pattern: { regex: "", text: {} } }, [])).toBeUndefined();
    expect(writeValidators({ wholeNumber: false }, [{ type: "email" }])).toEqual([{ type: "email" }]);
  });

  it("writes a whole number of 0 or more as the built-in questionnaires do", () => {
    const placeCount = draftElements(builtInDraft("tilbud-2019")).find((entry) => entry.name === "placeCount")!.element;
    expect(writeValidators({ min: 0, wholeNumber: true }, [])).toEqual(placeCount.validators);
  });

  it("keeps min and max: values outside are refused with a Danish message", () => {
    const validators = writeValidators({ min: 1, max: 10, wholeNumber: false }, []);
    expect(errorsFor(validators, 5)).toEqual([]);
    expect(errorsFor(validators, 1)).toEqual([]);
    expect(errorsFor(validators, 10)).toEqual([]);
    expect(errorsFor(validators, 0)).toEqual(["Angiv et tal mellem 1 og 10."]);
    expect(errorsFor(validators, 10.5)).toEqual(["Angiv et tal mellem 1 og 10."]);
    expect(errorsFor(writeValidators({ min: 2.5, wholeNumber: false }, []), 2)).toEqual(["Angiv et tal på 2,5 eller derover."]);
    expect(errorsFor(writeValidators({ max: -1, wholeNumber: false }, []), 0)).toEqual(["Angiv et tal på -1 eller derunder."]);
  });

  it("refuses decimals in a whole number, as the number the answer holds", () => {
    const validators = writeValidators({ min: 0, wholeNumber: true }, []);
    expect(errorsFor(validators, 4)).toEqual([]);
    expect(errorsFor(validators, 0)).toEqual([]);
    expect(errorsFor(validators, 4.5)).toEqual(["Angiv et helt tal uden decimaler."]);
    expect(errorsFor(validators, -2)).toEqual(["Angiv et tal på 0 eller derover.", "Angiv et helt tal uden decimaler."]);
    // without a minimum of 0 or more, a negative whole number is fine
    const signed = writeValidators({ wholeNumber: true }, []);
    expect(errorsFor(signed, -2)).toEqual([]);
    expect(errorsFor(signed, -2.5)).toEqual(["Angiv et helt tal uden decimaler."]);
  });

  it("counts the decimals of the number the answer holds", () => {
    const one = writeValidators({ min: 0, wholeNumber: false, maxDecimals: 1 }, []);
    expect(errorsFor(one, 2.5)).toEqual([]);
    expect(errorsFor(one, 3)).toEqual([]);
    expect(errorsFor(one, 2.25)).toEqual(["Angiv et tal med højst én decimal."]);
    const two = writeValidators({ wholeNumber: false, maxDecimals: 2 }, []);
    expect(errorsFor(two, -2.25)).toEqual([]);
    expect(errorsFor(two, 2.125)).toEqual(["Angiv et tal med højst 2 decimaler."]);
    // 0 decimals is a whole number; wholeNumber wins over maxDecimals
    expect(writeValidators({ wholeNumber: false, maxDecimals: 0 }, [])).toEqual(writeValidators({ wholeNumber: true }, []));
    expect(writeValidators({ wholeNumber: true, maxDecimals: 2 }, [])).toEqual(writeValidators({ wholeNumber: true }, []));
  });

  it("checks the length of a text", () => {
    const validators = writeValidators({ wholeNumber: false, minLength: 2, maxLength: 5 }, []);
    expect(errorsFor(validators, "abc", "text")).toEqual([]);
    expect(errorsFor(validators, "a", "text")).toEqual(["Skriv mellem 2 og 5 tegn."]);
    expect(errorsFor(validators, "abcdef", "text")).toEqual(["Skriv mellem 2 og 5 tegn."]);
    expect(errorsFor(writeValidators({ wholeNumber: false, maxLength: 3 }, []), "abcd", "text")).toEqual(["Skriv højst 3 tegn."]);
    expect(errorsFor(writeValidators({ wholeNumber: false, minLength: 3 }, []), "ab", "text")).toEqual(["Skriv mindst 3 tegn."]);
  });

  it("checks a pattern with its own message", () => {
    const validators = writeValidators({ wholeNumber: false, pattern: { regex: "^\\d{4}$", text: { da: "Skriv fire cifre.", en: "Enter four digits." } } }, []);
    expect(errorsFor(validators, "1234", "text")).toEqual([]);
    expect(errorsFor(validators, "12a4", "text")).toEqual(["Skriv fire cifre."]);
  });

  it("writes every message in Danish and English", () => {
    const all = writeValidators({ min: 1, max: 2, wholeNumber: false, maxDecimals: 3, minLength: 1, maxLength: 9 }, [])!;
    expect(all).toHaveLength(3);
    for (const validator of all) expect((validator as { text: object }).text).toEqual({ da: expect.stringMatching(/\.$/), en: expect.stringMatching(/\.$/) });
  });
});

describe("readValidators", () => {
  it("reads back the built-in questionnaires' validators and writes them unchanged", () => {
    let seen = 0;
    for (const key of ["kommune-2019", "kommune-2022", "tilbud-2019"]) {
      for (const { element } of draftElements(builtInDraft(key))) {
        const owners = [element, ...(Array.isArray(element.items) ? (element.items as Record<string, unknown>[]) : [])];
        for (const owner of owners) {
          if (!Array.isArray(owner.validators)) continue;
          seen++;
          const { settings, other } = readValidators(owner);
          expect(other).toEqual(owner.validators.filter((v: { type: string }) => !["numeric", "regex", "text"].includes(v.type)));
          expect(writeValidators(settings, other)).toEqual(owner.validators);
        }
      }
    }
    expect(seen).toBeGreaterThan(5);
    const experience = draftElements(builtInDraft("tilbud-2019")).find((entry) => entry.name === "staffExperienceYears")!.element;
    expect(readValidators(experience).settings).toEqual({ min: 0, wholeNumber: false, maxDecimals: 1 });
  });

  it("keeps what it does not cover as it is, in its order", () => {
    const custom = { type: "numeric", minValue: 0, text: { da: "Mindst nul", en: "At least zero" } };
    const email = { type: "email" };
    const plainText = { type: "regex", regex: "^a$", text: "only a" };
    const { settings, other } = readValidators({ validators: [email, custom, plainText, "junk"] });
    expect(settings).toEqual({ wholeNumber: false });
    expect(other).toEqual([email, custom, plainText, "junk"]);
    expect(writeValidators(settings, other)).toEqual([email, custom, plainText, "junk"]);
  });

  it("does not read a whole-number pattern whose sign the minimum would change", () => {
    // ^\d+$ with no minimum: writing it back would allow a minus
    const validators = [{ type: "regex", regex: "^\\d+$", text: { da: "Angiv et helt tal uden decimaler.", en: "Enter a whole number without decimals." } }];
    const { settings, other } = readValidators({ validators });
    expect(settings.wholeNumber).toBe(false);
    expect(other).toEqual(validators);
    expect(writeValidators(settings, other)).toEqual(validators);
  });

  it("takes back a decimals pattern whose minimum is not covered", () => {
    const validators = [
      { type: "numeric", minValue: 0, text: { da: "Egen tekst", en: "Own text" } },
      { type: "regex", regex: "^\\d+$", text: { da: "Angiv et helt tal uden decimaler.", en: "Enter a whole number without decimals." } },
    ];
    const { settings, other } = readValidators({ validators });
    expect(settings).toEqual({ wholeNumber: false });
    expect(writeValidators(settings, other)).toEqual(validators);
  });

  it("reads a second validator of a kind as another", () => {
    const first = writeValidators({ min: 1, wholeNumber: false }, [])![0];
    const second = writeValidators({ max: 5, wholeNumber: false }, [])![0];
    const { settings, other } = readValidators({ validators: [first, second] });
    expect(settings).toEqual({ min: 1, wholeNumber: false });
    expect(other).toEqual([second]);
  });

  it("reads no validators as no settings", () => {
    expect(readValidators({})).toEqual({ settings: { wholeNumber: false }, other: [] });
    expect(readValidators({ validators: "x" })).toEqual({ settings: { wholeNumber: false }, other: [] });
  });

  const settings: fc.Arbitrary<ValidatorSettings> = fc.record(
    {
      min: fc.integer({ min: -100, max: 100 }),
      max: fc.integer({ min: -100, max: 100 }),
      wholeNumber: fc.boolean(),
      maxDecimals: fc.integer({ min: 1, max: 4 }),
      minLength: fc.integer({ min: 1, max: 50 }),
      maxLength: fc.integer({ min: 1, max: 500 }),
      pattern: fc.record({ regex: fc.constantFrom("^[A-Z]", "\\d{8}", "^\\d+$"), text: fc.record({ da: fc.string(), en: fc.string() }) }),
    },
    { requiredKeys: ["wholeNumber"] },
  );

  it("reads back what it writes (read ∘ write keeps the settings)", () => {
    fc.assert(
      fc.property(settings, (s) => {
        const written = writeValidators(s, []);
        const normal: ValidatorSettings = { ...s };
        if (s.wholeNumber) delete normal.maxDecimals;
        const { settings: read, other } = readValidators({ validators: written });
        expect(other).toEqual([]);
        expect(read).toEqual(normal);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
