/**
 * Runs on a worker thread for the length of a build (see pagefind.ts): feeds rendered pages to
 * Pagefind's indexing process, then writes the index. Pagefind's client base64-encodes every page
 * into a pipe; done on the thread that renders pages, that cost about 0.7 ms a page.
 */
import { parentPort } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import type { ThreadOutcome } from './build-thread.ts';

export type ToIndexThread = { page: { url: string; html: string } } | { finish: { outputPath: string } };
export type IndexDone = { pages: number };
type FromIndexThread = ThreadOutcome<IndexDone>;

const port = parentPort;
if (!port) throw new Error('pagefind-thread.ts runs as a worker thread');

const created = await createIndex({});
const index = created.index;
const added: Promise<{ errors: string[] }>[] = [];

async function finish(outputPath: string): Promise<FromIndexThread> {
  if (!index) return { failed: `Pagefind could not start: ${created.errors.join('; ')}` };
  try {
    const errors = (await Promise.all(added)).flatMap((result) => result.errors);
    if (errors.length > 0) return { failed: errors.join('; ') };
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) return { failed: written.errors.join('; ') };
    return { done: { pages: added.length } };
  } finally {
    await close();
  }
}

port.on('message', (message: ToIndexThread) => {
  if ('page' in message) {
    if (index) added.push(index.addHTMLFile({ url: message.page.url, content: message.page.html }));
    return;
  }
  void finish(message.finish.outputPath).then(
    (result) => port.postMessage(result satisfies FromIndexThread),
    (error: unknown) => port.postMessage({ failed: String(error) } satisfies FromIndexThread),
  );
});
