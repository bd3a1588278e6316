/** Where the site publishes the bot's privacy notice; the bot links it from its replies. */
export const PRIVACY_PATH = '/privacy/';

/** The notice's full address on a site (`siteUrl` with or without a trailing slash). */
export function privacyNoticeUrl(siteUrl: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${PRIVACY_PATH}`;
}

/** Days a handled LINE event is kept so that a redelivery is not counted twice; the notice states it. */
export const SENT_EVENTS_KEEP_DAYS = 7;
