import {
  DEFAULT_SLIDES_PER_PAGE,
  type HandoutOptions,
  handoutQuery,
  readHandoutOptions,
} from './handout-options.ts';

/**
 * The speaker line an instructor can put on the first slide of the web deck: the same speaker, date
 * and organiser the participant handout's cover takes, from the same URL query (?speaker=&date=&organiser=),
 * so one link personalises the slides, the presenter view and the handout alike.
 */
export type SpeakerFields = Pick<HandoutOptions, 'speaker' | 'date' | 'organiser'>;

export function readSpeakerFields(query: URLSearchParams): SpeakerFields {
  const { speaker, date, organiser } = readHandoutOptions(query);
  return { speaker, date, organiser };
}

/** 「講師：鈴木 一郎　2026年12月10日　主催：○○商工会議所」; empty fields are left out, '' when all are. */
export function speakerLine(fields: SpeakerFields): string {
  return [
    fields.speaker && `講師：${fields.speaker}`,
    fields.date,
    fields.organiser && `主催：${fields.organiser}`,
  ]
    .filter(Boolean)
    .join('　');
}

/** The query that carries the fields to another view ('' when none is set); other parameters are dropped. */
export function speakerQuery(fields: SpeakerFields): string {
  return handoutQuery({ ...fields, perPage: DEFAULT_SLIDES_PER_PAGE });
}
