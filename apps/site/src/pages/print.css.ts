import type { APIRoute } from 'astro';
import { siteEnv } from '../lib/site-env.ts';

/**
 * The print stylesheet for A4 handouts (linked with media="print"). An endpoint rather than a
 * CSS file because printed links are written out in full, with SITE_URL in front of site paths.
 */
const origin = siteEnv.SITE_URL.replace(/\/$/, '');

const css = `@page { size: A4; margin: 18mm 16mm; }
html { font-size: 11pt; line-height: 1.7; }
:root { color-scheme: light; --bg: #fff; --bg-soft: #fff; --fg: #000; --fg-soft: #333; --line: #999; --accent: #000; }
body { background: #fff; color: #000; }
.site-header, .site-footer, .skip-link, .breadcrumb, .track-nav, .search-form, .lesson-quiz .button,
.term-popover, .quiz__start, nav, button:not(.term), .line-bot .button { display: none !important; }
main { max-width: none; padding: 0; }
.term { color: #000; border: 0; padding: 0; font-weight: 700; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
li, .callout, .takeaways, .glossary__entry { break-inside: avoid; page-break-inside: avoid; }
.takeaways, .callout { border: 1pt solid #000; border-left-width: 4pt; }
a { color: #000; text-decoration: underline; }
a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
a[href^="/"]::after { content: " (${origin}" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
a.card::after, .glossary__lessons a::after { content: none; }
details::details-content { content-visibility: visible; display: block; }
details > summary { display: none !important; }
.print-only { display: block !important; }
.print-url { margin-top: 2em; font-size: 0.85em; }
.line-bot__qr { display: block; width: 30mm; height: 30mm; }
`;

export const GET: APIRoute = () =>
  new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
