import assert from "node:assert/strict";
import { connect } from "node:net";
import { test } from "node:test";
import { ARTICLE, errorOf, withListening } from "./helpers.js";

// `Expect: 100-continue` asks whether to send the body. A request refused from its headers alone
// must get its refusal, not a `100 Continue` (which tells the client to send a body that will
// not be read) followed by the refusal; a request the server takes gets 100, then its answer.

const MAX_BODY = 4096;
const MAX_BATCH_BODY = 16_384;
const OPTIONS = { workers: 0, maxBody: MAX_BODY, maxBatchBody: MAX_BATCH_BODY };

const CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n";

/**
 * Send `head` (with `Expect: 100-continue`), and `body` only after a `100 Continue`: everything
 * that came back, once the final answer is whole (by its Content-Length, or its chunked end) or
 * the connection closed.
 */
function expectContinue(port: number, head: string, body = ""): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    let sentBody = false;
    const done = () => {
      socket.destroy();
      resolve(Buffer.from(received, "latin1").toString("utf8"));
    };
    socket.on("error", () => {});
    socket.on("close", done);
    socket.on("data", (data: Buffer) => {
      received += data.toString("latin1");
      if (!sentBody && received.startsWith(CONTINUE)) {
        sentBody = true;
        socket.write(body);
      }
      const final = received.startsWith(CONTINUE) ? received.slice(CONTINUE.length) : received;
      const end = final.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = /\r\ncontent-length: (\d+)\r\n/i.exec(final.slice(0, end))?.[1];
      if (
        length !== undefined
          ? final.length >= end + 4 + Number(length)
          : final.endsWith("\r\n0\r\n\r\n")
      ) {
        done();
      }
    });
    socket.write(head);
  });
}

const head = (method: string, path: string, type: string, length: number): string =>
  `${method} ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: ${type}\r\nContent-Length: ${length}\r\nExpect: 100-continue\r\n\r\n`;

/** The status of the first line, the error of the body and whether the connection closes. */
function refusal(received: string): { status: string; code: string; close: boolean } {
  assert.ok(!received.includes("100 Continue"), `no 100 Continue: ${received.slice(0, 40)}`);
  const end = received.indexOf("\r\n\r\n");
  return {
    status: received.slice(9, 12),
    code: errorOf(received.slice(end + 4)).code,
    close: /\r\nconnection: close\r\n/i.test(received.slice(0, end)),
  };
}

test("Expect: 100-continue with a Content-Length over --max-body is 413 at once, not 100", async () => {
  await withListening(OPTIONS, async (port) => {
    const received = await expectContinue(
      port,
      head("POST", "/v1/summarize", "application/json", MAX_BODY + 1),
    );
    assert.deepEqual(refusal(received), { status: "413", code: "TOO_LARGE", close: true });
    assert.match(received, /over the limit of 4096 bytes/);
  });
});

test("Expect: 100-continue with a batch over --max-batch-body is 413 at once; within it, 100", async () => {
  await withListening(OPTIONS, async (port) => {
    const type = "application/x-ndjson";
    const over = await expectContinue(
      port,
      head("POST", "/v1/summarize/batch", type, MAX_BATCH_BODY + 1),
    );
    assert.deepEqual(refusal(over), { status: "413", code: "TOO_LARGE", close: true });
    assert.match(over, /the batch is over the limit of 16384 bytes/);
    // Over --max-body but within --max-batch-body: the batch's own limit holds.
    const record = `${JSON.stringify({ text: "أعلنت البلدية افتتاح حديقة جديدة في المدينة." })}\n`;
    const body = record.repeat(Math.ceil((MAX_BODY + 1) / Buffer.byteLength(record)));
    const length = Buffer.byteLength(body);
    assert.ok(length > MAX_BODY && length < MAX_BATCH_BODY);
    const ok = await expectContinue(port, head("POST", "/v1/summarize/batch", type, length), body);
    assert.ok(ok.startsWith(`${CONTINUE}HTTP/1.1 200 `), ok.slice(0, 60));
    assert.ok(!ok.includes('"error"'));
  });
});

test("Expect: 100-continue to an unknown path, a wrong method or a wrong type is refused at once", async () => {
  await withListening(OPTIONS, async (port) => {
    const cases = [
      ["POST", "/v1/nothing", "application/json", "404", "NOT_FOUND"],
      ["PUT", "/v1/summarize", "application/json", "405", "METHOD_NOT_ALLOWED"],
      ["POST", "/v1/summarize", "text/plain", "415", "NOT_TEXT"],
      ["POST", "/v1/summarize/batch", "application/json", "415", "NOT_TEXT"],
    ] as const;
    for (const [method, path, type, status, code] of cases) {
      const received = await expectContinue(port, head(method, path, type, 100));
      assert.deepEqual(refusal(received), { status, code, close: true }, `${method} ${path}`);
    }
  });
});

test("Expect: 100-continue with an acceptable article gets 100, then its summary", async () => {
  await withListening(OPTIONS, async (port) => {
    const body = JSON.stringify({ text: ARTICLE.slice(0, 1000), count: 1 });
    const length = Buffer.byteLength(body);
    assert.ok(length <= MAX_BODY);
    const received = await expectContinue(
      port,
      head("POST", "/v1/summarize", "application/json", length),
      body,
    );
    assert.ok(received.startsWith(`${CONTINUE}HTTP/1.1 200 `), received.slice(0, 60));
    assert.match(received, /"highlights"/);
  });
});
