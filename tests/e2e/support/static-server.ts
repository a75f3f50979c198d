import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface ServeOptions {
  /**
   * Also send each page's CSP (its `<meta http-equiv="content-security-policy">`) as an
   * HTTP header, with `frame-ancestors 'self'` added, as a hardened CDN does.
   */
  cspHeader?: boolean;
  /**
   * Gzip text files (HTML, CSS, JS, JSON, SVG) for a client that accepts it, as every CDN
   * does; the bench's Lighthouse run weighs transfers, so it needs what a learner receives.
   */
  compress?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/** The headers a page is served with: its type, and its CSP when asked for. */
function pageHeaders(type: string, body: Buffer, options: ServeOptions): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': type };
  if (options.cspHeader && type.startsWith('text/html')) {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/i.exec(
      body.toString('utf8'),
    )?.[1];
    if (policy) headers['content-security-policy'] = `${policy} frame-ancestors 'self';`;
  }
  return headers;
}

/**
 * Serves a built folder under `base` the way a plain CDN or web server does: files as they
 * are, `index.html` for folders, the site's 404 page for anything else. Nothing outside
 * `base` exists.
 */
export async function startStaticServer(
  dir: string,
  base = '/',
  options: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const notFound = async () => {
      const page = await readFile(join(dir, '404.html')).catch(() => Buffer.from('not found'));
      res.writeHead(404, pageHeaders(TYPES['.html']!, page, options)).end(page);
    };
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(normalize(dir))) return notFound();
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = pageHeaders(type, body, options);
      const gzip =
        options.compress &&
        COMPRESSIBLE.test(type) &&
        /\bgzip\b/.test(String(req.headers['accept-encoding']));
      if (gzip) headers['content-encoding'] = 'gzip';
      res.writeHead(200, headers).end(gzip ? gzipSync(body) : body);
    } catch {
      await notFound();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
