// The front of `npm start` (front.ts) on real sockets: an upstream server that echoes what it
// received stands in for workerd, and raw requests are sent the way hostile clients send them.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECURITY_HEADERS_DEFAULTS } from "../../worker/middleware/security-headers/index.ts";
import { createFront, type Front } from "./front.ts";
import { rawHttp } from "./raw-http.ts";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}
const seen: Seen[] = [];
let upstream: Server;

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    if (req.url === "/early") {
      // Answers on the declared length, as the Worker does, without reading the body.
      res.writeHead(413, { "Content-Type": "application/problem+json" }).end("{}");
      return;
    }
    if (req.url === "/early-close") {
      // …and then closes its connection with the body unread, as workerd does: a body still
      // being written to it breaks that connection (RST) before its answer was read.
      res.writeHead(413, { "Content-Type": "application/problem+json", Connection: "close" });
      res.end("{}", () => req.socket.destroy());
      return;
    }
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const reply = () =>
        res
          .writeHead(200, { "Content-Type": "application/json", Connection: "keep-alive", "X-From": "upstream" })
          .end(JSON.stringify({ url: req.url }));
      if (req.url === "/slow") setTimeout(reply, 600);
      else reply();
    });
  });
  await listen(upstream);
});
afterAll(() => new Promise<void>((resolve) => upstream.close(() => resolve())));

async function startFront(trustClientAddress = false): Promise<{ front: Front; port: number }> {
  const { port: upstreamPort } = upstream.address() as AddressInfo;
  const front = createFront({ upstream: { host: "127.0.0.1", port: upstreamPort }, trustClientAddress });
  return { front, port: await listen(front.server) };
}

const raw = (port: number, text: string, ms?: number) => rawHttp(port, text, { ms });

function parse(text: string) {
  const end = text.indexOf("\r\n\r\n");
  const head = text.slice(0, end);
  const header = (name: string) => head.match(new RegExp(`\\r\\n${name}: *([^\\r]*)`, "i"))?.[1];
  return { status: Number(head.slice(9, 12)), header, body: text.slice(end + 4) };
}

describe("the front of npm start", () => {
  let front: Front;
  let port: number;
  beforeAll(async () => ({ front, port } = await startFront()));
  afterAll(() => front.drain(1_000));

  it("hands a request on with its path, body and Host, and sets CF-Connecting-IP from the socket", async () => {
    const before = seen.length;
    const body = '{"a":1}';
    const answer = parse(
      await raw(
        port,
        `POST /api/v1/evaluate?x=1 HTTP/1.1\r\nHost: myna.test:8080\r\nCF-Connecting-IP: 203.0.113.9\r\n` +
          `Connection: close, X-Hop\r\nX-Hop: secret\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      ),
    );
    expect(answer.status).toBe(200);
    expect(answer.header("X-From")).toBe("upstream");
    const got = seen[before]!;
    expect(got).toMatchObject({ method: "POST", url: "/api/v1/evaluate?x=1", body });
    expect(got.headers.host).toBe("myna.test:8080");
    // The client cannot pick its own rate-limit key; the hop-by-hop header it named stays here.
    expect(got.headers["cf-connecting-ip"]).toBe("127.0.0.1");
    expect(got.headers["x-hop"]).toBeUndefined();
  });

  it("keeps the connection open for the next request (keep-alive)", async () => {
    const request = "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n";
    const text = await raw(port, request + request, 800);
    expect(text.match(/^HTTP\/1\.1 200 /gm)).toHaveLength(2);
  });

  it("turns an absolute-form target into a path, its authority the Host (RFC 9112 §3.2.2)", async () => {
    const before = seen.length;
    const answer = parse(
      await raw(port, "GET http://myna.test/api/v1/stage?q=1 HTTP/1.1\r\nHost: other\r\nConnection: close\r\n\r\n"),
    );
    expect(answer.status).toBe(200);
    expect(seen[before]).toMatchObject({ url: "/api/v1/stage?q=1", headers: { host: "myna.test" } });
  });

  const problems: [string, string, number, string][] = [
    ["CONNECT", "CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\n\r\n", 405, "method_not_allowed"],
    ["an unknown method", "FOO /api/v1/stage HTTP/1.1\r\nHost: a\r\n\r\n", 405, "method_not_allowed"],
    ["Host: a,b", "GET / HTTP/1.1\r\nHost: a,b\r\n\r\n", 400, "malformed_request"],
    ["a Host with a path", "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", 400, "malformed_request"],
    ["two Host lines", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "malformed_request"],
    ["no Host", "GET / HTTP/1.1\r\n\r\n", 400, "malformed_request"],
    ["GET *", "GET * HTTP/1.1\r\nHost: a\r\n\r\n", 400, "malformed_request"],
    ["HTTP/9.9", "GET / HTTP/9.9\r\nHost: a\r\n\r\n", 400, "malformed_request"],
    ["bytes that are no request line", "\u0000\u0001garbage\r\n\r\n", 400, "malformed_request"],
    ["a negative Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", 400, "malformed_request"],
    [
      "Content-Length with chunked",
      "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
      400,
      "malformed_request",
    ],
    [
      "a chunk size of 20 hex digits",
      `POST /api/v1/evaluate HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n${"f".repeat(20)}\r\nabc\r\n0\r\n\r\n`,
      400,
      "body_unreadable",
    ],
    ["a 100 KB URL", `GET /?x=${"a".repeat(100_000)} HTTP/1.1\r\nHost: a\r\n\r\n`, 400, "malformed_request"],
  ];
  it.each(problems)(
    "answers %s itself: problem+json with the API's headers, nothing handed on",
    async (_, text, status, code) => {
      const before = seen.length;
      const received = await raw(port, text);
      expect(received.match(/^HTTP\/1\.1 /gm)).toHaveLength(1);
      const answer = parse(received);
      expect(answer.status).toBe(status);
      expect(answer.header("Connection")).toBe("close");
      expect(answer.header("Content-Type")).toBe("application/problem+json; charset=utf-8");
      for (const [name, value] of Object.entries(SECURITY_HEADERS_DEFAULTS)) expect(answer.header(name)).toBe(value);
      if (status === 405) expect(answer.header("Allow")).toBe("GET, HEAD, POST, OPTIONS");
      const problem = JSON.parse(answer.body);
      expect(problem).toMatchObject({ status, errors: [{ code }] });
      expect(problem.errors[0].message.length).toBeGreaterThan(0);
      expect(seen.length).toBe(before);
    },
  );

  it("words its answers in the request's language", async () => {
    const answer = parse(await raw(port, "CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\nAccept-Language: en\r\n\r\n"));
    expect(answer.header("Content-Language")).toBe("en");
    expect(JSON.parse(answer.body).errors[0].message).toBe("Use a method listed in the Allow header.");
  });

  it("answers OPTIONS * (a question about the server) with 204 and Allow", async () => {
    const answer = parse(await raw(port, "OPTIONS * HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"));
    expect(answer.status).toBe(204);
    expect(answer.header("Allow")).toBe("GET, HEAD, POST, OPTIONS");
    expect(answer.header("Strict-Transport-Security")).toBe(SECURITY_HEADERS_DEFAULTS["Strict-Transport-Security"]);
  });

  it("passes an answer given before the body on at once, and closes that connection", async () => {
    const started = performance.now();
    const text = await raw(port, "POST /early HTTP/1.1\r\nHost: a\r\nContent-Length: 2000000\r\n\r\n", 3_000);
    expect(parse(text).status).toBe(413);
    expect(parse(text).header("Connection")).toBe("close");
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("a body workerd refuses on its head (413 on the declared length)", () => {
  let front: Front;
  let port: number;
  beforeAll(async () => ({ front, port } = await startFront()));
  afterAll(() => front.drain(1_000));

  it("answers the 413 every time when the whole body is sent with it, not a 500", async () => {
    const body = "x".repeat(1_100_000);
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const head = `POST /early-close HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
      statuses.push(parse(await raw(port, head + body, 3_000)).status);
    }
    expect(statuses).toEqual([413, 413, 413, 413, 413, 413]);
  });

  it("still forwards a body the upstream asks for, with the client's own Expect answered", async () => {
    const before = seen.length;
    const body = JSON.stringify({ birthDate: "1990-01-01" });
    const text = await raw(
      port,
      `POST /api/v1/evaluate HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
      3_000,
    );
    expect(text).toMatch(/HTTP\/1\.1 200 /);
    expect(seen[before]).toMatchObject({ url: "/api/v1/evaluate", body });
    expect(seen[before]!.headers.expect).toBe("100-continue");
  });
});

describe("an upstream that never sends 100 Continue", () => {
  it("gets the body after a short wait (RFC 9110 §10.1.1)", async () => {
    const silent = createServer();
    // With a checkContinue listener Node sends no 100 Continue by itself; this one never does.
    silent.on("checkContinue", (req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => res.writeHead(200, { "Content-Length": Buffer.byteLength(body) }).end(body));
    });
    const silentPort = await listen(silent);
    const front = createFront({ upstream: { host: "127.0.0.1", port: silentPort }, trustClientAddress: false });
    const port = await listen(front.server);
    const text = await raw(
      port,
      "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
      4_000,
    );
    expect(parse(text)).toMatchObject({ status: 200, body: "hello" });
    await front.drain(1_000);
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
});

describe("the front behind a proxy (TRUST_CF_CONNECTING_IP=1)", () => {
  it("keeps the CF-Connecting-IP the proxy sent", async () => {
    const { front, port } = await startFront(true);
    const before = seen.length;
    await raw(port, "GET / HTTP/1.1\r\nHost: a\r\nCF-Connecting-IP: 2001:db8::1\r\nConnection: close\r\n\r\n");
    expect(seen[before]!.headers["cf-connecting-ip"]).toBe("2001:db8::1");
    await front.drain(1_000);
  });
});

describe("draining the front (SIGTERM)", () => {
  it("finishes the request in flight, then accepts no more", async () => {
    const { front, port } = await startFront();
    const inFlight = raw(port, "GET /slow HTTP/1.1\r\nHost: a\r\n\r\n", 3_000);
    await new Promise((r) => setTimeout(r, 200));
    const drained = front.drain(5_000);
    const answer = parse(await inFlight);
    expect(answer.status).toBe(200);
    expect(answer.header("Connection")).toBe("close");
    expect(await drained).toBe(true);
    expect(await raw(port, "GET / HTTP/1.1\r\nHost: a\r\n\r\n", 500)).toBe("");
  });

  it("cuts what is still open after the bound", async () => {
    const { front, port } = await startFront();
    const inFlight = raw(port, "GET /slow HTTP/1.1\r\nHost: a\r\n\r\n", 3_000);
    await new Promise((r) => setTimeout(r, 100));
    expect(await front.drain(100)).toBe(false);
    expect(await inFlight).toBe("");
  });
});
