/**
 * @module
 * The checker (/ne/check/) in Nepali, a translation of CHECK.ja (the Japanese is authoritative).
 * Terms from the glossary, the Japanese beside them where the person meets it on the card or at
 * the counter. Field names are the API's request fields (contract.md). before/from/until follow
 * the date, as Nepali postpositions do ("…देखि", "…सम्म").
 */
import { glossary } from "#shared/messages/glossary/ne.ts";
import type { CheckContent } from "../../check";

const g = glossary.withJa;
const w = glossary.term;

export const content: CheckContent = {
  title: `${w.certificate}को म्याद र आजको चरण जाँच गर्नुहोस्`,
  description: `${w.myNumberCard}को ${w.certificate}को म्याद सकिने मिति, र ${w.mynaInsuranceCard} अहिले कुन चरणमा छ (मान्य, नवीकरण गर्न सकिने, म्याद सकिएपछिको थप अवधि, अमान्य) जाँच गर्नुहोस्।`,
  lead: [
    `थाहा भएका मितिहरू लेख्नुहोस्। ${w.certificate}को म्याद सकिने मिति, ${w.renewal} गर्न सकिने दिन, ${w.mynaInsuranceCard} प्रयोग गर्न सकिने अन्तिम दिन, र अस्पतालको कार्ड रिडरमा देखिने स्क्रिन थाहा हुन्छ।`,
    "मिति इस्वी सम्वत् वा जापानी सम्वत् (和暦) मा, कार्डमा लेखिए जस्तै लेख्न सकिन्छ (उदाहरण: 2026-11-14, 2026年11月14日, 令和8年11月14日, R8.11.14, 昭和60年11月14日)।",
  ],
  cardFigure: {
    caption: "कार्डको अगाडिपट्टि मितिहरू कहाँ छन् (नमुना)",
    items: [
      `**${g("birthDate")}**: जापानी सम्वत् (和暦) मा छापिएको हुन्छ (उदाहरण: 昭和60年11月14日生)।`,
      `**${g("cardExpiry")}**: “2031年11月14日まで有効” (2031 नोभेम्बर 14 सम्म मान्य) जस्तै इस्वी सम्वत्मा छापिएको हुन्छ। यो ${w.certificate}को म्याद होइन।`,
      `**${g("certificateExpiry")}**: काउन्टरमा हातले लेखिने खण्ड हो (रातो थोप्लेदार फ्रेम)। धेरैजसो खाली हुन्छ; त्यस्तो बेला ${g("mynaPortal")} वा ${g("noticeLetter")} मा हेर्न सकिन्छ।`,
    ],
  },
  knowHeading: `${w.certificateExpiry} थाहा छ भने`,
  knowHint: "थाहा छ भने यति मात्र पुग्छ। थाहा छैन भने खाली छोडेर अर्को प्रश्नमा जानुहोस्।",
  orHeading: "म्याद सकिने मिति थाहा छैन भने",
  orHint: `${w.birthDate} र कार्डको अगाडि छापिएको ${w.cardExpiry}बाट हिसाब गरिन्छ।`,
  issueSummary: "कार्डको म्याद सकिने मितिको सट्टा, कार्ड जारी भएको मिति प्रयोग गर्ने",
  staySummary: `${w.periodOfStay} भएका विदेशी बासिन्दाहरूको लागि`,
  todaySummary: "आजबाहेक अर्को दिनको लागि जाँच गर्ने",
  fields: {
    certificateExpiry: {
      label: w.certificateExpiry,
      hint: `कार्डको अगाडिको “電子証明書の有効期限” खण्डमा (काउन्टरमा हातले लेखिन्छ; धेरैजसो खाली हुन्छ), ${g("mynaPortal")} मा, वा हल्का निलो खामको ${g("noticeLetter")} मा लेखिएको हुन्छ (माथिको चित्रको 3)।`,
      example: "2026-03-15 वा 令和8年3月15日",
    },
    birthDate: {
      label: w.birthDate,
      hint: "कार्डमा जापानी सम्वत् (和暦) मा छापिए जस्तै लेख्न सकिन्छ (माथिको चित्रको 1)। उदाहरण: 昭和60年11月14日 वा 1985-11-14",
      example: "1985-11-14 वा 昭和60年11月14日",
    },
    cardExpiry: {
      label: w.cardExpiry,
      hint: "कार्डको अगाडि “2031年11月14日まで有効” जस्तै छापिएको मिति हो (माथिको चित्रको 2)।",
      example: "2031-11-14",
    },
    cardIssuedOn: {
      label: "कार्ड जारी भएको मिति",
      hint: "कार्डमा छापिएको हुँदैन। कार्ड बनेको दिन हो (तपाईंले लिएको दिन होइन)। थाहा छ भने मात्र लेख्नुहोस्।",
      example: "2021-11-01",
    },
    periodOfStayEndsOn: {
      label: g("periodOfStayEnd"),
      hint: `${g("residenceCard")} मा लेखिएको मिति हो। स्थायी बासिन्दा (永住者), उच्च दक्ष पेशाकर्मी नं. 2 (高度専門職2号) र विशेष स्थायी बासिन्दा (特別永住者) ले लेख्नुपर्दैन।`,
      example: "2027-04-30",
    },
    today: {
      label: "जाँच गर्ने दिन",
      hint: 'खाली छोडे आजको (जापानको समय) लागि जाँच गरिन्छ। भविष्यको दिन लेखे "त्यो दिन के हुन्छ" थाहा हुन्छ।',
      example: "2026-12-02",
    },
  },
  submit: "जाँच गर्नुहोस्",
  checking: "जाँच गर्दै…",
  parse: {
    unrecognised: "{field} पढ्न सकिएन। {example} जस्तै लेख्नुहोस्।",
    not_a_real_date: "{field} क्यालेन्डरमा नभएको मिति हो। महिना र गते जाँच गर्नुहोस्।",
    past_era_end: "{field} त्यो जापानी सम्वत् (元号) सकिएपछिको मिति हो।",
    before_era_start: "{field} त्यो जापानी सम्वत् (元号) सुरु हुनुअघिको मिति हो।",
    before_gregorian: "{field} 1873 (Meiji 6) वा त्यसपछिको हुनुपर्छ।",
    weekday_mismatch:
      "{field}मा लेखिएको बार मितिसँग मिलेन: मिति {date} हो, तर {weekday} लेखिएको छ। मिति र बार जाँच गरेर फेरि लेख्नुहोस्।",
    year_mismatch:
      "{field}मा कोष्ठभित्रको वर्ष ({year}) मितिसँग मिलेन: यो मिति {dateWithEra} हो। कुन वर्ष सही हो जाँच गरेर फेरि लेख्नुहोस्।",
    suggestion: "के तपाईंले {date} भन्न खोज्नुभएको हो?",
  },
  errors: {
    summaryTitle: "लेखिएको विवरण जाँच गर्नुहोस्",
    titlePrefix: "त्रुटि: ",
    prefix: "त्रुटि: ",
    needInput: `${w.certificateExpiry}, वा ${w.birthDate} र ${w.cardExpiry} लेख्नुहोस्।`,
    needBirthDate: `${w.birthDate} लेख्नुहोस्। कार्डका मितिहरू मात्रबाट हिसाब गर्न सकिँदैन।`,
    network: 'उत्तर आउन सकेन। इन्टरनेट जडान जाँच गरेर फेरि "जाँच गर्नुहोस्" थिच्नुहोस्।',
    server: "उत्तर आउन सकेन। केही बेरपछि फेरि प्रयास गर्नुहोस्।",
    busy: 'अहिले धेरै मानिसले जाँच गरिरहेकाले उत्तर आउन सकेन। लेखिएको विवरण जस्ताको तस्तै छ। करिब 1 मिनेट पर्खेर फेरि "जाँच गर्नुहोस्" थिच्नुहोस्।',
  },
  result: {
    headline: {
      valid: `${w.certificate} मान्य छ`,
      renewal: `${w.certificate} ${w.renewal} गर्ने बेला भयो`,
      grace: `${w.certificate}को म्याद सकिएको छ`,
      lapsed: `${w.mynaInsuranceCard} प्रयोग गर्न मिल्दैन`,
    },
    // The date comes with its distance in brackets ("… (करिब 2 महिनापछि)"), so no postposition
    // is joined to it: each sentence ends the date's clause with a colon instead.
    action: {
      valid: `${w.municipalOffice}मा ${w.renewal} गर्न सकिने पहिलो दिन: {date}। त्यतिबेलासम्म केही गर्नुपर्दैन।`,
      renewal: `${w.municipalOffice}मा ${w.renewal} गर्नुहोस्। अन्तिम दिन: {date}।`,
      grace: `${w.municipalOffice}मा ${w.reissue} गराउनुहोस्। अन्तिम दिन: {date}। त्यतिबेलासम्म ${w.mynaInsuranceCard} देखाएर उपचार गराउन सकिन्छ।`,
      lapsed: `${w.mynaInsuranceCard} प्रयोग गर्न नमिल्न थालेको दिन: {date}। ${w.municipalOffice}मा ${w.certificate} ${w.reissue} गराउनुहोस्।`,
    },
    bring: `प्रक्रिया तपाईं बस्ने ठाउँको ${g("municipalOffice")} मा हुन्छ (निःशुल्क)। ${w.myNumberCard} लिएर जानुहोस्, र 4 अङ्कको ${w.pin}, र हस्ताक्षरको प्रमाणपत्र भए त्यसको पासवर्ड (パスワード, 6 देखि 16 अक्षर र अङ्क) याद छ कि छैन जाँच गर्नुहोस्।`,
    checkFirst: {
      heading: `पहिले ${w.certificate}को म्याद जाँच गर्नुहोस्`,
      ifSo: "माथिको अनुमान सही भए",
      moveToCard: "यो मितिलाई कार्डको म्याद मानेर जाँच गर्नुहोस्",
      card: {
        heading: `पहिले ${w.cardExpiry} जाँच गर्नुहोस्`,
        why: `तपाईंले हाल्नुभएको ${w.cardExpiry} जन्मदिन होइन। ${w.periodOfStay}सँगै सकिने कार्डबाहेक, कार्डको म्याद जन्मदिनमा सकिन्छ। कार्डको अगाडि छापिएको मिति (「…まで有効」) फेरि हेर्नुहोस्।`,
        typo: "छापिएको मिति {date} (तपाईंको जन्मदिन) हो भने, टाइप गर्दा गल्ती भएको हो। त्यही मितिले फेरि जाँच गर्नुहोस्।",
        recheck: "यो मितिले फेरि जाँच गर्नुहोस्",
        asTyped: `हाल्नुभएको मिति सही हो भने, यो कार्ड ${w.periodOfStayEnd}मा सकिन्छ (विदेशी बासिन्दाको कार्ड)। अझ पक्का उत्तरका लागि ${g("periodOfStayEnd")} पनि हाल्नुहोस्। तलको उत्तर त्यस अवस्थाको हो।`,
      },
    },
    stay: {
      action: `पहिले ${g("immigration")} मा ${w.periodOfStay} नवीकरण गर्नुहोस्। त्यसपछि ${w.municipalOffice}मा ${w.cardValidityExtension} गर्नुहोस् र नयाँ ${w.certificate} पनि लिनुहोस्। अन्तिम दिन: {date}।`,
      later: `पहिले ${g("immigration")} मा ${w.periodOfStay} नवीकरण गर्नुहोस्। यसमा केही हप्ता लाग्न सक्छ। नयाँ ${g("residenceCard")} पाएपछि ${w.municipalOffice}मा ${w.cardValidityExtension} गर्नुहोस् र नयाँ ${w.certificate} लिनुहोस्।`,
      bring: `${w.municipalOffice}मा नयाँ ${g("residenceCard")} र ${w.myNumberCard} लिएर जानुहोस्, र 4 अङ्कको ${w.pin}, र हस्ताक्षरको प्रमाणपत्र भए त्यसको पासवर्ड (パスワード, 6 देखि 16 अक्षर र अङ्क) याद छ कि छैन जाँच गर्नुहोस्।`,
    },
    newCard: {
      headline: `नयाँ ${w.myNumberCard}को लागि आवेदन दिने बेला भयो`,
      action:
        "कार्डको म्याद {date}मा सकिन्छ। इलेक्ट्रोनिक प्रमाणपत्र (電子証明書) कार्डभन्दा लामो चल्दैन (अहिले नवीकरण वा पुनः जारी गरे पनि त्यही दिन सकिन्छ), त्यसैले अहिले नै नयाँ माइ नम्बर कार्डका लागि आवेदन दिनुहोस्।",
      later:
        "{date}देखि नयाँ माइ नम्बर कार्डका लागि आवेदन दिन सकिन्छ (प्रमाणपत्र कार्डसँगै सकिने भएकाले कार्ड नै फेरिन्छ)। त्यसअघि केही गर्नु पर्दैन।",
      bring: "अनलाइन, हुलाक, फोटो मेसिन वा काउन्टरमा आवेदन दिन सकिन्छ (फोटो चाहिन्छ)। आवेदनदेखि कार्ड लिनसम्म करिब 1 महिना लाग्छ।",
    },
    cardExpired: {
      action:
        "कार्डको म्याद ({date}) सकिइसकेको छ। म्याद सकिएको कार्डमा इलेक्ट्रोनिक प्रमाणपत्र पुनः जारी गर्न मिल्दैन, त्यसैले नयाँ माइ नम्बर कार्डका लागि आवेदन दिनुहोस्।",
      bring:
        "अनलाइन, हुलाक, फोटो मेसिन वा काउन्टरमा आवेदन दिन सकिन्छ (फोटो चाहिन्छ)। करिब 1 महिना लाग्छ; त्यसबीच 資格確認書 (योग्यता पुष्टि पत्र) देखाएर उपचार गराउन सकिन्छ।",
    },
    alreadyRenewed: `पहिले नै ${w.renewal} गर्नुभयो? कार्डको अगाडिको “電子証明書の有効期限” खण्डमा {date} लेखिएको छ भने, ${w.renewal} भइसकेको छ। अरू केही गर्नु पर्दैन।`,
    more: "विस्तारमा हेर्नुहोस्",
    question: {
      legend: `{date} वा त्यसपछि तपाईंले ${w.municipalOffice}मा ${w.certificate} ${w.renewal} वा ${w.reissue} गर्नुभयो?`,
      howToTell: [
        "कार्डको अगाडिको “電子証明書の有効期限” खण्डमा (कार्डको तल बायाँ, रातो थोप्लेदार फ्रेम) {date}भन्दा पछिको मिति हातले लेखिएको छ भने, तपाईंले नवीकरण गर्नुभएको छ। {date} मात्र लेखिएको छ भने, त्यो पहिलो म्याद हो, नवीकरण गरेको चिन्ह होइन।",
        `अहिले ${g("mynaPortal")} मा लगइन गर्न सक्नुहुन्छ भने, नवीकरण भएको छ। म्याद सकिएको प्रमाणपत्रले लगइन गर्न सकिँदैन।`,
      ],
      yes: "हो",
      no: "होइन",
      unknown: "थाहा छैन",
      submit: "उत्तर दिनुहोस्",
      intro: "उत्तरअनुसार आजको चरण फरक पर्छ। थाहा नभएसम्म दुवै अवस्था हेर्नुहोस्, र चाँडो आउने मितिभित्रै प्रक्रिया गर्नुहोस्।",
      ifNo: `${w.renewal} वा ${w.reissue} नगरेको अवस्थामा`,
      ifYes: `${w.renewal} वा ${w.reissue} गरेको अवस्थामा`,
    },
    checkedOn: "जाँच गरेको दिन: ",
    datesHeading: "महत्त्वपूर्ण मितिहरू",
    dateLabels: {
      renewalOpens: `${w.renewal} गर्न सकिने अवधि सुरु हुने दिन`,
      firstCounterDay: "काउन्टरमा प्रक्रिया गर्न सकिने पहिलो दिन",
      certificateExpires: w.certificateExpiry,
      graceEnds: `${w.mynaInsuranceCard} प्रयोग गर्न सकिने अन्तिम दिन (बीमाको योग्यता पुष्टि मात्र)`,
      cardExpires: "कार्डकै म्याद सकिने मिति",
      signature: `${w.signatureCertificate}को म्याद सकिने मिति`,
      signatureAtMost: " (ठेगाना वा नाम परिवर्तन भए यसभन्दा पहिले नै अमान्य हुन्छ)",
      lastCounterDay: "काउन्टरमा प्रक्रिया गर्न सकिने अन्तिम दिन",
    },
    timelineHeading: "समयरेखा",
    timelineCaption: "तपाईंका 4 चरण (तलको तालिकामा पनि यही कुरा छ)",
    tableCaption: "मिति र घटना",
    tableDate: "मिति",
    tableEvent: "घटना",
    todayRow: "आज",
    todayMarker: "आज",
    dayRow: "जाँच गरेको दिन",
    dayMarker: "दिन",
    before: "भन्दा अघि",
    from: "देखि",
    until: "सम्म",
    readerHeading: "यो दिन अस्पताल वा फार्मेसीको कार्ड रिडरमा देखिने स्क्रिन",
    readerCaption: "अनुहार पहिचान गर्ने कार्ड रिडरको स्क्रिन (नमुना)",
    worksHeading: "प्रयोग गर्न मिल्ने र नमिल्ने कुरा",
    worksWord: "मिल्छ",
    notWorksWord: "मिल्दैन",
    stepsHeading: "अब के गर्ने",
    caveatsHeading: "जाँच गर्नुपर्ने कुरा",
    caveatAlternatives: "अरू अवस्था:",
    stayPage: `${w.periodOfStay} भएका व्यक्तिहरूको लागि: प्रक्रियाको क्रम र लैजाने कुरा`,
    calendarHeading: "क्यालेन्डरमा राख्नुहोस्",
    calendarText: "अबका मितिहरू क्यालेन्डरमा कार्यक्रमको रूपमा राख्न सकिन्छ। फाइल (.ics) मा हरेक दिन बिहान 9 बजेको सूचना हुन्छ।",
    ics: "क्यालेन्डर फाइल (.ics) डाउनलोड गर्नुहोस्",
    google: "Google क्यालेन्डरमा एक-एक गरेर थप्नुहोस् (सूचनाको समय तपाईंको Google क्यालेन्डरको सेटिङअनुसार हुन्छ):",
    bookmark:
      "यो पेजको ठेगानामा तपाईंले लेखेका मितिहरू हुन्छन्। बुकमार्क गर्नुभयो भने उही नतिजा फेरि हेर्न सकिन्छ। ठेगानाको “#” पछिको भाग सर्भरमा पठाइँदैन।",
    again: "विवरण बदलेर फेरि जाँच गर्नुहोस्",
    stagesLink: "4 चरण विस्तारमा हेर्नुहोस्",
  },
};
