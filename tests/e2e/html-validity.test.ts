import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';

const dist = process.env.SITE_DIST ?? join(import.meta.dirname, '../../dist');
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('HTML validity', () => {
  it('the Nu HTML checker finds no error in any built page', { timeout: 300_000 }, async () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(4);
    // vnu exits non-zero when it finds errors and writes its JSON report to stderr.
    const { stderr } = await promisify(execFile)(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', ...files],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    ).catch((error: { stderr?: string; code?: unknown; message: string }) => {
      if (error.code === 'ENOENT')
        throw new Error(
          '没有找到 java：HTML 检查需要 Java（Debian: apt-get install default-jre-headless）。',
        );
      return { stderr: error.stderr ?? '' };
    });
    const messages = (JSON.parse(stderr) as { messages: NuMessage[] }).messages;
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${relative(dist, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  });
});
