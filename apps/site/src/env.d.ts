interface ImportMetaEnv {
  /** Absolute path of the content package folder, set in astro.config.ts. */
  readonly MAMORU_CONTENT_ROOT: string;
}
