// textlint packages that ship no types; only the shapes the checker uses.
declare module 'textlint-plugin-mdx' {
  const plugin: unknown;
  export default plugin;
}
declare module 'textlint-rule-preset-ja-technical-writing' {
  const preset: { rules: Record<string, unknown>; rulesConfig: Record<string, unknown> };
  export default preset;
}
