// A webhook receiver for the tests: every POST /hook is checked with the
// reference Standard Webhooks verifier (npm "standardwebhooks") against
// WEBHOOK_SECRET, recorded, and answered with the status the test set.
//   node receiver.js PORT        (prints "ready PORT" once listening)
//   POST /control/status {"status": 503}   answer every delivery with 503
//   POST /control/status {"status": 503, "tenant_id": "a"}   only tenant a's
//   GET  /control/received                 what arrived, in arrival order
//   POST /control/reset                    forget it
//   POST /control/delay {"ms": 10}          answer each delivery 10 ms late
"use strict";
const http = require("http");
const { Webhook } = require("standardwebhooks");

const port = Number(process.argv[2] || 0);
const verifier = new Webhook(process.env.WEBHOOK_SECRET);
let answer = 204;
const answerFor = {}; // tenant_id -> status
let delayMs = 0;
let received = [];

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

const server = http.createServer(async (req, res) => {
  const body = await readBody(req);
  if (req.method === "POST" && req.url === "/hook") {
    const entry = { id: req.headers["webhook-id"], at: Date.now() };
    try {
      const payload = verifier.verify(body, req.headers);
      Object.assign(entry, {
        verified: true,
        type: payload.type,
        sequence: payload.sequence,
        tenant_id: payload.data ? payload.data.tenant_id : undefined,
        correlation_id: payload.correlation_id,
      });
      const tenant = entry.tenant_id;
      entry.status = tenant in answerFor ? answerFor[tenant] : answer;
    } catch (e) {
      Object.assign(entry, { verified: false, error: String(e.message || e), status: 401 });
    }
    received.push(entry);
    setTimeout(() => {
      res.writeHead(entry.status, { "Content-Type": "text/plain" });
      res.end(entry.verified ? "ok" : "bad signature");
    }, delayMs);
    return;
  }
  if (req.method === "POST" && req.url === "/control/delay") {
    delayMs = JSON.parse(body).ms;
    res.writeHead(200).end("{}");
    return;
  }
  if (req.method === "POST" && req.url === "/control/status") {
    const wanted = JSON.parse(body);
    if (wanted.tenant_id !== undefined) answerFor[wanted.tenant_id] = wanted.status;
    else answer = wanted.status;
    res.writeHead(200).end("{}");
    return;
  }
  if (req.method === "POST" && req.url === "/control/reset") {
    received = [];
    res.writeHead(200).end("{}");
    return;
  }
  if (req.method === "GET" && req.url === "/control/received") {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify(received));
    return;
  }
  res.writeHead(404).end();
});
server.listen(port, "127.0.0.1", () => {
  console.log("ready " + server.address().port);
});
