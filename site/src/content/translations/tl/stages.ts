/**
 * @module
 * /tl/stages/ in Filipino: a translation of STAGES_TEXT.ja (content/stages.ts), which is
 * authoritative. Stage names come from the glossary (stageNames), not from here.
 */
import { capitalize } from "#shared/messages/glossary/case.ts";
import { glossary } from "#shared/messages/glossary/tl.ts";
import type { StagesContent } from "../../stages";

const { term: w, withJa: j } = glossary;

const renewWhere = `${w.municipalOffice} ng lungsod o bayan kung saan kayo nakatira (お住まいの市区町村の窓口)`;
const insurance = (records: boolean) =>
  `${w.mynaInsuranceCard}${records ? " (kasama ang pagbibigay ng impormasyong medikal at ng gamot)" : ""}`;
const portal = `Pag-log in sa ${w.mynaPortal}`;
const copies = "Pagkuha ng kopya ng residence record (住民票の写し) sa convenience store";

export const content: StagesContent = {
  title: `Ang 4 na yugto ng ${w.mynaInsuranceCard}`,
  description: `Bago at pagkatapos ng ${w.certificateExpiry}: ano ang lumalabas sa card reader ng ospital at botika, at ano pa ang magagamit. Ang likod ng leaflet, na may petsang puwede ninyong galawin.`,
  lead: [
    `Bago at pagkatapos ng ${j("certificateExpiry")}, dumadaan ang ${j("mynaInsuranceCard")} sa 4 na yugto, isa-isa. Iba-iba rin ang screen na lumalabas sa card reader na may face recognition sa ospital at botika sa bawat yugto.`,
  ],
  exampleHeading: "Ang takbo ng panahon sa isang halimbawa",
  exampleIntro: `Para sa taong ang ${w.certificateExpiry} ay **{expiry}**:`,
  timelineCaption: "Timeline ng 4 na yugto (pareho ng nasa talahanayan sa ibaba)",
  table: {
    caption: "Ang panahon ng bawat yugto (halimbawa)",
    stage: "Yugto",
    period: "Panahon",
    insurance: capitalize(w.mynaInsuranceCard),
  },
  insurance: {
    valid: "magagamit",
    renewal: "magagamit (may abiso)",
    grace: "magagamit (kumpirmasyon ng insurance lang; hindi ibinibigay ang impormasyong medikal at ng gamot)",
    lapsed: "hindi magagamit",
  },
  fromWord: "mula",
  toWord: "hanggang",
  todayLabel: "Araw na ito",
  slider: {
    heading: "Galawin ang petsa para makita",
    help: "Kapag ginalaw ang slider, magbabago ang yugto at ang screen ng card reader sa araw na iyon. Isang araw ang galaw ng arrow key; mga isang buwan ang Page Up at Page Down.",
    label: "Araw na titingnan",
    stageIs: " ay nasa yugtong:",
    noScript: "",
  },
  stagesHeading: "Paliwanag sa bawat yugto",
  whenLabel: "Panahon",
  clinicLabel: "Sa ospital at botika",
  worksLabel: "Ang magagamit at hindi magagamit",
  todoLabel: "Ang dapat gawin",
  worksWord: "magagamit",
  notWorksWord: "hindi magagamit",
  stages: {
    valid: {
      when: "hanggang sa araw bago magsimula ang panahong puwedeng mag-renew",
      clinic: `Magagamit ninyo ang ${w.mynaInsuranceCard} gaya ng dati. Kung papayag kayo, ibibigay rin sa ospital o klinika ang inyong dating impormasyong medikal at impormasyon ng gamot.`,
      works: [
        { text: insurance(true), works: true },
        { text: portal, works: true },
        { text: copies, works: true },
      ],
      todo: ["Alamin ang expiration date at isulat ito sa kalendaryo."],
    },
    renewal: {
      when: "mula sa araw na kulang na sa 3 buwan, hanggang sa mismong araw ng expiration",
      clinic: `Magagamit ninyo ang ${w.mynaInsuranceCard} gaya ng dati. May lalabas na abiso sa card reader na malapit na ang expiration.`,
      works: [
        { text: insurance(true), works: true },
        { text: portal, works: true },
        { text: copies, works: true },
      ],
      todo: [
        `Mag-renew sa ${renewWhere}. Libre ito. Dalhin ang card at ang ${j("pin")} (4 na numero).`,
        `Mga 2–3 buwan bago ang expiration, darating ang "${j("noticeLetter")}" sa mapusyaw na asul na sobre. Puwede kayong mag-renew kahit hindi ito dumating.`,
        "Mga 24 oras pagkatapos mag-renew bago ito magamit.",
      ],
      precise: {
        title: `Ang eksaktong ibig sabihin ng "mula 3 buwan bago" sa leaflet`,
        text: [
          `Puwedeng mag-renew mula sa **araw pagkatapos** ng petsang 3 buwan bago ang expiration. Kung Hunyo 15 ang expiration, mula Marso 16. Eksakto kung iisipin itong "mula sa araw na kulang na sa 3 buwan".`,
          "Hindi inihayag kung kailan nagsisimulang lumabas ang abiso sa card reader, kaya sa site na ito, itinuturing itong kapareho ng araw na puwede nang mag-renew.",
        ],
      },
    },
    grace: {
      when: "mula sa araw pagkatapos ng expiration hanggang sa huling araw ng ikatlong buwan pagkatapos ng buwan ng expiration",
      clinic: `Puwede pa kayong magpatingin gamit ang ${w.mynaInsuranceCard}. Pero kumpirmasyon lang ng insurance ang ibibigay sa ospital o klinika; **hindi ibibigay ang impormasyong medikal at impormasyon ng gamot**.`,
      works: [
        { text: `${w.mynaInsuranceCard} (kumpirmasyon ng insurance lang)`, works: true },
        { text: portal, works: false },
        { text: copies, works: false },
      ],
      todo: [
        `Gawin agad ang ${j("reissue")} sa ${renewWhere}. Libre ito. Dalhin ang card at ang ${w.pin}.`,
        "Kung may bisa pa ang card mismo, magagamit pa ito bilang ID na may litrato.",
      ],
      precise: {
        title: `Ang eksaktong ibig sabihin ng "3 buwan pagkatapos ng expiration" sa leaflet`,
        text: [
          "Ang palugit ay hindi 3 buwan mula sa araw ng expiration, kundi **3 buwan mula sa huling araw ng buwan ng expiration**. Kung nag-expire noong Pebrero 10, magagamit hanggang Mayo 31; kung noong Nobyembre 14, hanggang sa huling araw ng Pebrero ng susunod na taon (Pebrero 28, o Pebrero 29 kapag leap year).",
          `May mga insurer na nagsasabing "3 buwan mula sa araw ng expiration"; kung ganoon, medyo mas maaga itong matatapos.`,
        ],
      },
    },
    lapsed: {
      when: "mula sa unang araw ng buwan pagkatapos matapos ang palugit",
      clinic: `Hindi na magagamit ang ${w.mynaInsuranceCard}. Ipakita ang card sa reception at magtanong, o ipakita ang "${j("eligibilityCertificate")}" na dumating sa inyo.`,
      works: [
        { text: capitalize(w.mynaInsuranceCard), works: false },
        { text: portal, works: false },
        { text: copies, works: false },
      ],
      todo: [
        `Magpa-isyu ulit sa ${renewWhere}. Kung may bisa pa ang card mismo, puwede ito anumang oras, nang libre.`,
        `Pagkatapos ng ${w.reissue}, magparehistro ulit para sa ${w.mynaInsuranceCard} (マイナ保険証の利用登録; puwede sa card reader o sa ${j("mynaPortal")}).`,
      ],
    },
  },
  counterDays: {
    title: "Kapag sarado ang counter sa araw ng expiration",
    text: [
      `Sa ${j("municipalOffice")} lang puwedeng mag-renew o magpa-isyu ulit ng ${w.certificate}. Sarado ang counter tuwing Sabado, Linggo, pambansang holiday, at mula Disyembre 29 hanggang Enero 3.`,
      "Kahit sarado ang counter sa araw ng expiration, hindi lilipat ang expiration sa susunod na araw na bukas ito. Halimbawa, kung {expiry} ang expiration, {lastCounterDay} ang huling araw na puwede kayong pumunta sa counter. Ipinapakita rin ito ng checker.",
      "Maraming city hall ang bukas sa ilang Sabado o Linggo (休日窓口) o sa gabi, at iba-iba ang oras. Pakitanong sa inyong lungsod o bayan.",
    ],
  },
  eligibility: {
    title: "Makakapagpagamot pa rin kayo kahit hindi mag-renew",
    text: [
      `Kung nag-expire na at hindi kayo nagpa-isyu ulit, magpapadala ang inyong health insurance ng "**${j("eligibilityCertificate")}**". Kung ipapakita ninyo ito sa reception, magagamit ninyo ang insurance gaya ng dati. Iba-iba ang panahon ng pagdating depende sa insurer (Kyokai Kenpo 協会けんぽ: mga 2 buwan pagkatapos ng katapusan ng buwan ng expiration; National Health Insurance 国民健康保険 ng lungsod: bago matapos ang palugit).`,
    ],
  },
  checkLink: "Alamin ang inyong expiration date at yugto ngayon",
};
