import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { encodePng } from './encode-png.ts';
import { fontData, fontFilesFor } from './font-subsets.ts';

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

type CardFont = NonNullable<Parameters<typeof satori>[1]['fonts']>[number];

// Satori parses the fonts of an options.fonts array once per array object, and parsing the Japanese
// subsets costs far more than drawing a card: hand it the same array for the same set of subsets.
const fontSets = new Map<string, Promise<{ fonts: CardFont[]; families: string }>>();

async function fontsFor(text: string): Promise<{ fonts: CardFont[]; families: string }> {
  const [bold, regular] = await Promise.all([fontFilesFor(text, 700), fontFilesFor(text, 400)]);
  const key = [...bold, '|', ...regular].join('\n');
  let set = fontSets.get(key);
  if (!set) {
    set = loadFontSet(bold, regular);
    fontSets.set(key, set);
  }
  return set;
}

async function loadFontSet(
  boldFiles: string[],
  regularFiles: string[],
): Promise<{ fonts: CardFont[]; families: string }> {
  const [bold, regular] = await Promise.all([
    Promise.all(boldFiles.map(fontData)),
    Promise.all(regularFiles.map(fontData)),
  ]);
  // Satori falls back across family names, not across fonts sharing one: name each subset.
  const count = Math.max(bold.length, regular.length);
  const families = Array.from({ length: count }, (_, index) => `NotoJP${index}`).join(', ');
  const fonts: CardFont[] = [
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
  return { fonts, families };
}

// Satori resets module-level caches at the start of each call, so calls must not interleave when
// the build renders pages concurrently; rasterising and compressing (the slow part) may.
let satoriQueue: Promise<unknown> = Promise.resolve();

function drawSvg(...args: Parameters<typeof satori>): Promise<string> {
  const svg = satoriQueue.then(() => satori(...args));
  satoriQueue = svg.catch(() => undefined);
  return svg;
}

/** A 1200x630 PNG link card (LINE, social networks) with the page title in Japanese. */
export async function renderCard({ title, kicker }: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const { fonts, families } = await fontsFor(`${title}${kicker}${SITE_LINE}`);
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
      fontFamily: families,
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
  const svg = await drawSvg(tree as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  // Satori already drew the text as paths: loading the system fonts (slower than the drawing) is
  // waste. renderAsync rasterises on libuv's thread pool, off the build's main thread.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: 1200 },
    font: { loadSystemFonts: false },
  });
  return encodePng(image.pixels, image.width, image.height);
}
