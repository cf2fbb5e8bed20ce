/**
 * @module
 * What the browser tests visit: every page of the site, and fragments that put the checker in
 * each stage (rules.md "Stage by day": the certificate expiring 2025-03-20 is valid until
 * 2024-12-20, renewal from 2024-12-21, grace from 2025-03-21 to 2025-06-30, lapsed after).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Stage } from "#shared/rules/result.ts";

/**
 * Every page the build wrote (site/dist, built by the browser project's globalSetup before the
 * tests are collected), as the paths a browser asks for: `/en/check/`, `/embed/`, and the 404
 * page at a path that does not exist. New languages' pages are in it as soon as they are built.
 */
export function builtPages(dist = join(import.meta.dirname, "../../../site/dist")): string[] {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => file.split("\\").join("/"))
    .map((file) => (file === "404.html" ? "/no-such-page/" : `/${file.replace(/(^|\/)index\.html$/, "$1")}`))
    .sort();
}

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
