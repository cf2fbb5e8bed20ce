/**
 * @module
 * The front of `npm start`: a Node HTTP server on HOST:PORT that hands each well-formed request
 * to workerd on an internal loopback port. workerd's own HTTP parser answers some requests
 * before any JavaScript runs (501 to an unknown method, a bare 500 to CONNECT); Node's parser
 * (llhttp, strict) rejects malformed requests and lets us answer every one of them ourselves,
 * in the API's problem+json shape with the API's security headers (issue 14). Not deployed: on
 * Cloudflare the edge does this.
 *
 * What the front decides, and nothing else:
 * - malformed HTTP (request line, version, chunking, lengths, header size): 400;
 * - CONNECT and methods llhttp does not know: 405 with `Allow`;
 * - `OPTIONS *` (RFC 9110 §9.3.7, a question about the server): 204 with `Allow`;
 * - a Host that is not one host (RFC 9112 §3.2: none, two, `a,b`, `a/b`): 400;
 * - the client's address: `CF-Connecting-IP` is set from the socket, as Cloudflare's edge sets
 *   it, so the rate limit counts per client (and an IPv6 client per /64); a value the client
 *   sent is replaced, unless `trustClientAddress` (behind a proxy that sets it);
 * - hop-by-hop headers (RFC 9110 §7.6.1) end here, in both directions;
 * - a body goes to workerd only once workerd asked for it (`Expect: 100-continue`, RFC 9110
 *   §10.1.1): workerd answers a declared length over a route's limit (413) on the head alone
 *   and closes the connection, and a body still being written then broke the connection before
 *   its answer was read, which the front turned into a 500 (found by the session 6 review).
 * Everything else (paths, methods, bodies, limits) is the Worker's and the assets layer's.
 * Nothing is logged.
 */
import {
  Agent,
  type ClientRequest,
  createServer,
  type IncomingMessage,
  request,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from "node:http";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { acceptedLang, type Lang } from "#shared/lang/index.ts";
import { MAX_HEADER_BYTES } from "#shared/limits/index.ts";
import type { ProblemKind } from "#shared/problem/index.ts";
import type { FieldError } from "#shared/rules/result.ts";
import { loadTexts } from "../../worker/lang-texts.ts";
import { SECURITY_HEADERS_DEFAULTS } from "../../worker/middleware/security-headers/index.ts";
import { problemResponse } from "../../worker/problem/index.ts";

export interface FrontOptions {
  /** workerd's internal socket (loopback). */
  upstream: { host: string; port: number };
  /** Keep a CF-Connecting-IP the client sends (only behind a proxy that sets it). */
  trustClientAddress: boolean;
}

export interface Front {
  server: Server;
  /**
   * Stops accepting connections, lets the requests in flight finish (their connections close
   * after the answer), and resolves when none is left, or after `boundMs` (then the rest are
   * cut). Resolves `true` when everything finished in time.
   */
  drain(boundMs: number): Promise<boolean>;
}

/** The methods a path of ours may answer (the Worker narrows them per path). */
export const ALLOW = "GET, HEAD, POST, OPTIONS";

/** RFC 9112 §3.2: one host, optionally a port; an IPv6 literal in brackets. */
const SINGLE_HOST = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+)(:\d{1,5})?$/;

/** Hop-by-hop headers (RFC 9110 §7.6.1): they describe one connection, not the message. */
/** How long a body waits for workerd's 100 Continue before it is sent anyway (RFC 9110 §10.1.1). */
const CONTINUE_WAIT_MS = 1_000;

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

/** Headers of a message without the hop-by-hop ones (and those its Connection header names). */
function endToEnd(raw: string[], drop: Set<string>): string[] {
  const named = new Set(drop);
  for (let i = 0; i < raw.length; i += 2)
    if (raw[i]!.toLowerCase() === "connection")
      for (const token of raw[i + 1]!.split(",")) named.add(token.trim().toLowerCase());
  const kept: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    if (!HOP_BY_HOP.has(name) && !named.has(name)) kept.push(raw[i]!, raw[i + 1]!);
  }
  return kept;
}

/**
 * One of our own answers: a problem in the API's shape, with the API's security headers, in
 * `lang` (its texts loaded first: only Japanese is built into the Worker's code, worker/lang-texts.ts).
 */
async function problem(
  kind: ProblemKind,
  lang: Lang,
  error: FieldError,
  extra?: Record<string, string>,
): Promise<Response> {
  await loadTexts(lang);
  const response = problemResponse(kind, lang, [error], extra);
  for (const [name, value] of Object.entries(SECURITY_HEADERS_DEFAULTS)) response.headers.set(name, value);
  return response;
}

const malformed = (lang: Lang) => problem("invalid-input", lang, { field: "request", code: "malformed_request" });
const methodNotAllowed = (lang: Lang) =>
  problem("method-not-allowed", lang, { field: "method", code: "method_not_allowed" }, { Allow: ALLOW });

/** Writes one of our answers on a socket that has no ServerResponse (a parse error, CONNECT), then closes it. */
async function writeRaw(socket: Duplex, answer: Promise<Response>): Promise<void> {
  const response = await answer;
  const body = Buffer.from(await response.arrayBuffer());
  if (!socket.writable) return void socket.destroy();
  let head = `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status]}\r\n`;
  for (const [name, value] of response.headers) head += `${name}: ${value}\r\n`;
  head += `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
  socket.end(Buffer.concat([Buffer.from(head, "latin1"), body]));
}

/** Answers with one of ours on a request Node parsed; after an error, the connection closes. */
async function send(res: ServerResponse, answer: Response | Promise<Response>): Promise<void> {
  const response = await answer;
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status >= 400) res.shouldKeepAlive = false;
  res.writeHead(response.status, [...response.headers, ["Content-Length", String(body.length)]].flat());
  res.end(res.req.method === "HEAD" ? undefined : body);
}

/** A request line that starts with a method-shaped token (RFC 9110 §9.1: a method is a token). */
const METHOD_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ /;

/** The error a failed parse gets: the request as a whole was not HTTP we can answer. */
function parseErrorAnswer(error: NodeJS.ErrnoException & { rawPacket?: Buffer }): Promise<Response> {
  const code = error.code;
  // llhttp knows every registered method; a token it does not know is a method we do not serve
  // (405, not workerd's 501: no request gets a 5xx). Bytes that are no token are no request.
  if (code === "HPE_INVALID_METHOD")
    return METHOD_TOKEN.test(error.rawPacket?.toString("latin1") ?? "") ? methodNotAllowed("ja") : malformed("ja");
  if (code === "HPE_INVALID_CHUNK_SIZE" || code === "ERR_HTTP_REQUEST_TIMEOUT")
    return problem("malformed-body", "ja", { field: "body", code: "body_unreadable" });
  return malformed("ja");
}

/** The request target in origin form, and the Host it names; null when it is neither form we serve. */
function target(req: IncomingMessage): { path: string; host: string } | null {
  const hosts: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    if (req.rawHeaders[i]!.toLowerCase() === "host") hosts.push(req.rawHeaders[i + 1]!);
  const url = req.url ?? "";
  if (url.startsWith("/"))
    return hosts.length === 1 && SINGLE_HOST.test(hosts[0]!) ? { path: url, host: hosts[0]! } : null;
  // Absolute form (RFC 9112 §3.2.2): the target's authority replaces the Host header.
  const absolute = URL.parse(url);
  if (!absolute || (absolute.protocol !== "http:" && absolute.protocol !== "https:")) return null;
  if (!SINGLE_HOST.test(absolute.host) || absolute.username || absolute.password) return null;
  return { path: absolute.pathname + absolute.search, host: absolute.host };
}

export function createFront({ upstream, trustClientAddress }: FrontOptions): Front {
  // Connections to workerd are kept open and reused, as a client's keep-alive connection is.
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  // A client's own Expect was answered by Node's server (100 Continue); the front sets its own.
  const dropped = new Set(trustClientAddress ? ["host", "expect"] : ["host", "expect", "cf-connecting-ip"]);
  let draining = false;
  /** The request to workerd of each answer in progress, to stop it when the client's body breaks off. */
  const forwards = new WeakMap<ServerResponse, ClientRequest>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only our own answers need the language: negotiated when one is given, not per request.
    const lang = () => acceptedLang(req.headers["accept-language"]);
    if (req.url === "*") {
      if (req.method !== "OPTIONS") return send(res, malformed(lang()));
      const headers = new Headers({ Allow: ALLOW, ...SECURITY_HEADERS_DEFAULTS });
      return send(res, new Response(null, { status: 204, headers }));
    }
    const where = target(req);
    if (!where) return send(res, malformed(lang()));

    const headers = endToEnd(req.rawHeaders, dropped);
    headers.push("Host", where.host);
    if (!trustClientAddress && req.socket.remoteAddress) headers.push("CF-Connecting-IP", req.socket.remoteAddress);
    // A request without a body says so: Node would otherwise send a POST to workerd chunked.
    const hasBody = req.headers["content-length"] !== undefined || req.headers["transfer-encoding"] !== undefined;
    if (!hasBody) headers.push("Content-Length", "0");
    const asksFirst = hasBody && req.headers["content-length"] !== "0";
    if (asksFirst) headers.push("Expect", "100-continue");

    const forward = request({
      host: upstream.host,
      port: upstream.port,
      method: req.method,
      path: where.path,
      headers,
      agent,
      setHost: false,
    });
    let bodySent = false;
    const sendBody = () => {
      if (bodySent) return;
      bodySent = true;
      clearTimeout(noContinue);
      req.pipe(forward);
    };
    // A server may also never send 100 Continue; the body then goes after a short wait (§10.1.1).
    const noContinue = asksFirst ? setTimeout(sendBody, CONTINUE_WAIT_MS) : undefined;
    forward.on("continue", sendBody);
    forward.on("response", (answer) => {
      clearTimeout(noContinue);
      // An answer before the whole body arrived (a 413 on the declared length): do not read the
      // rest of it, close the connection after the answer.
      if (!req.complete || draining) res.shouldKeepAlive = false;
      // Answered on the head alone: workerd's connection still waits for a body it will not
      // get, so it is not reused.
      if (hasBody && !bodySent) {
        bodySent = true;
        answer.on("end", () => forward.destroy());
      }
      res.writeHead(answer.statusCode ?? 502, endToEnd(answer.rawHeaders, new Set()));
      answer.pipe(res);
      answer.on("error", () => res.destroy());
    });
    forward.on("error", () => {
      if (res.headersSent) res.destroy();
      else void send(res, problem("internal", lang(), { field: "request", code: "internal_error" }));
    });
    // The client went away (or its body broke off): stop the request to workerd too.
    res.on("close", () => {
      if (!res.writableFinished) forward.destroy();
    });
    forwards.set(res, forward);
    // The head goes to workerd at once, so it can answer on the head alone (413 on a declared
    // Content-Length) before any of the body has come.
    forward.flushHeaders();
    if (!hasBody) forward.end();
    else if (!asksFirst) sendBody();
  }

  const server = createServer(
    {
      // Our own answer to a missing Host (target() counts the Host lines), not Node's empty 400.
      requireHostHeader: false,
      // Request line and headers: over this, 400 (the sentence quotes the same limit).
      maxHeaderSize: MAX_HEADER_BYTES,
      // Slow clients are cut off: headers within 20 s, a whole request within 60 s.
      headersTimeout: 20_000,
      requestTimeout: 60_000,
      keepAliveTimeout: 5_000,
    },
    (req, res) => {
      handle(req, res).catch(() => res.destroy());
    },
  );
  // Each connection and its buffers cost memory: a bound on how many are open at once.
  server.maxConnections = 1_024;

  server.on("clientError", (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
    const current = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    if (current?.headersSent || !socket.writable) return void socket.destroy();
    // A request whose body broke off (bad chunking): workerd's half stops, ours answers.
    const forward = current && forwards.get(current);
    if (forward) {
      forward.removeAllListeners("error").on("error", () => {}); // answered here, not there
      forward.destroy();
    }
    void writeRaw(socket, parseErrorAnswer(error));
  });
  // CONNECT asks the server to open a tunnel; this one opens none.
  server.on("connect", (req: IncomingMessage, socket: Duplex) => {
    void writeRaw(socket, methodNotAllowed(acceptedLang(req.headers["accept-language"])));
  });
  // No 'upgrade' listener: a request asking for another protocol (WebSocket) is answered as a
  // plain one (Node does so without the listener), its Upgrade header dropped as hop-by-hop.

  function drain(boundMs: number): Promise<boolean> {
    draining = true;
    return new Promise((resolve) => {
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      const cut = setTimeout(() => {
        clearInterval(idle);
        server.closeAllConnections();
        agent.destroy();
        resolve(false);
      }, boundMs);
      server.close(() => {
        clearInterval(idle);
        clearTimeout(cut);
        agent.destroy();
        resolve(true);
      });
      server.closeIdleConnections();
    });
  }

  return { server, drain };
}
