import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

/**
 * A stand-in LMS: serves unpacked packages under deep paths the way an LMS file server
 * does (files only: a folder, or anything missing, is a 404), a player page that runs
 * scorm-again as the LMS and frames a package, and scorm-again's browser bundles.
 */
export async function startLmsHost(
  packages: Record<string, string>,
  scormAgainDist: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = async (file: string) => {
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    };
    if (path === '/lms/player.html') {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(PLAYER);
      return;
    }
    if (path === '/lms/scorm12.js') return send(join(scormAgainDist, 'scorm12.min.js'));
    if (path === '/lms/scorm2004.js') return send(join(scormAgainDist, 'scorm2004.min.js'));
    for (const [base, dir] of Object.entries(packages)) {
      if (!path.startsWith(base) || path.endsWith('/')) continue;
      const file = normalize(join(dir, path.slice(base.length)));
      if (!file.startsWith(normalize(dir))) break;
      return send(file);
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The LMS's player page: the test calls startLms() with the edition, launch URL and stored CMI. */
const PLAYER = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,">
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style>
<script src="/lms/scorm12.js"></script>
<script src="/lms/scorm2004.js"></script>
<script>
  window.lms = { commits: 0, finishes: 0, initializes: 0, sets: [] };
  window.startLms = function (edition, launch, cmi, options) {
    options = options || {};
    var settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 };
    var api = edition === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
    if (cmi) api.loadFromJSON(cmi);
    var v12 = edition === '1.2';
    api.on(v12 ? 'LMSInitialize' : 'Initialize', function () { lms.initializes++; });
    api.on(v12 ? 'LMSCommit' : 'Commit', function () { lms.commits++; });
    api.on(v12 ? 'LMSFinish' : 'Terminate', function () { lms.finishes++; });
    api.on(v12 ? 'LMSSetValue.cmi.*' : 'SetValue.cmi.*', function (element, value) { lms.sets.push([element, value]); });
    if (options.failSet) {
      var setName = v12 ? 'LMSSetValue' : 'SetValue';
      var commitName = v12 ? 'LMSCommit' : 'Commit';
      var realSet = api[setName], realCommit = api[commitName];
      api[setName] = function () { return 'false'; };
      api[commitName] = function () { return 'false'; };
      lms.recover = function () { api[setName] = realSet; api[commitName] = realCommit; };
    }
    window.lms.api = api;
    window[v12 ? 'API' : 'API_1484_11'] = api;
    var frame = document.createElement('iframe');
    frame.id = 'sco';
    frame.title = 'SCO';
    frame.src = launch;
    document.body.append(frame);
  };
  /** What the LMS stores, as JSON. */
  window.lmsCmi = function () { return JSON.parse(JSON.stringify(window.lms.api.cmi)); };
  /** The LMS closes the SCO (as when the learner leaves the activity). */
  window.closeSco = function () { document.getElementById('sco').remove(); };
</script></head><body></body></html>`;
