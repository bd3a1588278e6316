import type { Figure } from '@mamoru/content';

const numberFormat = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });

/** A value as a reader sees it: grouped digits and the unit (1,180件, 9.5%, 26.5万人). */
export function formatValue(value: number, unit: string): string {
  return `${numberFormat.format(value)}${unit}`;
}

/** "出典：title（publisher、year年）", with who first published the numbers when it differs. */
export function sourceLine(figure: Pick<Figure, 'source' | 'origin'>): string | undefined {
  const { source, origin } = figure;
  if (!source) return undefined;
  const cited = `${source.publisher}「${source.title}」${source.year}年`;
  return origin ? `出典：${origin}（${cited}による）` : `出典：${cited}`;
}

/** The title with the year of its numbers, 「…（2014年）」, unless the title already names that year. */
export function titleWithYear(figure: Pick<Figure, 'title' | 'asOf'>): string {
  const { title, asOf } = figure;
  return asOf === undefined || title.includes(`${asOf}年`) ? title : `${title}（${asOf}年）`;
}
