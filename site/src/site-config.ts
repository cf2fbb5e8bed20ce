/// <reference types="astro/client" />
/**
 * @module
 * What an operator of this site sets, in one place. `PUBLIC_FEEDBACK_URL` (at build time:
 * `PUBLIC_FEEDBACK_URL=https://… npm run build`) is where the feedback link under the header
 * goes: an issue tracker, a form or a `mailto:`. Without it the link is left out rather than
 * pointing nowhere; the 「非公式」 line is shown either way.
 */
export const FEEDBACK_URL: string | null = import.meta.env.PUBLIC_FEEDBACK_URL || null;
