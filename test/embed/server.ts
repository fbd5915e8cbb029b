/**
 * A tiny static server for the host-page tests: 127.0.0.1 on an ephemeral port, a few
 * URL prefixes each mapped to a folder or a file, and the headers a host would send
 * (for example a strict Content-Security-Policy). Nothing else is served.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface Site {
  readonly url: string;
  /** Every path that was requested, in order (with the status sent). */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/**
 * `routes` maps a URL to a file, or a URL prefix ending in `/` to a folder (ending in `/`).
 * `/` is the page; `/favicon.ico` answers 204 so the browser logs no error for it.
 */
export async function serve(
  routes: Readonly<Record<string, string>>,
  headers: Readonly<Record<string, string>> = {},
): Promise<Site> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (status: number) => requests.push(`${status} ${path}`);
    if (path === '/favicon.ico') {
      send(204);
      response.writeHead(204).end();
      return;
    }
    let file: string | undefined;
    for (const [prefix, target] of Object.entries(routes)) {
      if (target.endsWith('/') && prefix.endsWith('/') && path.startsWith(prefix)) {
        const candidate = normalize(join(target, path.slice(prefix.length) || 'index.html'));
        if (candidate.startsWith(normalize(target))) file = candidate;
      } else if (path === prefix) file = target;
      if (file) break;
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      send(404);
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    send(200);
    response.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
