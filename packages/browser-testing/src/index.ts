export { chromiumPath, launchBrowser } from './launch-browser.ts';
export { type StaticServer, serveDir } from './serve-dir.ts';
