export {
  PHONE,
  scrollsSideways,
  setTextSize,
  smallTapTargets,
  TEXT_SIZES,
  type TextSize,
} from './large-text.ts';
export { chromiumPath, launchBrowser } from './launch-browser.ts';
export { type StaticServer, serveDir } from './serve-dir.ts';
