import { readSpeakerFields, type SpeakerFields, speakerLine, speakerQuery } from '@mamoru/decks/runtime';

/**
 * The speaker line of a deck window (slides, presenter): read from the page's URL, written on the
 * first slide as text (never HTML), and carried on to the links that open the deck's other views
 * ([data-carry-speaker]), so the slides, the presenter view and the handout cover agree.
 */
export function showSpeakerLine(units: readonly HTMLElement[], root: ParentNode): SpeakerFields {
  const fields = readSpeakerFields(new URLSearchParams(location.search));
  const line = speakerLine(fields);
  const titleSlide = units[0]?.querySelector<HTMLElement>('.slide-inner');
  if (line && titleSlide) {
    const paragraph = document.createElement('p');
    paragraph.className = 'slide-speaker';
    paragraph.dataset.speakerLine = '';
    paragraph.textContent = line;
    titleSlide.append(paragraph);
  }
  carrySpeakerFields(root, fields);
  return fields;
}

/** Points every [data-carry-speaker] link at its view with the speaker fields in the query. */
export function carrySpeakerFields(root: ParentNode, fields: SpeakerFields): void {
  const query = speakerQuery(fields);
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-carry-speaker]')) {
    const url = new URL(link.href, location.href);
    url.search = query;
    link.href = `${url.pathname}${url.search}${url.hash}`;
  }
}
