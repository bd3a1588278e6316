import { writeFile } from 'node:fs/promises';
import { EnvError, readEnv } from '../env.ts';
import { publishRichMenu } from '../line/rich-menu-client.ts';
import { renderRichMenuImage } from '../richmenu/image.ts';
import { richMenuRequest } from '../richmenu/menu.ts';

/**
 * `pnpm --filter @mamoru/line-bot richmenu`: draws the menu image, creates the rich menu through
 * the API and makes it the default. `-- --out menu.png` only writes the image (no channel needed).
 */
const outIndex = process.argv.indexOf('--out');
const image = await renderRichMenuImage();
if (outIndex > 0) {
  const file = process.argv[outIndex + 1] ?? 'richmenu.png';
  await writeFile(file, image);
  console.log(`wrote ${file} (${image.length} bytes)`);
} else {
  try {
    const env = readEnv();
    const id = await publishRichMenu({ ...env, menu: richMenuRequest(), image });
    console.log(`rich menu ${id} created and set as the default`);
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
}
