import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.js";
import type { Engine } from "../../src/server/engine.js";
import { type JobOutcome, runJob } from "../../src/server/job.js";
import type { Summary } from "../../src/text/types.js";

/** An Arabic news article written for these tests (5 paragraphs, 8 sentences). */
export const ARTICLE = readFileSync(new URL("./fixtures/article.txt", import.meta.url), "utf8");

/** `Content-Type: application/json` headers. */
export const JSON_HEADERS = { "content-type": "application/json" } as const;

/** `Content-Type: application/x-ndjson` headers. */
export const NDJSON_HEADERS = { "content-type": "application/x-ndjson" } as const;

function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w !== "");
}

/**
 * Check the properties every summary of `text` has, whatever the engine: spans inside the text,
 * each bullet's words found in order in its sources (words may be dropped, never added).
 */
export function assertFaithful(summary: Summary, text: string): void {
  assert.equal(summary.language, "ar");
  assert.ok(summary.highlights.length <= summary.sentences);
  for (const h of summary.highlights) {
    assert.ok(h.sources.length >= 1, "a bullet has at least one source span");
    for (const s of h.sources) {
      assert.ok(
        0 <= s.start && s.start < s.end && s.end <= text.length,
        `span ${s.start}-${s.end}`,
      );
    }
    const source = words(h.sources.map((s) => text.slice(s.start, s.end)).join(" "));
    let at = 0;
    for (const w of words(h.text)) {
      while (at < source.length && source[at] !== w) at++;
      assert.ok(at < source.length, `bullet word "${w}" is in its sources, in order`);
      at++;
    }
  }
}

/** A writable stream that keeps what is written (for captured logs). */
export class Capture extends Writable {
  text = "";

  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }

  /** The captured lines parsed as JSON objects. */
  records(): Record<string, unknown>[] {
    return this.text
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }
}

/** A promise with its resolve function exposed. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve: (v: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** The parsed error body of a response, checking its shape: only code, message and hint. */
export function errorOf(body: string): { code: string; message: string; hint: string } {
  const parsed = JSON.parse(body) as { error: { code: string; message: string; hint: string } };
  assert.deepEqual(Object.keys(parsed), ["error"]);
  assert.deepEqual(Object.keys(parsed.error).sort(), ["code", "hint", "message"]);
  assert.ok(!/\n\s+at /.test(body), "no stack trace");
  return parsed.error;
}

/**
 * POST `payload` to /v1/summarize on `app` as JSON: the answer must be 415 NOT_TEXT, whose error
 * is returned for the caller's checks of its message.
 */
export async function notTextError(
  app: FastifyInstance,
  payload: string | Buffer,
): Promise<{ code: string; message: string; hint: string }> {
  const res = await app.inject({
    method: "POST",
    url: "/v1/summarize",
    headers: JSON_HEADERS,
    payload,
  });
  assert.equal(res.statusCode, 415);
  const e = errorOf(res.body);
  assert.equal(e.code, "NOT_TEXT");
  return e;
}

/**
 * An engine whose jobs wait for `gate` before running the real summarizer; a job whose signal
 * aborts first rejects with the signal's reason. Counts the jobs started and aborted. A job
 * begins (its deadline starts) at once, as on a free thread.
 */
export function gatedEngine(gate: Promise<void>): Engine & { started: number; aborted: number } {
  const engine = {
    threads: 1,
    started: 0,
    aborted: 0,
    async run(
      job: Parameters<Engine["run"]>[0],
      signal?: AbortSignal,
      started?: () => void,
    ): Promise<JobOutcome> {
      engine.started++;
      started?.();
      await new Promise<void>((resolve, reject) => {
        gate.then(resolve);
        signal?.addEventListener(
          "abort",
          () => {
            engine.aborted++;
            reject(signal.reason);
          },
          { once: true },
        );
      });
      return runJob(job);
    },
    async close() {},
  };
  return engine;
}

/**
 * A server listening on loopback for raw-socket tests (silent logs); every connection closed and
 * the server with it after `fn`.
 */
export async function withListening(
  options: Parameters<typeof buildServer>[0],
  fn: (port: number) => Promise<void>,
): Promise<void> {
  const { app } = await buildServer({ logLevel: "silent", ...options });
  await app.listen({ host: "127.0.0.1", port: 0 });
  try {
    await fn((app.server.address() as AddressInfo).port);
  } finally {
    app.server.closeAllConnections();
    await app.close();
  }
}
