import { defineMiddleware } from 'astro:middleware';
import { searchPages } from './lib/build-hand-off.ts';
import { joinJapaneseLines } from './lib/join-japanese-lines.ts';

/** Every HTML page, in the build and in dev: Japanese lines joined, then handed to the search index. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = joinJapaneseLines(await response.text());
  searchPages.send({ url: context.url.pathname, html });
  return new Response(html, response);
});
