/**
 * @module
 * Evaluation → the same evaluation with the sentences a person reads, in one language.
 * Texts come from the catalogs; every date in them is formatted here, once.
 */
import type { Lang } from "../lang/index.ts";
import type { Capability, Evaluation, PresentedEvaluation } from "../rules/result.ts";
import type { DateWords, TextContext } from "./catalog.ts";
import { CATALOGS, formatDate } from "./catalogs.ts";

function dateWords(e: Evaluation, date: (iso: string) => string): DateWords {
  const lapses = e.timeline.find((m) => m.kind === "lapses")!.date;
  const notRenewed = e.caveats
    .find((c) => c.code === "probablyRenewed")
    ?.alternatives.find((a) => a.assumption === "notRenewed")?.certificateExpiresOn;
  return {
    expiry: date(e.certificate.expiresOn),
    renewalOpens: date(e.certificate.renewalOpensOn),
    graceEnds: date(e.certificate.graceEndsOn),
    lapses: date(lapses),
    noticeFrom: date(e.certificate.noticeExpectedFrom),
    noticeTo: date(e.certificate.noticeExpectedTo),
    card: e.card && date(e.card.expiresOn),
    cardRenewalOpens: e.card && date(e.card.renewalOpensOn),
    firstCertificate: notRenewed ? date(notRenewed) : null,
  };
}

/** The number of days the stage's sentence counts (to the next change, or since the last). */
function stageDays(e: Evaluation): number {
  switch (e.stage) {
    case "valid":
      return e.daysUntil.renewalOpens;
    case "renewal":
      return e.daysUntil.certificateExpires;
    case "grace":
      return e.daysUntil.graceEnds;
    case "lapsed":
      return -e.daysUntil.graceEnds - 1;
  }
}

export function present(evaluation: Evaluation, lang: Lang): PresentedEvaluation {
  const catalog = CATALOGS[lang];
  const date = (iso: string) => formatDate(iso, lang);
  const t: TextContext = { evaluation, dates: dateWords(evaluation, date), date };
  const works = (value: boolean | null) => (value === null ? catalog.works.unknown : value ? catalog.works.yes : catalog.works.no);
  return {
    ...evaluation,
    lang,
    text: {
      stage: catalog.stage[evaluation.stage](t),
      daysLeft: catalog.daysLeft[evaluation.stage](stageDays(evaluation), t),
      reader: catalog.reader[evaluation.reader],
      capabilities: (Object.entries(evaluation.capabilities) as [Capability, boolean | null][]).map(([capability, value]) => ({
        capability,
        works: value,
        text: catalog.capability[capability] + catalog.works.joiner + works(value),
      })),
      nextSteps: evaluation.nextSteps.map((code) => ({ code, ...catalog.nextStep[code](t) })),
      caveats: evaluation.caveats.map((c) => ({
        code: c.code,
        message: catalog.caveat[c.code](t),
        alternatives: c.alternatives.map((a) => catalog.alternative(a, t)),
      })),
      timeline: evaluation.timeline.map((m) => ({ kind: m.kind, date: m.date, label: catalog.milestone[m.kind] })),
    },
  };
}
