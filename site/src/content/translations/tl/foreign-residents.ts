/**
 * @module
 * /tl/foreign-residents/: for residents whose card ends with a period of stay, in Filipino, a
 * translation of FOREIGN_RESIDENTS.ja (the Japanese is authoritative; R-CARD-4, R-CARD-1,
 * R-CARD-5, R-INFER-6, R-RENEW-1..3, R-CERT-1, R-CERT-3, R-CERT-4, R-CERT-8, R-INS-1, R-INS-2,
 * R-INS-4, R-INS-5, R-COUNTER-1). Same sections, ids and order as the Japanese, so `#steps`
 * means the same in every language. Terms from the glossary, the Japanese beside them.
 */
import { capitalize } from "#shared/messages/glossary/case.ts";
import { glossary } from "#shared/messages/glossary/tl.ts";
import { list, note, p } from "../../blocks";
import { FOREIGN_RESIDENTS_SOURCES, type ForeignResidentsContent } from "../../foreign-residents-shape";
import { SOURCE, type Source } from "../../sources";
import { translatedSourceBlock } from "../sources-block";
import { content as check } from "./check";

const { term: w, withJa: j } = glossary;

const renewWhere = `${w.municipalOffice} ng lungsod o bayan kung saan kayo nakatira (お住まいの市区町村の窓口)`;

/** What each source says, in Filipino; its title stays Japanese (the source's own name). */
const WHAT = new Map<Source, string>([
  [SOURCE.miyake, `Mag-e-expire ang card sa mas maagang petsa: ang ${w.periodOfStayEnd} o ang petsa ayon sa kaarawan.`],
  [SOURCE.yonago, `Ang card ng may ${w.periodOfStay}; ang ${w.signatureCertificate} ng mga wala pang 15 taong gulang.`],
  [
    SOURCE.leaflet,
    "Ang leaflet na ipinapaliwanag ng site na ito; dito rin galing ang mga salita sa screen ng card reader.",
  ],
  [SOURCE.kyoukaiKenpo, `Paano natatapos ang palugit, at kailan ipinapadala ang ${w.eligibilityCertificate}.`],
  [SOURCE.asaka, `Magagamit ang bagong ${w.certificate} mga 24 oras pagkatapos mag-renew.`],
]);

export const content: ForeignResidentsContent = {
  title: `Ang ${w.myNumberCard} at ${w.certificate} ng may ${w.periodOfStay}`,
  description: `Para sa may takdang ${w.periodOfStay}: ano ang nangyayari sa ${w.myNumberCard} at sa ${w.certificate} kapag natapos o na-extend ang ${w.periodOfStay}, ang pagkakasunod-sunod ng proseso, ang mga dadalhin, at ang ${w.eligibilityCertificate}.`,
  lead: [
    // R-CARD-4
    `Kung may takdang ${j("periodOfStay")} kayo, mag-e-expire ang inyong ${w.myNumberCard} sa **${j("periodOfStayEnd")}**. Kahit ma-extend ang ${w.periodOfStay}, ang card at ang ${j("certificate")} ay **hindi kusang humahaba**.`,
    // R-CARD-4, R-RENEW-3
    `**Hindi** rin darating ang ${j("noticeLetter")} na nagsasabing malapit na ang expiration. Tingnan sa pahinang ito ang pagkakasunod-sunod ng proseso, at isulat ninyo mismo ang mga petsa.`,
  ],
  contentsLabel: "Nilalaman ng pahinang ito",
  sections: [
    {
      id: "who",
      heading: "Para kanino ang pahinang ito",
      blocks: [
        p(`Para ito sa mga may ${j("residenceCard")} na nakasulat ang huling araw ng **${w.periodOfStay}**.`),
        // R-CARD-4: these are treated like nationals.
        p(
          "Ang card ng **permanent resident** (永住者), **Highly Skilled Professional (ii)** (高度専門職2号) at **special permanent resident** (特別永住者) ay sumusunod sa parehong patakaran ng card ng mamamayang Hapon. Sa halip na pahinang ito, basahin ang [Paano mag-renew](/tl/renew/) at [Alamin ang expiration](/tl/check/).",
        ),
      ],
    },
    {
      id: "card",
      heading: `Hanggang kailan ang card at ang ${w.certificate}`,
      blocks: [
        list(
          // R-CARD-4, R-CARD-1
          `**${j("myNumberCard")}**: hanggang sa ${w.periodOfStayEnd}. Pero kung mas maaga ang karaniwang expiration ng card (ang ika-10 kaarawan pagkatapos ng pag-isyu; ika-5 para sa card na na-isyu noong menor de edad), hanggang sa araw na iyon.`,
          // R-CERT-1, R-CARD-5
          `**${capitalize(j("certificate"))}**: hanggang sa ika-5 kaarawan pagkatapos ng pag-isyu, pero hindi lalampas sa ${w.cardExpiry}. Kapag nag-expire ang card, mag-e-expire rin ang ${w.certificate} sa parehong araw.`,
        ),
        // R-INFER-6
        p(
          `Kaya puwedeng mag-expire ang ${w.certificate} sa isang kaarawan, **bago** ang card. Pakisuri ang kahong "電子証明書の有効期限" sa harap ng card, o mag-log in sa ${j("mynaPortal")}.`,
        ),
        // R-CARD-4
        note(
          "warning",
          `Kahit ma-extend ang ${w.periodOfStay}, hindi humahaba ang card at ang ${w.certificate}`,
          `Kahit na-extend na ng ${j("immigration")} ang inyong ${w.periodOfStay}, hindi nagbabago ang ${w.cardExpiry}. Gawin ang **${j("cardValidityExtension")}** sa ${renewWhere}. Kahit mapalitan ito, hindi ito lalampas sa karaniwang expiration ng card (ang ika-10 o ika-5 kaarawan).`,
          `Kahit mapalitan ang validity period ng card, **hindi humahaba ang ${w.certificateExpiry}**. Sa parehong counter ginagawa ang bagong ${w.certificate} (tingnan ang "Pagkakasunod-sunod ng proseso" sa ibaba).`,
        ),
        // R-CARD-4, R-CARD-5
        p(
          `Kung dumating ang ${w.periodOfStayEnd} nang hindi na-extend ang ${w.periodOfStay}, mag-e-expire sa araw na iyon ang card at ang ${w.certificate}.`,
        ),
      ],
    },
    {
      id: "steps",
      heading: `Pagkakasunod-sunod ng proseso kapag ine-extend ang ${w.periodOfStay}`,
      blocks: [
        {
          kind: "steps",
          items: [
            {
              title: `I-extend ang ${w.periodOfStay} sa ${j("immigration")}`,
              text: [
                `Makakatanggap kayo ng bagong **${j("residenceCard")}** na nakasulat ang bagong ${w.periodOfStay}. Itanong sa ${w.immigration} kung kailan puwedeng mag-apply (hindi saklaw ng site na ito ang mga proseso ng immigration).`,
              ],
            },
            {
              // R-CARD-4
              title: `Gawin ang ${w.cardValidityExtension} sa ${j("municipalOffice")}`,
              text: [
                `Dalhin ang bagong ${w.residenceCard} at ang ${w.myNumberCard} sa ${renewWhere}. Hindi ito aplikasyon para sa bagong card. Pumunta **bago mag-expire ang card**.`,
                `Pagkatapos ng pagpapalit, mag-e-expire ang card sa huling araw ng bagong ${w.periodOfStay} (o sa karaniwang expiration ng card, kung mas maaga iyon).`,
              ],
            },
            {
              // R-RENEW-1, R-RENEW-2, R-CERT-3, R-CERT-4, R-CERT-8
              title: `Gawing bago ang ${w.certificate} sa parehong counter`,
              text: [
                `Hindi humaba ang ${w.certificateExpiry}. Kung kulang na sa 3 buwan bago ang expiration, puwede ang **${j("renewal")}** sa parehong counter. Kung nag-expire na, **${j("reissue")}** ito. Parehong libre. Kung higit pa sa 3 buwan ang natitira, mag-renew sa counter kapag kulang na sa 3 buwan.`,
                `Magagamit ang bagong ${w.certificate} para sa ${w.mynaInsuranceCard} mga 24 oras pagkatapos ng proseso.`,
              ],
            },
          ],
        },
      ],
    },
    {
      id: "bring",
      heading: "Ang mga dadalhin sa counter",
      blocks: [
        // R-RENEW-2, R-CARD-4
        list(
          j("myNumberCard"),
          `Ang **bagong ${j("residenceCard")}** (na nakasulat ang na-extend na ${w.periodOfStay})`,
          `Ang **${j("pin")} (4 na numero)** ng ${j("userCertificate")}`,
          `Ang **password (6–16 na letra at numero)** ng ${j("signatureCertificate")} (kung gagawin din ninyong bago ito)`,
        ),
        p(
          `Kung nakalimutan ninyo ang ${w.pin}, puwede itong i-reset sa parehong counter. Bago pumunta, itanong sa inyong city hall kung may iba pang dokumentong kailangan.`,
        ),
        // R-COUNTER-1
        p(
          `Sarado ang ${j("municipalOffice")} tuwing Sabado, Linggo, pambansang holiday at bakasyon ng Bagong Taon (Disyembre 29 hanggang Enero 3). May mga counter na bukas sa araw ng pahinga, kaya itanong sa inyong lungsod o bayan.`,
        ),
      ],
    },
    {
      id: "reminder",
      heading: `Walang darating na ${j("noticeLetter")}`,
      blocks: [
        // R-RENEW-3, R-CARD-4
        p(
          `Karaniwan, mga 2–3 buwan bago mag-expire ang ${w.certificate}, nagpapadala ang J-LIS (ang ahensiyang gumagawa ng card) ng **${j("noticeLetter")}**. Pero kapag nag-expire ang card dahil natapos ang ${w.periodOfStay}, **hindi ipinapadala** ang sulat na ito.`,
        ),
        // R-INFER-6: the checker asks for periodOfStayEndsOn.
        p(
          `Sa "[Alamin ang expiration](/tl/check/#periodOfStayEndsOn)", ilagay ang ${w.birthDate}, ang ${w.cardExpiry} at ang ${w.periodOfStayEnd}. Makikita ninyo ang ${w.certificateExpiry} at ang yugto ngayon.`,
        ),
        // The checker's calendar links (its words: the checker's calendarHeading); promise no more than they do.
        p(
          `Sa "${check.result.calendarHeading}" sa ilalim ng sagot, puwede ninyong ilagay sa kalendaryo ang mga petsa ng ${w.certificate} (bilang calendar file o sa Google Calendar). Mabuti ring ilagay sa sarili ninyong kalendaryo ang ${w.periodOfStayEnd}.`,
        ),
      ],
    },
    {
      id: "insurance",
      heading: `Kapag hindi na magagamit ang ${w.mynaInsuranceCard}: ang ${j("eligibilityCertificate")}`,
      blocks: [
        // R-INS-1, R-INS-2
        p(
          `Kahit nag-expire na ang ${w.certificate}, puwede pa kayong magpatingin gamit ang ${j("mynaInsuranceCard")} sa loob ng 3 buwan mula sa huling araw ng buwan ng expiration (ang palugit). Pero hindi ibibigay sa ospital ang inyong impormasyong medikal at impormasyon ng gamot. Pagkatapos noon, hindi na magagamit ang ${w.mynaInsuranceCard} (tingnan ang [4 na yugto](/tl/stages/)).`,
        ),
        // R-INS-5
        p(
          `Kahit hindi pa bago ang ${w.certificate}, makakapagpagamot pa rin kayo. Magpapadala ang inyong health insurance ng **${j("eligibilityCertificate")}**. Ipinapakita ito sa reception ng ospital o botika, kapalit ng health insurance card.`,
        ),
        p(
          "Iba-iba ang panahon ng pagdating depende sa insurer. Halimbawa, ang Kyokai Kenpo (協会けんぽ) ay nagpapadala sa pamamagitan ng inyong employer mga 2 buwan pagkatapos ng huling araw ng buwan ng expiration. Ang National Health Insurance (国民健康保険) ng lungsod o bayan ay nagpapadala bago matapos ang palugit.",
        ),
        // R-INS-4
        p(
          `Kung ginawa ninyong bago ang ${w.certificate} pagkatapos ng palugit, **magparehistro ulit** para sa ${w.mynaInsuranceCard} (マイナ保険証の利用登録; puwede sa card reader ng ospital o klinika o sa ${j("mynaPortal")}).`,
        ),
      ],
    },
    {
      id: "sources",
      heading: "Mga pinagkunan, at ang hindi pa namin alam",
      blocks: [
        translatedSourceBlock(FOREIGN_RESIDENTS_SOURCES, WHAT),
        p(
          "Nasa pahinang [Mga pinagkunan](/en/sources/) ang iba pang dokumento (nasa English ang pahina; karamihan ng dokumento ay nasa wikang Hapon).",
        ),
        note(
          "info",
          "Ang hindi sinasabi ng mga pinagkunan ng site na ito",
          `Kung kailan puwedeng mag-apply para i-extend ang ${w.periodOfStay}, at ano ang mangyayari sa card kung lumipas ang ${w.periodOfStayEnd} habang sinusuri pa ang aplikasyon. Itanong sa ${w.immigration} at sa ${w.municipalOffice} ng inyong lungsod o bayan.`,
          `Kung puwede pa ang ${w.cardValidityExtension} pagkatapos lumipas ang ${w.cardExpiry}. Ang siguradong paraan ay pumunta sa counter bago ang araw na iyon.`,
        ),
      ],
    },
  ],
};
