/**
 * @module
 * Home in Filipino: a translation of HOME.ja (content/home.ts), which is authoritative.
 * Terms from the glossary, with the Japanese the person meets at the counter beside them.
 */
import { glossary } from "#shared/messages/glossary/tl.ts";
import type { HomeContent } from "../../home";

const { term: w, withJa: j } = glossary;

export const content: HomeContent = {
  title: `May expiration date ang ${w.certificate} ng ${w.mynaInsuranceCard}`,
  description: `Kailan mag-e-expire ang ${w.certificate} ng ${w.myNumberCard}, ano ang mangyayari sa ospital kapag nag-expire ito, at ano ang dapat gawin: sa loob ng 30 segundo. Puwede rin ninyong alamin ang sarili ninyong petsa.`,
  lead: `Para magamit ang ${w.myNumberCard} bilang health insurance card (${j("mynaInsuranceCard")}), dapat may bisa ang "${j("certificate")}" na nasa loob ng card. Puwedeng mag-expire ang ${w.certificate} na ito **bago pa ang card mismo**.`,
  start: "Alamin ang expiration date at ang yugto ngayon",
  startHint: `Sapat na ang ${w.birthDate} at ang expiration date na nakalimbag sa card. Puwede ring gamitin ang petsa sa kalendaryong Hapon (和暦).`,
  summaryHeading: "Ang dapat malaman sa loob ng 30 segundo",
  points: [
    {
      title: "Para saan ito?",
      text: [
        `Ang "${j("userCertificate")}" (4-digit na ${w.pin}) ay nagpapatunay na kayo nga ang may-ari ng card. Ginagamit ito para sa **${w.mynaInsuranceCard}**, sa pag-log in sa **${j("mynaPortal")}**, at sa **pagkuha ng kopya ng residence record (住民票の写し) sa convenience store**.`,
      ],
    },
    {
      title: "Kailan ito mag-e-expire?",
      text: [
        "**Sa ika-5 kaarawan pagkatapos itong i-isyu, anuman ang edad.** Iba ang expiration date ng card mismo (para sa karamihan, ang ika-10 kaarawan).",
      ],
    },
    {
      title: "Ano ang mangyayari sa ospital kapag nag-expire ito?",
      text: [
        `Mula 3 buwan bago ang expiration, may abisong lalabas sa card reader. Pagkatapos mag-expire, puwede pa kayong magpatingin sa loob ng 3 buwan mula sa huling araw ng buwan ng expiration, pero **hindi ibibigay ang inyong impormasyong medikal at impormasyon ng gamot**. Pagkatapos noon, hindi na magagamit ang ${w.mynaInsuranceCard}.`,
      ],
    },
    {
      title: "Ano ang dapat gawin?",
      text: [
        `Kapag kulang na sa 3 buwan bago ang expiration, mag-renew sa **${w.municipalOffice} ng lungsod o bayan kung saan kayo nakatira (お住まいの市区町村の窓口)**. Libre ito. Dalhin ang card at tiyaking alam ninyo ang ${w.pin}. Hindi ito magagawa online. Kung nag-expire na, puwede pa rin ang ${w.reissue}.`,
      ],
    },
  ],
  // R-CARD-4, R-INFER-6
  stay: {
    heading: `Kung may ${j("periodOfStay")} kayo`,
    text: `Mag-e-expire ang card sa ${j("periodOfStayEnd")}. Kahit ma-extend ang ${w.periodOfStay}, hindi kusang humahaba ang bisa ng card at ng ${w.certificate}. Wala ring darating na ${j("noticeLetter")}.`,
    link: `Basahin ang pahina para sa may ${w.periodOfStay}`,
  },
  clinicHeading: "Ang lumalabas sa card reader ng ospital at botika",
  clinicIntro: `Ito ang mga screen sa likod ng leaflet. Nasa "Ang 4 na yugto" ang iba pang yugto.`,
  before: "Kapag kulang na sa 3 buwan bago ang expiration",
  after: "Mula sa araw pagkatapos ng expiration",
  clinicMore: "Tingnan ang 4 na yugto ayon sa petsa",
  findHeading: `Saan nakasulat ang ${w.certificateExpiry}?`,
  find: [
    `Sa kahong "**電子証明書の有効期限**" (${w.certificateExpiry}) sa harap ng card (sulat-kamay; madalas walang laman)`,
    `Mag-log in sa **${j("mynaPortal")}** para makita`,
    `Sa **${j("noticeLetter")}** (mapusyaw na asul na sobre) na dumarating mga 2–3 buwan bago ang expiration`,
    `Ang nakalimbag na "○年○月○日まで有効" sa harap ng card ay expiration ng **card mismo**, hindi ng ${w.certificate}.`,
  ],
  preciseTitle: `Ang "3 buwan" ng leaflet, binilang sa araw`,
  precise: [
    `Ang "puwedeng mag-renew mula 3 buwan bago" ay eksaktong mula sa **araw pagkatapos** ng petsang 3 buwan bago ang expiration (expiration sa Hunyo 15 → mula Marso 16).`,
    `Ang "3 buwan pagkatapos ng expiration" ay eksaktong **3 buwan mula sa huling araw ng buwan ng expiration** (nag-expire noong Pebrero 10 → hanggang Mayo 31).`,
  ],
};
