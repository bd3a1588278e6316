import { toHiragana } from './glossary.ts';

/** The 五十音 rows, by first kana, for grouping the glossary. */
const ROWS: readonly [label: string, kana: string][] = [
  ['あ行', 'ぁあぃいぅうゔぇえぉお'],
  ['か行', 'かがきぎくぐけげこご'],
  ['さ行', 'さざしじすずせぜそぞ'],
  ['た行', 'ただちぢっつづてでとど'],
  ['な行', 'なにぬねの'],
  ['は行', 'はばぱひびぴふぶぷへべぺほぼぽ'],
  ['ま行', 'まみむめも'],
  ['や行', 'ゃやゅゆょよ'],
  ['ら行', 'らりるれろ'],
  ['わ行', 'ゎわゐゑをん'],
];

/** The row label (あ行, か行, ...) of a reading. */
export function kanaRowOf(reading: string): string {
  const first = toHiragana(reading.trim()).charAt(0);
  return ROWS.find(([, kana]) => kana.includes(first))?.[0] ?? 'その他';
}
