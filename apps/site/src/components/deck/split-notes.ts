/** Rendered slide HTML split into what the audience sees and the speaker notes (see Notes.astro). */
export interface SplitSlide {
  body: string;
  notes: string;
}

const NOTES_ELEMENT = /<aside class="slide-notes" data-slide-notes[^>]*>[\s\S]*?<\/aside>/;

export function splitNotes(html: string): SplitSlide {
  const notes = NOTES_ELEMENT.exec(html)?.[0] ?? '';
  return { body: notes ? html.replace(notes, '') : html, notes };
}
