import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lookup } from 'mrmime';

export interface ServeOptions {
  /** Compress text (HTML, CSS, JavaScript, JSON, SVG) for clients that accept gzip, as static hosts do. */
  gzip?: boolean;
}

export interface StaticServer {
  /** The site's root URL, ending in the base path. */
  url: string;
  /** Every response sent, in order: what a test can count downloads with. */
  served: { path: string; status: number }[];
  close: () => Promise<void>;
}

const compressible = (type: string) => /^text\/|\/(javascript|json|xml|svg\+xml|manifest\+json)\b/.test(type);

/** Serves a built site from `dir` under `base` on a free loopback port, like any static host would. */
export async function serveStatic(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const served: StaticServer['served'] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    res.on('finish', () => served.push({ path, status: res.statusCode }));
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not under base');
      return;
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) info = await stat((file = join(file, 'index.html')));
      // Validators, as static hosts send them: a browser that has the file asks again with them
      // and gets a 304 without the body.
      const validators = { ETag: `"${info.size.toString(36)}-${info.mtimeMs.toString(36)}"`, 'Last-Modified': info.mtime.toUTCString() };
      if (req.headers['if-none-match'] === validators.ETag) {
        res.writeHead(304, validators).end();
        return;
      }
      const body = await readFile(file);
      const type = lookup(extname(file)) ?? 'application/octet-stream';
      if (options.gzip && compressible(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        // Hosts compress once and keep the result; so does this server, per file.
        const key = `${file} ${validators.ETag}`;
        let zipped = gzipped.get(key);
        if (!zipped) gzipped.set(key, (zipped = gzipSync(body)));
        res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', ...validators }).end(zipped);
        return;
      }
      res.writeHead(200, { 'Content-Type': type, ...validators }).end(body);
    } catch {
      const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'Content-Type': 'text/html' }).end(notFound);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
