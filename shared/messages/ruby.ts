/**
 * @module
 * The one ふりがな markup of the project: `{漢字|かんじ}`. やさしい日本語 texts that the site
 * shows with ruby carry it (the stage names, the site's content); the API sends the same texts
 * without it, as plain words (its sentences have no ruby).
 */

/** `{base|reading}`: the base text and its reading, neither containing `{`, `}` or `|`. */
export const RUBY = /\{([^{}|]+)\|([^{}|]+)\}/g;

/** The text as it is written, without readings: `{期限|きげん}が {切|き}れた` → `期限が 切れた`. */
export const withoutRuby = (text: string): string => text.replace(RUBY, "$1");
