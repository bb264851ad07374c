import type { FastifyInstance, FastifyRequest } from "fastify";
import { createError, KhulasaError } from "../errors.js";
import { decodeAs, decodeText } from "../io/decode.js";
import { utf16Bom } from "../io/utf16-stream.js";

type Done = (error: Error | null, value?: unknown) => void;
type Parser = (request: FastifyRequest, body: Buffer, done: Done) => void;
type StringParser = (request: FastifyRequest, body: string, done: Done) => void;

/**
 * fastify's JSON parser (with its prototype-poisoning checks) over a body read as bytes and
 * decoded as strict UTF-8, or as UTF-16 when its byte-order mark opens it (as the batch route and
 * the CLI read it): any other body is NOT_TEXT. (fastify's own string parser replaces invalid
 * bytes with U+FFFD, which then reach the summarizer as if they were text.)
 */
export function strictJsonParser(app: FastifyInstance): Parser {
  const parseJson = app.getDefaultJsonParser("error", "error") as StringParser;
  return (request, body, done) => {
    let text: string;
    try {
      const bom = utf16Bom(body);
      text = bom === null ? decodeText(body, "the body") : decodeAs(body, bom, "the body");
    } catch (error) {
      const message = error instanceof KhulasaError ? error.message : "the body is not text";
      // A charset the request declared (`charset=windows-1256`) is named: it is why.
      const declared = declaredCharset(request.headers["content-type"]);
      const why = declared === null ? message : `${message} (it is declared ${declared})`;
      done(createError("NOT_TEXT", why, "Send the JSON body encoded as UTF-8."), undefined);
      return;
    }
    parseJson(request, text, (error, value) => {
      // fastify's parser refuses a `__proto__` or `constructor.prototype` key as "not valid
      // JSON", which it is: say why.
      if (error !== null && isJson(text)) {
        done(
          createError(
            "BAD_JSON",
            "the body has a `__proto__` or `constructor.prototype` key, which is refused",
            'Send one JSON object, e.g. {"text": "..."}, without those keys.',
          ),
        );
        return;
      }
      done(error, value);
    });
  };
}

/** The charset a Content-Type declares when it is not UTF-8, or null. */
function declaredCharset(contentType: string | undefined): string | null {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "")?.[1];
  if (charset === undefined || /^utf-?8$/i.test(charset)) return null;
  return charset;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
