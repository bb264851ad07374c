import type { FastifyReply, FastifyRequest } from "fastify";
import { KhulasaError } from "../errors.js";

/**
 * pino serializers of the service. Article text reaches the server in bodies only, so logs
 * never carry a body, a header value that could hold one, or an error message that could
 * quote one (a JSON parse error echoes the input; an unexpected error may too).
 */
export const logSerializers = {
  req(req: FastifyRequest) {
    return {
      method: req.method,
      url: req.url.split("?")[0],
      remoteAddress: req.ip,
      contentLength: req.headers["content-length"],
    };
  },
  res(reply: FastifyReply) {
    return { statusCode: reply.statusCode };
  },
  err(error: unknown) {
    if (error instanceof KhulasaError) {
      return { type: "KhulasaError", code: error.code, message: error.message };
    }
    const e = (error ?? {}) as { name?: unknown; code?: unknown; stack?: unknown };
    const frames =
      typeof e.stack === "string"
        ? e.stack
            .split("\n")
            .filter((line) => /^\s+at /.test(line))
            .map((line) => line.trim())
        : [];
    return {
      type: typeof e.name === "string" ? e.name : "Error",
      code: typeof e.code === "string" ? e.code : undefined,
      frames,
    };
  },
};

/** Options of fastify's logger: level, safe serializers, and an optional destination stream. */
export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): Record<string, unknown> {
  return {
    level,
    serializers: logSerializers,
    ...(stream ? { stream } : {}),
  };
}
