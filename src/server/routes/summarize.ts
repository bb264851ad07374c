import type { FastifyInstance } from "fastify";
import { createError } from "../../errors.js";
import { withDeadline } from "../admission.js";
import type { ServiceContext } from "../context.js";
import type { SummarizeJob } from "../job.js";
import { strictJsonParser } from "../json-body.js";
import { summarizeRequestSchema, summaryResponseSchema } from "../schemas.js";
import { abandon, admit, clientGone, clientLeft } from "./admit.js";

/** Body of `POST /v1/summarize` (validated by `summarizeRequestSchema`). */
type SummarizeBody = SummarizeJob;

/** Content type of the single-article route. */
export const JSON_TYPE = "application/json";

/** `POST /v1/summarize`: one article (JSON) in, its Summary out. */
export async function summarizeRoutes(app: FastifyInstance, ctx: ServiceContext): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    JSON_TYPE,
    { parseAs: "buffer", bodyLimit: ctx.options.maxBody },
    strictJsonParser(app),
  );
  admit(ctx, app, "preHandler");
  app.post<{ Body: SummarizeBody }>(
    "/v1/summarize",
    {
      schema: { body: summarizeRequestSchema, response: { 200: summaryResponseSchema } },
      config: { accepts: JSON_TYPE },
    },
    async (request, reply) => {
      let outcome: Awaited<ReturnType<typeof ctx.engine.run>>;
      try {
        outcome = await withDeadline(
          ctx.options.timeout,
          (signal, started) => ctx.engine.run(request.body, signal, started),
          clientGone(reply),
        );
      } catch (error) {
        // Its job was stopped because the client left: nothing to answer, nothing went wrong.
        if (clientLeft(reply)) return abandon(ctx, reply);
        throw error;
      }
      if (clientLeft(reply)) return abandon(ctx, reply);
      if (!outcome.ok) throw createError(outcome.code, outcome.message, outcome.hint);
      if (!request.body.includeText) return outcome.summary;
      return { ...outcome.summary, text: outcome.text, title: outcome.title ?? null };
    },
  );
}
