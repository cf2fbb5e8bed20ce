/**
 * @module
 * /tl/renew/ in Filipino: a translation of RENEW.ja (content/renew.ts), which is
 * authoritative (R-RENEW-1..3, R-CERT-3, R-CERT-4, R-CERT-8, R-CERT-9, R-INS-4, R-INS-5, R-CARD-4,
 * R-CARD-6).
 */
import { glossary } from "#shared/messages/glossary/tl.ts";
import { list, note, type ProsePageContent, p } from "../../blocks";

const { term: w, withJa: j } = glossary;

export const content: ProsePageContent = {
  title: `Paano i-renew ang ${w.certificate}`,
  description: `Kailan, saan at ano ang dadalhin para i-renew ang ${w.certificate} ng ${w.myNumberCard}. Ipinapaliwanag din ang ${w.reissue} pagkatapos itong mag-expire.`,
  lead: [
    `Ginagawa ang ${j("renewal")} ng ${j("certificate")} sa **${w.municipalOffice} ng lungsod o bayan kung saan kayo nakatira (お住まいの市区町村の窓口)**. Libre ito. Hindi ito magagawa online o sa koreo. Kung nag-expire na, puwede ang ${j("reissue")} sa parehong counter.`,
  ],
  contentsLabel: "Nilalaman ng pahinang ito",
  sections: [
    {
      id: "when",
      heading: "Kailan puwedeng mag-renew",
      blocks: [
        // R-RENEW-1
        p(
          "Puwedeng mag-renew mula sa **araw na kulang na sa 3 buwan** bago ang expiration, hanggang sa mismong araw ng expiration. Halimbawa, kung Hunyo 15 ang expiration, puwedeng mag-renew mula Marso 16.",
        ),
        note(
          "precise",
          `Ang eksaktong ibig sabihin ng "mula 3 buwan bago" sa leaflet`,
          `Nakasulat sa leaflet na "puwedeng mag-renew mula 3 buwan bago ang expiration". Ang eksakto, mula ito sa **araw pagkatapos** ng petsang 3 buwan bago ang expiration (kung Hunyo 15 ang expiration, Marso 16, hindi Marso 15).`,
          "Kung katapusan ng buwan ang expiration, gaya ng Mayo 31, at walang ganoong petsa sa buwang 3 buwan bago nito, mula ito sa araw pagkatapos ng huling araw ng buwang iyon (kung Mayo 31, 2027 ang expiration, mula Marso 1, ang araw pagkatapos ng Pebrero 28).",
        ),
        // R-COUNTER-1: the counter's closed days; an expiry on one does not move.
        p(
          `Sarado ang ${w.municipalOffice} tuwing Sabado, Linggo, holiday at sa Bagong Taon (mula Disyembre 29 hanggang Enero 3). Kung sarado ang counter sa araw ng expiration, hindi iuusog ang expiration sa susunod na bukas na araw: pumunta sa isang bukas na araw bago nito. May mga munisipyo na nagbubukas ng counter sa ilang weekend (休日窓口): alamin sa inyo.`,
        ),
        // R-CERT-3
        p(
          `Walang mawawala kung maagang mag-renew. Kung mag-renew sa loob ng panahong puwedeng mag-renew, may bisa ang bagong ${w.certificate} hanggang **5 taon pagkatapos ng kasalukuyang expiration date** (pero hindi lalampas sa ${w.cardExpiry}).`,
        ),
        // R-RENEW-3
        p(
          `Mga 2–3 buwan bago ang expiration, magpapadala ang Japan Agency for Local Authority Information Systems (J-LIS) ng "${j("noticeLetter")}" sa mapusyaw na asul na sobre. Pero hindi ito ipinapasa sa bagong address, kaya baka hindi ito dumating sa mga lumipat ng tirahan. **Puwede kayong mag-renew kahit wala ang sulat na ito.**`,
        ),
        // R-CARD-4: no letter for a card that ends with the period of stay.
        p(
          `Walang sulat na ipinapadala para sa card na mag-e-expire sa ${j("periodOfStayEnd")}. Kung may ${w.periodOfStay} kayo, basahin din ang [pahina para sa may ${w.periodOfStay}](/tl/foreign-residents/).`,
        ),
      ],
    },
    {
      id: "bring",
      heading: "Ang mga dadalhin",
      blocks: [
        // R-RENEW-2
        list(
          j("myNumberCard"),
          `Ang **${w.pin} (4 na numero)** ng ${j("userCertificate")}`,
          `Ang **password (6–16 na letra at numero)** ng ${j("signatureCertificate")} (kung ire-renew din ninyo ito)`,
          `Ang ${j("noticeLetter")} (kung dumating; puwede kahit wala)`,
        ),
        p(
          `Kung nakalimutan ninyo ang ${j("pin")}, puwede itong i-reset sa parehong counter. Para sa pagpapatunay ng pagkakakilanlan, baka kailanganin ang ibang dokumento bukod sa card, kaya pakitanong muna sa inyong city hall.`,
        ),
        note(
          "info",
          "Kung hindi kayo makakapunta mismo",
          "Puwedeng ipagawa sa isang kinatawan (代理人), pero dahil gagamitin ang sulat ng pagtatanong (照会書) na ipapadala ng city hall sa inyong pangalan, karaniwang 2 beses na pupunta sa counter. Iba-iba ang paraan sa bawat lungsod o bayan, kaya magtanong muna.",
        ),
      ],
    },
    {
      id: "after",
      heading: "Pagkatapos mag-renew",
      blocks: [
        // R-CERT-8, R-CERT-9, R-INS-4
        list(
          `Mga **24 oras pagkatapos ng proseso** bago magamit sa ospital at botika ang bagong ${w.certificate}. Kung may nakatakda kayong pagpapatingin, mas mabuting tapusin ito nang hindi bababa sa 1 araw bago.`,
          `Kung gumagamit kayo ng ${w.certificate} sa smartphone, kailangan itong i-set up ulit sa smartphone.`,
          `Kung nagpa-isyu ulit kayo pagkatapos ng 3 buwang palugit, **magparehistro ulit** para sa ${w.mynaInsuranceCard} (マイナ保険証の利用登録; puwede sa card reader ng ospital o klinika o sa ${j("mynaPortal")}).`,
        ),
      ],
    },
    {
      id: "expired",
      heading: `Kung nag-expire na (${j("reissue")})`,
      blocks: [
        // R-CERT-4, R-INS-5
        p(
          `Kahit nag-expire na ang ${w.certificate}, kung may bisa pa ang card mismo, puwede kayong **magpa-isyu ulit nang libre** sa ${j("municipalOffice")} anumang oras. Pareho ang dadalhin gaya ng sa pag-renew.`,
        ),
        p(
          `May bisa ang na-isyu ulit na ${w.certificate} hanggang sa ika-5 kaarawan mula sa araw ng muling pag-isyu (pero hindi lalampas sa ${w.cardExpiry}).`,
        ),
        p(
          `Kahit hindi pa kayo nagpa-isyu ulit, makakapagpagamot pa rin kayo. Magpapadala ang inyong health insurance ng "**${j("eligibilityCertificate")}**"; ipakita ito sa reception. Iba-iba ang panahon ng pagdating depende sa insurer.`,
        ),
      ],
    },
    {
      id: "card",
      heading: `Iba ito sa pag-renew ng ${w.myNumberCard} mismo`,
      blocks: [
        // R-CARD-6, R-CERT-5
        p(
          `May sariling expiration date din ang ${w.myNumberCard} (hanggang sa ika-10 kaarawan pagkatapos ng pag-isyu; ika-5 para sa card na na-isyu bago mag-18 taong gulang; ika-5 din para sa card na in-apply-an hanggang Marso 2022 ng taong wala pang 20 taong gulang). Mula sa araw na kulang na sa 3 buwan, puwedeng mag-apply ng bagong card online, sa koreo, sa photo booth o sa counter. Sa counter ito kukunin.`,
        ),
        p(
          `Para sa card ng nasa hustong gulang na ginawa kasabay ng ${w.certificate}, mag-e-expire ang ${w.certificate} **5 taon bago ang card**. Pagkatapos mag-renew nang isang beses, may bisa na ito hanggang sa parehong araw ng card.`,
        ),
      ],
    },
  ],
};
