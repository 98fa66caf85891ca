import { z } from "zod";
import { approvalDecisionKinds } from "./approval-path.js";

// The request bodies of the approval routes: each zod schema beside its inferred type.

export const maxApprovalSteps = 20;

export const SetStepsSchema = z.strictObject({
  steps: z
    .array(z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"))
    .min(1, "give at least one step")
    .max(maxApprovalSteps, `at most ${maxApprovalSteps} steps`)
    .superRefine((steps, ctx) => {
      const seen = new Map<string, number>();
      steps.forEach((step, index) => {
        const key = step.toLocaleLowerCase("da");
        if (seen.has(key)) ctx.addIssue({ code: "custom", message: `"${step}" is already step ${seen.get(key)! + 1}`, path: [index] });
        else seen.set(key, index);
      });
    }),
});
export type SetStepsInput = z.infer<typeof SetStepsSchema>;

export const RecordDecisionSchema = z.strictObject({
  /** the step's position (1-based) or its exact name */
  step: z.union([z.number().int().min(1), z.string().trim().min(1).max(200)]),
  /** the meeting's date */
  date: z.iso.date({ error: "must be a date like 2026-12-04" }),
  decision: z.enum(approvalDecisionKinds),
  note: z.string().trim().max(2000, "must be at most 2,000 characters").optional(),
});
export type RecordDecisionInput = z.infer<typeof RecordDecisionSchema>;
