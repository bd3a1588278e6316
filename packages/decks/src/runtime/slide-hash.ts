/**
 * The URL hash names the slide the audience sees, 1-based as people count: `#5` is the fifth slide.
 * It is what a reload or a shared link opens.
 */
export function hashForSlide(index: number): string {
  return `#${index + 1}`;
}

/** The slide index a hash names, or undefined when it names none of the deck's slides. */
export function slideFromHash(hash: string, slideCount: number): number | undefined {
  const match = /^#\/?(\d{1,4})$/.exec(hash.trim());
  if (!match) return undefined;
  const number = Number(match[1]);
  if (number < 1 || number > slideCount) return undefined;
  return number - 1;
}
