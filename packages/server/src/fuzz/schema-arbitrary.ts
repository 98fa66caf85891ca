import fc from "fast-check";
import { nastyValue, prototypeKeys, withOwnKey } from "./nasty-json.js";

/**
 * Near-valid inputs from the JSON Schema the OpenAPI document gives a route: values shaped like what the route
 * wants, so that requests get past the first check into the services, with a nasty value swapped in here and there,
 * a required key left out or an unknown key added. Purely random JSON would almost never get that far.
 */
type JsonSchema = Record<string, unknown>;

export interface SchemaArbitraryOptions {
  /** components.schemas of the OpenAPI document, for "#/components/schemas/…" references */
  components: Record<string, unknown>;
  /** 0 gives values that follow the schema; 1 (the default) swaps in a nasty value about one node in twelve */
  wildness?: number;
  /** nesting beyond which recursive schemas stop (null) */
  maxDepth?: number;
}

export function arbitraryFromSchema(schema: unknown, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  return node(schema, { components: options.components, wildness: options.wildness ?? 1, maxDepth: options.maxDepth ?? 6 }, 0);
}

interface Context {
  components: Record<string, unknown>;
  wildness: number;
  maxDepth: number;
}

function node(schema: unknown, ctx: Context, depth: number): fc.Arbitrary<unknown> {
  const base = shaped(schema, ctx, depth);
  if (ctx.wildness <= 0) return base;
  return fc.oneof({ arbitrary: base, weight: Math.max(1, Math.round(12 / ctx.wildness)) - 1 }, { arbitrary: nastyValue, weight: 1 });
}

function shaped(schema: unknown, ctx: Context, depth: number): fc.Arbitrary<unknown> {
  if (schema === true || schema === undefined) return fc.jsonValue({ maxDepth: 2 });
  if (schema === false || schema === null || typeof schema !== "object") return fc.constant(null);
  const s = schema as JsonSchema;
  if (depth > ctx.maxDepth) return fc.constant(null);

  if (typeof s.$ref === "string") {
    const prefix = "#/components/schemas/";
    const target = s.$ref.startsWith(prefix) ? ctx.components[decodeURIComponent(s.$ref.slice(prefix.length))] : undefined;
    return target === undefined ? fc.jsonValue({ maxDepth: 2 }) : node(target, ctx, depth + 1);
  }
  if ("const" in s) return fc.constant(s.const);
  if (Array.isArray(s.enum) && s.enum.length > 0) return fc.constantFrom(...(s.enum as unknown[]));
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = s[key];
    if (Array.isArray(options) && options.length > 0) return fc.oneof(...options.map((o) => node(o, ctx, depth + 1)));
  }
  if (Array.isArray(s.allOf) && s.allOf.length > 0) return shaped(mergeAllOf(s.allOf as JsonSchema[], ctx), ctx, depth);

  const type = s.type;
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => shaped({ ...s, type: t }, ctx, depth)));
  switch (type) {
    case "string":
      return stringFor(s);
    case "integer":
      return fc.integer({ min: bound(s.minimum, s.exclusiveMinimum, 1, -1_000_000), max: bound(s.maximum, s.exclusiveMaximum, -1, 1_000_000) });
    case "number": {
      const min = bound(s.minimum, s.exclusiveMinimum, 1, -1_000_000);
      const max = bound(s.maximum, s.exclusiveMaximum, -1, 1_000_000);
      return fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
    }
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return arrayFor(s, ctx, depth);
    case "object":
      return objectFor(s, ctx, depth);
    default:
      return s.properties ? objectFor(s, ctx, depth) : fc.jsonValue({ maxDepth: 2 });
  }
}

/** The schema's numeric bound, nudged inwards when exclusive, or the fallback. */
function bound(inclusive: unknown, exclusive: unknown, step: number, fallback: number): number {
  if (typeof inclusive === "number") return inclusive;
  if (typeof exclusive === "number") return exclusive + step;
  return fallback;
}

function stringFor(s: JsonSchema): fc.Arbitrary<unknown> {
  const minLength = typeof s.minLength === "number" ? s.minLength : 0;
  const maxLength = Math.min(typeof s.maxLength === "number" ? s.maxLength : Infinity, minLength + 24);
  switch (s.format) {
    case "date-time":
      return fc.date({ min: new Date("2000-01-01"), max: new Date("2040-01-01"), noInvalidDate: true }).map((d) => d.toISOString());
    case "date":
      return fc.date({ min: new Date("2000-01-01"), max: new Date("2040-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case "email":
      return fc.emailAddress();
    case "uuid":
      return fc.uuid();
    case "uri":
    case "url":
      return fc.webUrl();
  }
  if (typeof s.pattern === "string") {
    try {
      const pattern = new RegExp(s.pattern);
      return fc.stringMatching(pattern).filter((text) => text.length >= minLength && text.length <= Math.max(maxLength, minLength));
    } catch {
      // a pattern JavaScript cannot compile: fall back to plain text
    }
  }
  return fc.string({ unit: "grapheme-ascii", minLength, maxLength: Math.max(minLength, maxLength) });
}

function arrayFor(s: JsonSchema, ctx: Context, depth: number): fc.Arbitrary<unknown> {
  if (Array.isArray(s.prefixItems)) return fc.tuple(...s.prefixItems.map((item) => node(item, ctx, depth + 1)));
  const minLength = typeof s.minItems === "number" ? s.minItems : 0;
  const maxLength = Math.min(typeof s.maxItems === "number" ? s.maxItems : Infinity, minLength + 4);
  return fc.array(node(s.items, ctx, depth + 1), { minLength, maxLength });
}

type Mutation = { kind: "none" } | { kind: "drop"; index: number } | { kind: "extra"; key: string; value: unknown };

function objectFor(s: JsonSchema, ctx: Context, depth: number): fc.Arbitrary<unknown> {
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  const names = Object.keys(properties);
  const fields = Object.fromEntries(names.map((name) => [name, node(properties[name], ctx, depth + 1)]));
  const known = fc.record(fields, { requiredKeys: names.filter((n) => required.has(n)) }) as fc.Arbitrary<Record<string, unknown>>;
  const extra = s.additionalProperties;
  const withExtra =
    extra !== undefined && extra !== false && names.length === 0
      ? fc.dictionary(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 12 }), node(extra, ctx, depth + 1), { maxKeys: 4 })
      : known;
  if (ctx.wildness <= 0) return withExtra;
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { arbitrary: fc.constant<Mutation>({ kind: "none" }), weight: 6 },
    { arbitrary: fc.nat().map((index): Mutation => ({ kind: "drop", index })), weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.oneof(fc.constantFrom(...prototypeKeys), fc.string({ maxLength: 10 })), nastyValue)
        .map(([key, value]): Mutation => ({ kind: "extra", key, value })),
      weight: 1,
    },
  );
  return fc.tuple(withExtra, mutation).map(([value, change]) => {
    if (change.kind === "drop") {
      const keys = Object.keys(value);
      if (keys.length === 0) return value;
      const { [keys[change.index % keys.length]!]: _dropped, ...rest } = value;
      return rest;
    }
    if (change.kind === "extra") return withOwnKey(change.key, change.value, value);
    return value;
  });
}

/** allOf of object schemas as one object schema (what zod's intersections and extensions produce). */
function mergeAllOf(parts: JsonSchema[], ctx: Context): JsonSchema {
  const merged: JsonSchema = { type: "object", properties: {}, required: [] };
  for (let part of parts) {
    if (typeof part.$ref === "string") part = (ctx.components[part.$ref.replace("#/components/schemas/", "")] ?? {}) as JsonSchema;
    Object.assign(merged.properties as JsonSchema, part.properties ?? {});
    (merged.required as string[]).push(...((part.required as string[] | undefined) ?? []));
  }
  return merged;
}
