/**
 * @module
 * Glossary words are written as they stand inside a sentence (lower case where the language
 * writes them so); a sentence or a label that starts with one capitalises its first letter here.
 */

/** The first letter in upper case: "chứng thư điện tử…" → "Chứng thư điện tử…". */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
