/**
 * Readability floors for lessons (the one place to change them). Scores are higher = easier.
 * See src/readability/ for how they are computed; jReadability here is an approximation (IPADIC).
 *
 * Calibration (2026-11-27, first 37 lessons written to the plain-Japanese rules): approximate
 * jReadability 2.2-3.4 (median ~2.7), Tateishi RS' 54-75 (median ~66). The floors sit just under
 * the bulk, so they flag the few lessons that read clearly harder than the rest.
 * Once all 44 lessons landed (2026-11-27: jReadability min 2.32, Tateishi min 55.48) the floors sat at
 * the level the curriculum reaches, and they became errors: a new or edited lesson may not read harder.
 * docs/readability.md has every lesson's scores.
 */
export const readabilityConfig = {
  /** Lessons under this approximate jReadability are reported. */
  jreadabilityFloor: 2.3,
  /** Lessons under this Tateishi RS' are reported. */
  tateishiFloor: 55,
  /** Lessons shorter than this many sentences are not judged (real lessons have 40 or more). */
  minSentences: 10,
  /** 'error' since the curriculum landed: a lesson under a floor fails `pnpm content:check`. */
  severity: 'error' as 'warning' | 'error',
};
