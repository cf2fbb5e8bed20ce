/**
 * @module
 * नेपाली पाठ: यो जापानी पाठ (ja.ts) को अनुवाद हो; आधिकारिक पाठ जापानी हो, शंका परे जापानी
 * पाठ मान्य हुन्छ। गल्ती भेटिए साइटको सुझाव लिङ्कबाट (site-config.ts, FEEDBACK_URL) जानकारी
 * दिनुहोस्।
 *
 * Nepali texts: polite तपाईं form, short sentences, for residents. Every term comes from the
 * glossary (glossary/ne.ts) with the Japanese term beside it where the person will meet it at
 * the counter. Dates come formatted ("2026 नोभेम्बर 14, शनिबार") and take their postposition
 * joined, as Nepali writes it ("…शनिबारसम्म"); after a Japanese term in brackets the postposition
 * stands apart. The reader screens (R-INS-2) are translated part by part; the badge and the button
 * keep the Japanese the reader shows, because that is what the person has to find on the screen.
 */
import type { Catalog } from "./catalog.ts";
import { glossary, stageNames } from "./glossary/ne.ts";
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

const { term, withJa } = glossary;
const renewWhere = `तपाईं बस्ने ठाउँको ${withJa("municipalOffice")}`;

/** The site's feedback link, by its label (the site's SiteUi.feedback takes it from here). */
/** R-COUNTER-2: what a projected counter day is for (holidaysProjected names it). */
const COUNTER_DAY_ROLE: Record<CounterDayRole, string> = {
  certificateLast: `${term.certificate}को म्याद सकिनुअघि काउन्टरमा प्रक्रिया गर्न सकिने अन्तिम दिन`,
  graceLast: `${term.mynaInsuranceCard} प्रयोग गर्न मिल्दै गर्दा काउन्टरमा प्रक्रिया गर्न सकिने अन्तिम दिन`,
  certificateFirst: `काउन्टरमा ${term.certificate} नवीकरण गर्न सकिने पहिलो दिन`,
  cardLast: "कार्डको म्याद सकिनुअघि काउन्टर खुल्ने अन्तिम दिन",
  cardFirst: "काउन्टरमा नयाँ कार्डका लागि आवेदन दिन सकिने पहिलो दिन",
  other: "काउन्टर खुल्ने दिन",
};

export const feedbackLabel = "सुझाव वा गल्तीको जानकारी";

/** Said to readers wherever this catalog is shown whole (the Catalog type has no key for it yet). */
export const translationNote = `यी नेपाली पाठहरू जापानी पाठको अनुवाद हुन्; आधिकारिक पाठ जापानी हो, शंका परे जापानी पाठ मान्य हुन्छ। अनुवादमा गल्ती भेटिए, साइटको "${feedbackLabel}" लिङ्कबाट हामीलाई जानकारी दिनुहोस्।`;

/** R-CARD-5, R-CARD-4 (review finding 1): the renewal stage's second sentence names the step that applies. */
const renewNow = {
  newCard: `अहिले ${term.renewal} गरे पनि ${term.certificate} कार्डको म्याद सकिने दिनसम्म मात्र चल्छ, त्यसैले पहिले नयाँ कार्डका लागि आवेदन दिनुहोस्; अहिले आवेदन दिन सकिन्छ।`,
  extendCard: `यो कार्ड ${term.periodOfStayEnd}मा सकिन्छ: पहिले ${withJa("immigration")}मा ${term.periodOfStay} नवीकरण गर्नुहोस्, त्यसपछि ${term.municipalOffice}मा कार्डको अवधि बढाउनुहोस् र ${term.certificate} पनि जारी गराउनुहोस्।`,
  certificate: `अहिले ${term.renewal} गर्न सकिन्छ।`,
} satisfies Record<ReturnType<typeof renewalStep>, string>;

export const ne: Catalog = {
  field: {
    certificateExpiry: "इलेक्ट्रोनिक प्रमाणपत्रको म्याद सकिने मिति",
    birthDate: "जन्म मिति",
    cardExpiry: "कार्डको म्याद सकिने मिति",
    cardIssuedOn: "कार्ड जारी भएको मिति",
    applicationReceivedOn: "आवेदन स्वीकार भएको मिति",
    certificateIssuedOn: "इलेक्ट्रोनिक प्रमाणपत्र जारी भएको मिति",
    periodOfStayEndsOn: "निवास अवधि सकिने मिति",
    today: "आधार मिति (today)",
    lang: "भाषा (lang)",
    body: "रिक्वेस्टको बडी",
    query: "क्वेरी",
  },
  error: {
    empty: "{field} खाली छ। मिति लेख्नुहोस्।",
    required: "{field} लेख्नुहोस्।",
    invalid_date: "{field} पढ्न सकिएन। 2026-03-15 वा 令和8年3月15日 जस्तो ढाँचामा लेख्नुहोस्।",
    not_a_real_date: "{field} क्यालेन्डरमा नभएको मिति हो। महिना र गते फेरि जाँच गर्नुहोस्।",
    past_era_end:
      "{field} त्यो जापानी सम्वत् (元号) सकिएपछिको मिति हो। के तपाईंले {suggestionWareki} ({suggestion}) भन्न खोज्नुभएको हो?",
    before_era_start:
      "{field} त्यो जापानी सम्वत् (元号) सुरु हुनुअघिको मिति हो। के तपाईंले {suggestionWareki} ({suggestion}) भन्न खोज्नुभएको हो?",
    before_gregorian: "{field} 1873 जनवरी 1 (Meiji 6) वा त्यसपछिको हुनुपर्छ।",
    weekday_mismatch:
      "{field}मा लेखिएको बार मितिसँग मिलेन: मिति {date} हो, तर {weekday} लेखिएको छ। मिति र बार जाँच गरेर फेरि लेख्नुहोस्।",
    year_mismatch:
      "{field}मा कोष्ठभित्रको वर्ष ({year}) मितिसँग मिलेन: यो मिति {dateWithEra} हो। कुन वर्ष सही हो जाँच गरेर फेरि लेख्नुहोस्।",
    not_a_string: '{field} स्ट्रिङ (string) को रूपमा पठाउनुहोस् (उदाहरण: "2026-03-15")।',
    too_long: "{field} धेरै लामो छ। मिति मात्र लेख्नुहोस्।",
    unknown_field: "यो फिल्ड स्वीकार गरिँदैन। फिल्डको नाम जाँच गर्नुहोस् (प्रयोग गर्न मिल्ने फिल्डहरू /api/v1/openapi.json मा छन्)।",
    unsupported_lang: "भाषाको लागि यीमध्ये एउटा दिनुहोस्: {langs}।",
    not_an_object: "{field} JSON अब्जेक्ट ({ … }) को रूपमा पठाउनुहोस्।",
    invalid_value: "{field}: मान जाँच गर्नुहोस्।",
    birth_date_in_future: `${term.birthDate} आजभन्दा पछिको छ। ${term.birthDate} जाँच गर्नुहोस्।`,
    card_issued_before_first_cards: `${term.myNumberCard} 2016 जनवरीदेखि जारी हुन थालेको हो। कार्ड जारी भएको मिति जाँच गर्नुहोस्।`,
    card_issued_before_birth: `कार्ड जारी भएको मिति ${term.birthDate}भन्दा अघिको छ। दुवैमध्ये एउटा मिति जाँच गर्नुहोस्।`,
    card_issued_in_future: "कार्ड जारी भएको मिति आजभन्दा पछिको छ। जारी भएको मिति जाँच गर्नुहोस्।",
    application_after_card_issue:
      "आवेदन स्वीकार भएको मिति कार्ड जारी भएको मितिभन्दा पछिको छ। आवेदन स्वीकार भएको मिति जाँच गर्नुहोस्।",
    certificate_issued_before_card: `${term.certificate} जारी भएको मिति कार्ड जारी भएको मितिभन्दा अघिको छ।[[ कार्डमा छापिएको म्याद सकिने मितिबाट गन्दा, यो कार्ड सबैभन्दा चाँडो {earliest}मा जारी भएको हुनुपर्छ।]] ${term.certificate} जारी भएको मिति जाँच गर्नुहोस्।`,
    certificate_issued_before_birth: `${term.certificate} जारी भएको मिति ${term.birthDate}भन्दा अघिको छ। मितिहरू जाँच गर्नुहोस्।`,
    certificate_issued_after_card_expiry: `${term.certificate} जारी भएको मिति ${term.cardExpiry}भन्दा पछिको छ। मितिहरू जाँच गर्नुहोस्।`,
    certificate_issued_in_future: `${term.certificate} जारी भएको मिति आजभन्दा पछिको छ। मिति जाँच गर्नुहोस्।`,
    certificate_issued_after_expiry: `${term.certificate} जारी भएको मिति त्यसको म्याद सकिने मितिभन्दा पछिको छ। दुवैमध्ये एउटा मिति जाँच गर्नुहोस्।`,
    card_expiry_not_after_birth: `${term.cardExpiry} ${term.birthDate}भन्दा अघिको छ। कार्डमा छापिएको मिति जाँच गर्नुहोस्।`,
    card_expiry_not_after_issue: `${term.cardExpiry} कार्ड जारी भएको मितिभन्दा अघिको छ। दुवैमध्ये एउटा मिति जाँच गर्नुहोस्।`,
    certificate_expiry_not_after_birth: `${term.certificateExpiry} ${term.birthDate}भन्दा अघिको छ। मितिहरू जाँच गर्नुहोस्।`,
    certificate_outlives_card: `${term.certificateExpiry} ${term.cardExpiry}भन्दा पछिको छ। ${term.certificate} कार्डभन्दा लामो समय मान्य हुँदैन, त्यसैले दुवै मिति जाँच गर्नुहोस्।`,
    stay_ends_before_card_issue: `${term.periodOfStayEnd} कार्ड जारी भएको मितिभन्दा अघिको छ। मितिहरू जाँच गर्नुहोस्।`,
    stay_ends_before_card_expiry: `${term.periodOfStayEnd} कार्डमा छापिएको म्याद सकिने मितिभन्दा अघिको छ। कार्ड ${term.periodOfStay}भन्दा लामो समय मान्य हुँदैन, त्यसैले ${withJa("residenceCard")} र ${term.myNumberCard}का मितिहरू जाँच गर्नुहोस्।`,
    impossible_card_age: `यो ${term.birthDate} र ${term.cardExpiry}को संयोजन (म्याद सकिने दिन {age} वर्ष) भएको कुनै कार्ड हुँदैन।[[ यो म्याद भएको कार्ड {issueAge} वर्षको उमेरमा जारी भएको {years} वर्षे कार्ड हो, र {earliestIssue} वा त्यसपछि जारी भएको हुनुपर्छ; तर त्यो दिन आजभन्दा पछि छ, वा ${term.myNumberCard} जारी हुन थालेको 2016 जनवरीभन्दा अघि छ।]][[ म्याद सकिने दिन {age} वर्ष हुने कार्ड 2022 अप्रिलदेखि 18 वर्षमा जारी भएको 10 वर्षे कार्ड मात्र हो, र त्यसको म्याद {cardFrom}मा वा त्यसपछि सकिन्छ।]] ${term.birthDate} वा ${term.cardExpiry}मध्ये कुनै गलत छ कि जाँच गर्नुहोस्।`,
    card_expiry_mismatch:
      "कार्ड जारी भएको मितिबाट हिसाब गर्दा, कार्डको म्याद {expected}मा सकिनुपर्ने हो। कार्डमा छापिएको म्याद सकिने मिति र जारी भएको मिति जाँच गर्नुहोस्।",
  },
  missingInput: {
    certificateExpiry: `${term.certificateExpiry}, वा ${term.birthDate} र ${term.cardExpiry} लेख्नुहोस्।`,
    cardExpiry: `${term.birthDate}सँगै, कार्डमा छापिएको म्याद सकिने मिति (वा कार्ड जारी भएको मिति) लेख्नुहोस्।`,
    birthDate: `कार्डको मितिसँगै, ${term.birthDate} लेख्नुहोस्।`,
  },
  stage: {
    valid: ({ dates }) =>
      `${withJa("certificate")} ${dates.expiry}सम्म मान्य छ। ${withJa("mynaInsuranceCard")} सधैँझैँ प्रयोग गर्न सकिन्छ।`,
    renewal: ({ dates, evaluation }) =>
      `${withJa("certificate")} ${dates.expiry}सम्म मान्य छ; म्याद सकिन ${MONTHS.window} महिनाभन्दा कम बाँकी छ। ${renewNow[renewalStep(evaluation)]}`,
    grace: ({ dates }) =>
      `${withJa("certificate")} को म्याद ${dates.expiry}मा सकियो। ${dates.graceEnds}सम्म ${withJa("mynaInsuranceCard")} देखाएर उपचार गराउन सकिन्छ, तर बीमाको योग्यता मात्र पुष्टि हुन्छ; उपचार र औषधिको जानकारी अस्पताल वा क्लिनिकलाई दिइँदैन।`,
    lapsed: ({ dates }) =>
      `${withJa("certificate")} को म्याद ${dates.expiry}मा सकिएको ${MONTHS.grace} महिनाभन्दा बढी भयो, त्यसैले ${dates.lapses}देखि ${withJa("mynaInsuranceCard")} प्रयोग गर्न मिल्दैन।`,
  },
  daysLeft: {
    valid: (n) => `${term.renewal} गर्न सकिने दिन आउन अझै ${n} दिन बाँकी छ।`,
    renewal: (n) => (n === 0 ? "आज मान्य रहने अन्तिम दिन हो।" : `म्याद सकिन अझै ${n} दिन बाँकी छ।`),
    grace: (n) =>
      n === 0
        ? `आज ${term.mynaInsuranceCard} प्रयोग गर्न सकिने अन्तिम दिन हो।`
        : `${term.mynaInsuranceCard} अझै ${n} दिन प्रयोग गर्न सकिन्छ।`,
    lapsed: (n) =>
      n === 0
        ? `आजदेखि ${term.mynaInsuranceCard} प्रयोग गर्न मिल्दैन।`
        : `${term.mynaInsuranceCard} प्रयोग गर्न नमिल्ने भएको ${n} दिन भयो।`,
  },
  // The leaflet's screens (shared/messages/reader.ts), translated part by part; the badge and
  // the button keep the Japanese words the reader shows.
  reader: {
    normal: {
      badge: "स्वास्थ्य बीमाको रूपमा प्रयोग गर्न सकिन्छ (マイナ保険証 使える)",
      heading: "",
      message: ["म्यादको कुनै सूचना देखिँदैन; सधैँको रिसेप्सनको स्क्रिन खुल्छ।"],
      button: "",
    },
    renewalAlert: {
      badge: "स्वास्थ्य बीमाको रूपमा प्रयोग गर्न सकिन्छ (マイナ保険証 使える)",
      heading: "",
      message: [
        `प्रमाणपत्रको म्याद सकिन 3 महिना वा सोभन्दा कम बाँकी छ। कृपया ${withJa("municipalOffice")} मा ${term.renewal}को प्रक्रिया गर्नुहोस्।`,
      ],
      button: "अगाडि बढ्नुहोस् (次に進む)",
    },
    qualificationOnly: {
      badge: "स्वास्थ्य बीमाको रूपमा प्रयोग गर्न सकिन्छ (マイナ保険証 使える)",
      heading: `${withJa("certificate")} को म्याद सकिएकाले, यो संस्थालाई बीमाको योग्यताको जानकारी मात्र दिइन्छ।`,
      message: [`चाँडै ${withJa("municipalOffice")} मा ${term.certificate} ${term.renewal} गर्नुहोस्।`],
      button: "अगाडि बढ्नुहोस् (次に進む)",
    },
    lapsed: {
      badge: "स्वास्थ्य बीमाको रूपमा प्रयोग गर्न मिल्दैन (マイナ保険証 使えない)",
      heading: `${withJa("certificate")} अमान्य भएको छ।`,
      message: [
        `आफ्नो ${term.myNumberCard} निकालेर रिसेप्सन काउन्टरमा आउनुहोस्।`,
        `प्रमाणपत्र ${term.renewal} गर्न ${withJa("municipalOffice")} मा प्रक्रिया गर्नुपर्छ।`,
      ],
      button: "",
    },
  },
  capability: {
    // One row per outcome (issue 9): seeing a doctor works in grace; only the records stop.
    insuranceQualificationOnly: `${term.mynaInsuranceCard} देखाएर उपचार गराउने`,
    insuranceFull: "उपचार र औषधिको जानकारी अस्पताल वा क्लिनिकलाई दिने",
    myNaPortalLogin: `${withJa("mynaPortal")} मा लगइन गर्ने`,
    convenienceStoreCopies: "कन्भिनियन्स स्टोरमा निवासी प्रमाणपत्र (住民票) को प्रतिलिपि आदि निकाल्ने",
    eTaxSignature: `e-Tax जस्ता अनलाइन आवेदन (${term.signatureCertificate})`,
    photoId: "फोटोसहितको परिचयपत्रको रूपमा प्रयोग गर्ने",
  },
  works: { yes: "मिल्छ", no: "मिल्दैन", unknown: "यो विवरणबाट मात्र थाहा हुँदैन", joiner: ": " },
  worksFor: {
    insuranceQualificationOnly: (works, stage) =>
      works && stage === "grace" ? "मिल्छ (बीमाको योग्यता पुष्टि मात्र)" : undefined,
    insuranceFull: (works) => (works === null ? undefined : works ? "दिइन्छ" : "दिइँदैन"),
    // R-CERT-7: the signature certificate lapses on a move or a change of name.
    eTaxSignature: (works) => (works ? "मिल्छ (त्यसपछि ठेगाना वा नाम परिवर्तन गर्नुभएको छैन भने)" : undefined),
  },
  nextStep: {
    nothingYet: ({ dates, evaluation }) => ({
      // R-INFER-3: "nothing to do" only holds under the renewed reading; say so.
      title:
        evaluation.certificate.basis === "assumedRenewed"
          ? `${term.renewal} वा ${term.reissue} गरिसक्नुभएको छ भने, अहिले केही गर्नुपर्दैन`
          : mayHaveEndedEarlier(evaluation)
            ? `${term.certificate}को म्याद कार्डकै दिन सकिन्छ भने, अहिले केही गर्नुपर्दैन`
            : "अहिले केही गर्नुपर्दैन",
      detail:
        evaluation.card?.validityYears === null && evaluation.certificate.expiresOn === evaluation.card.expiresOn
          ? `यो कार्ड ${dates.expiry}मा, अर्थात् ${withJa("periodOfStayEnd")} मा सकिन्छ। ${withJa("immigration")} मा ${term.periodOfStay} नवीकरण भएपछि, ${renewWhere} मा ${withJa("cardValidityExtension")} को प्रक्रिया गर्नुहोस्।`
          : evaluation.card && evaluation.certificate.expiresOn === evaluation.card.expiresOn
            ? `${term.certificate}को म्याद कार्डकै दिन (${dates.expiry}) सकिन्छ, त्यसैले अब नयाँ कार्ड बनाउनुपर्छ। ${dates.cardRenewalOpens}देखि आवेदन दिन सकिन्छ।`
            : `${term.certificate} ${dates.renewalOpens}देखि ${term.renewal} गर्न सकिन्छ।`,
    }),
    expectNoticeLetter: ({ dates }) => ({
      title: `${withJa("noticeLetter")} आउँछ`,
      detail: `करिब ${dates.noticeFrom}देखि ${dates.noticeTo}सम्म, J-LIS (कार्ड बनाउने निकाय) ले हल्का निलो खाममा ${withJa("noticeLetter")} पठाउँछ। यो पत्र नयाँ ठेगानामा फर्वार्ड हुँदैन, त्यसैले ठाउँ सरेका व्यक्तिलाई नआउन सक्छ। सूचना पत्र नआए पनि ${term.renewal} गर्न सकिन्छ।`,
    }),
    addReminder: () => ({
      title: "मितिहरू क्यालेन्डरमा राख्नुहोस्",
      detail: `${term.renewal} गर्न सकिने दिन, म्याद सकिने मिति, र ${term.mynaInsuranceCard} प्रयोग गर्न नमिल्ने दिन क्यालेन्डरमा राख्नुभयो भने बिर्सनुहुन्न।`,
    }),
    renewCertificateAtOffice: ({ dates }) => ({
      title: `${term.municipalOffice}मा ${term.certificate} ${term.renewal} गर्नुहोस्`,
      detail: `${renewWhere} मा निःशुल्क ${term.renewal} गर्न सकिन्छ (${dates.expiryOnClosedDay ? `${dates.lastCounterDay}सम्म। त्यसपछि म्याद सकिने मिति ${dates.expiry}सम्म काउन्टर बन्द हुन्छ` : `${dates.expiry}सम्म`})। अनलाइनबाट गर्न सकिँदैन। ${term.myNumberCard} लिएर जानुहोस्। 4 अङ्कको ${withJa("pin")} र हस्ताक्षरको लागि 6 देखि 16 अक्षरको पासवर्ड चाहिन्छ। बिर्सनुभएको छ भने, त्यही काउन्टरमा फेरि सेट गर्न सकिन्छ। 15 वर्षभन्दा कम उमेरका व्यक्तिले कानुनी अभिभावक (आमाबुबा आदि) सँगै प्रक्रिया गर्नुपर्छ। प्रतिनिधिमार्फत पनि प्रक्रिया गर्न सकिन्छ (2 पटक कार्यालय जानुपर्छ)।`,
    }),
    renewCard: ({ dates, evaluation, date }) => {
      const expired = evaluation.daysUntil.cardExpires !== null && evaluation.daysUntil.cardExpires < 0;
      const how =
        "फोटो राखेर अनलाइन, हुलाक, फोटो बुथ वा काउन्टरबाट आवेदन दिन सकिन्छ। आवेदन दिएदेखि काउन्टरमा कार्ड लिनसम्म करिब 1 महिना लाग्छ। 15 वर्षभन्दा कम उमेरका व्यक्तिको लागि कानुनी अभिभावक (आमाबुबा आदि) ले आवेदन दिन्छन्।";
      return {
        title: expired ? `नयाँ ${term.myNumberCard}को लागि आवेदन दिनुहोस्` : `${term.myNumberCard} नयाँ बनाउनुहोस्`,
        detail: expired
          ? `कार्डको म्याद (${dates.card}) सकिइसकेको छ। नयाँ कार्डको लागि आवेदन दिनुहोस्। ${how} नयाँ कार्डमा नयाँ ${term.certificate} हुन्छ। त्यतिबेलासम्म ${withJa("eligibilityCertificate")} देखाएर उपचार गराउन सकिन्छ।`
          : `कार्डको म्याद ${dates.card}मा सकिन्छ। ${term.certificate} कार्डभन्दा लामो चल्दैन: अहिले ${term.renewal} वा ${term.reissue} गरे पनि त्यही दिन सकिन्छ। त्यसैले कार्ड नै नयाँ बनाउनुपर्छ। ${dates.cardRenewalOpens ?? date(evaluation.certificate.renewalOpensOn)}देखि आवेदन दिन सकिन्छ। ${how}`,
      };
    },
    extendCardValidity: ({ dates }) => ({
      // R-CARD-4: immigration first; the municipal office can only extend the card after it.
      title: `पहिले ${term.immigration}मा ${term.periodOfStay} नवीकरण गर्नुहोस्, त्यसपछि कार्डको म्याद बढाउनुहोस्`,
      detail: `यो कार्ड ${dates.card}मा, अर्थात् ${withJa("periodOfStayEnd")} मा सकिन्छ। तलको क्रममा गर्नुहोस्। पहिले, ${withJa("immigration")} मा ${term.periodOfStay} नवीकरण गरेर नयाँ ${withJa("residenceCard")} लिनुहोस्। त्यसपछि, नयाँ ${term.residenceCard} र ${term.myNumberCard} लिएर ${renewWhere} मा जानुहोस् र ${withJa("cardValidityExtension")} को प्रक्रिया गर्नुहोस् (यो नयाँ कार्डको आवेदन होइन)। कार्डको म्याद बढाए पनि ${term.certificate}को म्याद बढ्दैन, त्यसैले त्यही काउन्टरमा नयाँ ${term.certificate} जारी गर्न पनि भन्नुहोस्।`,
    }),
    reissueCertificateAtOffice: () => ({
      title: `${term.municipalOffice}मा ${term.certificate} ${term.reissue} गराउनुहोस्`,
      detail: `म्याद सकिए पनि, कार्ड मान्य छ भने ${renewWhere} मा निःशुल्क ${withJa("reissue")} गराउन सकिन्छ। अनलाइनबाट गर्न सकिँदैन। ${term.myNumberCard} लिएर जानुहोस्। ${term.pin} बिर्सनुभएको छ भने, त्यही काउन्टरमा फेरि सेट गर्न सकिन्छ।`,
    }),
    wait24Hours: () => ({
      // R-CERT-8: the 24 hours are about the insurance system, not every use.
      title: `${term.mynaInsuranceCard}मा करिब 24 घण्टापछि देखिन्छ`,
      detail: `काउन्टरमा प्रक्रिया गरेको करिब 24 घण्टापछि, अस्पताल, क्लिनिक र फार्मेसीले नयाँ ${term.certificate}को म्याद पुष्टि गर्न सक्छन्।`,
    }),
    setUpSmartphoneAgain: ({ evaluation }) => ({
      title: `स्मार्टफोनको ${term.certificate} फेरि सेट गर्नुहोस्`,
      detail: `स्मार्टफोनमा ${term.myNumberCard}को सुविधा (スマホ用電子証明書) राख्नुभएको छ भने, ${newCardIsTheStep(evaluation) ? "नयाँ कार्ड पाएपछि" : `${term.renewal}पछि`} फेरि सेट गर्नुहोस्।`,
    }),
    registerInsuranceAgain: ({ evaluation }) => ({
      title: `${term.mynaInsuranceCard}को प्रयोग दर्ता फेरि गर्नुहोस्`,
      detail: `${MONTHS.grace} महिनाको थप अवधि सकिएपछि, ${withJa("mynaInsuranceCard")} को प्रयोग दर्ता (利用登録) रद्द हुन्छ। ${newCardIsTheStep(evaluation) ? "नयाँ कार्ड पाएपछि" : `${term.reissue}पछि`}, अस्पतालको कार्ड रिडर वा ${withJa("mynaPortal")} मा फेरि दर्ता गर्नुहोस्।`,
    }),
    eligibilityCertificate: () => ({
      title: `${withJa("eligibilityCertificate")} देखाएर उपचार गराउन सकिन्छ`,
      detail: `${term.renewal} नगर्ने व्यक्तिलाई आफूले लिएको स्वास्थ्य बीमाबाट ${withJa("eligibilityCertificate")} आउँछ, र त्यसैले उपचार गराउन सकिन्छ। यो कहिले आउँछ भन्ने कुरा बीमा संस्थाअनुसार फरक हुन्छ (जस्तै: कम्पनीका कर्मचारीको स्वास्थ्य बीमा 協会けんぽ मा म्याद सकिएको महिनाको अन्त्यबाट करिब 2 महिनापछि काम गर्ने ठाउँमार्फत; राष्ट्रिय स्वास्थ्य बीमा, 国民健康保険, मा थप अवधि सकिनुअघि)।`,
    }),
    showCardAtReception: () => ({
      title: "रिसेप्सनमा कार्ड देखाएर भन्नुहोस्",
      detail:
        "कार्ड रिडरमा 「電子証明書が失効しています」 (इलेक्ट्रोनिक प्रमाणपत्र अमान्य भएको छ) देखियो भने, रिसेप्सन काउन्टरमा भन्नुहोस्।",
    }),
    checkCertificateExpiry: ({ dates }) => {
      const r = dates.renewal;
      if (!r)
        return {
          title: `${term.certificateExpiry} जाँच गर्नुहोस्`,
          detail: `कार्डको अगाडिपट्टि हातले लेखिएको ${term.certificate}को म्यादको खण्डमा, वा ${withJa("mynaPortal")} मा हेर्न सकिन्छ।`,
        };
      // R-INFER-3: the question in words a person can answer, and what each answer means.
      const notRenewed = r.graceEndPassed
        ? `गर्नुभएको छैन भने, ${term.certificate}को म्याद ${r.firstExpiry}मा सकिएको छ, र ${r.firstGraceEnds}पछि ${term.mynaInsuranceCard} प्रयोग गर्न मिल्दैन। काउन्टरमा ${term.reissue} गराउनुहोस्, र ${term.mynaInsuranceCard}को प्रयोग दर्ता फेरि गर्नुहोस्। त्यसबीच पनि स्वास्थ्य बीमाले पठाउने ${withJa("eligibilityCertificate")} देखाएर उपचार गराउन सकिन्छ; रिसेप्सनमा कार्ड काम नगरेको कुरा भन्नुहोस्।`
        : `गर्नुभएको छैन भने, ${term.certificate}को म्याद ${r.firstExpiry}मा सकिइसकेको छ। ${r.firstGraceEnds}सम्म ${term.mynaInsuranceCard} देखाएर उपचार गराउन सकिन्छ, तर बीमाको योग्यता मात्र पुष्टि हुन्छ। चाँडै काउन्टरमा ${term.reissue} गराउनुहोस्।`;
      return {
        title: `${r.since} वा त्यसपछि तपाईंले काउन्टरमा ${term.certificate} ${term.renewal} वा ${term.reissue} गर्नुभयो?`,
        detail: `कार्डको अगाडिपट्टि ${term.certificate}को खण्डमा ${r.firstExpiry}भन्दा पछिको मिति हातले लेखिएको छ, वा ${term.mynaPortal}मा लगइन गर्न सकिन्छ भने, ${term.renewal} भइसकेको छ। त्यसो भए ${term.certificate} ${r.renewedExpiry}सम्म मान्य छ। ${term.renewal} वा ${term.reissue} ${notRenewed}`,
      };
    },
  },
  bridge: (code, { dates, evaluation }) => {
    const verb = code === "renewCertificateAtOffice" ? term.renewal : term.reissue;
    const extend = evaluation.card?.validityYears === null;
    const until = extend ? "कार्डको म्याद थप नहुँदासम्म" : "नयाँ कार्ड नआउँदासम्म";
    return {
      title: `${until} चाहिन्छ भने: काउन्टरमा ${term.certificate} ${verb} गराउनुहोस् (अनिवार्य होइन)`,
      lead: extend
        ? `${until} पनि ${term.mynaInsuranceCard} सधैंझैँ प्रयोग गर्न चाहनुहुन्छ भने, पहिले काउन्टरमा ${term.certificate} ${verb} गराउन पनि सकिन्छ (अनिवार्य होइन)। त्यो ${term.certificate} कार्डसँगै ${dates.card}सम्म मात्र चल्छ; कार्डको म्याद थपेपछि ${term.certificate} फेरि माग्नुहोस्।`
        : `नयाँ कार्ड पाउन करिब 1 महिना लाग्छ। त्यो बीचमा पनि ${term.mynaInsuranceCard} सधैंझैँ प्रयोग गर्न चाहनुहुन्छ भने, पहिले काउन्टरमा ${term.certificate} ${verb} गराउन पनि सकिन्छ (अनिवार्य होइन)। त्यो ${term.certificate} कार्डसँगै ${dates.card}सम्म मात्र चल्छ।`,
    };
  },
  closedUntilExpiry: ({ dates }) => ({
    title: `म्याद नसकिँदासम्म काउन्टर बन्द छ: म्याद सकिएपछि काउन्टरमा ${term.certificate} ${term.reissue} गराउनुहोस्`,
    detail: `काउन्टर खुल्ने अन्तिम दिन (${dates.lastCounterDay}) बितिसक्यो, र म्याद सकिने मिति ${dates.expiry}सम्म काउन्टर बन्द छ। म्याद सकिएपछि काउन्टर फेरि खुल्ने दिन (वर्षान्तको बिदापछि जनवरी 4 देखि) निःशुल्क ${term.reissue} गराउन सकिन्छ। ${dates.graceEnds}सम्म ${term.mynaInsuranceCard} उपचारका लागि चल्छ (योग्यता जाँच मात्र)। ${term.myNumberCard} लिएर जानुहोस् र ${term.pin} याद गर्नुहोस्।`,
  }),
  caveat: {
    cardExpiryInCertificateField: ({ evaluation }) =>
      `तपाईंले हाल्नुभएको ${term.certificate}को म्यादमा "まで有効" (सम्म मान्य) लेखिएको छ। कार्डले आफ्नै म्याद यसरी छाप्छ। ${term.certificate}को म्याद चाहिँ कार्यालयको काउन्टरमा कार्डको अगाडि ${term.certificate}को कोठामा हातले लेखिएको मिति हो (प्रायः खाली हुन्छ)। 10 वर्षे कार्डसँगै जारी भएको ${term.certificate} कार्डभन्दा 5 वर्ष अघि सकिन्छ।${
        cardFaceAnswered(evaluation)
          ? " यो मिति कार्डको म्याद हो भने के हुन्छ, तल हेर्नुहोस्।"
          : ` कोठा खाली छ भने ${term.birthDate} र ${term.cardExpiry} हाल्नुहोस्।`
      }`,
    certificateExpiryTooLate: () =>
      `${term.certificate} जारी भएपछिको पाँचौँ जन्मदिनमा सकिन्छ (म्याद सकिनुअघिका 3 महिनाभित्र नवीकरण गरे छैटौँ जन्मदिनमा), र कहिल्यै कार्डभन्दा पछि सकिँदैन। त्यसैले आजसम्म जारी भएको कुनै पनि ${term.certificate} तपाईंले हाल्नुभएको मितिमा सकिन सक्दैन। कार्डमा "…まで有効" लेखेर छापिएको मिति कार्डकै म्याद हो। ${term.certificate}को म्याद कार्डको हातले लेखिएको कोठा, ${term.mynaPortal} वा ${term.noticeLetter}मा हेर्नुहोस्।`,
    renewalUnknown: ({ dates }) => {
      const r = dates.renewal!;
      const shown =
        r.headline === "notRenewed"
          ? `थप अवधि (${r.firstGraceEnds}) सकिँदासम्म, ${term.renewal} नगरेको अवस्थाका मितिहरू देखाइएका छन्।`
          : `थप अवधि (${r.firstGraceEnds}) पनि सकिइसकेकाले, ${term.renewal} वा ${term.reissue} गरेको अवस्थाका मितिहरू देखाइएका छन्।`;
      return `पहिलो ${term.certificate}को म्याद सकिने मिति ${r.firstExpiry} थियो। ${r.since} वा त्यसपछि ${term.municipalOffice}मा ${term.certificate} ${term.renewal} वा ${term.reissue} गर्नुभयो कि गर्नुभएन, यो विवरणबाट थाहा हुँदैन। ${shown} अर्को अवस्था तल छ।`;
    },
    thresholdTransition: () =>
      "2022 अप्रिलदेखि सेप्टेम्बरसम्म 18 वा 19 वर्षको उमेरमा जारी भएको कार्डको म्याद, आवेदन कहिले स्वीकार भयो भन्नेमा फरक पर्छ (2022 मार्चसम्म भए 5 वर्ष, अप्रिलदेखि भए 10 वर्ष)। यहाँ चाँडो आउने मिति देखाइएको छ। कार्डमा छापिएको म्याद सकिने मिति लेख्नुभयो भने मिति पक्का हुन्छ।",
    ageBoundary: ({ evaluation }) =>
      // R-AGE-2 at 15 changes the signature certificate only; at 18 or 20 the card's length.
      atFifteen(evaluation)
        ? `कार्ड 15 वर्ष पुग्ने जन्मदिनको अघिल्लो दिन जारी भएकाले, त्यो दिनलाई 15 वर्ष मान्ने कि नमान्ने भन्नेमा कार्डमा ${withJa("signatureCertificate")} छ कि छैन भन्ने कुरा फरक पर्छ। यहाँ 15 वर्ष मानेर (प्रमाणपत्र छ भनेर) देखाइएको छ।`
        : "कार्ड वयस्क हुने जन्मदिनको अघिल्लो दिन जारी भएकाले, त्यो दिनलाई वयस्क मान्ने कि नमान्ने भन्नेमा म्याद फरक पर्छ। यहाँ वयस्क मानेर मितिहरू देखाइएका छन्। कार्डमा छापिएको म्याद सकिने मिति लेख्नुभयो भने मिति पक्का हुन्छ।",
    feb29: ({ evaluation }) => {
      // R-DATE-4: which convention, and whether the printed card expiry settled it.
      const { marchFirst, recounted } = feb29Reading(evaluation);
      const day = marchFirst ? "मार्च 1" : "फेब्रुअरी 28";
      return recounted
        ? `फेब्रुअरी 29 मा जन्मेका व्यक्तिको जन्मदिन, लिप वर्ष नभएको वर्षमा ${day} मानेर हिसाब गरिएको छ। मार्च 1 मान्ने चलन पनि छ; त्यसो गर्दा फेरि गनिएका मितिहरू तल छन्। कार्ड र सूचना पत्रका मितिहरू पनि जाँच गर्नुहोस्।`
        : evaluation.card?.printed
          ? `फेब्रुअरी 29 मा जन्मेका व्यक्तिको, लिप वर्ष नभएको वर्षको जन्मदिन, कार्डमा छापिएको म्याद सकिने मितिबाट ${day} मानेर हिसाब गरिएको छ।`
          : `फेब्रुअरी 29 मा जन्मेका व्यक्तिको जन्मदिन, लिप वर्ष नभएको वर्षमा ${day} मानेर हिसाब गरिएको छ। मार्च 1 मान्दा पनि मितिहरू फरक पर्दैनन्।`;
    },
    signatureUncertain: () =>
      `मितिहरूको यस्तो संयोजन भएको कार्ड प्रायः 15 वर्षभन्दा कम उमेरमा जारी भएको हुन्छ, र जारी हुँदा त्यसमा ${withJa("signatureCertificate")} हुँदैन (15 वर्ष पुग्ने जन्मदिनको अघिल्लो दिन जारी भएको भए हुन्छ)। 15 वर्ष पुगेपछि काउन्टरमा अनुरोध गरेर जारी गराउन पनि सकिन्छ।`,
    adultByDayBefore: () =>
      "मितिहरूको यस्तो संयोजन, वयस्क हुने जन्मदिन (18 वा 20 वर्ष) को अघिल्लो दिन जारी भएको 10 वर्षे कार्डमा मात्र हुन सक्छ। मितिहरूमा गल्ती छैन कि जाँच गर्नुहोस्।",
    signatureOnRequest: () =>
      `15 वर्षभन्दा कम उमेरमा जारी भएको कार्डमा ${withJa("signatureCertificate")} हुँदैन। 15 वर्ष पुगेपछि काउन्टरमा अनुरोध गरेर जारी गराएको भए मात्र हुन्छ, र त्यसको म्याद ${term.userCertificate}को म्यादकै दिन वा त्योभन्दा अघि सकिन्छ। e-Tax आदिमा प्रयोग गर्न मिल्छ कि मिल्दैन, यो विवरणबाट मात्र थाहा हुँदैन।`,
    certificateDateNearWindow: () =>
      `तपाईंले लेख्नुभएको ${term.certificate} जारी भएको मिति, ${term.renewal} गर्न सकिने अवधि सुरु हुनुभन्दा केही अघिको हो। यही मिति सही हो भने नयाँ जारीको रूपमा गनिन्छ, तर 1 दिन मात्र फरक परे पनि म्याद 1 वर्ष फरक पर्छ। कार्डको ${term.certificate}को खण्ड वा ${term.mynaPortal}मा मिति जाँच गर्नुहोस्।`,
    cardExpiryNotBirthday: () =>
      `कार्डको म्याद सामान्यतया जन्मदिनमा सकिन्छ। लेखिएको मिति जन्मदिन होइन, त्यसैले टाइप गर्दा गल्ती भयो कि जाँच गर्नुहोस्। ${withJa("periodOfStay")} तोकिएको व्यक्तिले ${withJa("periodOfStayEnd")} पनि लेख्नुहोस्।`,
    periodOfStay: ({ evaluation, dates }) =>
      // Review8 #23: a stay ending after a birthday C: an ordinary card, whose letter comes.
      ordinaryCardWithStay(evaluation)
        ? `यो सामान्य कार्ड हो: यो ${term.periodOfStayEnd}भन्दा अघिको जन्मदिन (${dates.card}) मा सकिन्छ, र ${withJa("noticeLetter")} आउँछ। त्यस दिनपछि पनि जापानमा बस्नुहुन्छ भने नयाँ कार्डको आवेदन दिनुहोस् (यो ${term.periodOfStay} नवीकरणभन्दा छुट्टै प्रक्रिया हो)।`
        : mayHaveEndedEarlier(evaluation)
          ? `${withJa("periodOfStayEnd")} मा सकिने कार्डको जारी मिति थाहा हुँदैन। साथै, ${term.periodOfStay} नवीकरण गरेर कार्डको म्याद बढाए पनि ${term.certificate}को म्याद बढ्दैन। त्यसैले ${term.certificate}को म्याद अघिल्लो ${term.periodOfStayEnd}मा, वा कार्डको म्यादभन्दा अघिको कुनै जन्मदिनमा सकिएको हुन सक्छ (तल जन्मदिनको अवस्था छ)। कार्डको ${term.certificate}को खण्ड वा ${withJa("mynaPortal")} मा जाँच गर्नुहोस्। ${term.periodOfStay} सकिँदा म्याद सकिने कार्डको लागि ${withJa("noticeLetter")} आउँदैन।`
          : `${withJa("periodOfStayEnd")} मा सकिने कार्डको म्याद ${term.periodOfStay} नवीकरण गरेर बढाए पनि ${term.certificate}को म्याद बढ्दैन। यस्तो कार्डको लागि ${withJa("noticeLetter")} आउँदैन।`,
    cardExpired: ({ dates }) =>
      // R-INFER-5: the certificate ended on the card expiry at the latest (years earlier for
      // someone who never renewed); never "the same day" as a fact.
      `${term.myNumberCard}को म्याद (${dates.card}) सकिइसकेको छ। ${term.certificate}को म्याद पनि ढिलोमा यही दिनसम्म सकिइसकेको छ। नयाँ ${term.certificate} पाउन नयाँ कार्डको आवेदन दिनुपर्छ।${dates.renewal ? ` तलको "${ASSUMPTIONS.notRenewed}" पनि हेर्नुहोस्।` : ""}`,
    expiryOnClosedDay: ({ dates }) =>
      `म्याद सकिने दिन ${dates.expiry}, ${withJa("municipalOffice")} बन्द हुने दिन (शनिबार, आइतबार, सार्वजनिक बिदा वा वर्षान्तको बिदा) हो। म्याद अर्को खुल्ने दिनसम्म सर्दैन। काउन्टरमा प्रक्रिया गर्न सकिने अन्तिम दिन ${dates.lastCounterDay} हो।`,
    holidaysProjected: ({ evaluation, date }) =>
      `यी काउन्टर खुल्ने दिन अझै आधिकारिक रूपमा घोषणा नभएको वर्षका सार्वजनिक बिदाका आधारमा हिसाब गरिएका छन्: ${projectedDaysNamed(evaluation, date, COUNTER_DAY_ROLE).join("; ")}। वसन्त र शरद विषुवका बिदा अघिल्लो वर्षको फेब्रुअरीमा तय हुन्छन्, र कानुनले बिदा परिवर्तन हुन पनि सक्छ। मिति नजिक आएपछि फेरि जाँच गर्नुहोस्।`,
    holidaysOutsideFormula: () =>
      "2100 वा त्यसपछि र 1980 भन्दा अघिका वसन्त र शरद विषुवका बिदा, हिसाबको सूत्रले निकाल्न सक्ने दायराबाहिर छन्। काउन्टरका दिनहरू 2099 (वा 1980) कै मितिअनुसार हिसाब गरिएकाले, अनुमानको रूपमा मात्र हेर्नुहोस्।",
  },
  counter: {
    lastDay: ({ dates }) => `काउन्टरमा प्रक्रिया गर्न सकिने अन्तिम दिन ${dates.lastCounterDay} हो।`,
    graceLastDay: ({ dates }) =>
      `${term.mynaInsuranceCard} प्रयोग गर्न मिल्दै गर्दा काउन्टरमा प्रक्रिया गर्न सकिने अन्तिम दिन ${dates.graceLastCounterDay} हो।`,
    note: "नगरपालिका कार्यालयका काउन्टर शनिबार, आइतबार, सार्वजनिक बिदा र डिसेम्बर 29 देखि जनवरी 3 सम्म बन्द हुन्छन्। तर धेरै नगरपालिकामा शनिबार वा आइतबार खुल्ने काउन्टर (休日窓口) वा बेलुका खुल्ने दिन पनि हुन्छन्, र खुल्ने समय पनि फरक हुन्छ। आफू बस्ने नगरपालिकाको वेबसाइट आदिमा जाँच गर्नुहोस्।",
    joiner: " ",
  },
  alternative: (a, t) => {
    const parts = [(ASSUMPTIONS[a.assumption] ?? a.assumption) + ":"];
    if (a.cardExpiresOn) parts.push(`कार्डको म्याद सकिने मिति ${t.date(a.cardExpiresOn)} हो।`);
    if (a.certificateExpiresOn)
      parts.push(`${term.certificate}को म्याद सकिने मिति ${t.date(a.certificateExpiresOn)} हो।`);
    // Issue 9: never "works until" about a past day.
    if (a.graceEndsOn) {
      parts.push(
        a.stage === "lapsed"
          ? `${term.mynaInsuranceCard} प्रयोग गर्न सकिने अन्तिम दिन ${t.date(a.graceEndsOn)} थियो; अब प्रयोग गर्न मिल्दैन।`
          : a.stage === "grace"
            ? `${t.date(a.graceEndsOn)}सम्म ${term.mynaInsuranceCard} देखाएर उपचार गराउन सकिन्छ, तर बीमाको योग्यता मात्र पुष्टि हुन्छ।`
            : `${term.mynaInsuranceCard} ${t.date(a.graceEndsOn)}सम्म प्रयोग गर्न सकिन्छ।`,
      );
    }
    if (a.stage) parts.push(`आजको चरण: "${stageNames[a.stage]}"।`);
    return parts.join(" ");
  },
  checkCardExpiry: `पहिले कार्डको म्याद सकिने मिति जाँच गर्नुहोस्: हाल्नुभएको मिति जन्मदिन होइन, त्यसैले टाइप गर्दा गल्ती भएको हुन सक्छ। तलको उत्तर मिति सही छ र कार्ड ${term.periodOfStayEnd}मा सकिन्छ भन्ने मानेर दिइएको हो। `,
  ifStayCard: `मिति सही छ र कार्ड ${term.periodOfStayEnd}मा सकिन्छ भने: `,
  alternativeWindow: (date) => ` यस अवस्थामा ${date} देखि काउन्टरमा नवीकरण गर्न सकिन्छ।`,
  checkCertificateField: {
    cardExpiryInCertificateField: `पहिले यो कुन मिति हो जाँच गर्नुहोस्: "…まで有効" (…सम्म मान्य) लेखेर छापिएको मिति कार्डकै म्याद हो। ${term.certificate}को म्याद कार्डको अगाडि ${term.certificate}को कोठामा हातले लेखिएको मिति हो। त्यो कोठा खाली छ भने, ${term.birthDate} हाल्नुहोस् र यो मिति "${withJa("cardExpiry")}"मा हाल्नुहोस्। तलको उत्तर यो मिति ${term.certificate}को म्याद हो भनी मानेर दिइएको हो। `,
    certificateExpiryTooLate: `पहिले यो कुन मिति हो जाँच गर्नुहोस्: ${term.certificate} बढीमा जारी भएपछिको छैटौँ जन्मदिनसम्म मात्र मान्य हुन्छ, त्यसैले आजसम्म जारी भएको कुनै पनि ${term.certificate}को म्याद यति ढिलो सकिँदैन। यो "…まで有効" लेखेर छापिएको कार्डकै म्याद त होइन? हो भने, ${term.birthDate} हाल्नुहोस् र यो मिति "${withJa("cardExpiry")}"मा हाल्नुहोस्। तलको उत्तर तपाईंले हाल्नुभएको मिति अनुसार हो। `,
  },
  inputNote: {
    past_era_end: "{field} जापानी सम्वत् (元号) परिवर्तन भएपछिको मिति भएकाले, {wareki} ({date}) को रूपमा पढियो।",
  },
  condition: (r) =>
    r.since === null
      ? `यो उत्तर, ${term.certificate} ${term.renewal} गरेको मानेर दिइएको हो। `
      : r.headline === "notRenewed"
        ? `यो उत्तर, ${r.since} वा त्यसपछि काउन्टरमा ${term.certificate} ${term.renewal} वा ${term.reissue} नगरेको मानेर दिइएको हो। `
        : `यो उत्तर, ${r.since} वा त्यसपछि काउन्टरमा ${term.certificate} ${term.renewal} वा ${term.reissue} गरेको मानेर दिइएको हो। `,
  assumed: {
    earlierBirthday: `यो उत्तर, ${term.certificate} ${term.cardExpiry}सम्म मान्य हुन्छ भनी मानेर दिइएको हो। ${term.certificate}को म्याद त्योभन्दा अघिको कुनै जन्मदिनमै सकिएको छ भने उत्तर फरक हुन्छ (तल हेर्नुहोस्)। `,
    issuedInWindow:
      "यो उत्तर, तपाईंले लेख्नुभएको जारी मिति सही हो भनी मानेर दिइएको हो। जारी मिति 1 दिन पछि भए उत्तर फरक हुन्छ (तल हेर्नुहोस्)। ",
    adultCard: "यो उत्तर, कार्ड 5 वर्षे हो भनी मानेर दिइएको हो। 10 वर्षे कार्ड (वयस्क) भए उत्तर फरक हुन्छ (तल हेर्नुहोस्)। ",
    minorCard: "यो उत्तर, कार्ड 10 वर्षे (वयस्क) हो भनी मानेर दिइएको हो। 5 वर्षे कार्ड भए उत्तर फरक हुन्छ (तल हेर्नुहोस्)। ",
    march1: "यो उत्तरले जन्मदिनलाई फेब्रुअरी 28 मानेको छ। मार्च 1 मान्दा उत्तर फरक हुन्छ (तल हेर्नुहोस्)। ",
  },
  milestone: {
    noticeExpected: `${term.noticeLetter} आउन थाल्ने बेला`,
    renewalOpens: `${term.certificate} ${term.renewal} गर्न सकिने पहिलो दिन`,
    certificateExpires: `${term.certificate}को म्याद सकिने मिति`,
    graceStarts: "म्याद सकियो: बीमाको योग्यता पुष्टि मात्र हुने दिन",
    graceEnds: `${term.mynaInsuranceCard} प्रयोग गर्न सकिने अन्तिम दिन`,
    lapses: `${term.mynaInsuranceCard} प्रयोग गर्न नमिल्ने दिन`,
    cardRenewalOpens: `कार्ड ${term.renewal}को आवेदन दिन सकिने पहिलो दिन`,
    cardExpires: `${term.myNumberCard}को म्याद सकिने मिति`,
  },
};

const ASSUMPTIONS: Record<string, string> = {
  cardFace: "यो मिति कार्डको म्याद भएको अवस्थामा",
  cardFaceNotRenewed: `यो मिति कार्डको म्याद हो र ${term.certificate} नवीकरण नगरेको अवस्थामा`,
  cardFaceRenewed: `यो मिति कार्डको म्याद हो र ${term.certificate} नवीकरण वा पुनः जारी गरेको अवस्थामा`,
  renewed: `${term.renewal} वा ${term.reissue} गरेको अवस्थामा`,
  notRenewed: `${term.renewal} वा ${term.reissue} नगरेको अवस्थामा`,
  adultCard: "10 वर्षे कार्ड (वयस्क) भएको अवस्थामा",
  minorCard: "5 वर्षे कार्ड भएको अवस्थामा",
  march1: "जन्मदिन मार्च 1 मानेको अवस्थामा",
  earlierBirthday: `${term.certificate}को म्याद कार्डभन्दा अघिको जन्मदिनमा सकिने अवस्थामा`,
  issuedInWindow: `जारी मिति 1 दिन पछि, ${term.renewal} गर्न सकिने अवधिभित्र परेको अवस्थामा`,
  noSignatureCertificate: `15 वर्ष पुग्ने जन्मदिनको अघिल्लो दिनलाई 15 वर्ष नमान्ने अवस्थामा (कार्डमा ${term.signatureCertificate} हुँदैन)`,
};
