import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { COMMAND_WORDS } from '../messages/commands.ts';
import { notoSubsetsFor } from './font.ts';
import { cellBounds, MENU_ITEMS, MENU_SIZE } from './menu.ts';

type Node = { type: string; props: Record<string, unknown> };
const div = (style: Record<string, unknown>, children: (Node | string)[] | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The rich-menu PNG: a 3 x 2 grid, each cell a command word and a short note, drawn with Noto Sans JP. */
export async function renderRichMenuImage(): Promise<Uint8Array> {
  const text = MENU_ITEMS.map((i) => `${COMMAND_WORDS[i.command]}${i.note}`).join('');
  const [bold, regular] = await Promise.all([notoSubsetsFor(text, 700), notoSubsetsFor(text, 400)]);
  // Satori falls back across family names, not across fonts sharing one: name each subset.
  const families = Array.from({ length: Math.max(bold.length, regular.length) }, (_, i) => `Noto${i}`);
  const fonts = [
    ...bold.map((data, i) => ({ name: `Noto${i}`, data, weight: 700 as const, style: 'normal' as const })),
    ...regular.map((data, i) => ({ name: `Noto${i}`, data, weight: 400 as const, style: 'normal' as const })),
  ];
  const cells = MENU_ITEMS.map((item, index) => {
    const { x, y, width, height } = cellBounds(index);
    return div(
      {
        position: 'absolute',
        left: x,
        top: y,
        width,
        height,
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        background: index % 2 === 0 ? '#1E6B52' : '#237A5E',
        border: '4px solid #F4FBF7',
        color: '#FFFFFF',
      },
      [
        div({ fontSize: 120, fontWeight: 700 }, COMMAND_WORDS[item.command]),
        div({ fontSize: 56, fontWeight: 400, marginTop: 16, color: '#D8EFE4' }, item.note),
      ],
    );
  });
  const tree = div(
    {
      width: MENU_SIZE.width,
      height: MENU_SIZE.height,
      position: 'relative',
      fontFamily: families.join(', '),
    },
    cells,
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...MENU_SIZE, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: MENU_SIZE.width } }).render().asPng();
}
