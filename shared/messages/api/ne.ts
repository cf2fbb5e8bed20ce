/**
 * @module
 * The API's own sentences in Nepali (problems, the Worker's field errors, calendar, badge): a
 * translation of api/ja.ts, which is authoritative. Every message says what to do next, and none
 * quotes the input (architecture.md). Terms come from the glossary; field names, headers and
 * paths stay as the API spells them.
 */
import { LIMIT_TEXT } from "../../limits/index.ts";
import type { ApiTexts } from "../catalog.ts";
import { glossary } from "../glossary/ne.ts";

const { term, withJa } = glossary;

export const neApi: ApiTexts = {
  problem: {
    "invalid-input": {
      title: "पठाइएको विवरण जाँच गर्नुहोस्",
      detail: "errors मा दिइएका फिल्डहरू सच्याएर फेरि पठाउनुहोस्।",
    },
    "malformed-body": {
      title: "रिक्वेस्टको बडी पढ्न सकिएन",
      detail: "बडीलाई UTF-8 मा JSON अब्जेक्टको रूपमा पठाउनुहोस्।",
    },
    "unsupported-media-type": {
      title: "यो ढाँचा स्वीकार गरिँदैन",
      detail: "Content-Type: application/json हेडर राखेर JSON कम्प्रेस नगरी (Content-Encoding बिना) पठाउनुहोस्।",
    },
    "content-too-large": {
      title: "रिक्वेस्ट धेरै ठूलो छ",
      detail: "बडी सानो बनाउनुहोस्, वा धेरै रिक्वेस्टमा बाँडेर पठाउनुहोस्।",
    },
    "uri-too-long": { title: "URL धेरै लामो छ", detail: "क्वेरीमा चाहिने फिल्ड मात्र राख्नुहोस्।" },
    "not-found": {
      title: "भेटिएन",
      detail: "यो URL मा कुनै API छैन। प्रयोग गर्न मिल्ने URL हरू /api/v1/openapi.json मा हेर्न सकिन्छ।",
    },
    "method-not-allowed": {
      title: "यो मेथड प्रयोग गर्न मिल्दैन",
      detail: "Allow हेडरमा भएको मेथड प्रयोग गरेर पठाउनुहोस्।",
    },
    "rate-limited": {
      title: "धेरै रिक्वेस्ट आए",
      detail:
        "Retry-After हेडरमा लेखिएको सेकेन्डसम्म पर्खेर फेरि पठाउनुहोस्। धेरै मितिहरू एकैपटक /api/v1/evaluate/batch मा पठाउन सकिन्छ।",
    },
    internal: { title: "सर्भरमा समस्या आयो", detail: "केही समयपछि फेरि प्रयास गर्नुहोस्।" },
  },
  requestError: {
    malformed_json: "बडीलाई JSON को रूपमा पढ्न सकिएन। कोष्ठक र उद्धरण चिन्ह जाँच गर्नुहोस्।",
    body_unreadable: "बडी पूरा प्राप्त भएन। फेरि पठाउनुहोस्।",
    empty_body: "बडी खाली छ। JSON अब्जेक्ट पठाउनुहोस्।",
    invalid_encoding: "बडीलाई UTF-8 मा पठाउनुहोस्।",
    too_deep: "JSON भित्र धेरै तह छन्। हरेक फिल्डलाई स्ट्रिङ (string) को रूपमा पठाउनुहोस्।",
    body_too_large: `बडी धेरै ठूलो छ। एउटा प्रश्नको लागि ${LIMIT_TEXT.singleBody} र एकैपटक (batch) पठाउँदा ${LIMIT_TEXT.batchBody} सम्म मात्र मिल्छ।`,
    unsupported_media_type: "Content-Type लाई application/json बनाउनुहोस्।",
    unsupported_content_encoding: "मुख्य भाग कम्प्रेस नगरी पठाउनुहोस् (Content-Encoding बिना)।",
    repeated_parameter: "यो फिल्ड क्वेरीमा एक पटक मात्र राख्नुहोस्।",
    control_character: "लाइन ब्रेक वा ट्याब जस्ता कन्ट्रोल क्यारेक्टर हटाउनुहोस्।",
    query_too_long: "क्वेरी धेरै लामो छ। चाहिने फिल्ड मात्र राख्नुहोस्।",
    too_many_items: `एकैपटक (batch) ${LIMIT_TEXT.batchItems} वटासम्म मात्र पठाउन सकिन्छ। सूचीलाई बाँडेर पठाउनुहोस्।`,
    too_many_items_with_texts: `वाक्यसहितको उत्तर एकैपटक ${LIMIT_TEXT.batchItemsWithTexts} वटासम्म मात्र मिल्छ। "texts": false राखे, वाक्यबिनाको उत्तर (मिति, चरण, कोड) ${LIMIT_TEXT.batchItems} वटासम्म पठाउन सकिन्छ।`,
    too_many_langs_with_texts: `वाक्यसहितको उत्तर एकैपटक (batch) बढीमा ${LIMIT_TEXT.batchLangsWithTexts} भाषामा मात्र मिल्छ: हरेक आइटमको lang गनिन्छ; lang नभएको आइटम भए batch को lang (नभए Accept-Language को भाषा) पनि गनिन्छ। हरेक भाषाको लागि छुट्टै batch पठाउनुहोस्, वा "texts": false राखेर वाक्यबिनाको उत्तर (मिति, चरण, कोड) लिनुहोस्।`,
    texts_not_boolean: "texts लाई true वा false बनाउनुहोस्।",
    field_belongs_in_item:
      'मितिका फिल्डहरू (birthDate, today आदि) items भित्रको हरेक item मा राख्नुहोस्, जस्तै {"items": [{"birthDate": "1990-01-01", "today": "2026-03-15"}]}।',
    items_required: "items मा प्रश्नहरूको (अब्जेक्टहरूको) array राख्नुहोस्।",
    item_not_an_object: "हरेक आइटम JSON अब्जेक्ट ({ … }) हुनुपर्छ।",
    unknown_path: "यो URL मा कुनै API छैन।",
    method_not_allowed: "Allow हेडरमा भएको मेथड प्रयोग गर्नुहोस्।",
    malformed_request: `यो रिक्वेस्ट सही HTTP/1.1 ढाँचामा छैन। यो सर्भरको नाम भएको एउटा मात्र Host हेडर, / बाट सुरु हुने पथ, र जम्मा ${LIMIT_TEXT.headerBytes} भन्दा बढी नहुने हेडरहरू पठाउनुहोस्।`,
    rate_limited: "केही बेर पर्खेर फेरि पठाउनुहोस्।",
    internal_error: "केही समयपछि फेरि प्रयास गर्नुहोस्।",
  },
  calendar: {
    calendarName: `${term.mynaInsuranceCard} र ${term.certificate}को म्याद`,
    reminderSummary: `${term.certificate}को म्याद सकिन करिब 2 महिना बाँकी`,
    renewalDetail: `आजदेखि, तपाईं बस्ने ठाउँको ${withJa("municipalOffice")} मा ${withJa("certificate")} निःशुल्क ${term.renewal} गर्न सक्नुहुन्छ। कार्ड लिएर जानुहोस्, र आफ्नो ${withJa("pin")} याद छ कि छैन जाँच गर्नुहोस्।`,
    graceDetail: `यो दिनपछि कार्डलाई ${withJa("mynaInsuranceCard")} को रूपमा प्रयोग गर्न मिल्दैन। कार्ड मान्य रहेसम्म ${term.certificate} काउन्टरमा जुनसुकै बेला ${withJa("reissue")} गर्न सकिन्छ।`,
    reminderDetail: `अहिलेसम्म गर्नुभएको छैन भने, ${withJa("municipalOffice")} मा ${withJa("certificate")} ${term.renewal} गर्नुहोस् (कार्ड लिएर, ${term.pin} याद गरेर)। ${withJa("noticeLetter")} नआए पनि ${term.renewal} गर्न सकिन्छ।`,
    lastCounterDaySummary: `काउन्टरमा जानुहोस्: ${term.certificate} ${term.renewal} गर्न सकिने अन्तिम दिन`,
    lastCounterDayDetail: `म्याद सकिनुअघि ${withJa("municipalOffice")} मा ${withJa("certificate")} ${term.renewal} गर्न सकिने अन्तिम दिन हो (काउन्टर शनिबार, आइतबार, सार्वजनिक बिदा र डिसेम्बर 29 देखि जनवरी 3 सम्म बन्द हुन्छ; बिदाको दिन खुल्ने काउन्टर र खुल्ने समय आफ्नो नगरपालिकामा जाँच गर्नुहोस्)। कार्ड लिएर जानुहोस्, र आफ्नो ${term.pin} याद छ कि छैन जाँच गर्नुहोस्।`,
    counterSoonSummary: `काउन्टरमा जानुहोस्: म्यादअघि ${term.renewal} वा ${term.reissue} गर्न सकिने अन्तिम दिन नजिकिँदै छ`,
    counterSoonDetail: `म्यादअघि ${withJa("municipalOffice")} मा ${withJa("certificate")} ${term.renewal} वा ${term.reissue} गर्न सकिने अन्तिम दिन आउन करिब एक हप्ता बाँकी छ। अहिलेसम्म गर्नुभएको छैन भने, छिट्टै कार्ड लिएर काउन्टरमा जानुहोस्, र आफ्नो ${term.pin} याद छ कि छैन जाँच गर्नुहोस् (काउन्टर शनिबार, आइतबार, सार्वजनिक बिदा र डिसेम्बर 29 देखि जनवरी 3 सम्म बन्द हुन्छ; बिदाको दिन खुल्ने काउन्टर र खुल्ने समय आफ्नो नगरपालिकामा जाँच गर्नुहोस्)।`,
    graceCounterSoonSummary: `काउन्टरमा जानुहोस्: ${term.mynaInsuranceCard} चल्दै गर्दा ${term.reissue} गर्न सकिने अन्तिम दिन नजिकिँदै छ`,
    graceCounterSoonDetail: `${term.certificate}को म्याद सकिइसकेको छ। ${term.mynaInsuranceCard} चल्दै गर्दा (थप अवधि सकिनुअघि) ${withJa("municipalOffice")} मा ${term.certificate} ${term.reissue} गर्न सकिने अन्तिम दिन आउन करिब एक हप्ता बाँकी छ। अहिलेसम्म गर्नुभएको छैन भने, छिट्टै कार्ड लिएर काउन्टरमा जानुहोस् र ${term.pin} याद गर्नुहोस् (काउन्टर शनिबार, आइतबार, सार्वजनिक बिदा र डिसेम्बर 29 देखि जनवरी 3 सम्म बन्द हुन्छ; बिदाको दिन खुल्ने काउन्टर र समय आफ्नो नगरपालिकामा सोध्नुहोस्)।`,
    graceLastCounterDaySummary: `काउन्टरमा जानुहोस्: ${term.mynaInsuranceCard} चल्दै गर्दा ${term.reissue} गर्न सकिने अन्तिम दिन`,
    graceLastCounterDayDetail: `थप अवधि सकिनुअघि ${withJa("municipalOffice")} मा ${term.certificate} ${term.reissue} गर्न सकिने अन्तिम दिन हो; त्यसपछि थप अवधि नसकिँदासम्म काउन्टर बन्द हुन्छ। कार्ड लिएर जानुहोस् र ${term.pin} याद गर्नुहोस्।`,
    cardApplicationSummary: `नयाँ ${term.myNumberCard}का लागि आवेदन दिनुहोस्: पाउन करिब 1 महिना लाग्छ`,
    cardReminderSummary: `${term.myNumberCard}को म्याद सकिन करिब 2 महिना बाँकी`,
    cardLastCounterDaySummary: "काउन्टरमा जानुहोस्: कार्डको म्याद सकिनुअघि काउन्टर खुल्ने अन्तिम दिन",
    newCardDetail: `${term.certificate} ${term.myNumberCard}भन्दा लामो चल्दैन (अहिले ${term.renewal} वा ${term.reissue} गरे पनि कार्डसँगै एकै दिन सकिन्छ), त्यसैले कार्ड नै नयाँ बनाउनुपर्छ। फोटो राखेर अनलाइन, हुलाक, फोटो बुथ वा काउन्टरबाट आवेदन दिन सकिन्छ। आवेदन दिएदेखि काउन्टरमा कार्ड लिनसम्म करिब 1 महिना लाग्छ, त्यसैले छिट्टै आवेदन दिनुहोस्। नयाँ कार्डमा नयाँ ${term.certificate} हुन्छ।`,
    extendCardDetail: `यो कार्ड ${withJa("periodOfStayEnd")} मा सकिन्छ, र ${term.certificate}को म्याद पनि बढीमा त्यही दिनसम्म हुन्छ। ${term.periodOfStay} नवीकरण गरेपछि, तपाईं बस्ने ठाउँको ${withJa("municipalOffice")} मा ${withJa("cardValidityExtension")} को प्रक्रिया गर्नुहोस् (यो नयाँ कार्डको आवेदन होइन)। कार्डको म्याद बढाए पनि ${term.certificate}को म्याद बढ्दैन, त्यसैले त्यही काउन्टरमा नयाँ ${term.certificate} जारी गर्न पनि भन्नुहोस्।`,
    extendCardIfStayDetail: `तपाईंले लेख्नुभएको ${term.cardExpiry} जन्मदिन होइन, त्यसैले पहिले टाइप गर्दा गल्ती भयो कि कार्ड हेरेर जाँच गर्नुहोस्। गल्ती छैन र कार्ड ${withJa("periodOfStayEnd")} मा सकिने हो भने, ${term.certificate}को म्याद पनि त्यही दिन सकिन्छ। त्यसो भए, ${term.periodOfStay} नवीकरण गरेपछि, तपाईं बस्ने ठाउँको ${withJa("municipalOffice")} मा ${withJa("cardValidityExtension")} को प्रक्रिया गर्नुहोस् (यो नयाँ कार्डको आवेदन होइन)। कार्डको म्याद बढाए पनि ${term.certificate}को म्याद बढ्दैन, त्यसैले त्यही काउन्टरमा नयाँ ${term.certificate} जारी गर्न पनि भन्नुहोस्।`,
    cardExpiredDetail: `${term.myNumberCard}को म्याद सकिइसकेकाले ${term.certificate}को म्याद पनि सकिइसकेको छ। म्याद सकिएको कार्डमा ${term.certificate} ${term.reissue} गर्न सकिँदैन; नयाँ कार्डको लागि आवेदन दिनुहोस्। फोटो राखेर अनलाइन, हुलाक, फोटो बुथ वा काउन्टरबाट आवेदन दिन सकिन्छ। आवेदन दिएदेखि काउन्टरमा कार्ड लिनसम्म करिब 1 महिना लाग्छ। नयाँ कार्डमा नयाँ ${term.certificate} हुन्छ। त्यतिबेलासम्म ${withJa("eligibilityCertificate")} देखाएर उपचार गराउन सकिन्छ।`,
    closedExpiryDetail: `आज ${term.certificate}को म्याद सकिने दिन हो, तर आज नगरपालिकाको काउन्टर बन्द छ (शनिबार, आइतबार, सार्वजनिक बिदा र डिसेम्बर 29 देखि जनवरी 3), र म्याद अर्को खुल्ने दिनसम्म सर्दैन। भोलिदेखि ${term.mynaInsuranceCard} बीमाको योग्यता जाँचका लागि मात्र चल्छ। काउन्टर फेरि खुल्ने दिन (वर्षान्तको बिदापछि जनवरी 4 देखि) कार्ड लिएर ${term.certificate} ${term.reissue} गराउनुहोस् र ${term.pin} याद गर्नुहोस्।`,
    unsureDetail: `यी मितिहरू ${term.certificate}को अनुमानित म्यादमा आधारित छन्। कार्डको अगाडिपट्टि हातले लेखिएको ${term.certificate}को म्यादको खण्ड वा ${withJa("mynaPortal")} मा जाँच गर्नुहोस्, र त्यही मितिले फेरि हेर्नुहोस्।`,
    linkLine: "थप जानकारी マイナ期限ナビ (माइना म्याद गाइड) मा:",
    alarm: `${term.mynaInsuranceCard}को म्यादको सूचना`,
    labelJoiner: ": ",
  },
  badgeLabel: `${term.myNumberCard}को प्रमाणपत्र`,
};
