/**
 * What an instructor chooses for the participant handout before printing: the cover's speaker,
 * date and organiser, and how many slides go on one A4 page. Read from the page's URL query, so a
 * filled-in handout can be bookmarked or sent to a co-organiser (no server stores anything).
 */
export const SLIDES_PER_PAGE_CHOICES = [2, 3, 4, 6] as const;
export type SlidesPerPage = (typeof SLIDES_PER_PAGE_CHOICES)[number];
export const DEFAULT_SLIDES_PER_PAGE: SlidesPerPage = 3;

export interface HandoutOptions {
  speaker: string;
  date: string;
  organiser: string;
  perPage: SlidesPerPage;
}

/** Query parameter names, shared by the form on the page and the links that prefill it. */
export const HANDOUT_PARAMS = {
  speaker: 'speaker',
  date: 'date',
  organiser: 'organiser',
  perPage: 'per-page',
} as const;

// A cover line, not an essay: long input would push the contacts off the cover.
const MAX_FIELD_LENGTH = 60;

function field(value: string | null): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD_LENGTH);
}

/** Slides per page from a query value; anything but a listed choice falls back to the default. */
export function slidesPerPage(value: string | null): SlidesPerPage {
  const number = Number(value);
  return SLIDES_PER_PAGE_CHOICES.find((choice) => choice === number) ?? DEFAULT_SLIDES_PER_PAGE;
}

export function readHandoutOptions(query: URLSearchParams): HandoutOptions {
  return {
    speaker: field(query.get(HANDOUT_PARAMS.speaker)),
    date: field(query.get(HANDOUT_PARAMS.date)),
    organiser: field(query.get(HANDOUT_PARAMS.organiser)),
    perPage: slidesPerPage(query.get(HANDOUT_PARAMS.perPage)),
  };
}

/** The query that reproduces the options (empty fields left out). */
export function handoutQuery(options: HandoutOptions): string {
  const query = new URLSearchParams();
  if (options.speaker) query.set(HANDOUT_PARAMS.speaker, options.speaker);
  if (options.date) query.set(HANDOUT_PARAMS.date, options.date);
  if (options.organiser) query.set(HANDOUT_PARAMS.organiser, options.organiser);
  if (options.perPage !== DEFAULT_SLIDES_PER_PAGE) query.set(HANDOUT_PARAMS.perPage, String(options.perPage));
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Slides split into printed pages of `perPage` (the last page may hold fewer). */
export function pagesOf<T>(items: readonly T[], perPage: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += perPage) pages.push(items.slice(start, start + perPage));
  return pages;
}
