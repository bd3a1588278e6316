import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, requireBuiltSite } from './built-site.ts';

/** Site paths listed in the built sitemap (paths only, so they work on any test origin). */
export function sitemapPaths(): string[] {
  requireBuiltSite();
  const files = readdirSync(DIST).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  return files.flatMap((file) =>
    [...readFileSync(path.join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    ),
  );
}

/** Every built HTML file, as [site path, absolute file]. */
export function builtHtmlFiles(dir = DIST): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...builtHtmlFiles(full));
    else if (entry.name.endsWith('.html')) {
      const relative = path.relative(DIST, full).split(path.sep).join('/');
      out.push([`/${relative.replace(/index\.html$/, '')}`, full]);
    }
  }
  return out;
}
