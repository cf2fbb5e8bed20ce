/**
 * @module
 * The least height the /embed/ frame posts to its parent (scripts/embed.ts), and that the embed
 * docs give: the smallest the widget draws (compact, one line, wide: 98 px with the body's 6 px
 * padding, measured in Chromium), so a frame never collapses to a line (review7 #10).
 */
export const EMBED_MIN_HEIGHT = 98;
