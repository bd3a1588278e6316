import { describe, expect, it } from 'vitest';
import { readSpeakerFields, speakerLine, speakerQuery } from '../../src/runtime/index.ts';

describe('speaker line on the first slide', () => {
  it('reads the same query as the participant handout cover and joins the filled fields', () => {
    const fields = readSpeakerFields(
      new URLSearchParams('speaker=鈴木 一郎&date=2026年12月10日&organiser=○○商工会議所&per-page=6'),
    );
    expect(fields).toEqual({ speaker: '鈴木 一郎', date: '2026年12月10日', organiser: '○○商工会議所' });
    expect(speakerLine(fields)).toBe('講師：鈴木 一郎　2026年12月10日　主催：○○商工会議所');
  });

  it('leaves out empty fields, and is empty when none is given', () => {
    expect(speakerLine(readSpeakerFields(new URLSearchParams('organiser=商工会')))).toBe('主催：商工会');
    expect(speakerLine(readSpeakerFields(new URLSearchParams('speaker=%20%20&x=1')))).toBe('');
  });

  it('keeps markup as text and cuts long input to a line', () => {
    const fields = readSpeakerFields(new URLSearchParams({ speaker: '<b>鈴木</b>', date: 'あ'.repeat(200) }));
    expect(fields.speaker).toBe('<b>鈴木</b>');
    expect(fields.date).toHaveLength(60);
  });

  it('passes the fields on to another view, and nothing when none is set', () => {
    expect(speakerQuery({ speaker: '鈴木', date: '', organiser: '商工会' })).toBe(
      `?speaker=${encodeURIComponent('鈴木')}&organiser=${encodeURIComponent('商工会')}`,
    );
    expect(speakerQuery({ speaker: '', date: '', organiser: '' })).toBe('');
  });
});
