/**
 * @module
 * Sizes the embed docs give, kept beside the code or the test that holds them.
 */

/**
 * The least height the /embed/ frame posts to its parent (scripts/embed.ts): the smallest the
 * widget draws (compact, one line, wide: 98 px with the body's 6 px padding, measured in
 * Chromium), so a frame never collapses to a line (review7 #10).
 */
export const EMBED_MIN_HEIGHT = 98;

/**
 * Review7 #12: the badge (worker/badge/svg.ts) is one line that never wraps, its width set by
 * its label and stage name in each language: 188 px (zh-Hans, valid) to 499 px (tl, grace) in
 * 2026. test/api/badge.test.ts holds every language and stage to this range.
 */
export const BADGE_WIDTH = { min: 180, max: 500 } as const;
