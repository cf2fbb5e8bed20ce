/**
 * Field-by-field comparison of an engine answer (the batch API's compact item) with the
 * oracle's. Each difference is a short class name plus the two values, so that many cases
 * fold into a few classes.
 */
import type { Alternative, OracleCaveat, OracleError, OracleResult } from "./oracle.ts";
import { compareSteps } from "./steps.ts";

// biome-ignore lint/suspicious/noExplicitAny: the engine's answer is read as plain JSON
type Json = any;

export interface Difference {
  field: string;
  engine: unknown;
  oracle: unknown;
}

/** Caveats outside the oracle's reading (holiday projection is a property of the data's age). */
const IGNORED_CAVEATS = new Set(["holidaysProjected", "holidaysOutsideFormula"]);
const ALT_KEYS: (keyof Alternative)[] = [
  "certificateExpiresOn",
  "graceEndsOn",
  "graceLastCounterDay",
  "stage",
  "cardExpiresOn",
];

export function compare(engine: Json, oracle: OracleResult | OracleError): Difference[] {
  const out: Difference[] = [];
  const diff = (field: string, e: unknown, o: unknown) => {
    if (JSON.stringify(e) !== JSON.stringify(o)) out.push({ field, engine: e, oracle: o });
  };
  const engineErrors = engine.error
    ? (engine.error.errors as { field: string; code: string; message: string; params?: Record<string, string> }[])
    : null;
  if ("errors" in oracle || engineErrors) {
    const e = engineErrors?.map((x) => `${x.field}:${x.code}`).sort() ?? "result";
    const o = "errors" in oracle ? oracle.errors.map((x) => `${x.field}:${x.code}`).sort() : "result";
    if (!("errors" in oracle) || !engineErrors) diff("error", e, o);
    else {
      // Either side may stop at its first error: agree when they name a common field.
      const ef = new Set(engineErrors.map((x) => x.field));
      if (!oracle.errors.some((x) => ef.has(x.field)))
        diff(
          "error.fields",
          [...ef].sort(),
          oracle.errors.map((x) => x.field),
        );
      // The dates and age the message must name (Japanese, the default language), and the same
      // values in `params`, unworded (R-INFER-1 `params: {age}`, R-INPUT-1 `params: {earliest}`).
      for (const o of oracle.errors) {
        const found = engineErrors.find((x) => x.code === o.code);
        if (found === undefined) continue;
        for (const [k, v] of Object.entries(o.params ?? {})) {
          const words = typeof v === "number" ? `${v}歳` : v.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, "$1年$2月$3日");
          if (!found.message.includes(words)) diff(`error.${o.code}.${k}`, found.message, words);
          diff(`error.${o.code}.params.${k}`, found.params?.[k], String(v));
        }
      }
    }
    return out;
  }
  diff("stage", engine.stage, oracle.stage);
  diff("reader", engine.reader, oracle.reader);
  for (const [k, v] of Object.entries(oracle.capabilities)) diff(`capabilities.${k}`, engine.capabilities[k], v);
  const c = engine.certificate;
  for (const k of ["expiresOn", "renewalOpensOn", "graceEndsOn"] as const)
    diff(`certificate.${k}`, c[k], oracle.certificate[k]);
  // Counter days from 1970 (holiday_jp's first year; the oracle's rule after 2050).
  if (c.renewalOpensOn >= "1970-01-01")
    for (const k of ["lastCounterDay", "firstCounterDay", "graceLastCounterDay"] as const)
      diff(`certificate.${k}`, c[k], oracle.certificate[k]);
  if (oracle.certificate.basis !== null) diff("certificate.basis", c.basis, oracle.certificate.basis);
  diff("certificate.noticeExpected", c.noticeExpectedFrom !== null, oracle.certificate.noticeExpected);
  if (engine.card === null || oracle.card === null)
    diff("card", engine.card === null ? null : "card", oracle.card === null ? null : "card");
  else {
    diff("card.expiresOn", engine.card.expiresOn, oracle.card.expiresOn);
    diff("card.renewalOpensOn", engine.card.renewalOpensOn, oracle.card.renewalOpensOn);
    diff("card.validityYears", engine.card.validityYears, oracle.card.validityYears);
  }
  const s = engine.signatureCertificate;
  const os = oracle.signatureCertificate;
  if (s === null || os === null)
    diff("signatureCertificate", s === null ? null : s.bound, os === null ? null : os.bound);
  else {
    diff("signatureCertificate.bound", s.bound, os.bound);
    diff("signatureCertificate.expiresOn", s.expiresOn, os.expiresOn);
  }
  const codes = (xs: { code: string }[]) =>
    xs
      .map((x) => x.code)
      .filter((x) => !IGNORED_CAVEATS.has(x))
      .sort();
  const ec = codes(engine.caveats);
  const oc = codes(oracle.caveats);
  for (const code of new Set([...ec, ...oc]))
    if (!ec.includes(code) || !oc.includes(code)) diff(`caveat.${code}`, ec.includes(code), oc.includes(code));
  for (const oCav of oracle.caveats as OracleCaveat[]) {
    const eCav = (engine.caveats as Json[]).find((x) => x.code === oCav.code);
    if (!eCav) continue;
    if (oCav.question) {
      const q = eCav.question;
      diff(
        `caveat.${oCav.code}.question`,
        q && [q.renewedOnOrAfter, q.ifYes?.certificateExpiry, q.ifNo?.certificateExpiry],
        [oCav.question.renewedOnOrAfter, oCav.question.ifYes, oCav.question.ifNo],
      );
    }
    // An alternative without dates (e.g. ageBoundary's noSignatureCertificate) counts as none.
    const dated = (eCav.alternatives ?? []).filter((a: Json) => ALT_KEYS.some((k) => k in a));
    const eAlt = dated[0] ?? null;
    const oAlt = oCav.alternatives[0] ?? null;
    if (eAlt === null && oAlt === null) continue;
    if (eAlt === null || oAlt === null) {
      diff(`caveat.${oCav.code}.alternative`, eAlt === null ? null : "alt", oAlt === null ? null : "alt");
      continue;
    }
    // The engine leaves out what equals the headline: fill both from the headline.
    const headline: Json = {
      certificateExpiresOn: engine.certificate.expiresOn,
      graceEndsOn: engine.certificate.graceEndsOn,
      graceLastCounterDay: engine.certificate.graceLastCounterDay,
      stage: engine.stage,
      cardExpiresOn: engine.card?.expiresOn,
    };
    for (const k of ALT_KEYS) diff(`caveat.${oCav.code}.alt.${k}`, eAlt[k] ?? headline[k], oAlt[k] ?? headline[k]);
  }
  out.push(...compareSteps(engine.nextSteps ?? [], oracle.nextSteps));
  return out;
}
