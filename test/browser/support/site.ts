/**
 * @module
 * What the browser tests visit: every page of the site, and fragments that put the checker in
 * each stage (rules.md "Stage by day": the certificate expiring 2025-03-20 is valid until
 * 2024-12-20, renewal from 2024-12-21, grace from 2025-03-21 to 2025-06-30, lapsed after).
 */
import type { Stage } from "#shared/rules/result.ts";

export const PAGES = [
  "/",
  "/check/",
  "/list/",
  "/stages/",
  "/renew/",
  "/certificates/",
  "/faq/",
  "/sources/",
  "/privacy/",
  "/accessibility/",
  "/foreign-residents/",
  "/en/",
  "/en/check/",
  "/en/list/",
  "/en/stages/",
  "/en/renew/",
  "/en/certificates/",
  "/en/faq/",
  "/en/sources/",
  "/en/privacy/",
  "/en/accessibility/",
  "/en/foreign-residents/",
  "/easy/",
  "/easy/check/",
  "/easy/list/",
  "/easy/stages/",
  "/easy/renew/",
  "/easy/foreign-residents/",
] as const;

export const EXPIRY = "2025-03-20";

/** A `today` inside each stage for {@link EXPIRY}, with both edges of the stage where they matter. */
export const DAYS_BY_STAGE: Record<Stage, string[]> = {
  valid: ["2024-12-20"],
  renewal: ["2024-12-21", "2025-03-20"],
  grace: ["2025-03-21", "2025-06-30"],
  lapsed: ["2025-07-01"],
};

/** 和暦 forms of the same dates, typed as people copy them from the card (R-PARSE-1). */
export const WAREKI: Record<string, string> = {
  "2025-03-20": "令和7年3月20日",
  "2024-12-20": "R6.12.20",
  "2024-12-21": "令和6年12月21日",
  "2025-03-21": "ｒ７．３．２１",
  "2025-06-30": "令7.6.30",
  "2025-07-01": "令和７年７月１日",
};
