import { LoginSchema } from "@afrapport/schema/api";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { arbitraryFromSchema } from "./schema-arbitrary.js";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });

const Shaped = z.strictObject({
  title: z.string().min(1).max(40),
  kind: z.enum(["a", "b"]),
  count: z.number().int().min(0).max(10),
  share: z.number().min(0).max(1),
  note: z.string().nullable().optional(),
  tags: z.array(z.string().regex(/^[a-z]{2,5}$/)).min(1).max(3),
  when: z.iso.datetime(),
  nested: z.object({ on: z.boolean(), code: z.literal("x") }),
});

describe("arbitraryFromSchema", () => {
  it("with wildness 0 gives values the schema accepts", () => {
    fc.assert(fc.property(arbitraryFromSchema(json(Shaped), { components: {}, wildness: 0 }), (value) => {
      expect(Shaped.safeParse(value).error?.issues).toBeUndefined();
    }), { numRuns: 200, seed: 1 });
  });

  it("follows references into components", () => {
    const schema = { $ref: "#/components/schemas/Thing" };
    const components = { Thing: json(z.strictObject({ n: z.number().int().min(5).max(5) })) };
    fc.assert(fc.property(arbitraryFromSchema(schema, { components, wildness: 0 }), (value) => {
      expect(value).toEqual({ n: 5 });
    }), { numRuns: 20, seed: 2 });
  });

  it("by default breaks some values and leaves others valid, for a real route body too", () => {
    for (const schema of [Shaped, LoginSchema] as z.ZodType[]) {
      const samples = fc.sample(arbitraryFromSchema(json(schema), { components: {} }), { numRuns: 300, seed: 3 });
      const valid = samples.filter((value) => schema.safeParse(value).success).length;
      expect(valid).toBeGreaterThan(0);
      expect(valid).toBeLessThan(samples.length);
    }
  });
});
