import type { Hono } from 'hono';

/** Rich-menu endpoints of the fake platform, with LINE's image rules. */
export function richMenuRoutes(app: Hono) {
  const menus = new Map<
    string,
    { menu: unknown; image?: { type: string; bytes: number; width: number; height: number } }
  >();
  const state = { menus, defaultId: undefined as string | undefined };

  type MenuShape = { size?: { width: number; height: number }; areas?: unknown[]; chatBarText?: string };
  const invalid = (menu: MenuShape) =>
    !menu.size || !menu.areas || menu.areas.length > 20 || !menu.chatBarText || menu.chatBarText.length > 14;
  app.post('/v2/bot/richmenu/validate', async (c) =>
    invalid(await c.req.json()) ? c.json({ message: 'invalid rich menu' }, 400) : c.json({}),
  );
  app.post('/v2/bot/richmenu', async (c) => {
    const menu = (await c.req.json()) as MenuShape;
    if (invalid(menu)) return c.json({ message: 'invalid rich menu' }, 400);
    const id = `richmenu-${menus.size + 1}`;
    menus.set(id, { menu });
    return c.json({ richMenuId: id });
  });

  app.post('/v2/bot/richmenu/:id/content', async (c) => {
    const entry = menus.get(c.req.param('id'));
    if (!entry) return c.json({ message: 'Not found' }, 404);
    const type = c.req.header('content-type') ?? '';
    const bytes = Buffer.from(await c.req.arrayBuffer());
    const png = type === 'image/png' && bytes.subarray(1, 4).toString('latin1') === 'PNG';
    if (!png && type !== 'image/jpeg') return c.json({ message: 'unsupported image type' }, 415);
    if (bytes.length > 1024 * 1024) return c.json({ message: 'image too large' }, 413);
    const width = png ? bytes.readUInt32BE(16) : 0;
    const height = png ? bytes.readUInt32BE(20) : 0;
    const size = (entry.menu as { size: { width: number; height: number } }).size;
    if (png && (width !== size.width || height !== size.height))
      return c.json({ message: 'image size does not match the rich menu' }, 400);
    entry.image = { type, bytes: bytes.length, width, height };
    return c.json({});
  });

  app.post('/v2/bot/user/all/richmenu/:id', (c) => {
    const id = c.req.param('id');
    if (!menus.get(id)?.image) return c.json({ message: 'the rich menu has no image' }, 400);
    state.defaultId = id;
    return c.json({});
  });
  app.get('/v2/bot/user/all/richmenu', (c) =>
    state.defaultId ? c.json({ richMenuId: state.defaultId }) : c.json({ message: 'no default' }, 404),
  );
  app.get('/v2/bot/richmenu/list', (c) =>
    c.json({ richmenus: [...menus].map(([richMenuId, m]) => ({ richMenuId, ...(m.menu as object) })) }),
  );
  app.delete('/v2/bot/richmenu/:id', (c) => {
    menus.delete(c.req.param('id'));
    if (state.defaultId === c.req.param('id')) state.defaultId = undefined;
    return c.json({});
  });
  return state;
}
