export { checkLessonBody } from './check-lesson-mdx.ts';
export * from './components.ts';
export { type MdxNode, parseMdx } from './parse-mdx.ts';
export { type RenderLessonOptions, renderLessonHtml } from './render/render-lesson.ts';
