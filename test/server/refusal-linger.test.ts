import assert from "node:assert/strict";
import { connect } from "node:net";
import { test } from "node:test";
import { errorOf, withListening } from "./helpers.js";

// A refusal sent before the body has come in (413, 415, 404) must reach a client that is still
// sending. If the server closed its socket at once, the bytes still coming in made the kernel
// reset the connection, and a client that had not read the answer yet lost it (curl: status 000,
// exit 55). The server now reads and drops the rest for a bounded while before it closes.

const MAX_BODY = 4096;

/** Sent before reading: more than the kernel buffers on both sides hold while nobody reads. */
const SEND = 16 * 1024 * 1024;

/** A piece of body. */
const PIECE = Buffer.alloc(64 * 1024, "ب");

/** Generous limits, so that nothing here depends on how fast a loaded machine is. */
const OPTIONS = {
  workers: 0,
  maxBody: MAX_BODY,
  httpTimeouts: { linger: 120_000, lingerBytes: 64 * 1024 * 1024 },
};

interface Outcome {
  /** What came back, once the client read (after it had sent everything). */
  received: string;
  /** How many body bytes the client sent before it read. */
  sent: number;
  /** The error of a write the server refused by resetting the connection. */
  failed: string | undefined;
}

/**
 * A client that sends `head`, then up to `total` bytes of body in pieces without reading
 * anything, and only then reads the answer: until it is whole (by its Content-Length) or the
 * connection closes.
 */
async function sendThenRead(
  port: number,
  head: string,
  total: number,
  piece: (data: Buffer) => Buffer | string = (data) => data,
): Promise<Outcome> {
  const socket = connect(port, "127.0.0.1");
  socket.pause();
  let received = "";
  let failed: string | undefined;
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.on("error", (error: NodeJS.ErrnoException) => {
    failed ??= error.code ?? error.message;
  });
  const write = (data: Buffer | string): Promise<boolean> =>
    new Promise((resolve) => {
      if (socket.destroyed) return resolve(false);
      socket.write(data, (error) => resolve(error == null));
    });
  let sent = 0;
  if (await write(head)) {
    while (sent < total && (await write(piece(PIECE)))) sent += PIECE.length;
  }
  const whole = new Promise<void>((resolve) => {
    socket.on("data", (data: Buffer) => {
      received += data.toString("latin1");
      const end = received.indexOf("\r\n\r\n");
      const length = /\r\ncontent-length: (\d+)\r\n/i.exec(received)?.[1];
      if (end >= 0 && length !== undefined && received.length >= end + 4 + Number(length)) {
        resolve();
      }
    });
  });
  socket.resume();
  await Promise.race([whole, closed]);
  socket.destroy();
  return { received: Buffer.from(received, "latin1").toString("utf8"), sent, failed };
}

/** The status and error code of an answer, and whether it closes the connection. */
function answer(o: Outcome): { status: string; code: string; close: boolean } {
  assert.notEqual(o.received, "", `an answer came (the writes failed with ${o.failed})`);
  const status = o.received.slice(9, 12);
  const end = o.received.indexOf("\r\n\r\n");
  const code = errorOf(o.received.slice(end + 4)).code;
  const close = /\r\nconnection: close\r\n/i.test(o.received.slice(0, end));
  return { status, code, close };
}

const head = (path: string, type: string, framing: string): string =>
  `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: ${type}\r\n${framing}\r\n\r\n`;

/** A Content-Length the client would take long to send. */
const DECLARED = `Content-Length: ${1024 * 1024 * 1024}`;

test("a Content-Length over --max-body: a client that goes on sending reads its 413", async () => {
  await withListening(OPTIONS, async (port) => {
    for (let i = 0; i < 3; i++) {
      const o = await sendThenRead(port, head("/v1/summarize", "application/json", DECLARED), SEND);
      assert.equal(o.failed, undefined, "no write was refused");
      assert.equal(o.sent, SEND);
      assert.deepEqual(answer(o), { status: "413", code: "TOO_LARGE", close: true });
    }
  });
});

test("a chunked body past --max-body: a client that goes on sending reads its 413", async () => {
  await withListening(OPTIONS, async (port) => {
    const start = head("/v1/summarize", "application/json", "Transfer-Encoding: chunked");
    const chunk = (data: Buffer) =>
      Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from("\r\n")]);
    const o = await sendThenRead(port, start, SEND, chunk);
    assert.equal(o.failed, undefined, "no write was refused");
    assert.deepEqual(answer(o), { status: "413", code: "TOO_LARGE", close: true });
  });
});

test("a body of the wrong type: a client that goes on sending reads its 415", async () => {
  await withListening(OPTIONS, async (port) => {
    const o = await sendThenRead(port, head("/v1/summarize", "text/plain", DECLARED), SEND);
    assert.equal(o.failed, undefined, "no write was refused");
    assert.deepEqual(answer(o), { status: "415", code: "NOT_TEXT", close: true });
  });
});

test("a body to an unknown path: a client that goes on sending reads its 404", async () => {
  await withListening(OPTIONS, async (port) => {
    const o = await sendThenRead(port, head("/v1/nothing", "application/json", DECLARED), SEND);
    assert.equal(o.failed, undefined, "no write was refused");
    assert.deepEqual(answer(o), { status: "404", code: "NOT_FOUND", close: true });
  });
});

/**
 * A client that ignores the answer and the server's end of sending (its socket half-open): it
 * sends `piece` again and again, `pause` ms apart, until the server closes the connection (a
 * write fails: after a close, TCP tells the client only when it sends). How many body bytes it
 * sent, and what came back.
 */
async function ignoreAnswer(
  port: number,
  start: string,
  piece: Buffer,
  pause = 0,
): Promise<{ received: string; sent: number }> {
  const socket = connect({ port, host: "127.0.0.1", allowHalfOpen: true });
  let received = "";
  socket.on("data", (data: Buffer) => {
    received += data.toString();
  });
  socket.on("error", () => {});
  const write = (data: Buffer | string): Promise<boolean> =>
    new Promise((resolve) => {
      if (socket.destroyed) return resolve(false);
      socket.write(data, (error) => resolve(error == null));
    });
  let sent = 0;
  if (await write(start)) {
    while (await write(piece)) {
      sent += piece.length;
      if (pause > 0) await new Promise((r) => setTimeout(r, pause));
    }
  }
  socket.destroy();
  return { received, sent };
}

test("a client that goes on sending after its refusal is cut once lingerBytes came in", {
  timeout: 60_000,
}, async () => {
  const lingerBytes = 1024 * 1024;
  const options = { ...OPTIONS, httpTimeouts: { linger: 120_000, lingerBytes } };
  await withListening(options, async (port) => {
    const start = head("/v1/summarize", "application/json", DECLARED);
    const o = await ignoreAnswer(port, start, PIECE);
    assert.match(o.received, /^HTTP\/1\.1 413 /);
    assert.match(o.received, /"TOO_LARGE"/);
    // What the kernel buffers held when the connection was cut is on top of what was read.
    assert.ok(o.sent >= lingerBytes, `read up to the limit (${o.sent} bytes sent)`);
    assert.ok(o.sent < lingerBytes + 64 * 1024 * 1024, `not read on (${o.sent} bytes sent)`);
  });
});

test("a client that trickles bytes after its refusal is cut once linger ms passed", {
  timeout: 60_000,
}, async () => {
  const options = { ...OPTIONS, httpTimeouts: { linger: 200, lingerBytes: 64 * 1024 * 1024 } };
  await withListening(options, async (port) => {
    // Returns only once the server closed the connection (else the test runs into its timeout).
    const start = head("/v1/nothing", "application/json", DECLARED);
    const o = await ignoreAnswer(port, start, Buffer.from("x"), 10);
    assert.match(o.received, /^HTTP\/1\.1 404 /);
    assert.match(o.received, /\r\nconnection: close\r\n/i);
  });
});
