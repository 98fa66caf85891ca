import type { RequestHandler } from "express";
import type { z } from "zod";
import { HttpError } from "./http-error.js";
import { findJsonShapeProblem } from "./json-shape.js";

/** Bodies the guard below has walked already; parseInput need not walk them again. */
const checkedBodies = new WeakSet<object>();

function shapeError(input: unknown): HttpError | undefined {
  if (input !== null && typeof input === "object" && checkedBodies.has(input)) return undefined;
  const problem = findJsonShapeProblem(input);
  if (problem === undefined) return undefined;
  return new HttpError("validation_failed", problem.message, problem.path === "" ? undefined : problem.path);
}

/**
 * Refuses a parsed JSON body that is too deep, too wide or holds a prototype key – 400 naming the place – before
 * any route, schema or merge recurses over it. Mount right after express.json(), so that every JSON route is
 * covered, also one that reads req.body without parseInput.
 */
export const jsonShapeGuard: RequestHandler = (req, _res, next) => {
  const body: unknown = req.body;
  if (body === null || typeof body !== "object") return next();
  const error = shapeError(body);
  if (error !== undefined) return next(error);
  checkedBodies.add(body);
  next();
};

/** Finds a prototype-polluting key anywhere in parsed JSON; returns its path, or undefined. */
export function findForbiddenKey(value: unknown): string | undefined {
  const problem = findJsonShapeProblem(value);
  return problem?.kind === "forbidden-key" ? problem.path : undefined;
}

/**
 * Parses request input with a zod schema. The first problem becomes a 400 naming its field, so a client can put
 * the message next to the field it concerns.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where = "body"): z.infer<S> {
  const shape = shapeError(input);
  if (shape !== undefined) throw shape;
  const result = schema.safeParse(input ?? (where === "body" ? undefined : {}));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    const keyField = field === "" ? key : `${field}.${key}`;
    throw new HttpError("validation_failed", `Unknown field "${keyField}".`, keyField);
  }
  const label = field === "" ? where : field;
  throw new HttpError("validation_failed", `${label}: ${issue.message}`, field === "" ? undefined : field);
}
