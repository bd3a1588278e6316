import { beforeAll, describe, expect, it } from 'vitest';
import { parsePostback } from '../src/conversation/postback.ts';
import { publishRichMenu } from '../src/line/rich-menu-client.ts';
import { startFakeLine } from '../src/local/fake-line.ts';
import { renderRichMenuImage } from '../src/richmenu/image.ts';
import { MENU_SIZE, richMenuRequest } from '../src/richmenu/menu.ts';

let image: Uint8Array;
beforeAll(async () => {
  image = await renderRichMenuImage();
});

const graphemes = (s: string) => [...new Intl.Segmenter('ja', { granularity: 'grapheme' }).segment(s)].length;

describe('the rich menu', () => {
  it("image follows LINE's rules: PNG, 800-2500 wide, >= 250 high, ratio >= 1.45, <= 1 MB, the menu's size", () => {
    const bytes = Buffer.from(image);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect({ width, height }).toEqual(MENU_SIZE);
    expect(width).toBeGreaterThanOrEqual(800);
    expect(width).toBeLessThanOrEqual(2500);
    expect(height).toBeGreaterThanOrEqual(250);
    expect(width / height).toBeGreaterThanOrEqual(1.45);
    expect(bytes.length).toBeLessThanOrEqual(1024 * 1024);
  });

  it('areas tile the image without overlap, labels fit, and every action parses', () => {
    const menu = richMenuRequest();
    expect(graphemes(menu.chatBarText ?? '')).toBeLessThanOrEqual(14);
    expect(menu.areas?.length).toBeLessThanOrEqual(20);
    let covered = 0;
    for (const area of menu.areas ?? []) {
      const b = area.bounds ?? { x: -1, y: -1, width: 0, height: 0 };
      expect((b.x ?? 0) + (b.width ?? 0)).toBeLessThanOrEqual(MENU_SIZE.width);
      expect((b.y ?? 0) + (b.height ?? 0)).toBeLessThanOrEqual(MENU_SIZE.height);
      covered += (b.width ?? 0) * (b.height ?? 0);
      const action = area.action as { type: string; label: string; data: string };
      expect(graphemes(action.label)).toBeLessThanOrEqual(20);
      expect(parsePostback(action.data)).toMatchObject({ a: 'cmd' });
    }
    expect(covered).toBe(MENU_SIZE.width * MENU_SIZE.height);
  });

  it('is created through the API with its image and set as the default', async () => {
    const fake = await startFakeLine({ channelSecret: 's', channelAccessToken: 'token' });
    try {
      const id = await publishRichMenu({
        channelAccessToken: 'token',
        apiBaseUrl: fake.url,
        dataApiBaseUrl: fake.url,
        menu: richMenuRequest(),
        image,
      });
      expect(fake.richMenus.defaultId).toBe(id);
      expect(fake.richMenus.menus.get(id)?.image).toMatchObject({ type: 'image/png', ...MENU_SIZE });
    } finally {
      await fake.close();
    }
  });
});
