/**
 * @module
 * The checker (/tl/check/) in Filipino: a translation of CHECK.ja (content/check.ts), which is
 * authoritative. Field labels carry the Japanese printed on the card or the 在留カード, so the
 * person can match them; examples are written as the card prints them.
 */
import { capitalize } from "#shared/messages/glossary/case.ts";
import { glossary } from "#shared/messages/glossary/tl.ts";
import type { CheckContent } from "../../check";

const { term: w, withJa: j } = glossary;

/** The counter's name in a short sentence. */
const office = `${w.municipalOffice} (市区町村の窓口)`;

export const content: CheckContent = {
  title: `Alamin ang expiration ng ${w.certificate} at ang yugto ngayon`,
  description: `Alamin ang ${w.certificateExpiry} ng ${w.myNumberCard}, at kung nasaang yugto ang ${w.mynaInsuranceCard} (may bisa, puwede nang i-renew, palugit matapos mag-expire, wala nang bisa).`,
  lead: [
    `Ilagay ang mga petsang alam ninyo. Makikita ninyo ang ${w.certificateExpiry}, kung kailan puwedeng mag-renew, ang huling araw na magagamit ang ${w.mynaInsuranceCard}, at ang screen na lalabas sa card reader ng ospital.`,
    "Puwedeng ilagay ang petsa sa karaniwang kalendaryo o sa kalendaryong Hapon (和暦), gaya ng nakasulat sa card (halimbawa: 2026-11-14, 2026年11月14日, 令和8年11月14日, R8.11.14, 昭和60年11月14日).",
  ],
  cardFigure: {
    caption: "Nasaan ang mga petsa sa harap ng card (halimbawa)",
    items: [
      `**${capitalize(w.birthDate)} (生年月日)**: nakalimbag sa kalendaryong Hapon (halimbawa: 昭和60年11月14日生).`,
      `**${capitalize(w.cardExpiry)} (カードの有効期限)**: nakalimbag sa karaniwang kalendaryo, gaya ng "2031年11月14日まで有効" (may bisa hanggang Nobyembre 14, 2031). Hindi ito ang expiration ng ${w.certificate}.`,
      `**${capitalize(j("certificateExpiry"))}**: kahon na sinusulatan ng kamay sa counter (pulang putol-putol na linya). Madalas itong walang laman; kung ganoon, makikita ito sa ${j("mynaPortal")} o sa ${j("noticeLetter")}.`,
    ],
  },
  knowHeading: `Kung alam ninyo ang ${w.certificateExpiry}`,
  knowHint: "Kung alam ninyo ito, sapat na ito. Kung hindi, iwanan itong blangko at magpatuloy sa susunod na tanong.",
  orHeading: "Kung hindi ninyo alam ang expiration date",
  orHint: `Kukuwentahin ito mula sa ${w.birthDate} at sa ${w.cardExpiry} na nakalimbag sa harap ng card.`,
  issueSummary: "Gamitin ang petsa ng pag-isyu ng card sa halip na ang expiration date nito",
  staySummary: `Para sa mga dayuhang residente na may ${j("periodOfStay")}`,
  todaySummary: "Alamin para sa ibang araw, hindi ngayong araw",
  fields: {
    certificateExpiry: {
      label: capitalize(j("certificateExpiry")),
      hint: `Nakasulat sa kahong "電子証明書の有効期限" sa harap ng card (sulat-kamay sa counter; madalas walang laman), sa ${j("mynaPortal")}, o sa ${j("noticeLetter")} na nasa mapusyaw na asul na sobre (bilang 3 sa larawan sa itaas).`,
      example: "2026-03-15 o 令和8年3月15日",
    },
    birthDate: {
      label: capitalize(j("birthDate")),
      hint: "Puwedeng ilagay gaya ng nakalimbag sa card, sa kalendaryong Hapon (bilang 1 sa larawan sa itaas). Halimbawa: 昭和60年11月14日 o 1985-11-14",
      example: "1985-11-14 o 昭和60年11月14日",
    },
    cardExpiry: {
      label: capitalize(j("cardExpiry")),
      hint: `Ang petsang nakalimbag sa harap ng card, gaya ng "2031年11月14日まで有効" (bilang 2 sa larawan sa itaas).`,
      example: "2031-11-14",
    },
    cardIssuedOn: {
      label: "Petsa ng pag-isyu ng card (カードの発行日)",
      hint: "Hindi ito nakalimbag sa card. Ito ang araw na ginawa ang card (hindi ang araw na natanggap ninyo). Ilagay lang kung alam ninyo.",
      example: "2021-11-01",
    },
    periodOfStayEndsOn: {
      label: capitalize(j("periodOfStayEnd")),
      hint: `Ang petsang nakasulat sa inyong ${j("residenceCard")}. Hindi na kailangang ilagay ng mga permanent resident (永住者), Highly Skilled Professional (ii) (高度専門職2号) at special permanent resident (特別永住者).`,
      example: "2027-04-30",
    },
    today: {
      label: "Araw na aalamin",
      hint: "Kung blangko, aalamin para sa araw na ito (oras sa Japan). Kung maglalagay ng petsa sa hinaharap, makikita ninyo kung ano ang mangyayari sa araw na iyon.",
      example: "2026-12-02",
    },
  },
  submit: "Alamin",
  checking: "Sinusuri…",
  parse: {
    unrecognised: "{field}: hindi mabasa bilang petsa. Ilagay ito nang ganito: {example}.",
    not_a_real_date: "{field}: wala ang araw na ito sa kalendaryo. Pakisuri ang buwan at araw.",
    past_era_end: "{field}: ang petsang ito ay pagkatapos ng katapusan ng era (元号).",
    before_era_start: "{field}: ang petsang ito ay bago ang simula ng era (元号).",
    before_gregorian: "{field}: ilagay ang petsa mula 1873 (明治6年) o pagkatapos nito.",
    weekday_mismatch:
      "Hindi tugma ang araw ng linggo sa {field}: {date} ang petsa, pero {weekday} ang nakasulat. Pakisuri ang petsa at ang araw, at ilagay muli.",
    year_mismatch:
      "Hindi tugma ang taon sa panaklong ({year}) sa {field}: {dateWithEra} ang petsang ito. Pakisuri kung aling taon ang tama, at ilagay muli.",
    suggestion: "{date} ba ang ibig ninyong sabihin?",
  },
  errors: {
    summaryTitle: "Pakisuri ang inilagay ninyo",
    titlePrefix: "Error: ",
    prefix: "Error: ",
    needInput: `Ilagay ang ${w.certificateExpiry}, o ang ${w.birthDate} at ang ${w.cardExpiry}.`,
    needBirthDate: `Ilagay ang ${w.birthDate}. Hindi ito makukuwenta mula sa expiration date o petsa ng pag-isyu ng card lang.`,
    network: `Walang natanggap na sagot. Pakisuri ang inyong koneksyon at pindutin ulit ang "Alamin".`,
    server: "Walang natanggap na sagot. Pakisubukan ulit pagkalipas ng ilang sandali.",
    busy: `Maraming gumagamit ngayon kaya walang natanggap na sagot. Nandiyan pa rin ang inilagay ninyo. Maghintay nang mga 1 minuto, saka pindutin ulit ang "Alamin".`,
  },
  result: {
    headline: {
      valid: `May bisa ang inyong ${w.certificate}`,
      renewal: `Panahon na para i-renew ang inyong ${w.certificate}`,
      grace: `Nag-expire na ang inyong ${w.certificate}`,
      lapsed: `Hindi na magagamit ang inyong ${w.mynaInsuranceCard}`,
    },
    action: {
      valid: `Mula {date}, puwede na kayong mag-renew sa ${office}. Hanggang noon, wala pa kayong kailangang gawin.`,
      renewal: `Mag-renew sa ${office} hanggang {date}.`,
      grace: `Magpa-isyu ulit sa ${office} hanggang {date}. Hanggang noon, puwede pa kayong magpatingin gamit ang ${w.mynaInsuranceCard}.`,
      lapsed: `Mula {date}, hindi na magagamit ang ${w.mynaInsuranceCard}. Magpa-isyu ulit ng ${w.certificate} sa ${office}.`,
    },
    bring: `Gawin ito sa ${w.municipalOffice} ng lungsod o bayan kung saan kayo nakatira (お住まいの市区町村の窓口). Libre ito. Dalhin ang ${w.myNumberCard} at tiyaking alam ninyo ang 4-digit na ${j("pin")} at, kung mayroon kayong signature certificate, ang password nito (パスワード, 6–16 na letra at numero).`,
    checkFirst: {
      heading: `Tingnan muna ang expiration date ng inyong ${w.certificate}`,
      ifSo: "Kung tama ang palagay sa itaas",
      moveToCard: "Gamitin ang petsang ito bilang expiration ng card",
      card: {
        heading: `Tingnan muna ang ${w.cardExpiry}`,
        why: `Hindi birthday ang ${w.cardExpiry} na inilagay ninyo. Maliban kung nag-e-expire ang card kasabay ng ${w.periodOfStay}, sa isang birthday ito nag-e-expire. Tingnan ulit ang petsang naka-print sa harap ng card (「…まで有効」).`,
        typo: "Kung {date} (ang inyong birthday) ang naka-print, nagkamali lang sa pag-type: suriin ulit gamit ang petsang iyon.",
        recheck: "Suriin ulit gamit ang petsang ito",
        asTyped: `Kung tama ang petsang inilagay, nag-e-expire ang card sa ${w.periodOfStayEnd} (card ng dayuhang residente). Ilagay din ang ${j("periodOfStayEnd")} para mas tiyak ang sagot. Ang sagot sa ibaba ay para sa ganoong kaso.`,
      },
    },
    stay: {
      action: `Una, i-extend ang ${w.periodOfStay} sa ${j("immigration")}. Pagkatapos, hanggang {date}, pumunta sa ${office} para gawin ang ${w.cardValidityExtension} at kumuha ng bagong ${w.certificate}.`,
      later: `Una, i-extend ang ${w.periodOfStay} sa ${j("immigration")}. Puwedeng tumagal ito nang ilang linggo. Kapag natanggap na ninyo ang bagong ${j("residenceCard")}, pumunta sa ${office} para sa ${w.cardValidityExtension} at bagong ${w.certificate}.`,
      bring: `Sa ${w.municipalOffice}, dalhin ang bagong ${j("residenceCard")} at ang ${w.myNumberCard}, at tiyaking alam ninyo ang 4-digit na ${j("pin")} at, kung mayroon kayong signature certificate, ang password nito (パスワード, 6–16 na letra at numero).`,
    },
    newCard: {
      headline: `Panahon na para mag-apply ng bagong ${w.myNumberCard}`,
      action:
        "Mag-e-expire ang card sa {date}, at hindi puwedeng lumampas sa card ang electronic certificate (電子証明書) (kahit i-renew o ipa-reissue ngayon, sa araw ding iyon ito mag-e-expire), kaya mag-apply na ngayon ng bagong My Number Card.",
      later:
        "Mula {date}, puwede na kayong mag-apply ng bagong My Number Card (kasabay ng card mag-e-expire ang certificate, kaya papalitan ang card). Hanggang doon, wala pa kayong kailangang gawin.",
      bring:
        "Mag-apply online, sa koreo, sa photo booth o sa counter (kailangan ng litrato). Mga isang buwan mula sa pag-apply hanggang makuha ang card.",
    },
    cardExpired: {
      action:
        "Nag-expire na ang card noong {date}. Hindi na puwedeng magpa-isyu ulit ng electronic certificate sa expired na card, kaya mag-apply ng bagong My Number Card.",
      bring:
        "Mag-apply online, sa koreo, sa photo booth o sa counter (kailangan ng litrato). Mga isang buwan ito; hanggang doon, puwede kayong magpatingin gamit ang 資格確認書 (eligibility certificate).",
    },
    alreadyRenewed:
      'Nag-renew na ba kayo? Kung {date} ang nakasulat sa kahong "電子証明書の有効期限" sa harap ng card, tapos na ang pag-renew at wala na kayong kailangang gawin.',
    more: "Tingnan ang detalye",
    question: {
      legend: `Nag-renew o nagpa-isyu ulit ba kayo ng ${w.certificate} sa ${office} noong {date} o pagkatapos nito?`,
      howToTell: [
        `Kung may sulat-kamay na petsang mas huli sa {date} sa kahong "電子証明書の有効期限" sa harap ng card (sa kaliwang ibaba, pulang putol-putol na linya), nag-renew na kayo. Kung {date} lang ang nakasulat, iyon ang unang expiration date, at hindi iyon palatandaan na nag-renew kayo.`,
        `Kung nakakapag-log in kayo ngayon sa ${j("mynaPortal")}, nag-renew na kayo. Hindi makakapag-log in gamit ang expired na ${w.certificate}.`,
      ],
      yes: "Oo",
      no: "Hindi",
      unknown: "Hindi ko alam",
      submit: "Sumagot",
      intro:
        "Nagbabago ang yugto ngayon depende sa sagot ninyo. Habang hindi pa ninyo alam, tingnan ang dalawa at siguraduhing aabot kayo sa mas maagang petsa.",
      ifNo: "Kung hindi kayo nag-renew o nagpa-isyu ulit",
      ifYes: "Kung nag-renew o nagpa-isyu ulit kayo",
    },
    checkedOn: "Petsang inalam: ",
    datesHeading: "Mahahalagang petsa",
    dateLabels: {
      renewalOpens: "Simula ng panahon ng pag-renew",
      firstCounterDay: "Unang araw na puwedeng pumunta sa counter",
      certificateExpires: capitalize(w.certificateExpiry),
      graceEnds: `Huling araw na magagamit ang ${w.mynaInsuranceCard} (kumpirmasyon ng insurance lang)`,
      cardExpires: "Expiration date ng card mismo",
      signature: `Expiration date ng ${j("signatureCertificate")}`,
      signatureAtMost: " (mas maaga itong mawawalan ng bisa kung magbago ang inyong address o pangalan)",
      lastCounterDay: "Huling araw na puwedeng pumunta sa counter",
    },
    timelineHeading: "Takbo ng panahon",
    timelineCaption: "Ang inyong 4 na yugto (pareho ng nasa talahanayan sa ibaba)",
    tableCaption: "Mga petsa at pangyayari",
    tableDate: "Petsa",
    tableEvent: "Pangyayari",
    todayRow: "Ngayong araw",
    todayMarker: "Ngayon",
    dayRow: "Petsang inalam",
    dayMarker: "Araw na ito",
    before: "bago ang",
    from: "mula",
    until: "hanggang",
    readerHeading: "Ang screen sa card reader ng ospital at botika sa araw na ito",
    readerCaption: "Screen ng card reader na may face recognition (larawan; Japanese ang nasa makina)",
    worksHeading: "Ang magagamit at hindi magagamit",
    worksWord: "magagamit",
    notWorksWord: "hindi magagamit",
    stepsHeading: "Ang susunod na gagawin",
    caveatsHeading: "Pakisuri ang mga ito",
    caveatAlternatives: "Iba pang posibilidad:",
    stayPage: `Para sa may ${w.periodOfStay}: ang pagkakasunod-sunod ng proseso at ang mga dadalhin`,
    calendarHeading: "Ilagay sa kalendaryo",
    calendarText:
      "Puwede ninyong ilagay sa kalendaryo ang mga petsang darating pa. May paalala ang calendar file (.ics) nang 9:00 ng umaga sa bawat araw.",
    ics: "I-download ang calendar file (.ics)",
    google: "O idagdag isa-isa sa Google Calendar (ang oras ng paalala ay ayon sa settings ng inyong Google Calendar):",
    bookmark: `Nasa address ng pahinang ito ang mga petsang inilagay ninyo. Kung i-bookmark ninyo ito, makikita ninyo ulit ang parehong resulta. Hindi ipinapadala sa server ang bahagi ng address pagkatapos ng "#".`,
    again: "Baguhin ang inilagay at alamin ulit",
    stagesLink: "Tingnan nang mas detalyado ang 4 na yugto",
  },
};
