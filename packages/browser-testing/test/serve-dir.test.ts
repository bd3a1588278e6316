import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveDir } from '../src/index.ts';

describe('serveDir', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-dir-'));
    mkdirSync(join(dir, 'lessons', 'a'), { recursive: true });
    writeFileSync(join(dir, 'lessons', 'a', 'index.html'), '<p>lesson</p>');
    writeFileSync(join(dir, '404.html'), '<p>missing</p>');
    writeFileSync(join(dir, 'style.css'), 'p{}');
    server = await serveDir(dir);
  });
  afterAll(() => server.close());

  it('serves index.html for a folder path with an html content type', async () => {
    const response = await fetch(`${server.url}/lessons/a/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toBe('<p>lesson</p>');
  });

  it('answers a miss with 404.html and status 404', async () => {
    const response = await fetch(`${server.url}/nope/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<p>missing</p>');
  });

  it('never serves a file outside the folder', async () => {
    const response = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(404);
  });
});
