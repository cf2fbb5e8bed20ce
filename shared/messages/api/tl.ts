/**
 * @module
 * The API's own sentences in Filipino (problems, the Worker's field errors, calendar, badge):
 * a translation of api/ja.ts, whose Japanese text is authoritative. Every message says what to
 * do next, and none quotes the input (architecture.md). Terms from glossary/tl.ts.
 */
import { LIMIT_TEXT } from "../../limits/index.ts";
import type { ApiTexts } from "../catalog.ts";
import { capitalize } from "../glossary/case.ts";
import { glossary } from "../glossary/tl.ts";

const { term: w, withJa: j } = glossary;

/** Before every visit to the counter: what to bring (api/ja.ts 「カードを持って行き、暗証番号を確認しておいてください」). */
const bring = `Dalhin ang card at tiyaking alam ninyo ang inyong ${j("pin")}.`;

export const tlApi: ApiTexts = {
  problem: {
    "invalid-input": {
      title: "Pakisuri ang inilagay ninyo",
      detail: "Ayusin ang mga field na nakalista sa errors at ipadala ulit.",
    },
    "malformed-body": {
      title: "Hindi mabasa ang body ng request",
      detail: "Ipadala ang body bilang JSON object na naka-UTF-8.",
    },
    "unsupported-media-type": {
      title: "Hindi suportado ang format na ito",
      detail:
        "Ipadala bilang JSON na hindi naka-compress (walang Content-Encoding), na may header na Content-Type: application/json.",
    },
    "content-too-large": {
      title: "Masyadong malaki ang request",
      detail: "Paliitin ang body, o hatiin ito sa ilang request.",
    },
    "uri-too-long": { title: "Masyadong mahaba ang URL", detail: "Ilagay lang sa query ang mga field na kailangan." },
    "not-found": {
      title: "Hindi nahanap",
      detail: "Walang API sa URL na ito. Nakalista sa /api/v1/openapi.json ang mga URL na puwedeng gamitin.",
    },
    "method-not-allowed": {
      title: "Hindi puwede ang method na ito",
      detail: "Gumamit ng isa sa mga method na nasa Allow header.",
    },
    "rate-limited": {
      title: "Masyadong maraming request",
      detail:
        "Maghintay nang ilang segundo ayon sa Retry-After header, saka ipadala ulit. Puwedeng ipadala nang sabay-sabay ang maraming petsa sa batch API (/api/v1/evaluate/batch).",
    },
    internal: { title: "Nagkaproblema sa server", detail: "Pakisubukan ulit pagkalipas ng ilang sandali." },
  },
  requestError: {
    malformed_json: "Hindi mabasa ang body bilang JSON. Pakisuri ang mga bracket at quote.",
    body_unreadable: "Hindi natanggap nang buo ang body. Ipadala ito ulit.",
    empty_body: "Walang laman ang body. Magpadala ng JSON object.",
    invalid_encoding: "Ipadala ang body na naka-UTF-8.",
    too_deep: "Masyadong malalim ang pagkaka-nest ng JSON. Ipadala ang bawat field bilang string.",
    body_too_large: `Masyadong malaki ang body: hanggang ${LIMIT_TEXT.singleBody} lang para sa isang tanong, ${LIMIT_TEXT.batchBody} para sa batch.`,
    unsupported_media_type: "Gawing application/json ang Content-Type.",
    unsupported_content_encoding: "Ipadala ang body nang hindi naka-compress (walang Content-Encoding).",
    repeated_parameter: "Isang beses lang ilagay ang field na ito sa query.",
    control_character: "Alisin ang mga control character gaya ng line break o tab.",
    query_too_long: "Masyadong mahaba ang query. Ilagay lang ang mga field na kailangan.",
    too_many_items: `Hanggang ${LIMIT_TEXT.batchItems} item lang ang isang batch. Hatiin ang listahan sa ilang request.`,
    too_many_items_with_texts: `Hanggang ${LIMIT_TEXT.batchItemsWithTexts} item lang ang batch na may kasamang mga pangungusap. Kung idadagdag ang "texts": false, makakapagpadala kayo ng hanggang ${LIMIT_TEXT.batchItems} item, at sagot na walang pangungusap (petsa, yugto, code) ang matatanggap.`,
    too_many_langs_with_texts: `Hanggang ${LIMIT_TEXT.batchLangsWithTexts} wika lang ang batch na may kasamang mga pangungusap: binibilang ang lang ng bawat item, at ang lang ng batch (kung wala, ang wika ng Accept-Language) kapag may item na walang lang. Magpadala ng isang batch para sa bawat wika, o idagdag ang "texts": false para sa sagot na walang pangungusap (petsa, yugto, code).`,
    texts_not_boolean: "Gawing true o false ang texts.",
    field_belongs_in_item:
      'Ilagay ang mga field ng petsa (birthDate, today, at iba pa) sa loob ng bawat item ng items, halimbawa {"items": [{"birthDate": "1990-01-01", "today": "2026-03-15"}]}.',
    items_required: "Maglagay sa items ng array ng mga tanong (object).",
    item_not_an_object: "Dapat JSON object ({ … }) ang bawat item.",
    unknown_path: "Walang API sa URL na ito.",
    method_not_allowed: "Gumamit ng method na nasa Allow header.",
    malformed_request: `Hindi wastong HTTP/1.1 ang request. Magpadala ng iisang Host header na may pangalan ng server na ito, ng path na nagsisimula sa /, at ng mga header na hindi lalampas sa ${LIMIT_TEXT.headerBytes} lahat-lahat.`,
    rate_limited: "Maghintay muna nang kaunti, saka ipadala ulit.",
    internal_error: "Pakisubukan ulit pagkalipas ng ilang sandali.",
  },
  calendar: {
    calendarName: `Mga petsa ng ${w.mynaInsuranceCard} at ${w.certificate}`,
    reminderSummary: `Mga 2 buwan na lang bago ang ${w.certificateExpiry}`,
    renewalDetail: `Mula ngayong araw, puwede na ninyong i-renew nang libre ang ${j("certificate")} sa ${j("municipalOffice")} kung saan kayo nakatira. ${bring}`,
    graceDetail: `Pagkatapos ng araw na ito, hindi na magagamit ang ${j("mynaInsuranceCard")}. Habang may bisa pa ang card, puwedeng gawin sa counter ang ${j("reissue")} ng ${w.certificate} anumang oras.`,
    reminderDetail: `Kung hindi pa, i-renew ang ${j("certificate")} sa ${j("municipalOffice")} (dalhin ang card at alamin ang ${w.pin}). Puwede kayong mag-renew kahit hindi pa dumarating ang ${j("noticeLetter")}.`,
    lastCounterDaySummary: `Pumunta sa counter: huling araw para i-renew ang ${w.certificate}`,
    lastCounterDayDetail: `Ito ang huling araw bago ang expiration na puwede ninyong i-renew ang ${w.certificate} sa ${j("municipalOffice")} (sarado ito tuwing Sabado, Linggo, pambansang holiday at Disyembre 29–Enero 3; alamin sa inyong city hall kung may bukas na counter sa araw ng pahinga at ang oras nito). ${bring}`,
    counterSoonSummary: `Pumunta sa counter: malapit na ang huling araw bago ang expiration para sa ${w.renewal} o ${w.reissue}`,
    counterSoonDetail: `Mga isang linggo na lang bago ang huling araw bago ang expiration na puwede ninyong i-renew o ipa-isyu ulit ang ${w.certificate} sa ${j("municipalOffice")}. Kung hindi pa, pumunta agad sa counter. ${bring} (Sarado ang counter tuwing Sabado, Linggo, pambansang holiday at Disyembre 29–Enero 3; alamin sa inyong city hall kung may bukas na counter sa araw ng pahinga at ang oras nito.)`,
    graceCounterSoonSummary: `Pumunta sa counter: malapit na ang huling araw para sa ${w.reissue} habang magagamit pa ang ${w.mynaInsuranceCard}`,
    graceCounterSoonDetail: `Lumipas na ang expiration ng ${w.certificate}. Mga isang linggo na lang bago ang huling araw na puwede ninyong ipa-isyu ulit ang ${w.certificate} sa ${j("municipalOffice")} habang magagamit pa ang ${w.mynaInsuranceCard} (bago matapos ang palugit). Kung hindi pa, pumunta agad sa counter. ${bring} (Sarado ang counter tuwing Sabado, Linggo, pambansang holiday at Disyembre 29–Enero 3; alamin sa inyong city hall kung may bukas na counter sa araw ng pahinga at ang oras nito.)`,
    graceLastCounterDaySummary: `Pumunta sa counter: huling araw para sa ${w.reissue} habang magagamit pa ang ${w.mynaInsuranceCard}`,
    graceLastCounterDayDetail: `Ito ang huling araw bago matapos ang palugit na puwede ninyong ipa-isyu ulit ang ${w.certificate} sa ${j("municipalOffice")}; sarado na ang counter pagkatapos nito hanggang sa katapusan ng palugit. ${bring}`,
    cardApplicationSummary: `Mag-apply ng bagong ${w.myNumberCard}: mga 1 buwan bago ito makuha`,
    cardReminderSummary: `Mga 2 buwan na lang bago mag-expire ang ${w.myNumberCard}`,
    cardLastCounterDaySummary: "Pumunta sa counter: huling araw na bukas ang counter bago mag-expire ang card",
    newCardDetail: `Hindi puwedeng lumampas sa ${w.myNumberCard} ang ${w.certificate} (kahit i-renew o ipa-reissue ngayon, kasabay pa rin ng card itong mag-e-expire), kaya ang card mismo ang papalitan. Mag-apply na may litrato online, sa koreo, sa photo booth, o sa counter. Mga 1 buwan mula sa pag-apply bago makuha ang card sa counter, kaya mag-apply nang maaga. May bagong ${w.certificate} ang bagong card.`,
    extendCardDetail: `Mag-e-expire ang card na ito sa ${j("periodOfStayEnd")}, at mag-e-expire ang ${w.certificate} sa araw na iyon o mas maaga pa. Pagkatapos ma-extend ang inyong ${j("periodOfStay")}, gawin ang ${j("cardValidityExtension")} sa ${j("municipalOffice")} kung saan kayo nakatira (hindi ito aplikasyon para sa bagong card). Hindi humahaba ang ${w.certificate} kahit mapalitan ang validity ng card, kaya sa parehong counter, humiling din ng bagong ${w.certificate}.`,
    extendCardIfStayDetail: `Hindi kaarawan ang ${w.cardExpiry} na inilagay ninyo, kaya tingnan muna sa card kung may mali sa pag-type. Kung walang mali at mag-e-expire ang card sa ${j("periodOfStayEnd")}, sa araw ding iyon mag-e-expire ang ${w.certificate}. Kung ganoon, pagkatapos ma-extend ang inyong ${j("periodOfStay")}, gawin ang ${j("cardValidityExtension")} sa ${j("municipalOffice")} kung saan kayo nakatira (hindi ito aplikasyon para sa bagong card). Hindi humahaba ang ${w.certificate} kahit mapalitan ang validity ng card, kaya sa parehong counter, humiling din ng bagong ${w.certificate}.`,
    cardExpiredDetail: `Lumipas na ang expiration date ng ${w.myNumberCard}, kaya expired na rin ang ${w.certificate}. Hindi na puwede ang ${w.reissue} ng ${w.certificate} kapag expired na ang card; mag-apply ng bagong card. Mag-apply na may litrato online, sa koreo, sa photo booth, o sa counter. Mga 1 buwan mula sa pag-apply bago makuha ang card sa counter. May bagong ${w.certificate} ang bagong card. Habang naghihintay, puwede kayong magpatingin sa doktor gamit ang ${j("eligibilityCertificate")}.`,
    closedExpiryDetail: `Ngayon ang expiration ng ${w.certificate}, pero sarado ngayon ang counter ng munisipyo (Sabado, Linggo, pambansang holiday at Disyembre 29–Enero 3), at hindi inuurong ang expiration sa susunod na bukas na araw. Simula bukas, pang-kumpirma na lang ng insurance ang ${w.mynaInsuranceCard}. Sa susunod na araw na bukas ang counter (pagkatapos ng year-end, mula Enero 4), ipa-isyu ulit ang ${w.certificate}. ${bring}`,
    unsureDetail: `Batay sa tantiyang ${w.certificateExpiry} ang mga petsang ito. Tingnan ito sa kahong sulat-kamay sa harap ng card o sa ${j("mynaPortal")}, at tingnan ulit gamit ang petsang iyon.`,
    linkLine: "Mga detalye sa マイナ期限ナビ:",
    alarm: `Paalala tungkol sa ${w.mynaInsuranceCard}`,
    labelJoiner: ": ",
  },
  badgeLabel: `${capitalize(w.certificate)} ng My Number`,
};
