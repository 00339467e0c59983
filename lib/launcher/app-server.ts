import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { TrustedProxies } from "../env";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "../http/client-address";

type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/**
 * The HTTP server in front of Next.js. It alone sees the socket, so it writes the client's address
 * into CLIENT_ADDRESS_HEADER for the app, replacing whatever a client put there.
 */
export function createAppServer(handle: RequestHandler, trusted: TrustedProxies): Server {
  const server = createServer((request, response) => {
    stampClientAddress(request, trusted);
    void handle(request, response);
  });
  // Clients and proxies reuse idle connections; a server that closes one first (Node's default is
  // after 5 s) races a request sent on it, which fails with ECONNRESET. Outlast a proxy's usual 60 s.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

export function stampClientAddress(request: IncomingMessage, trusted: TrustedProxies): void {
  const address = resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trusted);
  const raw: string[] = [];
  for (let index = 0; index + 1 < request.rawHeaders.length; index += 2) {
    const name = request.rawHeaders[index] ?? "";
    if (name.toLowerCase() !== CLIENT_ADDRESS_HEADER) raw.push(name, request.rawHeaders[index + 1] ?? "");
  }
  raw.push(CLIENT_ADDRESS_HEADER, address);
  request.rawHeaders.splice(0, request.rawHeaders.length, ...raw);
  request.headers[CLIENT_ADDRESS_HEADER] = address;
}
