import { z } from 'zod';

/** The site's configuration, read once at build time. */
const siteEnvSchema = z.object({
  /** Public origin of the site: canonical URLs, OGP and the sitemap use it. */
  SITE_URL: z.url().default('http://localhost:4321'),
  /** LINE bot "add friend" link; when unset, pages leave the LINE section out. */
  LINE_ADD_FRIEND_URL: z.url().optional(),
  /**
   * The content folder (lessons/, glossary/, quizzes/, decks/), absolute or relative to the site
   * folder (apps/site): a benchmark can build the site in place from generated content.
   */
  CONTENT_ROOT: z.string().min(1).default('../../content'),
  /**
   * Public origin of the LINE bot's live-seminar API (apps/line-bot, /live/...). When set, the
   * presenter view offers 「ライブを始める」 and the CSP's connect-src allows exactly this origin.
   */
  LIVE_API_URL: z
    .url()
    .transform((url) => new URL(url).origin)
    .optional(),
});

export type SiteEnv = z.output<typeof siteEnvSchema>;

/** Validates the environment; an empty string counts as unset. */
export function readSiteEnv(env: Record<string, string | undefined>): SiteEnv {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = siteEnvSchema.safeParse(cleaned);
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`Invalid site configuration: ${details}`);
  }
  return result.data;
}
