import type { APIRoute } from 'astro';
import { siteEnv } from '../lib/site-env.ts';

/** robots.txt with the sitemap's absolute address (it depends on SITE_URL). */
export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', siteEnv.SITE_URL).href}\n`,
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );
