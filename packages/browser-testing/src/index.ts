export { launchBrowser, chromiumPath } from './launch-browser.ts';
export { serveDir, type StaticServer } from './serve-dir.ts';
