/**
 * @module
 * English texts: plain, short sentences that say what to do next. Japanese names of documents
 * and places stay beside the English so people can match what they see at the counter.
 */
import type { Catalog } from "./catalog.ts";
import {
  atFifteen,
  type CounterDayRole,
  cardFaceAnswered,
  feb29Reading,
  mayHaveEndedEarlier,
  newCardIsTheStep,
  ordinaryCardWithStay,
  projectedDaysNamed,
  renewalStep,
} from "./readings.ts";
import { MONTHS } from "./rule-months.ts";
import { stageName } from "./stages.ts";

/** R-CARD-5, R-CARD-4 (review finding 1): the renewal stage's second sentence names the step that applies. */
const renewNow = {
  newCard: `Even renewed now, it would end with the card, so apply for a new card first: you can apply now.`,
  extendCard: `This card ends with your period of stay: first extend the stay at the immigration office (出入国在留管理局), then have the card's validity extended and a new certificate issued at your municipal office.`,
  certificate: `You can renew it now.`,
} satisfies Record<ReturnType<typeof renewalStep>, string>;

/** R-COUNTER-2: what a projected counter day is for (holidaysProjected names it). */
const COUNTER_DAY_ROLE: Record<CounterDayRole, string> = {
  certificateLast: "the last counter day before the certificate expires",
  graceLast: "the last counter day while the card still works for health insurance",
  certificateFirst: "the first counter day to renew the certificate",
  cardLast: "the last counter day before the card expires",
  cardFirst: "the first counter day to apply for a new card",
  other: "a counter day",
};

export const en: Catalog = {
  field: {
    certificateExpiry: "The certificate expiry date",
    birthDate: "The date of birth",
    cardExpiry: "The card expiry date",
    cardIssuedOn: "The card issue date",
    applicationReceivedOn: "The application date",
    certificateIssuedOn: "The certificate issue date",
    periodOfStayEndsOn: "The end of the period of stay",
    today: "The evaluation day (today)",
    lang: "The language (lang)",
    body: "The request body",
    query: "The query",
  },
  error: {
    empty: "{field} is empty. Enter a date.",
    required: "{field} is required. Enter it.",
    invalid_date: "{field} could not be read as a date. Enter it like 2026-03-15 or 令和8年3月15日.",
    not_a_real_date: "{field} does not exist in the calendar. Check the month and the day.",
    past_era_end: "{field} is after the end of its era. Did you mean {suggestionWareki} ({suggestion})?",
    before_era_start: "{field} is before the start of its era. Did you mean {suggestionWareki} ({suggestion})?",
    before_gregorian: "{field} must be on or after 1 January 1873 (Meiji 6).",
    weekday_mismatch:
      "{field} does not match its weekday: {date} is not a {weekday}. Check the date and the weekday, and enter them again.",
    year_mismatch:
      "{field} does not match the year in brackets ({year}): the date is {dateWithEra}. Check which year is right, and enter the date again.",
    not_a_string: '{field} must be sent as a string, for example "2026-03-15".',
    too_long: "{field} is too long. Enter only the date.",
    unknown_field: "This field is not accepted. Check its name; /api/v1/openapi.json lists the fields.",
    unsupported_lang: "The language must be one of: {langs}.",
    not_an_object: "{field} must be a JSON object ({ … }).",
    invalid_value: "{field} cannot be used as sent. Check its value.",
    birth_date_in_future: "The date of birth is after today. Check the date of birth.",
    card_issued_before_first_cards: "My Number Cards were first issued in January 2016. Check the card issue date.",
    card_issued_before_birth: "The card issue date is before the date of birth. Check both dates.",
    card_issued_in_future: "The card issue date is after today. Check the issue date.",
    application_after_card_issue: "The application date is after the card issue date. Check the application date.",
    certificate_issued_before_card:
      "The certificate issue date is before the card issue date.[[ Counting back from the expiry printed on the card, the card was issued on {earliest} at the earliest.]] Check the certificate issue date.",
    certificate_issued_before_birth: "The certificate issue date is before the date of birth. Check the dates.",
    certificate_issued_after_card_expiry: "The certificate issue date is after the card expiry date. Check the dates.",
    certificate_issued_in_future: "The certificate issue date is after today. Check the date.",
    certificate_issued_after_expiry: "The certificate issue date is after its expiry date. Check both dates.",
    card_expiry_not_after_birth:
      "The card expiry date is before the date of birth. Check the date printed on the card.",
    card_expiry_not_after_issue: "The card expiry date is before the card issue date. Check both dates.",
    certificate_expiry_not_after_birth: "The certificate expiry date is before the date of birth. Check the dates.",
    certificate_outlives_card:
      "The certificate expiry date is after the card expiry date, but a certificate never outlives its card. Check both dates.",
    stay_ends_before_card_issue: "The period of stay ends before the card issue date. Check the dates.",
    stay_ends_before_card_expiry:
      "The period of stay ends before the expiry printed on the card. A card never outlives the period of stay, so check the dates on your residence card and your My Number Card.",
    impossible_card_age:
      "No card has this combination of birth date and card expiry (age {age} on the expiry day).[[ This expiry would mean a {years}-year card issued at age {issueAge}, on {earliestIssue} or later, but that day is after today or before the first My Number cards (January 2016).]][[ Age {age} on the expiry day means a 10-year card issued at 18 from April 2022, which expires on {cardFrom} or later.]] Check both dates for a typo.",
    card_expiry_mismatch:
      "From the issue date, the card should expire on {expected}. Check the expiry printed on the card and the issue date.",
  },
  missingInput: {
    certificateExpiry: "Enter the certificate expiry date, or your date of birth and the card expiry date.",
    cardExpiry: "With the date of birth, enter the expiry date printed on the card (or the card issue date).",
    birthDate: "With the card's date, enter the date of birth.",
  },
  stage: {
    valid: ({ dates }) =>
      `Your certificate is valid until ${dates.expiry}. Your card works as a health insurance card as usual.`,
    renewal: ({ dates, evaluation }) =>
      `Your certificate expires on ${dates.expiry}, in less than ${MONTHS.window} months. ${renewNow[renewalStep(evaluation)]}`,
    grace: ({ dates }) =>
      `Your certificate expired on ${dates.expiry}. Until ${dates.graceEnds} you can still use the card at clinics, but only your insurance eligibility is shared, not your medical or prescription records.`,
    lapsed: ({ dates }) =>
      `Your certificate expired on ${dates.expiry}, more than ${MONTHS.grace} months ago. Since ${dates.lapses} the card no longer works as a health insurance card.`,
  },
  daysLeft: {
    valid: (days) => `Renewal opens in ${days} ${days === 1 ? "day" : "days"}.`,
    renewal: (days) =>
      days === 0 ? "Today is the last day of validity." : `${days} ${days === 1 ? "day" : "days"} left until expiry.`,
    grace: (days) =>
      days === 0
        ? "Today is the last day the card works for health insurance."
        : `${days} ${days === 1 ? "day" : "days"} left before the card stops working for health insurance.`,
    lapsed: (days) =>
      days === 0
        ? "From today the card no longer works as a health insurance card."
        : `The card stopped working for health insurance ${days} ${days === 1 ? "day" : "days"} ago.`,
  },
  // The leaflet's screens (shared/messages/reader.ts), translated part by part.
  reader: {
    normal: {
      badge: "Health-insurance card: can be used",
      heading: "",
      message: ["No expiry alert is shown; the usual reception screens follow."],
      button: "",
    },
    renewalAlert: {
      badge: "Health-insurance card: can be used",
      heading: "",
      message: ["Your certificate expires within three months. Please renew it at your municipal office."],
      button: "Next",
    },
    qualificationOnly: {
      badge: "Health-insurance card: can be used",
      heading:
        "Your electronic certificate has expired, so only your eligibility information is given to this facility.",
      message: ["Please renew the electronic certificate at your municipal office soon."],
      button: "Next",
    },
    lapsed: {
      badge: "Health-insurance card: cannot be used",
      heading: "Your electronic certificate has lapsed.",
      message: [
        "Please take out your My Number Card and come to the reception desk.",
        "Renewing the certificate needs a procedure at your municipal office.",
      ],
      button: "",
    },
  },
  capability: {
    // One row per outcome (issue 9): seeing a doctor works in grace; only the records stop.
    insuranceQualificationOnly: "Seeing a doctor with the card as your health insurance card",
    insuranceFull: "Sharing your medical and prescription records with the clinic",
    myNaPortalLogin: "Logging in to Mynaportal",
    convenienceStoreCopies: "Certificates of residence at convenience stores",
    eTaxSignature: "e-Tax and other signed filings (signature certificate)",
    photoId: "Photo ID",
  },
  works: { yes: "works", no: "does not work", unknown: "cannot tell from this input", joiner: ": " },
  worksFor: {
    insuranceQualificationOnly: (works, stage) =>
      works && stage === "grace" ? "works (eligibility check only)" : undefined,
    insuranceFull: (works) => (works === null ? undefined : works ? "yes" : "no, not shared"),
    // R-CERT-7: the signature certificate lapses on a move or a change of name.
    eTaxSignature: (works) => (works ? "works (unless you have moved or changed your name since)" : undefined),
  },
  nextStep: {
    nothingYet: ({ dates, evaluation }) => ({
      // R-INFER-3: "nothing to do" only holds under the renewed reading; say so.
      title:
        evaluation.certificate.basis === "assumedRenewed"
          ? "If you renewed or re-issued it, nothing to do yet"
          : mayHaveEndedEarlier(evaluation)
            ? "If your certificate ends with the card, nothing to do yet"
            : "Nothing to do yet",
      detail:
        evaluation.card?.validityYears === null && evaluation.certificate.expiresOn === evaluation.card.expiresOn
          ? `This card ends with your period of stay on ${dates.expiry}. Once the immigration office (出入国在留管理局) has extended your stay, ask your municipal office to extend the card's validity.`
          : evaluation.card && evaluation.certificate.expiresOn === evaluation.card.expiresOn
            ? `Your certificate ends with the card on ${dates.expiry}, so the next step is a new card; you can apply from ${dates.cardRenewalOpens}.`
            : `You can renew the certificate from ${dates.renewalOpens}.`,
    }),
    expectNoticeLetter: ({ dates }) => ({
      title: "Expect the notice letter",
      detail: `Around ${dates.noticeFrom} to ${dates.noticeTo}, J-LIS sends an expiry notice (有効期限通知書) in a light-blue envelope. It is not forwarded, so after a move it may not arrive. You can renew without it.`,
    }),
    addReminder: () => ({
      title: "Add the dates to your calendar",
      detail: "Save the day renewal opens, the expiry and the last day the card works for health insurance.",
    }),
    renewCertificateAtOffice: ({ dates }) => ({
      title: "Renew the certificate at your municipal office",
      detail: `Renewal is free and done in person at the office of the town where you live, up to and including ${dates.expiryOnClosedDay ? `${dates.lastCounterDay} (the counter is then closed until the expiry, ${dates.expiry})` : dates.expiry}; it cannot be done online. Bring your My Number Card; you need your 4-digit PIN and your 6–16 character signature password (if you have forgotten them, they can be reset at the same counter). A child under 15 comes with a parent or other legal guardian. A proxy can do it in two visits.`,
    }),
    renewCard: ({ dates, evaluation }) => {
      const expired = evaluation.daysUntil.cardExpires !== null && evaluation.daysUntil.cardExpires < 0;
      const how =
        "Apply with a photo online, by post, at a photo booth or at the office; collecting the card at the office takes about a month after applying. For a child under 15, a parent or other legal guardian applies.";
      return {
        title: expired ? "Apply for a new My Number Card" : "Replace your My Number Card",
        detail: expired
          ? `Your card expired on ${dates.card}. Apply for a new card. ${how} The new card comes with new certificates; until then, an eligibility certificate (資格確認書) lets you see a doctor.`
          : `Your card expires on ${dates.card}, and a certificate never outlives the card: renewed or re-issued now, it would still end that day. So the card itself is replaced. You can apply from ${dates.cardRenewalOpens}. ${how}`,
      };
    },
    extendCardValidity: ({ dates }) => ({
      // R-CARD-4: immigration first; the municipal office can only extend the card after it.
      title: "Extend your period of stay at the immigration office first, then the card",
      detail: `This card ends with your period of stay on ${dates.card}. Do it in this order. First, extend your period of stay at the immigration office (出入国在留管理局) and get your new residence card (在留カード). Then take the new residence card and your My Number Card to your municipal office and ask them to extend the card's validity (this is not an application for a new card). Extending the card does not extend the certificates, so ask at the same counter for a new certificate too.`,
    }),
    reissueCertificateAtOffice: () => ({
      title: "Have the certificate re-issued at your municipal office",
      detail:
        "Even after expiry, the certificate is re-issued free of charge while the card is valid, in person only. Bring your card and know your PINs (forgotten ones can be reset at the same counter).",
    }),
    wait24Hours: () => ({
      // R-CERT-8: the 24 hours are about the insurance system, not every use.
      title: "Health insurance sees the new certificate after about 24 hours",
      detail:
        "About 24 hours after the counter procedure, clinics and pharmacies can confirm the new certificate's expiry.",
    }),
    setUpSmartphoneAgain: ({ evaluation }) => ({
      title: "Set up the smartphone certificate again",
      detail: `If you use the My Number Card function on a smartphone, set it up again after ${newCardIsTheStep(evaluation) ? "you receive the new card" : "renewing"}.`,
    }),
    registerInsuranceAgain: ({ evaluation }) => ({
      title: "Register the card for health insurance again",
      detail: `When the ${MONTHS.grace}-month grace period ends, the health-insurance registration is cancelled. ${newCardIsTheStep(evaluation) ? "After you receive the new card" : "After re-issue"}, register again at a clinic's card reader or on Mynaportal.`,
    }),
    eligibilityCertificate: () => ({
      title: "You can use an eligibility certificate (資格確認書)",
      detail:
        "If you do not renew, your health insurer sends an eligibility certificate so you can still see a doctor. When it comes depends on the insurer (Kyokai Kenpo: through your employer about 2 months after the end of the expiry month; National Health Insurance: before the grace period ends).",
    }),
    showCardAtReception: () => ({
      title: "Show your card at the reception desk",
      detail: "If the card reader says the certificate has lapsed, tell the reception desk.",
    }),
    checkCertificateExpiry: ({ dates }) => {
      const r = dates.renewal;
      if (!r)
        return {
          title: "Check your certificate expiry",
          detail: "It is in the handwritten box on the front of the card, or on Mynaportal.",
        };
      // R-INFER-3: the question in words a person can answer, and what each answer means.
      const notRenewed = r.graceEndPassed
        ? `If you did not, the certificate expired on ${r.firstExpiry} and the card stopped working for health insurance after ${r.firstGraceEnds}: have it re-issued at the office and register the card for health insurance again. Meanwhile you can still see a doctor with the eligibility certificate (資格確認書) your health insurer sends; tell the reception desk that your card does not work.`
        : `If you did not, the certificate expired on ${r.firstExpiry}; until ${r.firstGraceEnds} the card only confirms your eligibility. Have it re-issued at the office soon.`;
      return {
        title: `Did you renew or re-issue the certificate at the municipal office on or after ${r.since}?`,
        detail: `If the certificate box on the front of the card has a handwritten date later than ${r.firstExpiry}, or you can log in to Mynaportal, you renewed. Then the certificate is valid until ${r.renewedExpiry}. ${notRenewed}`,
      };
    },
  },
  bridge: (code, { dates, evaluation }) => {
    const verb = code === "renewCertificateAtOffice" ? "renew" : "re-issue";
    const until = evaluation.card?.validityYears === null ? "the card is extended" : "the new card arrives";
    return {
      title: `Needed until ${until}? ${verb === "renew" ? "Renew" : "Re-issue"} the certificate at the office (optional)`,
      lead:
        evaluation.card?.validityYears === null
          ? `To keep using the My Number Card for health insurance as usual until ${until}, you can also ${verb} the certificate at the office first (this is optional). It would end with the card on ${dates.card}, so ask for a certificate again when the card is extended.`
          : `A new card takes about a month to collect. To keep using the My Number Card for health insurance as usual until then, you can also ${verb} the certificate at the office first (this is optional). It would end with the card on ${dates.card}.`,
    };
  },
  closedUntilExpiry: ({ dates }) => ({
    title: "The counter is closed until the expiry: have the certificate re-issued after it",
    detail: `The last counter day (${dates.lastCounterDay}) has passed, and the counter is closed until the expiry, ${dates.expiry}. After the expiry, have the certificate re-issued free of charge on the next day the counter opens (after the year-end closure, 4 January or later). Until ${dates.graceEnds} the card still works for health insurance (qualification check only). Bring the card and know its PINs.`,
  }),
  caveat: {
    cardExpiryInCertificateField: ({ evaluation }) =>
      // R-DATE-6 (review7 #15): "まで有効" is how the card prints its own expiry.
      `The certificate expiry you entered says "まで有効" (valid until). That is how the card prints its own expiry. The certificate's expiry is the date handwritten at the counter in the certificate box on the front of the card (often left empty). A certificate issued with a 10-year card ends five years before the card.${
        cardFaceAnswered(evaluation)
          ? " Below is the answer if this is the card's date."
          : " If the box is empty, enter your birth date and this date as the card expiry."
      }`,
    certificateExpiryTooLate: () =>
      // R-CERT-1, R-CERT-3: at most the 6th birthday after issue, never after the card.
      "A certificate ends on the 5th birthday after it was issued (the 6th when renewed in the three months before its expiry), and never after the card. So no certificate issued by today can end on the date you entered. The date printed \"…まで有効\" on the card is the card's own expiry; check the certificate's in the handwritten box on the card, on Mynaportal or in the expiry notice letter.",
    renewalUnknown: ({ dates }) => {
      const r = dates.renewal!;
      const shown =
        r.headline === "notRenewed"
          ? `Until the end of its grace period (${r.firstGraceEnds}) this answer shows the dates for not renewed.`
          : `Its grace period ended on ${r.firstGraceEnds}, so this answer shows the dates for renewed.`;
      return `Your first certificate expired on ${r.firstExpiry}. This input cannot tell whether you renewed or re-issued it at the municipal office on or after ${r.since}. ${shown} The other reading is below.`;
    },
    thresholdTransition: () =>
      "Cards issued from April to September 2022 to people aged 18 or 19 run 5 or 10 years depending on when the application was received (before April 2022: 5 years). This answer uses the earlier date; enter the expiry printed on the card to settle it.",
    ageBoundary: ({ evaluation }) =>
      atFifteen(evaluation)
        ? "The card was issued on the day before the 15th birthday, which counts as age 15 in this answer, so a signature certificate came with it. Under the other reading it did not."
        : "The card was issued on the day before an adult birthday, which counts as adult age in this answer. Under the other reading the card runs 5 years; enter the expiry printed on the card to settle it.",
    feb29: ({ evaluation }) => {
      // R-DATE-4: which convention, and whether the printed card expiry settled it.
      const { marchFirst, recounted } = feb29Reading(evaluation);
      const day = marchFirst ? "1 March" : "28 February";
      return recounted
        ? `For a 29 February birthday we count the birthday as ${day} in common years. Counted with 1 March instead, the dates become those below. Also check the dates on your card or letter.`
        : evaluation.card?.printed
          ? `For a 29 February birthday, the expiry printed on your card shows that the birthday counts as ${day} in common years; the dates use that.`
          : `For a 29 February birthday we count the birthday as ${day} in common years; counting with 1 March gives the same dates.`;
    },
    signatureUncertain: () =>
      "Cards like this are normally issued under age 15 and come without a signature certificate (one issued on the day before the 15th birthday comes with one). From age 15 one can be issued at the counter on request.",
    adultByDayBefore: () =>
      "Only a 10-year card issued on the day before the adult birthday (18th or 20th) has this combination of dates. Check both dates for a typo.",
    signatureOnRequest: () =>
      "A card issued under age 15 comes without a signature certificate. There is one only if it was asked for at the counter from age 15 on, and it expires with the user certificate or earlier. Whether e-Tax works cannot be told from this input.",
    certificateDateNearWindow: () =>
      "The certificate issue date you entered is just before the renewal window opens. Taken as entered, it counts as a new issue, but one day later the expiry would be a year later. Check the date in the certificate box on the card or on Mynaportal.",
    cardExpiryNotBirthday: () =>
      "A card normally expires on a birthday, and this date is not one. Check it for a typo. If you have a fixed period of stay, enter its end date too.",
    periodOfStay: ({ evaluation, dates }) =>
      // Review8 #23: a stay ending after a birthday C: an ordinary card, whose letter comes.
      ordinaryCardWithStay(evaluation)
        ? `This is an ordinary card: it ends on a birthday (${dates.card}) before your period of stay ends, and the expiry notice letter is sent. If you stay in Japan after that day, apply for a new card (a separate procedure from extending your stay).`
        : mayHaveEndedEarlier(evaluation)
          ? "A card that ends with the period of stay has an unknown issue date, and extending the card after a stay extension does not extend the certificates. So the certificate may have ended earlier: on the end date of a previous period of stay, or on a birthday before the card expiry (below, the birthday case). Check the certificate box on the card or Mynaportal. No expiry notice letter is sent for a card that ends with the period of stay."
          : "Extending a card that ends with the period of stay, after a stay extension, does not extend the certificates. No expiry notice letter is sent for such a card.",
    cardExpired: ({ dates }) =>
      // R-INFER-5: the certificate ended on the card expiry at the latest; never "the same day".
      `Your My Number Card expired on ${dates.card}. The certificates ended on that day at the latest; new ones come only with a new card.${dates.renewal ? ' See "If not renewed" below too.' : ""}`,
    expiryOnClosedDay: ({ dates }) =>
      `The expiry, ${dates.expiry}, falls on a day municipal offices are closed (a weekend, a national holiday or the New Year closure). The expiry does not move to the next open day: the last day you can go to the counter is ${dates.lastCounterDay}.`,
    holidaysProjected: ({ evaluation, date }) => {
      const days = projectedDaysNamed(evaluation, date, COUNTER_DAY_ROLE);
      return `${days.length === 1 ? "This counter day uses" : "These counter days use"} the holidays of a year that has not been announced yet: ${days.join("; ")}. The equinox holidays are fixed each February for the following year, and the holiday law can change. Check again nearer the time.`;
    },
    holidaysOutsideFormula: () =>
      "Equinox holidays after 2099 or before 1980 are outside the range of the formula; the counter days use the dates of 2099 (or 1980), so take them as a guide.",
  },
  counter: {
    lastDay: ({ dates }) => `The last day you can do this at the counter is ${dates.lastCounterDay}.`,
    graceLastDay: ({ dates }) =>
      `The last counter day while the card still works for health insurance is ${dates.graceLastCounterDay}.`,
    note: "Municipal counters are closed on Saturdays, Sundays, national holidays and from 29 December to 3 January. Many offices open on some Saturdays or Sundays or in the evening, and hours differ: check your own office's website.",
    joiner: " ",
  },
  alternative: (a, t) => {
    const parts = [(ASSUMPTIONS[a.assumption] ?? a.assumption) + ":"];
    if (a.cardExpiresOn) parts.push(`the card expires on ${t.date(a.cardExpiresOn)};`);
    if (a.certificateExpiresOn) {
      const past = a.stage === "grace" || a.stage === "lapsed";
      parts.push(`the certificate ${past ? "expired" : "expires"} on ${t.date(a.certificateExpiresOn)}`);
    }
    // Issue 9: never "works until" about a past day.
    if (a.graceEndsOn) {
      parts.push(
        a.stage === "lapsed"
          ? `and the card stopped working for health insurance after ${t.date(a.graceEndsOn)}.`
          : a.stage === "grace"
            ? `and until ${t.date(a.graceEndsOn)} the card only confirms your insurance eligibility.`
            : `and the card works for health insurance until ${t.date(a.graceEndsOn)}.`,
      );
    }
    if (a.stage) parts.push(`Stage today: ${stageName(a.stage, "en")}.`);
    return parts.join(" ");
  },
  checkCardExpiry: `First check your card's expiry date: the date entered is not a birthday, so it may be a typo. What follows assumes the date is right and the card ends with a period of stay. `,
  ifStayCard: `If the date is right and the card ends with your period of stay: `,
  alternativeWindow: (date) => ` In that case renewal at the counter opens on ${date}.`,
  checkCertificateField: {
    cardExpiryInCertificateField: `First check which date this is: a date printed "…まで有効" (valid until …) is the card's own expiry. The certificate's expiry is the handwritten date in the certificate box on the front of the card. If that box is empty, enter your birth date, and this date as the card expiry. What follows takes the date as the certificate's expiry. `,
    certificateExpiryTooLate: `First check which date this is: a certificate runs at most to the 6th birthday after it was issued, so no certificate issued by today ends this late. Is it the card's own expiry, printed "…まで有効"? Then enter your birth date, and this date as the card expiry. What follows takes the date as entered. `,
  },
  inputNote: {
    past_era_end: "The {field} is after the end of its era, so it was read as {wareki} ({date}).",
  },
  condition: (r) =>
    r.since === null
      ? "This answer assumes you renewed the certificate while the card was valid. "
      : r.headline === "notRenewed"
        ? `This answer assumes you have not renewed or re-issued the certificate at the municipal office since ${r.since}. `
        : `This answer assumes you renewed or re-issued the certificate at the municipal office on or after ${r.since}. `,
  assumed: {
    earlierBirthday:
      "This answer assumes the certificate lasts until the card's expiry. If it ended on an earlier birthday, the answer is different (see below). ",
    issuedInWindow:
      "This answer assumes the issue date you typed is right. If it was one day later, the answer is different (see below). ",
    adultCard:
      "This answer assumes a 5-year card. If it is a 10-year (adult) card, the answer is different (see below). ",
    minorCard:
      "This answer assumes a 10-year (adult) card. If it is a 5-year card, the answer is different (see below). ",
    march1: "This answer counts the birthday as 28 February. Counted as 1 March, the answer is different (see below). ",
  },
  milestone: {
    noticeExpected: "The notice letter starts to arrive",
    renewalOpens: "Certificate renewal opens",
    certificateExpires: "Certificate expiry",
    graceStarts: "Expired: eligibility check only",
    graceEnds: "Last day the card works for health insurance",
    lapses: "The card stops working for health insurance",
    cardRenewalOpens: "Card renewal opens",
    cardExpires: "My Number Card expiry",
  },
};

const ASSUMPTIONS: Record<string, string> = {
  cardFace: "If this is the card's expiry",
  cardFaceNotRenewed: "If this is the card's expiry and the certificate was not renewed",
  cardFaceRenewed: "If this is the card's expiry and the certificate was renewed or re-issued",
  renewed: "If renewed or re-issued",
  notRenewed: "If not renewed",
  adultCard: "If it is a 10-year (adult) card",
  minorCard: "If it is a 5-year card",
  march1: "If the birthday counts as 1 March",
  earlierBirthday: "If the certificate ends on a birthday before the card",
  issuedInWindow: "If the certificate was issued one day later, inside the renewal window",
  noSignatureCertificate:
    "If the day before the 15th birthday does not count as 15 (then no signature certificate came with the card)",
};
