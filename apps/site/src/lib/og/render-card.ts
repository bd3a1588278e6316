import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fontDataFor } from './font-subsets.ts';

export interface CardText {
  title: string;
  /** Small line above the title (topic, audience). */
  kicker: string;
}

const SITE_LINE = 'まもる｜小さな会社の情報セキュリティ';

type Node = { type: string; props: Record<string, unknown> };
const box = (style: Record<string, unknown>, children: (Node | string)[] | Node | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** A 1200x630 PNG link card (LINE, social networks) with the page title in Japanese. */
export async function renderCard({ title, kicker }: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const text = `${title}${kicker}${SITE_LINE}`;
  const [bold, regular] = await Promise.all([fontDataFor(text, 700), fontDataFor(text, 400)]);
  // Satori falls back across family names, not across fonts sharing one: name each subset.
  const count = Math.max(bold.length, regular.length);
  const families = Array.from({ length: count }, (_, index) => `NotoJP${index}`);
  const fonts = [
    ...bold.map((data, index) => ({
      name: `NotoJP${index}`,
      data,
      weight: 700 as const,
      style: 'normal' as const,
    })),
    ...regular.map((data, index) => ({
      name: `NotoJP${index}`,
      data,
      weight: 400 as const,
      style: 'normal' as const,
    })),
  ];
  const tree = box(
    {
      // Satori sizes the content box: 1200x630 minus padding and border.
      width: 1056,
      height: 478,
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#ffffff',
      borderTop: '24px solid #0b5cad',
      fontFamily: families.join(', '),
      color: '#1a1d21',
    },
    [
      box({ width: 1056, fontSize: 34, fontWeight: 400, color: '#454c55' }, kicker),
      box(
        {
          width: 1056,
          flexWrap: 'wrap',
          fontSize: title.length > 24 ? 60 : 72,
          fontWeight: 700,
          lineHeight: 1.35,
        },
        title,
      ),
      box({ width: 1056, fontSize: 32, fontWeight: 700, color: '#0b5cad' }, SITE_LINE),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng());
}
