/**
 * @module
 * /ne/foreign-residents/: for residents whose card ends with a period of stay, in Nepali, a
 * translation of FOREIGN_RESIDENTS.ja (the Japanese is authoritative; R-CARD-4, R-CARD-1,
 * R-CARD-5, R-INFER-6, R-RENEW-1..3, R-CERT-1, R-CERT-3, R-CERT-4, R-CERT-8, R-INS-1, R-INS-2,
 * R-INS-4, R-INS-5, R-COUNTER-1). Same sections, ids and order as the Japanese, so `#steps` means
 * the same in every language. Terms from the glossary, the Japanese beside them.
 */
import { glossary } from "#shared/messages/glossary/ne.ts";
import { list, note, p } from "../../blocks";
import { FOREIGN_RESIDENTS_SOURCES, type ForeignResidentsContent } from "../../foreign-residents-shape";
import { SOURCE, type Source } from "../../sources";
import { translatedSourceBlock } from "../sources-block";
import { content as check } from "./check";

const g = glossary.withJa;
const w = glossary.term;

/** What each source says, in Nepali; its title stays Japanese (the source's own name). */
const WHAT = new Map<Source, string>([
  [SOURCE.miyake, "निवास अवधि सकिने मिति र जन्मदिनको नियममध्ये जुन चाँडो आउँछ, त्यही म्याद हुन्छ।"],
  [SOURCE.yonago, "निवास अवधि भएका व्यक्तिको कार्ड; 15 वर्षभन्दा कम उमेरकाको हस्ताक्षरको प्रमाणपत्र।"],
  [SOURCE.leaflet, "यो साइटले व्याख्या गर्ने पर्चा; कार्ड रिडरको स्क्रिनका वाक्य पनि यहीँबाट लिइएका हुन्।"],
  [SOURCE.kyoukaiKenpo, "थप अवधि कसरी सकिन्छ, र स्वास्थ्य बीमा योग्यता पुष्टि पत्र कहिले आउँछ।"],
  [SOURCE.asaka, "नवीकरण गरेको करिब 24 घण्टापछि नयाँ प्रमाणपत्र प्रयोग गर्न मिल्छ।"],
]);

export const content: ForeignResidentsContent = {
  title: `${w.periodOfStay} भएका व्यक्तिहरूको ${w.myNumberCard} र ${w.certificate}`,
  description: `${w.periodOfStay} तोकिएका व्यक्तिहरूको लागि: ${w.periodOfStay} सकिँदा वा नवीकरण गर्दा ${w.myNumberCard} र ${w.certificate}मा के हुन्छ, प्रक्रियाको क्रम, लैजाने कुरा, र ${w.eligibilityCertificate}बारे जानकारी।`,
  lead: [
    // R-CARD-4
    `${g("periodOfStay")} तोकिएका व्यक्तिहरूको ${w.myNumberCard}को म्याद **${g("periodOfStayEnd")}** मा सकिन्छ। ${w.periodOfStay} नवीकरण गरे पनि, कार्ड र ${g("certificate")} दुवैको म्याद **आफैँ बढ्दैन**।`,
    // R-CARD-4, R-RENEW-3
    `म्याद नजिकिएको जानकारी दिने **${g("noticeLetter")}** पनि आउँदैन। यो पेजमा प्रक्रियाको क्रम हेर्नुहोस्, र मितिहरू आफैँ लेखेर राख्नुहोस्।`,
  ],
  contentsLabel: "यो पेजमा",
  sections: [
    {
      id: "who",
      heading: "यो पेज कसको लागि हो",
      blocks: [
        p(`${g("residenceCard")} मा **${w.periodOfStayEnd}** लेखिएका व्यक्तिहरूको लागि यो पेज हो।`),
        // R-CARD-4: these are treated like nationals.
        p(
          "**स्थायी बासिन्दा** (永住者), **उच्च दक्ष पेशाकर्मी नं. 2** (高度専門職2号) र **विशेष स्थायी बासिन्दा** (特別永住者) को कार्डमा जापानी नागरिककै नियम लागू हुन्छ। यो पेजको सट्टा [नवीकरण गर्ने तरिका](/ne/renew/) र [म्याद जाँच गर्नुहोस्](/ne/check/) हेर्नुहोस्।",
        ),
      ],
    },
    {
      id: "card",
      heading: "कार्ड र इलेक्ट्रोनिक प्रमाणपत्र कहिलेसम्म मान्य हुन्छन्",
      blocks: [
        list(
          // R-CARD-4, R-CARD-1
          `**${w.myNumberCard}**: ${w.periodOfStayEnd}सम्म मान्य हुन्छ। तर सामान्य कार्डको म्याद (जारी भएपछिको 10औँ जन्मदिन; नाबालक हुँदा जारी भएको कार्डमा 5औँ) यसभन्दा चाँडो आउँछ भने, त्यही दिनसम्म।`,
          // R-CERT-1, R-CARD-5
          `**${g("certificate")}**: जारी भएपछिको 5औँ जन्मदिनसम्म मान्य हुन्छ। तर कार्डको म्यादभन्दा पछिसम्म हुँदैन। कार्डको म्याद सकिँदा, ${w.certificate}को म्याद पनि सोही दिन सकिन्छ।`,
        ),
        // R-INFER-6
        p(
          `${w.certificate}को म्याद कार्डभन्दा पहिले, कुनै जन्मदिनमा सकिइसकेको हुन सक्छ। कार्डको अगाडिको “電子証明書の有効期限” खण्डमा वा ${g("mynaPortal")} मा जाँच गर्नुहोस्।`,
        ),
        // R-CARD-4
        note(
          "warning",
          `${w.periodOfStay} नवीकरण गरे पनि कार्ड र ${w.certificate}को म्याद बढ्दैन`,
          `${g("immigration")} मा ${w.periodOfStay} नवीकरण भए पनि, ${w.myNumberCard}को म्याद बदलिँदैन। तपाईं बस्ने ठाउँको ${g("municipalOffice")} मा **${g("cardValidityExtension")}** गर्नुहोस्। परिवर्तन गरे पनि, सामान्य कार्डको म्याद (10औँ वा 5औँ जन्मदिन) भन्दा पछिसम्म हुँदैन।`,
          `कार्डको म्याद परिवर्तन गरे पनि **${w.certificate}को म्याद बढ्दैन**। ${w.certificate} त्यही काउन्टरमा नयाँ बनाउनुहोस् (तलको "प्रक्रियाको क्रम" हेर्नुहोस्)।`,
        ),
        // R-CARD-4, R-CARD-5
        p(
          `${w.periodOfStay} नवीकरण नगरी ${w.periodOfStayEnd} आयो भने, त्यही दिन कार्ड र ${w.certificate} दुवैको म्याद सकिन्छ।`,
        ),
      ],
    },
    {
      id: "steps",
      heading: `${w.periodOfStay} नवीकरण गर्दा प्रक्रियाको क्रम`,
      blocks: [
        {
          kind: "steps",
          items: [
            {
              title: `${w.immigration}मा ${w.periodOfStay} नवीकरण गर्नुहोस्`,
              text: [
                `नयाँ ${w.periodOfStay} लेखिएको **${g("residenceCard")}** लिनुहोस्। कहिलेदेखि आवेदन दिन सकिन्छ भन्ने कुरा ${g("immigration")} मा सोध्नुहोस् (यो साइटले अध्यागमनका प्रक्रिया समेट्दैन)।`,
              ],
            },
            {
              // R-CARD-4
              title: `${w.municipalOffice}मा ${w.myNumberCard}को म्याद परिवर्तन गर्नुहोस्`,
              text: [
                `नयाँ ${w.residenceCard} र ${w.myNumberCard} लिएर तपाईं बस्ने ठाउँको ${g("municipalOffice")} मा जानुहोस्। यो नयाँ कार्डको आवेदन होइन। कार्डको म्याद सकिनुअघि नै जानुहोस्।`,
                "परिवर्तन गरेपछि कार्डको म्याद नयाँ निवास अवधि सकिने मिति हुन्छ (सामान्य कार्डको म्याद यसभन्दा चाँडो भए, त्यही दिन)।",
              ],
            },
            {
              // R-RENEW-1, R-RENEW-2, R-CERT-3, R-CERT-4, R-CERT-8
              title: `त्यही काउन्टरमा ${w.certificate} नयाँ बनाउनुहोस्`,
              text: [
                `${w.certificate}को म्याद बढेको छैन। म्याद सकिन 3 महिनाभन्दा कम बाँकी छ भने, त्यही काउन्टरमा **${g("renewal")}** गर्न सकिन्छ। म्याद सकिइसकेको छ भने **${g("reissue")}** हुन्छ। दुवै निःशुल्क हुन्छन्। म्याद सकिन अझै 3 महिनाभन्दा बढी बाँकी छ भने, 3 महिनाभन्दा कम बाँकी भएपछि काउन्टरमा ${w.renewal} गर्नुहोस्।`,
                `नयाँ ${w.certificate} ${g("mynaInsuranceCard")} मा प्रयोग गर्न मिल्न, प्रक्रिया गरेपछि करिब 24 घण्टा लाग्छ।`,
              ],
            },
          ],
        },
      ],
    },
    {
      id: "bring",
      heading: "काउन्टरमा लैजाने कुरा",
      blocks: [
        // R-RENEW-2, R-CARD-4
        list(
          g("myNumberCard"),
          `**नयाँ ${g("residenceCard")}** (नवीकरण भएको ${w.periodOfStay} लेखिएको)`,
          `${w.userCertificate}को **${g("pin")} (4 अङ्क)**`,
          `${w.signatureCertificate}को **पासवर्ड (अङ्ग्रेजी अक्षर र अङ्क, 6 देखि 16 वटा)** (हस्ताक्षरको प्रमाणपत्र पनि नयाँ बनाउने व्यक्तिले)`,
        ),
        p("पिन नम्बर बिर्सनुभयो भने, त्यही काउन्टरमा फेरि सेट गर्न सकिन्छ। अरू कुनै कागजात चाहिन्छ कि, जानुअघि नगरपालिकामा सोध्नुहोस्।"),
        // R-COUNTER-1
        p(
          `${w.municipalOffice} शनिबार, आइतबार, सार्वजनिक बिदा र वर्षान्तको बिदा (डिसेम्बर 29 देखि जनवरी 3) मा बन्द हुन्छ। बिदाको दिन खुल्ने काउन्टर पनि हुन्छन्, त्यसैले आफू बस्ने नगरपालिकामा जाँच गर्नुहोस्।`,
        ),
      ],
    },
    {
      id: "reminder",
      heading: `${w.noticeLetter} आउँदैन`,
      blocks: [
        // R-RENEW-3, R-CARD-4
        p(
          `सामान्यतया, ${w.certificate}को म्याद सकिनुभन्दा करिब 2 देखि 3 महिना अघि J-LIS (कार्ड बनाउने निकाय) बाट **${g("noticeLetter")}** आउँछ। तर ${w.periodOfStay} सकिँदा कार्डको म्याद सकिने अवस्थामा, यो सूचना पत्र **पठाइँदैन**।`,
        ),
        // R-INFER-6: the checker asks for periodOfStayEndsOn.
        p(
          `[म्याद जाँच गर्नुहोस्](/ne/check/#periodOfStayEndsOn) मा ${w.birthDate}, ${w.cardExpiry} र ${w.periodOfStayEnd} लेख्नुभयो भने, ${w.certificate}को म्याद र आजको चरण थाहा हुन्छ।`,
        ),
        // The checker's calendar links (its words: the checker's calendarHeading); promise no more than they do.
        p(
          `उत्तरको तलको "${check.result.calendarHeading}" बाट ${w.certificate}का मितिहरू क्यालेन्डरमा राख्न सकिन्छ (क्यालेन्डर फाइल वा Google क्यालेन्डर)। ${w.periodOfStayEnd} पनि आफ्नो क्यालेन्डरमा राख्नुभयो भने ढुक्क हुन्छ।`,
        ),
      ],
    },
    {
      id: "insurance",
      heading: `${w.mynaInsuranceCard} प्रयोग गर्न नमिल्दा: ${w.eligibilityCertificate}`,
      blocks: [
        // R-INS-1, R-INS-2
        p(
          `${w.certificate}को म्याद सकिए पनि, सकिएको महिनाको अन्तिम दिनबाट 3 महिनासम्म (थप अवधि) ${g("mynaInsuranceCard")} देखाएर उपचार गराउन सकिन्छ। तर उपचार र औषधिको जानकारी अस्पताललाई दिइँदैन। त्यसपछि ${w.mynaInsuranceCard}को रूपमा प्रयोग गर्न मिल्दैन ([4 चरण](/ne/stages/))।`,
        ),
        // R-INS-5
        p(
          `${w.certificate} नयाँ नबनाए पनि उपचार गराउन सकिन्छ। आफूले लिएको स्वास्थ्य बीमाबाट **${g("eligibilityCertificate")}** आउँछ। यो अस्पताल वा फार्मेसीको रिसेप्सनमा बीमा कार्डको सट्टा देखाउने कागजात हो।`,
        ),
        p(
          "यो कहिले आउँछ भन्ने कुरा बीमा संस्थाअनुसार फरक हुन्छ। उदाहरणका लागि, कम्पनीका कर्मचारीको स्वास्थ्य बीमा 協会けんぽ ले म्याद सकिएको महिनाको अन्तिम दिनबाट करिब 2 महिनापछि काम गर्ने ठाउँमार्फत पठाउँछ। नगरपालिकाको राष्ट्रिय स्वास्थ्य बीमा (国民健康保険) ले थप अवधि सकिनुअघि पठाउँछ।",
        ),
        // R-INS-4
        p(
          `थप अवधि सकिएपछि ${w.certificate} नयाँ बनाउनुभयो भने, ${w.mynaInsuranceCard}को **प्रयोग दर्ता (利用登録) फेरि** गर्नुहोस् (अस्पतालको कार्ड रिडर वा ${w.mynaPortal}मा गर्न सकिन्छ)।`,
        ),
      ],
    },
    {
      id: "sources",
      heading: "स्रोत, र थाहा नभएका कुरा",
      blocks: [
        translatedSourceBlock(FOREIGN_RESIDENTS_SOURCES, WHAT),
        p("अरू कागजात [स्रोत](/en/sources/) पेजमा छन् (पेज अङ्ग्रेजीमा छ; कागजातहरू धेरैजसो जापानी भाषामा छन्)।"),
        note(
          "info",
          "यो साइटका कागजातमा नलेखिएका कुरा",
          `${w.periodOfStay} नवीकरणको आवेदन कहिलेदेखि दिन सकिन्छ, र जाँचको बेला सकिने मिति नाघ्यो भने कार्डमा के हुन्छ। ${g("immigration")} र आफू बस्ने नगरपालिकामा सोध्नुहोस्।`,
          "कार्डको म्याद सकिएपछि पनि कार्डको म्याद परिवर्तन गर्न सकिन्छ कि सकिँदैन। म्याद सकिनुअघि नै काउन्टरमा जानु सुरक्षित हुन्छ।",
        ),
      ],
    },
  ],
};
