import assert from "node:assert/strict";
import { Agent, request } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { buildServer } from "../../src/server/app.js";
import { ARTICLE } from "./helpers.js";

// A refusal of a body that came in whole (BAD_JSON) keeps the connection alive: the README
// promises `Connection: close` only "before a body has all come in". fastify closes after any
// body its parser refused, so a client reconnected after each bad body.

interface Answer {
  status: number;
  connection: string | undefined;
  socket: unknown;
}

function post(port: number, agent: Agent, body: string, type: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        agent,
        method: "POST",
        path: "/v1/summarize",
        headers: { "content-type": type },
      },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            connection: res.headers.connection,
            socket: req.socket,
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

test("BAD_JSON for a body read whole keeps the connection; a body not read closes it", async () => {
  const { app } = await buildServer({ workers: 0, logLevel: "silent" });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const { port } = app.server.address() as AddressInfo;
    for (const body of ["hello", "{", '{"text": "نص']) {
      const bad = await post(port, agent, body, "application/json");
      assert.equal(bad.status, 400, body);
      assert.equal(bad.connection, "keep-alive", body);
      // The next request goes over the same connection.
      const ok = await post(
        port,
        agent,
        JSON.stringify({ text: ARTICLE, count: 1 }),
        "application/json",
      );
      assert.equal(ok.status, 200);
      assert.equal(ok.socket, bad.socket, `${body}: the connection was kept`);
    }
    // Refused before its body is read (the type): closed, as the README says.
    const unread = await post(port, agent, "x".repeat(2000), "text/plain");
    assert.equal(unread.status, 415);
    assert.equal(unread.connection, "close");
  } finally {
    agent.destroy();
    await app.close();
  }
});
