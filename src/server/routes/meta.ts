import type { FastifyInstance } from "fastify";
import type { ServiceContext } from "../context.js";
import { METRICS_CONTENT_TYPE } from "../metrics.js";
import { openApiDocument } from "../openapi.js";
import { healthResponseSchema } from "../schemas.js";

/** `GET /healthz`, `GET /metrics` and `GET /openapi.json`. */
export async function metaRoutes(app: FastifyInstance, ctx: ServiceContext): Promise<void> {
  const openapi = JSON.stringify(openApiDocument(ctx.version, ctx.http.bodyIdle));

  app.get(
    "/healthz",
    { schema: { response: { 200: healthResponseSchema, 503: healthResponseSchema } } },
    async (_request, reply) => {
      const closing = ctx.admission.stopping;
      reply.code(closing ? 503 : 200).header("cache-control", "no-store");
      return {
        status: closing ? "closing" : "ok",
        version: ctx.version,
        uptime: (performance.now() - ctx.startedAt) / 1000,
        inflight: ctx.admission.inflight,
      };
    },
  );

  app.get("/metrics", async (_request, reply) => {
    reply.type(METRICS_CONTENT_TYPE).header("cache-control", "no-store");
    return ctx.metrics.registry.render();
  });

  app.get("/openapi.json", async (_request, reply) => {
    reply.type("application/json; charset=utf-8");
    return openapi;
  });
}
