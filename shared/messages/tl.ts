/**
 * @module
 * Filipino: salin ng mga pangungusap sa wikang Hapon (ja.ts). Ang tekstong Hapon ang opisyal;
 * kung may mali sa salin, ipaalam ito sa feedback link ng website. (A translation of ja.ts; the
 * Japanese text is authoritative; corrections through the site's feedback link, FEEDBACK_URL;
 * `translationNote` says so to readers.)
 *
 * Written for residents in the Filipino of public notices: "kayo/ninyo" throughout, "po" in the
 * reader's requests (which are polite in Japanese), the loanwords people use (i-renew, card,
 * PIN), and the Japanese term the person meets at the counter beside the word (glossary/tl.ts).
 * Dates arrive formatted ("sa" for a coming day, "noong" for a past one, "hanggang" until).
 */
import type { Catalog } from "./catalog.ts";
import { capitalize } from "./glossary/case.ts";
import { JA_TERMS } from "./glossary/terms.ts";
import { glossary, stageNames } from "./glossary/tl.ts";
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

const { term: w, withJa: j } = glossary;

/** ja.ts's 「お住まいの市区町村の窓口」. */
const renewWhere = `${w.municipalOffice} ng lungsod o bayan kung saan kayo nakatira (お住まいの${JA_TERMS.municipalOffice})`;

/** 「発行日」: the day a card or a certificate was issued. */
const issueDateOf = (what: string) => `petsa ng pag-isyu ng ${what}`;

/** The site's feedback link, by its label (the site's SiteUi.feedback takes it from here). */
/** R-COUNTER-2: what a projected counter day is for (holidaysProjected names it). */
const COUNTER_DAY_ROLE: Record<CounterDayRole, string> = {
  certificateLast: `ang huling araw sa counter bago mag-expire ang ${w.certificate}`,
  graceLast: `ang huling araw sa counter habang magagamit pa ang ${w.mynaInsuranceCard}`,
  certificateFirst: `ang unang araw sa counter para ma-renew ang ${w.certificate}`,
  cardLast: "ang huling araw na bukas ang counter bago mag-expire ang card",
  cardFirst: "ang unang araw sa counter para mag-apply ng bagong card",
  other: "isang araw ng counter",
};

export const feedbackLabel = "Puna o may mali?";

/** Said wherever these texts are shown as a whole: a translation, the Japanese is authoritative. */
export const translationNote = `Ito ay salin mula sa wikang Hapon. Ang tekstong Hapon ang opisyal. Kung may makita kayong mali sa salin, ipaalam po sa amin sa link na "${feedbackLabel}" sa website.`;

/** R-CARD-5, R-CARD-4 (review finding 1): the renewal stage's second sentence names the step that applies. */
const renewNow = {
  newCard: `Kahit i-renew ngayon, hanggang sa expiry ng card lang magagamit ang ${w.certificate}, kaya mag-apply muna ng bagong card: puwede na kayong mag-apply ngayon.`,
  extendCard: `Mag-e-expire ang card na ito sa ${w.periodOfStayEnd}: unahin ang pag-extend ng ${w.periodOfStay} sa ${j("immigration")}, saka ipa-extend ang validity ng card at magpa-isyu ng ${w.certificate} sa ${w.municipalOffice}.`,
  certificate: `Puwede na ninyong gawin ngayon ang ${j("renewal")}.`,
} satisfies Record<ReturnType<typeof renewalStep>, string>;

export const tl: Catalog = {
  // Labels stand inside the sentence ("Walang nakalagay sa {field}."), so they are lower case.
  field: {
    certificateExpiry: w.certificateExpiry,
    birthDate: w.birthDate,
    cardExpiry: w.cardExpiry,
    cardIssuedOn: issueDateOf("card"),
    applicationReceivedOn: "petsa ng pagtanggap ng aplikasyon",
    certificateIssuedOn: issueDateOf(w.certificate),
    periodOfStayEndsOn: w.periodOfStayEnd,
    today: "araw ng pagsusuri (today)",
    lang: "wika (lang)",
    body: "body ng request",
    query: "query",
  },
  error: {
    empty: "Walang nakalagay sa {field}. Pakilagay ang petsa.",
    required: "Kailangan ang {field}. Pakilagay ito.",
    invalid_date: "Hindi mabasa bilang petsa ang {field}. Ilagay ito nang ganito: 2026-03-15 o 令和8年3月15日.",
    not_a_real_date: "Walang ganitong araw sa kalendaryo ang {field}. Pakisuri ang buwan at araw.",
    past_era_end:
      "Pagkatapos ng katapusan ng era (元号) nito ang {field}. {suggestionWareki} ({suggestion}) ba ang ibig ninyong sabihin?",
    before_era_start:
      "Bago ang simula ng era (元号) nito ang {field}. {suggestionWareki} ({suggestion}) ba ang ibig ninyong sabihin?",
    before_gregorian: "Dapat Enero 1, 1873 (明治6年) o pagkatapos nito ang {field}.",
    weekday_mismatch:
      "Hindi tugma ang araw ng linggo sa {field}: {date} ang petsa, pero {weekday} ang nakasulat. Pakisuri ang petsa at ang araw, at ilagay muli.",
    year_mismatch:
      "Hindi tugma ang taon sa panaklong ({year}) sa {field}: {dateWithEra} ang petsang ito. Pakisuri kung aling taon ang tama, at ilagay muli.",
    not_a_string: 'Ipadala ang {field} bilang string, halimbawa "2026-03-15".',
    too_long: "Masyadong mahaba ang {field}. Petsa lang ang ilagay.",
    unknown_field:
      "Hindi tinatanggap ang field na ito. Pakisuri ang pangalan nito; nakalista sa /api/v1/openapi.json ang mga field na puwedeng gamitin.",
    unsupported_lang: "Ang wika ay dapat isa sa mga ito: {langs}.",
    not_an_object: "Ipadala ang {field} bilang JSON object ({ … }).",
    invalid_value: "Hindi magagamit ang {field} gaya ng pagkakapadala. Pakisuri ang value nito.",
    birth_date_in_future: `Mas huli kaysa ngayong araw ang ${w.birthDate}. Pakisuri ang ${w.birthDate}.`,
    card_issued_before_first_cards: `Nagsimulang i-isyu ang ${w.myNumberCard} noong Enero 2016. Pakisuri ang ${issueDateOf("card")}.`,
    card_issued_before_birth: `Mas maaga ang ${issueDateOf("card")} kaysa sa ${w.birthDate}. Pakisuri ang dalawang petsa.`,
    card_issued_in_future: `Mas huli kaysa ngayong araw ang ${issueDateOf("card")}. Pakisuri ang petsa ng pag-isyu.`,
    application_after_card_issue: `Mas huli ang petsa ng pagtanggap ng aplikasyon kaysa sa ${issueDateOf("card")}. Pakisuri ang petsa ng aplikasyon.`,
    certificate_issued_before_card: `Mas maaga ang ${issueDateOf(w.certificate)} kaysa sa ${issueDateOf("card")}.[[ Kung bibilangin pabalik mula sa expiration date na nakalimbag sa card, {earliest} ang pinakamaagang posibleng pag-isyu ng card.]] Pakisuri ang ${issueDateOf(w.certificate)}.`,
    certificate_issued_before_birth: `Mas maaga ang ${issueDateOf(w.certificate)} kaysa sa ${w.birthDate}. Pakisuri ang mga petsa.`,
    certificate_issued_after_card_expiry: `Mas huli ang ${issueDateOf(w.certificate)} kaysa sa ${w.cardExpiry}. Pakisuri ang mga petsa.`,
    certificate_issued_in_future: `Mas huli kaysa ngayong araw ang ${issueDateOf(w.certificate)}. Pakisuri ang petsa.`,
    certificate_issued_after_expiry: `Mas huli ang ${issueDateOf(w.certificate)} kaysa sa sarili nitong expiration date. Pakisuri ang dalawang petsa.`,
    card_expiry_not_after_birth: `Mas maaga ang ${w.cardExpiry} kaysa sa ${w.birthDate}. Pakisuri ang petsang nakalimbag sa card.`,
    card_expiry_not_after_issue: `Mas maaga ang ${w.cardExpiry} kaysa sa petsa ng pag-isyu nito. Pakisuri ang dalawang petsa.`,
    certificate_expiry_not_after_birth: `Mas maaga ang ${w.certificateExpiry} kaysa sa ${w.birthDate}. Pakisuri ang mga petsa.`,
    certificate_outlives_card: `Mas huli ang ${w.certificateExpiry} kaysa sa ${w.cardExpiry}. Hindi kailanman tumatagal ang bisa ng ${w.certificate} nang higit sa card, kaya pakisuri ang dalawang petsa.`,
    stay_ends_before_card_issue: `Mas maaga ang ${w.periodOfStayEnd} kaysa sa ${issueDateOf("card")}. Pakisuri ang mga petsa.`,
    stay_ends_before_card_expiry: `Mas maaga ang ${w.periodOfStayEnd} kaysa sa expiration date na nakalimbag sa card. Hindi kailanman tumatagal ang bisa ng card nang higit sa ${w.periodOfStay}, kaya pakisuri ang mga petsa sa inyong ${j("residenceCard")} at sa ${w.myNumberCard}.`,
    impossible_card_age: `Walang card na may ganitong ${w.birthDate} at ${w.cardExpiry} ({age} taong gulang sa araw ng expiration).[[ Ang ganitong expiration date ay para sa {years}-taong card na na-isyu sa edad na {issueAge}, noong {earliestIssue} o pagkatapos nito, pero ang araw na iyon ay pagkatapos ng ngayong araw o bago nagsimula ang ${w.myNumberCard} (Enero 2016).]][[ Kung {age} taong gulang sa araw ng expiration, ito ay 10-taong card lang na na-isyu sa edad na 18 mula Abril 2022, at {cardFrom} o mas huli ang expiration nito.]] Pakisuri kung may mali sa ${w.birthDate} o sa ${w.cardExpiry}.`,
    card_expiry_mismatch: `Batay sa ${issueDateOf("card")}, dapat {expected} ang ${w.cardExpiry}. Pakisuri ang expiration date na nakalimbag sa card at ang petsa ng pag-isyu.`,
  },
  missingInput: {
    certificateExpiry: `Ilagay ang ${w.certificateExpiry}, o ang inyong ${w.birthDate} at ang ${w.cardExpiry}.`,
    cardExpiry: `Kasama ng ${w.birthDate}, ilagay ang expiration date na nakalimbag sa card (o ang ${issueDateOf("card")}).`,
    birthDate: `Kasama ng petsa sa card, ilagay ang ${w.birthDate}.`,
  },
  stage: {
    valid: ({ dates }) =>
      `May bisa ang inyong ${j("certificate")} hanggang ${dates.expiry}. Magagamit ninyo ang ${j("mynaInsuranceCard")} gaya ng dati.`,
    renewal: ({ dates, evaluation }) =>
      `Mag-e-expire ang inyong ${j("certificate")} sa ${dates.expiry}, kulang na sa ${MONTHS.window} buwan mula ngayon. ${renewNow[renewalStep(evaluation)]}`,
    grace: ({ dates }) =>
      `Nag-expire na ang inyong ${j("certificate")} noong ${dates.expiry}. Hanggang ${dates.graceEnds}, puwede pa kayong magpatingin sa doktor gamit ang ${j("mynaInsuranceCard")}, pero kumpirmasyon lang ng inyong insurance ang maibibigay; hindi ibibigay sa ospital o klinika ang inyong impormasyong medikal at impormasyon ng gamot.`,
    lapsed: ({ dates }) =>
      `Nag-expire ang inyong ${j("certificate")} noong ${dates.expiry}, higit ${MONTHS.grace} buwan na ang nakalipas. Kaya mula ${dates.lapses}, hindi na magagamit ang inyong ${j("mynaInsuranceCard")}.`,
  },
  daysLeft: {
    valid: (days) => `${days} araw na lang bago kayo puwedeng mag-renew.`,
    renewal: (days) => (days === 0 ? "Ngayon ang huling araw ng bisa." : `${days} araw na lang bago mag-expire.`),
    grace: (days) =>
      days === 0
        ? `Ngayon ang huling araw na magagamit ninyo ang ${w.mynaInsuranceCard}.`
        : `${days} araw na lang ninyong magagamit ang ${w.mynaInsuranceCard}.`,
    lapsed: (days) =>
      days === 0
        ? `Mula ngayong araw, hindi na magagamit ang ${w.mynaInsuranceCard}.`
        : `${days} araw na mula nang hindi na magamit ang ${w.mynaInsuranceCard}.`,
  },
  // R-INS-2: the reader shows the leaflet's Japanese (reader.ts); this translates it part by
  // part, keeping the Japanese of the badge's answer and the button the person has to press.
  reader: {
    normal: {
      badge: `${capitalize(j("mynaInsuranceCard"))}: magagamit (使える)`,
      heading: "",
      message: ["Walang lumalabas na abiso tungkol sa expiration; tuloy ang karaniwang mga screen ng reception."],
      button: "",
    },
    renewalAlert: {
      badge: `${capitalize(j("mynaInsuranceCard"))}: magagamit (使える)`,
      heading: "",
      message: [`Mag-e-expire ang certificate sa loob ng 3 buwan. Paki-renew po ito sa ${j("municipalOffice")}.`],
      button: "Susunod (次に進む)",
    },
    qualificationOnly: {
      badge: `${capitalize(j("mynaInsuranceCard"))}: magagamit (使える)`,
      heading: `Dahil expired na ang inyong ${j("certificate")}, impormasyon lang tungkol sa inyong kwalipikasyon sa insurance ang ibibigay sa pasilidad na ito.`,
      message: [`Paki-renew po agad ang ${w.certificate} sa ${j("municipalOffice")}.`],
      button: "Susunod (次に進む)",
    },
    lapsed: {
      badge: `${capitalize(j("mynaInsuranceCard"))}: hindi magagamit (使えない)`,
      heading: `Wala nang bisa (失効) ang inyong ${j("certificate")}.`,
      message: [
        `Pakilabas po ang inyong ${w.myNumberCard} at pumunta sa reception (受付窓口).`,
        `Para ma-renew ang certificate, kailangang mag-asikaso sa ${j("municipalOffice")}.`,
      ],
      button: "",
    },
  },
  capability: {
    // One row per outcome (issue 9): seeing a doctor works in grace; only the records stop.
    insuranceQualificationOnly: `Pagpapatingin sa doktor gamit ang ${w.mynaInsuranceCard}`,
    insuranceFull: "Pagbibigay ng inyong impormasyong medikal at ng gamot sa ospital o klinika",
    myNaPortalLogin: `Pag-log in sa ${j("mynaPortal")}`,
    convenienceStoreCopies: "Pagkuha ng kopya ng residence record (住民票の写し) at iba pa sa convenience store",
    eTaxSignature: `e-Tax at iba pang online na aplikasyon gamit ang ${j("signatureCertificate")}`,
    photoId: "Paggamit bilang ID na may litrato",
  },
  works: { yes: "puwede", no: "hindi puwede", unknown: "hindi malalaman mula sa inilagay na ito", joiner: ": " },
  worksFor: {
    insuranceQualificationOnly: (works, stage) =>
      works && stage === "grace" ? "puwede (kumpirmasyon ng insurance lang)" : undefined,
    insuranceFull: (works) => (works === null ? undefined : works ? "oo" : "hindi, hindi ito ibinibigay"),
    // R-CERT-7: the signature certificate lapses on a move or a change of name.
    eTaxSignature: (works) =>
      works ? "puwede (kung hindi kayo lumipat ng tirahan o nagpalit ng pangalan mula noon)" : undefined,
  },
  nextStep: {
    nothingYet: ({ dates, evaluation }) => ({
      // R-INFER-3: "nothing to do" only holds under the renewed reading; say so.
      title:
        evaluation.certificate.basis === "assumedRenewed"
          ? "Kung na-renew o na-isyu na ulit ito, wala pa kayong kailangang gawin"
          : mayHaveEndedEarlier(evaluation)
            ? `Kung kapareho ng sa card ang ${w.certificateExpiry}, wala pa kayong kailangang gawin`
            : "Wala pa kayong kailangang gawin ngayon",
      detail:
        evaluation.card?.validityYears === null && evaluation.certificate.expiresOn === evaluation.card.expiresOn
          ? `Mag-e-expire ang card na ito sa ${j("periodOfStayEnd")}, ${dates.expiry}. Pagkatapos ma-extend ng ${j("immigration")} ang inyong ${w.periodOfStay}, gawin ang ${j("cardValidityExtension")} sa ${renewWhere}.`
          : evaluation.card && evaluation.certificate.expiresOn === evaluation.card.expiresOn
            ? `Mag-e-expire ang ${w.certificate} kasabay ng card sa ${dates.expiry}, kaya bagong card ang susunod na hakbang. Puwede kayong mag-apply mula ${dates.cardRenewalOpens}.`
            : `Puwede ninyong i-renew ang ${w.certificate} mula ${dates.renewalOpens}.`,
    }),
    expectNoticeLetter: ({ dates }) => ({
      title: `Darating ang ${j("noticeLetter")}`,
      detail: `Mga bandang ${dates.noticeFrom} hanggang ${dates.noticeTo}, magpapadala ang J-LIS (ang ahensiyang gumagawa ng card) ng "${j("noticeLetter")}" sa mapusyaw na asul na sobre. Hindi ito ipinapasa sa bagong address, kaya kung lumipat kayo, baka hindi ito dumating. Puwede kayong mag-renew kahit wala ang sulat na ito.`,
    }),
    addReminder: () => ({
      title: "Ilagay ang mga petsa sa inyong kalendaryo",
      detail: `Ilagay sa kalendaryo ang araw na puwede nang mag-renew, ang expiration date, at ang araw na hindi na magagamit ang ${w.mynaInsuranceCard}, para hindi ninyo makalimutan.`,
    }),
    renewCertificateAtOffice: ({ dates }) => ({
      title: `I-renew ang ${w.certificate} sa ${j("municipalOffice")}`,
      detail: `Libre ang ${w.renewal} sa ${renewWhere}, hanggang ${dates.expiryOnClosedDay ? `${dates.lastCounterDay} (sarado na ang counter pagkatapos nito hanggang sa expiration date, ${dates.expiry})` : dates.expiry}. Hindi ito magagawa online. Dalhin ang inyong ${w.myNumberCard}. Kailangan ang 4-digit na ${j("pin")} at ang 6–16 character na password para sa pirma. Kung nakalimutan ninyo ang mga ito, puwedeng i-reset sa parehong counter. Ang batang wala pang 15 taong gulang ay sasamahan ng magulang o ibang legal na kinatawan (法定代理人). Puwede ring ipagawa sa isang kinatawan (代理人), pero kailangang pumunta nang 2 beses.`,
    }),
    renewCard: ({ dates, evaluation, date }) => {
      const expired = evaluation.daysUntil.cardExpires !== null && evaluation.daysUntil.cardExpires < 0;
      const how =
        "Mag-apply na may litrato online, sa koreo, sa photo booth, o sa counter. Mga 1 buwan mula sa pag-apply bago makuha ang card sa counter. Para sa batang wala pang 15 taong gulang, ang magulang o ibang legal na kinatawan ang mag-a-apply.";
      return {
        title: expired ? `Mag-apply ng bagong ${w.myNumberCard}` : `Palitan ang inyong ${w.myNumberCard}`,
        detail: expired
          ? `Lumipas na ang ${w.cardExpiry} (${dates.card}). Mag-apply ng bagong card. ${how} May bagong ${w.certificate} ang bagong card. Habang naghihintay, puwede kayong magpatingin sa doktor gamit ang ${j("eligibilityCertificate")}.`
          : `Mag-e-expire ang card sa ${dates.card}, at hindi puwedeng lumampas sa card ang ${w.certificate}: kahit i-renew o ipa-reissue ngayon, sa araw ding iyon ito mag-e-expire. Kaya ang card mismo ang papalitan. Puwede kayong mag-apply mula ${dates.cardRenewalOpens ?? date(evaluation.certificate.renewalOpensOn)}. ${how}`,
      };
    },
    extendCardValidity: ({ dates }) => ({
      // R-CARD-4: immigration first; the municipal office can only extend the card after it.
      title: `Unahin ang pag-extend ng ${w.periodOfStay} sa ${w.immigration}, saka gawin ang ${w.cardValidityExtension}`,
      detail: `Mag-e-expire ang card na ito sa ${j("periodOfStayEnd")}, ${dates.card}. Sundin ang pagkakasunod-sunod na ito. Una, i-extend ang inyong ${j("periodOfStay")} sa ${j("immigration")} at kunin ang bagong ${j("residenceCard")}. Pagkatapos, dalhin ang bagong ${w.residenceCard} at ang inyong ${w.myNumberCard} sa ${renewWhere} at gawin ang ${j("cardValidityExtension")} (hindi ito aplikasyon para sa bagong card). Hindi humahaba ang ${w.certificate} kahit mapalitan ang validity ng card, kaya sa parehong counter, humiling din ng bagong ${j("certificate")}.`,
    }),
    reissueCertificateAtOffice: () => ({
      title: `Magpa-isyu ulit ng ${w.certificate} sa ${j("municipalOffice")}`,
      detail: `Kahit expired na ito, kung may bisa pa ang card, libre ang ${j("reissue")} sa ${renewWhere}. Hindi ito magagawa online. Dalhin ang inyong ${w.myNumberCard}. Kung nakalimutan ninyo ang ${j("pin")}, puwede itong i-reset sa parehong counter.`,
    }),
    wait24Hours: () => ({
      // R-CERT-8: the 24 hours are about the insurance system, not every use.
      title: "Makikita ng health insurance ang bagong certificate pagkalipas ng mga 24 oras",
      detail: `Mga 24 oras pagkatapos ng proseso sa counter, makukumpirma na ng mga ospital, klinika at botika ang expiration date ng bagong ${w.certificate}.`,
    }),
    setUpSmartphoneAgain: ({ evaluation }) => ({
      title: `I-set up ulit ang ${w.certificate} sa smartphone`,
      detail: `Kung ginagamit ninyo ang function ng ${w.myNumberCard} sa smartphone, i-set up ito ulit ${newCardIsTheStep(evaluation) ? "pagkatapos matanggap ang bagong card" : "pagkatapos mag-renew"}.`,
    }),
    registerInsuranceAgain: ({ evaluation }) => ({
      title: `Magparehistro ulit para sa ${w.mynaInsuranceCard}`,
      detail: `Kapag natapos ang ${MONTHS.grace} buwang palugit, makakansela ang pagpaparehistro ng ${w.mynaInsuranceCard} (マイナ保険証の利用登録). ${newCardIsTheStep(evaluation) ? "Pagkatapos matanggap ang bagong card" : `Pagkatapos ng ${w.reissue}`}, magparehistro ulit sa card reader ng ospital o klinika o sa ${j("mynaPortal")}.`,
    }),
    eligibilityCertificate: () => ({
      title: `Puwede kayong magpatingin sa doktor gamit ang ${j("eligibilityCertificate")}`,
      detail: `Kung hindi kayo mag-renew, magpapadala ang inyong health insurance ng "${j("eligibilityCertificate")}", at magagamit ninyo ito sa pagpapatingin sa doktor. Iba-iba ang panahon ng pagdating depende sa insurer (halimbawa: ang Kyokai Kenpo 協会けんぽ ay nagpapadala sa pamamagitan ng inyong employer mga 2 buwan pagkatapos ng katapusan ng buwan ng expiration; ang National Health Insurance 国民健康保険 ay bago matapos ang palugit).`,
    }),
    showCardAtReception: () => ({
      title: "Ipakita ang card sa reception",
      detail: `Kung lumabas sa card reader ang "電子証明書が失効しています" (wala nang bisa ang ${w.certificate}), sabihin ito sa reception (受付窓口).`,
    }),
    checkCertificateExpiry: ({ dates }) => {
      const r = dates.renewal;
      if (!r)
        return {
          title: `Alamin ang ${w.certificateExpiry}`,
          detail: `Makikita ito sa kahong sulat-kamay para sa ${j("certificateExpiry")} sa harap ng card, o sa ${j("mynaPortal")}.`,
        };
      // R-INFER-3: the question in words a person can answer, and what each answer means.
      const notRenewed = r.graceEndPassed
        ? `Kung hindi, nag-expire ang ${w.certificate} noong ${r.firstExpiry}, at hindi na magagamit ang ${w.mynaInsuranceCard} pagkatapos ng ${r.firstGraceEnds}. Magpa-isyu ulit sa counter at magparehistro ulit para sa ${w.mynaInsuranceCard}. Habang wala pa iyon, puwede pa rin kayong magpatingin gamit ang ${j("eligibilityCertificate")} na ipinapadala ng inyong health insurance; sabihin sa reception na hindi gumagana ang card.`
        : `Kung hindi, nag-expire na ang ${w.certificate} noong ${r.firstExpiry}. Hanggang ${r.firstGraceEnds} lang kayo puwedeng magpatingin gamit ang ${w.mynaInsuranceCard}, at kumpirmasyon lang ng insurance. Magpa-isyu ulit agad sa counter.`;
      return {
        title: `Nag-renew o nagpa-isyu ulit ba kayo ng ${w.certificate} sa ${w.municipalOffice} noong ${r.since} o pagkatapos nito?`,
        detail: `Kung may sulat-kamay na petsang mas huli sa ${r.firstExpiry} sa kahon ng ${w.certificate} sa harap ng card, o nakakapag-log in kayo sa ${w.mynaPortal}, na-renew na ninyo ito. Kung ganoon, may bisa ang ${w.certificate} hanggang ${r.renewedExpiry}. ${notRenewed}`,
      };
    },
  },
  bridge: (code, { dates, evaluation }) => {
    const verb = code === "renewCertificateAtOffice" ? "i-renew" : "ipa-reissue";
    const extend = evaluation.card?.validityYears === null;
    const until = extend ? "ma-extend ang card" : "dumating ang bagong card";
    return {
      title: `Kailangan hanggang ${until}? ${verb === "i-renew" ? "I-renew" : "Ipa-reissue"} ang ${w.certificate} sa counter (hindi sapilitan)`,
      lead: extend
        ? `Kung gusto ninyong gamitin nang normal ang ${w.mynaInsuranceCard} hanggang ${until}, puwede rin ninyong ${verb} muna ang ${w.certificate} sa counter (hindi ito sapilitan). Mag-e-expire ito kasabay ng card sa ${dates.card}; pagkatapos ma-extend ang card, humingi ulit ng ${w.certificate}.`
        : `Mga isang buwan bago makuha ang bagong card. Kung gusto ninyong gamitin nang normal ang ${w.mynaInsuranceCard} hanggang doon, puwede rin ninyong ${verb} muna ang ${w.certificate} sa counter (hindi ito sapilitan). Mag-e-expire ito kasabay ng card sa ${dates.card}.`,
    };
  },
  closedUntilExpiry: ({ dates }) => ({
    title: `Sarado ang counter hanggang sa expiration: pagkatapos nito, ipa-isyu ulit ang ${w.certificate}`,
    detail: `Lumipas na ang huling araw na bukas ang counter (${dates.lastCounterDay}), at sarado ito hanggang sa expiration, ${dates.expiry}. Pagkatapos ng expiration, ipa-isyu ulit ito nang libre sa susunod na araw na bukas ang counter (pagkatapos ng year-end, mula Enero 4). Hanggang ${dates.graceEnds}, magagamit pa ang ${w.mynaInsuranceCard} sa pagpapatingin (pang-kumpirma lang ng insurance). Dalhin ang ${w.myNumberCard} at alamin ang ${j("pin")}.`,
  }),
  caveat: {
    cardExpiryInCertificateField: ({ evaluation }) =>
      `May "まで有効" (may bisa hanggang) ang inilagay ninyong expiration ng ${w.certificate}. Ganito inililimbag ng card ang sarili nitong expiration. Ang expiration ng ${w.certificate} ay ang petsang isinulat-kamay sa counter sa kahon ng ${w.certificate} sa harap ng card (madalas na walang laman). Ang ${w.certificate} na na-isyu kasama ng 10-taong card ay nag-e-expire 5 taon bago ang card.${
        cardFaceAnswered(evaluation)
          ? " Nasa ibaba ang sagot kung ito ang petsa ng card."
          : ` Kung walang laman ang kahon, ilagay ang ${w.birthDate} at ang ${w.cardExpiry}.`
      }`,
    certificateExpiryTooLate: () =>
      `Nag-e-expire ang ${w.certificate} sa ika-5 kaarawan pagkatapos itong i-isyu (ika-6 kung na-renew sa loob ng 3 buwan bago ang expiration), at hindi kailanman lampas sa card. Kaya walang ${w.certificate} na na-isyu hanggang ngayon ang maaaring mag-expire sa petsang inilagay ninyo. Ang petsang nakalimbag na may "…まで有効" sa card ay ang expiration ng card mismo. Tingnan ang expiration ng ${w.certificate} sa sulat-kamay na kahon sa card, sa ${w.mynaPortal} o sa ${w.noticeLetter}.`,
    renewalUnknown: ({ dates }) => {
      const r = dates.renewal!;
      const shown =
        r.headline === "notRenewed"
          ? `Hanggang sa katapusan ng palugit nito (${r.firstGraceEnds}), ipinapakita ng sagot na ito ang mga petsa kung hindi kayo nag-renew.`
          : `Natapos na ang palugit nito noong ${r.firstGraceEnds}, kaya ipinapakita ng sagot na ito ang mga petsa kung nag-renew o nagpa-isyu ulit kayo.`;
      return `Ang expiration date ng inyong unang ${w.certificate} ay ${r.firstExpiry}. Hindi malalaman mula sa inilagay na ito kung nag-renew o nagpa-isyu ulit kayo ng ${w.certificate} sa ${j("municipalOffice")} noong ${r.since} o pagkatapos nito. ${shown} Nasa ibaba ang isa pang posibilidad.`;
    },
    thresholdTransition: () =>
      `Ang mga card na na-isyu mula Abril hanggang Setyembre 2022 sa mga 18 o 19 taong gulang ay may ${w.cardExpiry} na depende kung kailan tinanggap ang aplikasyon (hanggang Marso 2022: 5 taon; mula Abril: 10 taon). Ang mas maagang petsa ang ipinapakita ng sagot na ito. Ilagay ang expiration date na nakalimbag sa card para matiyak ito.`,
    ageBoundary: ({ evaluation }) =>
      // R-AGE-2 at 15 changes the signature certificate only; at 18 or 20 the card's length.
      atFifteen(evaluation)
        ? `Na-isyu ang card isang araw bago ang ika-15 kaarawan, kaya nakadepende kung may ${j("signatureCertificate")} ang card sa kung bibilangin ang araw na iyon bilang 15 taong gulang. Sa sagot na ito, binibilang itong 15 taong gulang (ibig sabihin, mayroon nito ang card).`
        : `Na-isyu ang card isang araw bago ang kaarawan ng pagiging nasa hustong gulang, kaya nagbabago ang ${w.cardExpiry} depende kung bibilangin ang araw na iyon bilang nasa hustong gulang na. Sa sagot na ito, binibilang itong nasa hustong gulang na. Ilagay ang expiration date na nakalimbag sa card para matiyak ito.`,
    feb29: ({ evaluation }) => {
      // R-DATE-4: which convention, and whether the printed card expiry settled it.
      const { marchFirst, recounted } = feb29Reading(evaluation);
      const day = marchFirst ? "Marso 1" : "Pebrero 28";
      return recounted
        ? `Para sa mga ipinanganak noong Pebrero 29, binibilang namin ang kaarawan bilang ${day} sa mga taong hindi leap year. May pagbilang din na Marso 1; kung ganoon, ang mga petsa ay gaya ng nasa ibaba. Pakisuri rin ang mga petsa sa inyong card o sa sulat.`
        : evaluation.card?.printed
          ? `Para sa mga ipinanganak noong Pebrero 29, ayon sa expiration date na nakalimbag sa card, binibilang bilang ${day} ang kaarawan sa mga taong hindi leap year.`
          : `Para sa mga ipinanganak noong Pebrero 29, binibilang namin ang kaarawan bilang ${day} sa mga taong hindi leap year. Kahit bilangin ito bilang Marso 1, pareho pa rin ang mga petsa.`;
    },
    signatureUncertain: () =>
      `Ang ganitong card ay karaniwang na-isyu bago mag-15 taong gulang, at walang ${j("signatureCertificate")} noong na-isyu (mayroon kung na-isyu isang araw bago ang ika-15 kaarawan). Mula 15 taong gulang, puwede itong hilingin sa counter para ma-isyu.`,
    adultByDayBefore: () =>
      "Posible lang ang ganitong mga petsa sa 10-taong card na na-isyu isang araw bago ang kaarawan ng pagiging nasa hustong gulang (ika-18 o ika-20). Pakisuri kung may mali sa mga petsa.",
    signatureOnRequest: () =>
      `Walang ${j("signatureCertificate")} ang card na na-isyu bago mag-15 taong gulang. Mayroon lang kung hiniling ito sa counter mula 15 taong gulang, at kapareho o mas maaga ang expiration nito kaysa sa ${j("userCertificate")}. Hindi malalaman mula sa inilagay na ito kung magagamit ang e-Tax.`,
    certificateDateNearWindow: () =>
      `Ang ${issueDateOf(w.certificate)} na inilagay ninyo ay ilang araw lang bago magsimula ang panahong puwedeng mag-renew. Kung tama ang petsang ito, bibilangin itong bagong pag-isyu, pero kung maiba lang nang isang araw, maiiba nang isang taon ang expiration date. Pakisuri ang petsa sa kahon ng ${w.certificate} sa card o sa ${w.mynaPortal}.`,
    cardExpiryNotBirthday: () =>
      `Karaniwang kaarawan ang ${w.cardExpiry}. Hindi kaarawan ang petsang inilagay ninyo, kaya pakisuri kung may mali sa pag-type. Kung may takdang ${j("periodOfStay")} kayo, ilagay din ang ${j("periodOfStayEnd")}.`,
    periodOfStay: ({ evaluation, dates }) =>
      // Review8 #23: a stay ending after a birthday C: an ordinary card, whose letter comes.
      ordinaryCardWithStay(evaluation)
        ? `Karaniwang card ito: mag-e-expire ito sa isang kaarawan (${dates.card}) bago ang ${w.periodOfStayEnd}, at ipapadala ang ${j("noticeLetter")}. Kung mananatili kayo sa Japan pagkatapos ng araw na iyon, mag-apply ng bagong card (hiwalay ito sa pag-extend ng ${w.periodOfStay}).`
        : mayHaveEndedEarlier(evaluation)
          ? `Hindi alam ang petsa ng pag-isyu ng card na mag-e-expire sa ${j("periodOfStayEnd")}. Bukod dito, kahit mapahaba ang bisa ng card pagkatapos ma-extend ang ${w.periodOfStay}, hindi humahaba ang bisa ng ${w.certificate}. Kaya baka nag-expire na ang ${w.certificate} sa dating ${w.periodOfStayEnd}, o sa isang kaarawan bago ang ${w.cardExpiry} (nasa ibaba ang kaso ng kaarawan). Pakisuri ang kahon ng ${w.certificate} sa card o ang ${j("mynaPortal")}. Walang ${j("noticeLetter")} na ipinapadala para sa card na mag-e-expire kasabay ng ${w.periodOfStay}.`
          : `Sa card na mag-e-expire sa ${j("periodOfStayEnd")}, kahit mapahaba ang bisa ng card pagkatapos ma-extend ang ${w.periodOfStay}, hindi humahaba ang bisa ng ${w.certificate}. Walang ${j("noticeLetter")} na ipinapadala para sa ganitong card.`,
    cardExpired: ({ dates }) =>
      // R-INFER-5: the certificate ended on the card expiry at the latest (years earlier for
      // someone who never renewed); never "the same day" as a fact.
      `Lumipas na ang expiration date ng inyong ${w.myNumberCard} (${dates.card}). Nag-expire ang ${w.certificate} sa araw na iyon o mas maaga pa. Para magkaroon ng bagong ${w.certificate}, kailangang mag-apply ng bagong card.${dates.renewal ? ` Tingnan din ang "${ASSUMPTIONS.notRenewed}" sa ibaba.` : ""}`,
    expiryOnClosedDay: ({ dates }) =>
      `Ang expiration date, ${dates.expiry}, ay araw na sarado ang ${j("municipalOffice")} (Sabado, Linggo, pambansang holiday o bakasyon ng Bagong Taon). Hindi lilipat ang expiration date sa susunod na araw na bukas ang opisina: ang huling araw na puwede kayong pumunta sa counter ay ${dates.lastCounterDay}.`,
    holidaysProjected: ({ evaluation, date }) => {
      const days = projectedDaysNamed(evaluation, date, COUNTER_DAY_ROLE);
      return `Ginamit sa pagbilang ng ${days.length === 1 ? "araw ng counter na ito" : "mga araw ng counter na ito"} ang mga holiday ng taong hindi pa opisyal na inaanunsyo: ${days.join("; ")}. Itinatakda tuwing Pebrero ng nakaraang taon ang mga holiday ng equinox, at puwedeng magbago ang batas sa holiday. Pakisuri ulit kapag malapit na ang petsa.`;
    },
    holidaysOutsideFormula: () =>
      "Labas sa saklaw ng formula ang mga holiday ng equinox mula 2100 at bago ang 1980. Ginamit sa mga araw ng counter ang mga petsa ng 2099 (o 1980), kaya gamitin lang ito bilang gabay.",
  },
  counter: {
    lastDay: ({ dates }) => `Ang huling araw na puwede ninyo itong gawin sa counter ay ${dates.lastCounterDay}.`,
    graceLastDay: ({ dates }) =>
      `Ang huling araw sa counter habang magagamit pa ang ${w.mynaInsuranceCard} ay ${dates.graceLastCounterDay}.`,
    note: `Sarado ang ${j("municipalOffice")} tuwing Sabado, Linggo, pambansang holiday, at mula Disyembre 29 hanggang Enero 3. Pero maraming city hall ang bukas sa ilang Sabado o Linggo (休日窓口) o sa gabi, at iba-iba ang oras. Pakisuri sa website ng inyong lungsod o bayan.`,
    joiner: " ",
  },
  alternative: (a, t) => {
    const parts = [`${ASSUMPTIONS[a.assumption] ?? a.assumption}:`];
    if (a.cardExpiresOn) parts.push(`${t.date(a.cardExpiresOn)} ang ${w.cardExpiry};`);
    if (a.certificateExpiresOn) {
      const past = a.stage === "grace" || a.stage === "lapsed";
      parts.push(
        past
          ? `nag-expire ang ${w.certificate} noong ${t.date(a.certificateExpiresOn)}`
          : `mag-e-expire ang ${w.certificate} sa ${t.date(a.certificateExpiresOn)}`,
      );
    }
    // Issue 9: never "magagamit hanggang" about a past day.
    if (a.graceEndsOn) {
      parts.push(
        a.stage === "lapsed"
          ? `at hindi na magagamit ang ${w.mynaInsuranceCard} pagkatapos ng ${t.date(a.graceEndsOn)}.`
          : a.stage === "grace"
            ? `at hanggang ${t.date(a.graceEndsOn)}, kumpirmasyon lang ng insurance ang magagawa ng ${w.mynaInsuranceCard}.`
            : `at magagamit ang ${w.mynaInsuranceCard} hanggang ${t.date(a.graceEndsOn)}.`,
      );
    }
    if (a.stage) parts.push(`Yugto ngayon: "${stageNames[a.stage]}".`);
    return parts.join(" ");
  },
  checkCardExpiry: `Suriin muna ang expiry ng inyong card: hindi birthday ang petsang inilagay, kaya baka mali ang pagkaka-type. Ang sumusunod ay kung tama ang petsa at mag-e-expire ang card sa ${w.periodOfStayEnd}. `,
  ifStayCard: `Kung tama ang petsa at mag-e-expire ang card sa ${w.periodOfStayEnd}: `,
  alternativeWindow: (date) => ` Sa ganitong kaso, puwede nang mag-renew sa counter mula ${date}.`,
  checkCertificateField: {
    cardExpiryInCertificateField: `Suriin muna kung aling petsa ito: ang petsang nakalimbag na may "…まで有効" (may bisa hanggang …) ay ang expiration ng card mismo. Ang expiration ng ${w.certificate} ay ang petsang sulat-kamay sa kahon ng ${w.certificate} sa harap ng card. Kung walang laman ang kahong iyon, ilagay ang ${w.birthDate}, at ilagay ang petsang ito sa "${j("cardExpiry")}". Ang sumusunod ay kung ang petsa ay expiration ng ${w.certificate}. `,
    certificateExpiryTooLate: `Suriin muna kung aling petsa ito: pinakamatagal na may bisa ang ${w.certificate} hanggang sa ika-6 na kaarawan pagkatapos itong i-isyu, kaya walang ${w.certificate} na na-isyu hanggang ngayon ang mag-e-expire nang ganito kahuli. Hindi ba ito ang expiration ng card mismo, na nakalimbag na may "…まで有効"? Kung oo, ilagay ang ${w.birthDate}, at ilagay ang petsang ito sa "${j("cardExpiry")}". Ang sumusunod ay ayon sa petsang inilagay ninyo. `,
  },
  inputNote: {
    past_era_end: "Pagkatapos magbago ang era (元号) ang {field}, kaya binasa ito bilang {wareki} ({date}).",
  },
  condition: (r) =>
    r.since === null
      ? `Ipinapalagay ng sagot na ito na na-renew ninyo ang ${w.certificate}. `
      : r.headline === "notRenewed"
        ? `Ipinapalagay ng sagot na ito na hindi kayo nag-renew o nagpa-isyu ulit ng ${w.certificate} sa counter mula ${r.since}. `
        : `Ipinapalagay ng sagot na ito na nag-renew o nagpa-isyu ulit kayo ng ${w.certificate} sa counter noong ${r.since} o pagkatapos nito. `,
  assumed: {
    earlierBirthday: `Ipinapalagay ng sagot na ito na may bisa ang ${w.certificate} hanggang sa ${w.cardExpiry}. Kung nag-expire na ito sa mas naunang kaarawan, iba ang sagot (tingnan sa ibaba). `,
    issuedInWindow:
      "Ipinapalagay ng sagot na ito na tama ang petsa ng pag-isyu na inilagay ninyo. Kung isang araw itong mas huli, iba ang sagot (tingnan sa ibaba). ",
    adultCard:
      "Ipinapalagay ng sagot na ito na 5-taong card ito. Kung 10-taong card ito (nasa hustong gulang), iba ang sagot (tingnan sa ibaba). ",
    minorCard:
      "Ipinapalagay ng sagot na ito na 10-taong card ito (nasa hustong gulang). Kung 5-taong card ito, iba ang sagot (tingnan sa ibaba). ",
    march1:
      "Binibilang ng sagot na ito ang kaarawan bilang Pebrero 28. Kung bibilangin itong Marso 1, iba ang sagot (tingnan sa ibaba). ",
  },
  milestone: {
    noticeExpected: `Nagsisimulang dumating ang ${j("noticeLetter")}`,
    renewalOpens: `Puwede nang i-renew ang ${w.certificate}`,
    certificateExpires: capitalize(j("certificateExpiry")),
    graceStarts: "Expired: kumpirmasyon ng insurance lang",
    graceEnds: `Huling araw na magagamit ang ${w.mynaInsuranceCard}`,
    lapses: `Hindi na magagamit ang ${w.mynaInsuranceCard}`,
    cardRenewalOpens: "Puwede nang mag-apply ng bagong card",
    cardExpires: `Expiration date ng ${w.myNumberCard}`,
  },
};

const ASSUMPTIONS: Record<string, string> = {
  cardFace: "Kung ito ang expiration ng card",
  cardFaceNotRenewed: `Kung ito ang expiration ng card at hindi na-renew ang ${w.certificate}`,
  cardFaceRenewed: `Kung ito ang expiration ng card at na-renew o na-isyu muli ang ${w.certificate}`,
  renewed: "Kung na-renew o na-isyu ulit",
  notRenewed: "Kung hindi na-renew o na-isyu ulit",
  adultCard: "Kung 10-taong card ito (nasa hustong gulang)",
  minorCard: "Kung 5-taong card ito",
  march1: "Kung Marso 1 ang bilang sa kaarawan",
  earlierBirthday: `Kung nag-expire ang ${w.certificate} sa isang kaarawan bago ang card`,
  issuedInWindow: "Kung isang araw na mas huli ang pag-isyu, sa loob ng panahong puwedeng mag-renew",
  noSignatureCertificate: `Kung hindi binibilang na 15 taong gulang ang araw bago ang ika-15 kaarawan (walang ${w.signatureCertificate} ang card)`,
};
