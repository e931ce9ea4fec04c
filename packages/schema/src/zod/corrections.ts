import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "./text-safety";

const note = z.string().trim().max(2000).refine(hasNoNul, NUL_MESSAGE).optional();

/** Rank and role as the analyst reads them in the article; null clears the field. */
export const titleValueSchema = z
  .object({
    rank: z.string().trim().max(200).refine(hasNoNul, NUL_MESSAGE).nullable().optional(),
    role: z.string().trim().max(500).refine(hasNoNul, NUL_MESSAGE).nullable().optional(),
  })
  .strict()
  .refine((v) => v.rank !== undefined || v.role !== undefined, { message: "an edit must change rank or role" });
export type TitleValue = z.infer<typeof titleValueSchema>;

/**
 * One analyst judgement of an extracted fact, as the API takes it. Facts are named by what
 * reprocessing reproduces (article, entity, offsets, event), never by row ids.
 */
export const factCorrectionInputSchema = z.discriminatedUnion("factType", [
  z
    .object({
      factType: z.literal("mention"),
      articleId: z.uuid(),
      entityId: z.uuid(),
      start: z.int().min(0),
      end: z.int().min(1),
      action: z.enum(["accept", "reject"]),
      note,
    })
    .strict()
    .refine((m) => m.end > m.start, { message: "end must come after start", path: ["end"] }),
  z
    .object({
      factType: z.literal("title"),
      articleId: z.uuid(),
      entityId: z.uuid(),
      action: z.enum(["accept", "edit", "reject"]),
      /** The corrected rank/role; required by `edit`, ignored otherwise. */
      value: titleValueSchema.optional(),
      note,
    })
    .strict()
    .refine((t) => t.action !== "edit" || t.value !== undefined, { message: "an edit needs the corrected rank or role", path: ["value"] }),
  z
    .object({ factType: z.literal("participant"), eventId: z.uuid(), entityId: z.uuid(), action: z.enum(["accept", "reject"]), note })
    .strict(),
  z.object({ factType: z.literal("event"), eventId: z.uuid(), action: z.enum(["accept", "reject"]), note }).strict(),
  /** One article's report of an event: `reject` detaches it (it becomes an event of its own), `accept` lets it join again. */
  z
    .object({ factType: z.literal("report"), eventId: z.uuid(), articleId: z.uuid(), action: z.enum(["accept", "reject"]), note })
    .strict(),
]);
export type FactCorrectionInput = z.infer<typeof factCorrectionInputSchema>;

/** `POST /api/v1/events/{id}/detach`: the article whose report leaves the event. */
export const eventDetachSchema = z.object({ eventId: z.uuid(), articleId: z.uuid(), note }).strict();
export type EventDetach = z.infer<typeof eventDetachSchema>;

/** Which stored articles a reprocess run reads again. */
export const reprocessScopeSchema = z.enum(["all", "outdated"]);
export type ReprocessScope = z.infer<typeof reprocessScopeSchema>;
