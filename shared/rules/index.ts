/**
 * @module
 * The rules engine: pure functions of (input, today) → evaluation, citing the rule IDs of
 * the rule book, rules.md (kept beside the project, copied nowhere: the IDs are the link).
 */
export { type EvaluateInput, evaluate } from "./evaluate.ts";
export { PlainDate, plainDate } from "./plain-date.ts";
export * from "./result.ts";
export { CARD_2016, type RuleSet } from "./rule-set.ts";
export { todayInTokyo } from "./today.ts";
