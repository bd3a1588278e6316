interface ImportMetaEnv {
  /** Absolute path of the content package folder, set in astro.config.ts. */
  readonly MAMORU_CONTENT_ROOT: string;
  /** Absolute path of src/lib/og/card-worker.ts (worker threads load it from source), set in astro.config.ts. */
  readonly MAMORU_CARD_WORKER: string;
}
