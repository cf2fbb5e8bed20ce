/**
 * @module
 * 中文（简体）文本：日语原文（ja.ts）的翻译，内容以日语原文为准。写给住在日本的人：用“您”，
 * 句子短，说清楚下一步该做什么。窗口、卡片和信件上的日语词写在括号里，取自术语表
 * （glossary/zh-Hans.ts），这样在窗口看到日语时也能认出来。
 * A translation of ja.ts, which is authoritative (issue 13); `translationNote` says so to readers.
 */
import type { Catalog } from "./catalog.ts";
import { glossary, stageNames } from "./glossary/zh-Hans.ts";
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

const g = glossary.withJa;
const w = glossary.term;
const renewWhere = `您居住地的${g("municipalOffice")}`;

/** The site's feedback link, by its label (the site's SiteUi.feedback takes it from here). */
/** R-COUNTER-2: what a projected counter day is for (holidaysProjected names it). */
const COUNTER_DAY_ROLE: Record<CounterDayRole, string> = {
  certificateLast: `${w.certificate}到期前可以在窗口办理手续的最后一天`,
  graceLast: `${w.mynaInsuranceCard}还能使用期间可以在窗口办理手续的最后一天`,
  certificateFirst: `可以在窗口更新${w.certificate}的第一天`,
  cardLast: "卡到期前窗口开放的最后一天",
  cardFirst: "可以在窗口申请新卡的第一天",
  other: "窗口的办公日",
};

export const feedbackLabel = "意见・错误反馈";

/** Said wherever these texts are shown as a whole: a translation, the Japanese is authoritative. */
export const translationNote = `这些中文是日语原文的翻译，内容以日语原文为准。如果发现翻译有误，请通过网站上的“${feedbackLabel}”链接告诉我们。`;

/** R-CARD-5, R-CARD-4 (review finding 1): the renewal stage's second sentence names the step that applies. */
const renewNow = {
  newCard: `${w.certificate}即使现在更新，也只能用到卡的有效期限那一天，所以请先申请新的${g("myNumberCard")}（现在就可以申请）。`,
  extendCard: `这张卡在${w.periodOfStayEnd}到期。请先在${g("immigration")}更新${w.periodOfStay}，然后到${g("municipalOffice")}延长卡的有效期，并同时申请发行${w.certificate}。`,
  certificate: `现在可以办理更新手续。`,
} satisfies Record<ReturnType<typeof renewalStep>, string>;

export const zhHans: Catalog = {
  field: {
    certificateExpiry: w.certificateExpiry,
    birthDate: w.birthDate,
    cardExpiry: w.cardExpiry,
    cardIssuedOn: "卡的发行日期",
    applicationReceivedOn: "申请的受理日期",
    certificateIssuedOn: "电子证明书的发行日期",
    periodOfStayEndsOn: w.periodOfStayEnd,
    today: "基准日（today）",
    lang: "语言（lang）",
    body: "请求正文",
    query: "查询参数",
  },
  error: {
    empty: "{field}没有填写。请输入日期。",
    required: "请输入{field}。",
    invalid_date: "无法把{field}识别为日期。请按“2026-03-15”或“令和8年3月15日”的格式输入。",
    not_a_real_date: "{field}是不存在的日期。请再确认一下月和日。",
    past_era_end: "{field}是该年号结束以后的日期。您指的是不是“{suggestionWareki}”（{suggestion}）？",
    before_era_start: "{field}是该年号开始以前的日期。您指的是不是“{suggestionWareki}”（{suggestion}）？",
    before_gregorian: "{field}请输入1873年（明治6年）1月1日或以后的日期。",
    weekday_mismatch: "{field}的星期与日期不符：日期是{date}，但写的是{weekday}。请确认日期和星期后重新输入。",
    year_mismatch: "{field}与括号中的年份（{year}）不符：这个日期是{dateWithEra}。请确认哪个年份正确后重新输入。",
    not_a_string: '{field}请以字符串发送（例如 "2026-03-15"）。',
    too_long: "{field}太长了。请只输入日期。",
    unknown_field: "不接受这个项目。请确认项目名称（可以使用的项目列在 /api/v1/openapi.json 中）。",
    unsupported_lang: "语言请指定为以下之一：{langs}。",
    not_an_object: "{field}请以 JSON 对象（{ … }）发送。",
    invalid_value: "请确认{field}的值。",
    birth_date_in_future: "出生日期晚于今天。请确认出生日期。",
    card_issued_before_first_cards: `${g("myNumberCard")}是从2016年1月开始发放的。请确认卡的发行日期。`,
    card_issued_before_birth: "卡的发行日期早于出生日期。请确认这两个日期。",
    card_issued_in_future: "卡的发行日期晚于今天。请确认发行日期。",
    application_after_card_issue: "申请的受理日期晚于卡的发行日期。请确认受理日期。",
    certificate_issued_before_card:
      "电子证明书的发行日期早于卡的发行日期。[[根据卡上印的有效期限倒推，这张卡最早也是在{earliest}发行的。]]请确认电子证明书的发行日期。",
    certificate_issued_before_birth: "电子证明书的发行日期早于出生日期。请确认日期。",
    certificate_issued_after_card_expiry: "电子证明书的发行日期晚于卡的有效期限。请确认日期。",
    certificate_issued_in_future: "电子证明书的发行日期晚于今天。请确认日期。",
    certificate_issued_after_expiry: "电子证明书的发行日期晚于它的有效期限。请确认这两个日期。",
    card_expiry_not_after_birth: "卡的有效期限早于出生日期。请确认卡上印的日期。",
    card_expiry_not_after_issue: "卡的有效期限早于发行日期。请确认这两个日期。",
    certificate_expiry_not_after_birth: "电子证明书的有效期限早于出生日期。请确认日期。",
    certificate_outlives_card:
      "电子证明书的有效期限晚于卡的有效期限。电子证明书的有效时间不会比卡更长，请确认这两个日期。",
    stay_ends_before_card_issue: `${g("periodOfStayEnd")}早于卡的发行日期。请确认日期。`,
    stay_ends_before_card_expiry: `${g("periodOfStayEnd")}早于卡上印的有效期限。卡的有效时间不会超过${w.periodOfStay}，请确认${g("residenceCard")}和${w.myNumberCard}上的日期。`,
    impossible_card_age:
      "不存在这种出生日期和卡的有效期限组合的卡（到有效期限那天为{age}岁）。[[这个有效期限意味着这是{issueAge}岁时发行的{years}年有效的卡，应该是在{earliestIssue}或以后发行的，但这一天晚于今天，或者早于个人编号卡开始发放的2016年1月。]][[到有效期限那天为{age}岁的，只有2022年4月以后在18岁时发行的10年有效的卡，它的有效期限在{cardFrom}或以后。]]请确认出生日期和卡的有效期限是否有误。",
    card_expiry_mismatch: "根据卡的发行日期计算，卡的有效期限应该是{expected}。请确认卡上印的有效期限和发行日期。",
  },
  missingInput: {
    certificateExpiry: "请输入电子证明书的有效期限，或者输入出生日期和卡的有效期限。",
    cardExpiry: "请在出生日期之外，再输入卡上印的有效期限（或卡的发行日期）。",
    birthDate: "请在卡上的日期之外，再输入出生日期。",
  },
  stage: {
    valid: ({ dates }) => `您的${g("certificate")}有效期到${dates.expiry}为止。${g("mynaInsuranceCard")}可以照常使用。`,
    renewal: ({ dates, evaluation }) =>
      `您的${g("certificate")}将在${dates.expiry}到期，已不到${MONTHS.window}个月。${renewNow[renewalStep(evaluation)]}`,
    grace: ({ dates }) =>
      `您的${g("certificate")}已在${dates.expiry}到期。到${dates.graceEnds}为止，您还可以用${g("mynaInsuranceCard")}看病，但只能确认保险资格，诊疗信息和用药信息不会提供给医疗机构。`,
    lapsed: ({ dates }) =>
      `您的${g("certificate")}在${dates.expiry}到期后，已经过了${MONTHS.grace}个月以上，所以从${dates.lapses}起，这张卡已不能再作为${g("mynaInsuranceCard")}使用。`,
  },
  daysLeft: {
    valid: (days) => `离可以更新还有${days}天。`,
    renewal: (days) => (days === 0 ? "今天是有效期限的最后一天。" : `离有效期限还有${days}天。`),
    grace: (days) =>
      days === 0 ? `今天是可以使用${w.mynaInsuranceCard}的最后一天。` : `${w.mynaInsuranceCard}还可以使用${days}天。`,
    lapsed: (days) =>
      days === 0
        ? `从今天起，这张卡已不能再作为${w.mynaInsuranceCard}使用。`
        : `这张卡不能作为${w.mynaInsuranceCard}使用，已经${days}天了。`,
  },
  // R-INS-2: the reader speaks Japanese; the words that tell the screens apart (使える・使えない,
  // 失効) are kept beside the translation, so the person recognises the screen.
  reader: {
    normal: {
      badge: `${w.mynaInsuranceCard}：可以使用（マイナ保険証 使える）`,
      heading: "",
      message: ["不会显示有关期限的提示，会直接进入平时的受理画面。"],
      button: "",
    },
    renewalAlert: {
      badge: `${w.mynaInsuranceCard}：可以使用（マイナ保険証 使える）`,
      heading: "",
      message: ["证明书的有效期限已在3个月以内。请到市区町村政府窗口办理更新手续。"],
      button: "下一步（次に進む）",
    },
    qualificationOnly: {
      badge: `${w.mynaInsuranceCard}：可以使用（マイナ保険証 使える）`,
      heading: "由于电子证明书的有效期限已过，只向本机构提供资格信息。",
      message: ["请尽早到市区町村政府窗口更新电子证明书。"],
      button: "下一步（次に進む）",
    },
    lapsed: {
      badge: `${w.mynaInsuranceCard}：不能使用（マイナ保険証 使えない）`,
      heading: "电子证明书已失效（電子証明書が失効しています）。",
      message: ["请取出个人编号卡，到前台来。", "更新证明书需要到市区町村政府窗口办理手续。"],
      button: "",
    },
  },
  capability: {
    // One row per outcome (issue 9): seeing a doctor works in grace; only the records stop.
    insuranceQualificationOnly: `用${w.mynaInsuranceCard}看病`,
    insuranceFull: "向医疗机构提供诊疗和用药信息",
    myNaPortalLogin: `登录${g("mynaPortal")}`,
    convenienceStoreCopies: "在便利店领取住民票副本等证明",
    eTaxSignature: `e-Tax 等电子申请（${w.signatureCertificate}）`,
    photoId: "作为带照片的身份证件使用",
  },
  works: { yes: "可以", no: "不可以", unknown: "仅凭这些输入无法判断", joiner: "：" },
  worksFor: {
    insuranceQualificationOnly: (works, stage) => (works && stage === "grace" ? "可以（只确认资格）" : undefined),
    insuranceFull: (works) => (works === null ? undefined : works ? "会提供" : "不会提供"),
    // R-CERT-7: the signature certificate lapses on a move or a change of name.
    eTaxSignature: (works) => (works ? "可以（前提是没有搬家或更改姓名）" : undefined),
  },
  nextStep: {
    nothingYet: ({ dates, evaluation }) => ({
      // R-INFER-3: "nothing to do" only holds under the renewed reading; say so.
      title:
        evaluation.certificate.basis === "assumedRenewed"
          ? "如果已经更新或重新发行，现在不需要办理手续"
          : mayHaveEndedEarlier(evaluation)
            ? "如果电子证明书的有效期限和卡相同，现在不需要办理手续"
            : "现在不需要办理手续",
      detail:
        evaluation.card?.validityYears === null && evaluation.certificate.expiresOn === evaluation.card.expiresOn
          ? `这张卡的有效期到${dates.expiry}为止，也就是${g("periodOfStayEnd")}。在${g("immigration")}更新${w.periodOfStay}以后，请到${renewWhere}办理${g("cardValidityExtension")}的手续，延长卡的有效期间。`
          : evaluation.card && evaluation.certificate.expiresOn === evaluation.card.expiresOn
            ? `电子证明书和卡在同一天（${dates.expiry}）到期，所以下一步是换新卡。从${dates.cardRenewalOpens}起可以申请。`
            : `从${dates.renewalOpens}起可以更新电子证明书。`,
    }),
    expectNoticeLetter: ({ dates }) => ({
      title: `您会收到${g("noticeLetter")}`,
      detail: `${dates.noticeFrom}至${dates.noticeTo}前后，J-LIS（地方公共团体信息系统机构）会用浅蓝色的信封寄来“有効期限通知書”（${w.noticeLetter}）。这封信不会转寄，搬过家的人可能收不到。没有通知书也可以更新。`,
    }),
    addReminder: () => ({
      title: "请把日期记在日历上",
      detail: `把可以开始更新的日子、有效期限、${w.mynaInsuranceCard}不能再使用的日子记在日历上，就不会忘记。`,
    }),
    renewCertificateAtOffice: ({ dates }) => ({
      title: `在${g("municipalOffice")}更新电子证明书`,
      detail: `请到${renewWhere}免费更新（${dates.expiryOnClosedDay ? `截至${dates.lastCounterDay}。之后到有效期限${dates.expiry}为止，窗口不办公` : `截至${dates.expiry}`}）。不能在网上办理。请带上${g("myNumberCard")}。需要4位数的${g("pin")}，以及签名用电子证明书的口令（パスワード，6～16位英文字母和数字）。如果忘记了，可以在同一个窗口重新设定。未满15岁的人，要和法定代理人（父母等）一起办理。也可以由代理人办理（需要去两次）。`,
    }),
    renewCard: ({ dates, evaluation, date }) => {
      const expired = evaluation.daysUntil.cardExpires !== null && evaluation.daysUntil.cardExpires < 0;
      const how =
        "申请时需要附上照片，可以通过网上、邮寄、证件照自助拍照机或窗口申请。从申请到（在窗口）领卡大约需要1个月。未满15岁的人，由法定代理人（父母等）申请。";
      return {
        title: expired ? `申请新的${g("myNumberCard")}` : `更换新的${g("myNumberCard")}`,
        detail: expired
          ? `卡的有效期限（${dates.card}）已经过了。请申请新卡。${how}新卡里会有新的电子证明书。在拿到新卡之前，您可以用${g("eligibilityCertificate")}看病。`
          : `卡的有效期限是${dates.card}。电子证明书不会比卡用得更久，即使现在更新或重新发行，也会在这一天到期，所以需要换新卡。从${dates.cardRenewalOpens ?? date(evaluation.certificate.renewalOpensOn)}起可以申请。${how}`,
      };
    },
    extendCardValidity: ({ dates }) => ({
      // R-CARD-4: immigration first; the municipal office can only extend the card after it.
      title: `先在${w.immigration}更新${g("periodOfStay")}，再延长卡的有效期间`,
      detail: `这张卡的有效期到${dates.card}为止，也就是${w.periodOfStayEnd}。请按下面的顺序办理。首先，在${g("immigration")}更新${w.periodOfStay}，领取新的${g("residenceCard")}。然后，带上新的${w.residenceCard}和${w.myNumberCard}，到${renewWhere}办理${g("cardValidityExtension")}的手续（这不是申请新卡）。延长了卡的有效期间，电子证明书也不会跟着延长，所以请在同一个窗口一起申请发行电子证明书。`,
    }),
    reissueCertificateAtOffice: () => ({
      title: `在${g("municipalOffice")}${g("reissue")}电子证明书`,
      detail: `即使有效期限已经过了，只要卡还有效，就可以在${renewWhere}免费重新发行。不能在网上办理。请带上${w.myNumberCard}。如果忘记了${g("pin")}，可以在同一个窗口重新设定。`,
    }),
    wait24Hours: () => ({
      // R-CERT-8: the 24 hours are about the insurance system, not every use.
      title: `大约24小时后才会反映到${g("mynaInsuranceCard")}上`,
      detail: "在窗口办理手续大约24小时以后，医疗机构和药店才能确认新的电子证明书的有效期限。",
    }),
    setUpSmartphoneAgain: ({ evaluation }) => ({
      title: "重新设定智能手机用电子证明书",
      detail: `在智能手机里装了个人编号卡功能的人，${newCardIsTheStep(evaluation) ? "领取新卡以后" : "更新以后"}请重新设定一次。`,
    }),
    registerInsuranceAgain: ({ evaluation }) => ({
      title: `重新办理${g("mynaInsuranceCard")}的使用登记`,
      detail: `${MONTHS.grace}个月的宽限期结束后，${w.mynaInsuranceCard}的使用登记会被取消。${newCardIsTheStep(evaluation) ? "领取新卡以后" : "重新发行以后"}，请在医疗机构的读卡器上或${g("mynaPortal")}上重新登记。`,
    }),
    eligibilityCertificate: () => ({
      title: `可以用${g("eligibilityCertificate")}看病`,
      detail: `没有更新的人，会收到所加入的健康保险寄来的“資格確認書”（${w.eligibilityCertificate}），可以用它看病。寄到的时间因保险机构而不同（例如：协会健保（協会けんぽ）在有效期限所在月的月底大约2个月后，通过工作单位寄送；国民健康保险在宽限期结束之前寄送）。`,
    }),
    showCardAtReception: () => ({
      title: "在前台出示卡并说明情况",
      detail: "如果读卡器上显示“電子証明書が失効しています”（电子证明书已失效），请告诉前台的工作人员。",
    }),
    checkCertificateExpiry: ({ dates }) => {
      const r = dates.renewal;
      if (!r)
        return {
          title: `确认${g("certificateExpiry")}`,
          detail: `可以在卡正面的电子证明书有效期限栏（手写）里，或在${g("mynaPortal")}上确认。`,
        };
      // R-INFER-3: the question in words a person can answer, and what each answer means.
      const notRenewed = r.graceEndPassed
        ? `如果没有更新或重新发行，电子证明书已在${r.firstExpiry}到期，${r.firstGraceEnds}是可以作为${w.mynaInsuranceCard}使用的最后一天，现在已不能使用。请到窗口重新发行，并重新办理${w.mynaInsuranceCard}的使用登记。在此之前，也可以用健康保险寄来的${g("eligibilityCertificate")}看病。请在前台说明${w.mynaInsuranceCard}不能使用。`
        : `如果没有更新或重新发行，电子证明书已在${r.firstExpiry}到期。用${w.mynaInsuranceCard}看病只能到${r.firstGraceEnds}为止，而且只能确认资格。请尽早到窗口重新发行。`;
      return {
        title: `您在${r.since}或以后，是否在窗口更新或重新发行过电子证明书？`,
        detail: `如果卡正面的电子证明书栏里手写着晚于${r.firstExpiry}的日期，或者您能登录${g("mynaPortal")}，就说明已经更新过了。这样的话，电子证明书有效期到${r.renewedExpiry}为止。${notRenewed}`,
      };
    },
  },
  bridge: (code, { dates, evaluation }) => {
    const verb = code === "renewCertificateAtOffice" ? "更新" : "重新发行";
    const extend = evaluation.card?.validityYears === null;
    return {
      title: `${extend ? "延长卡的有效期间之前" : "新卡到手之前"}也要用的话：在窗口${verb}电子证明书（也可以不办）`,
      lead: extend
        ? `在延长卡的有效期间之前，如果也想照常使用${w.mynaInsuranceCard}，可以先在窗口${verb}电子证明书（也可以不办）。这个电子证明书和卡一样，用到${dates.card}为止。延长卡的有效期间后，请再申请发行电子证明书。`
        : `新卡从申请到领取大约需要1个月。在这期间如果也想照常使用${w.mynaInsuranceCard}，可以先在窗口${verb}电子证明书（也可以不办）。${verb}的电子证明书和卡一样，用到${dates.card}为止。`,
    };
  },
  closedUntilExpiry: ({ dates }) => ({
    title: "窗口在有效期限前不办公：过了期限后，在窗口重新发行电子证明书",
    detail: `窗口可以办理的最后一天（${dates.lastCounterDay}）已经过了，到有效期限${dates.expiry}为止窗口都不办公。过了期限后，请在窗口下一次办公的日子（年末年初则是1月4日以后）免费重新发行。到${dates.graceEnds}为止，${w.mynaInsuranceCard}仍可用于看病（只确认资格）。请带上卡，并事先确认好${g("pin")}。`,
  }),
  caveat: {
    cardExpiryInCertificateField: ({ evaluation }) =>
      `输入的${w.certificate}有效期限里写着“まで有効”。这是卡印刷它自己的有效期限的写法。${w.certificate}的有效期限，是在窗口手写在卡正面${w.certificate}栏里的日期（常常是空的）。和10年有效的卡一起发行的${w.certificate}，比卡早5年到期。${
        cardFaceAnswered(evaluation)
          ? "下面是这个日期为卡的有效期限时的答案。"
          : `如果那一栏是空的，请输入${w.birthDate}和${w.cardExpiry}。`
      }`,
    certificateExpiryTooLate: () =>
      `${w.certificate}在发行后的第5个生日到期（在到期前3个月内更新的，是第6个生日），而且不会晚于卡的有效期限。所以今天以前发行的${w.certificate}不可能在输入的日期到期。卡上印着“…まで有効”的日期是卡本身的有效期限。请在卡正面的手写栏、${w.mynaPortal}或${w.noticeLetter}上确认${w.certificate}的有效期限。`,
    renewalUnknown: ({ dates }) => {
      const r = dates.renewal!;
      const shown =
        r.headline === "notRenewed"
          ? `在宽限期结束的${r.firstGraceEnds}之前，这里按没有更新的情况显示日期。`
          : `宽限期结束的${r.firstGraceEnds}也已经过了，所以这里按已经更新或重新发行的情况显示日期。`;
      return `最初的电子证明书的有效期限是${r.firstExpiry}。您在${r.since}或以后是否在${g("municipalOffice")}更新或重新发行过电子证明书，仅凭这些输入无法知道。${shown}另一种情况见下文。`;
    },
    thresholdTransition: () =>
      "2022年4月至9月期间在18岁或19岁时发行的卡，有效期限取决于申请是什么时候受理的（2022年3月以前受理为5年，4月以后受理为10年）。这里按较早的日期显示。输入卡上印的有效期限后就能确定。",
    ageBoundary: ({ evaluation }) =>
      // R-AGE-2 at 15 changes the signature certificate only; at 18 or 20 the card's length.
      atFifteen(evaluation)
        ? `这张卡是在15岁生日的前一天发行的，这一天算不算15岁，决定了卡里有没有${w.signatureCertificate}。这里按算作15岁（卡里有）显示。`
        : "这张卡是在成年那个生日的前一天发行的，这一天算不算成年，会改变有效期限。这里按算作成年的日期显示。输入卡上印的有效期限后就能确定。",
    feb29: ({ evaluation }) => {
      // R-DATE-4: which convention, and whether the printed card expiry settled it.
      const { marchFirst, recounted } = feb29Reading(evaluation);
      const day = marchFirst ? "3月1日" : "2月28日";
      return recounted
        ? `2月29日出生的人，在不是闰年的年份里，这里把生日按${day}计算。也有按3月1日计算的情况，那样重新计算的日期见下文。也请确认卡和通知书上的日期。`
        : evaluation.card?.printed
          ? `2月29日出生的人，在不是闰年的年份里的生日，这里根据卡上印的有效期限按${day}计算。`
          : `2月29日出生的人，在不是闰年的年份里，这里把生日按${day}计算。按3月1日计算，日期也不会改变。`;
    },
    signatureUncertain: () =>
      `这种组合的卡，通常是在未满15岁时发行的，发行时卡里没有${w.signatureCertificate}（如果是在15岁生日的前一天发行的，就有）。满15岁以后，也可以到窗口申请发行。`,
    adultByDayBefore: () =>
      "只有在成年那个生日（18岁或20岁）的前一天发行的10年有效的卡，才可能是这种组合。请确认日期是否有误。",
    signatureOnRequest: () =>
      `未满15岁时发行的卡里，没有${g("signatureCertificate")}。只有满15岁以后到窗口申请发行过才有，它的有效期限和${g("userCertificate")}相同，或者更早。能不能用于 e-Tax 等，仅凭这些输入无法判断。`,
    certificateDateNearWindow: () =>
      `您输入的电子证明书发行日期，在可以更新的期间开始前不久。如果这个日期没错，就算作新的发行；但只要差1天，有效期限就会差1年。请在卡上的电子证明书栏里或${g("mynaPortal")}上确认日期。`,
    cardExpiryNotBirthday: () =>
      `卡的有效期限通常是生日。您输入的日期不是生日，请确认有没有输错。有${g("periodOfStay")}的人，也请输入${w.periodOfStayEnd}。`,
    periodOfStay: ({ evaluation, dates }) =>
      // Review8 #23: a stay ending after a birthday C: an ordinary card, whose letter comes.
      ordinaryCardWithStay(evaluation)
        ? `这张卡是普通的卡：在${w.periodOfStayEnd}之前的生日（${dates.card}）到期，会寄来${g("noticeLetter")}。如果那天以后还住在日本，请申请新卡（这和更新${w.periodOfStay}是不同的手续）。`
        : mayHaveEndedEarlier(evaluation)
          ? `有效期到${g("periodOfStayEnd")}为止的卡，无法知道它的发行日期。另外，即使在更新${w.periodOfStay}时延长了卡的有效期间，电子证明书的有效期限也不会延长。因此，电子证明书有可能已经在以前的${w.periodOfStayEnd}，或在卡的有效期限之前的某个生日到期了（下文是生日的情况）。请在卡上的电子证明书栏里或${g("mynaPortal")}上确认。到${w.periodOfStayEnd}失效的卡，不会寄来${g("noticeLetter")}。`
          : `有效期到${g("periodOfStayEnd")}为止的卡，即使在更新${w.periodOfStay}时延长了卡的有效期间，电子证明书的有效期限也不会延长。这样的卡不会寄来${g("noticeLetter")}。`,
    cardExpired: ({ dates }) =>
      // R-INFER-5: the certificate ended on the card expiry at the latest (years earlier for
      // someone who never renewed); never "the same day" as a fact.
      `${g("myNumberCard")}的有效期限（${dates.card}）已经过了。电子证明书最晚也在这一天到期了。要换新的电子证明书，需要申请新卡。${dates.renewal ? `也请看下面的“${ASSUMPTIONS.notRenewed}”。` : ""}`,
    expiryOnClosedDay: ({ dates }) =>
      `有效期限${dates.expiry}这一天，${w.municipalOffice}不办公（周六、周日、节假日、年末年初都不办公）。有效期限不会顺延到下一个办公日。可以在窗口办理手续的最后一天是${dates.lastCounterDay}。`,
    holidaysProjected: ({ evaluation, date }) =>
      `窗口的办公日中，${projectedDaysNamed(evaluation, date, COUNTER_DAY_ROLE, ["（", "）"]).join("、")}是按还没有正式公布的年份的节假日计算的（春分日和秋分日在前一年的2月确定，节假日也可能因修改法律而变化）。日子临近时，请再确认一次。`,
    holidaysOutsideFormula: () =>
      "2100年以后和1980年以前的春分日、秋分日，超出了计算公式能算出的范围。窗口的办公日是按和2099年（或1980年）相同的日期计算的，请只作为参考。",
  },
  counter: {
    lastDay: ({ dates }) => `可以在窗口办理手续的最后一天是${dates.lastCounterDay}。`,
    graceLastDay: ({ dates }) =>
      `在${w.mynaInsuranceCard}还能使用的期间内，可以在窗口办理手续的最后一天是${dates.graceLastCounterDay}。`,
    note: `${g("municipalOffice")}在周六、周日、节假日和12月29日至1月3日不办公。不过，很多市区町村有周六或周日开放的窗口（休日窓口），或有晚上开放的日子，受理时间也各不相同。请在您居住地的市区町村的网站等处确认。`,
    joiner: "",
  },
  alternative: (a, t) => {
    const label = ASSUMPTIONS[a.assumption] ?? a.assumption;
    const parts = [label + "："];
    if (a.cardExpiresOn) parts.push(`卡的有效期限是${t.date(a.cardExpiresOn)}。`);
    if (a.certificateExpiresOn) parts.push(`电子证明书的有效期限是${t.date(a.certificateExpiresOn)}，`);
    // Issue 9: never "can be used until" about a past day.
    if (a.graceEndsOn) {
      parts.push(
        a.stage === "lapsed"
          ? `${w.mynaInsuranceCard}在${t.date(a.graceEndsOn)}以后已不能使用。`
          : a.stage === "grace"
            ? `用${w.mynaInsuranceCard}看病只能到${t.date(a.graceEndsOn)}为止，而且只能确认资格。`
            : `${w.mynaInsuranceCard}可以使用到${t.date(a.graceEndsOn)}。`,
      );
    }
    if (a.stage) parts.push(`今天的阶段是“${stageNames[a.stage]}”。`);
    return parts.join("");
  },
  checkCardExpiry: `请先确认卡的有效期限：输入的日期不是生日，可能输错了。以下是假定日期没有输错、而且卡在${w.periodOfStayEnd}到期时的答案。`,
  ifStayCard: `如果日期没有输错、卡在${w.periodOfStayEnd}到期：`,
  alternativeWindow: (date) => `这种情况下，从${date}起可以在窗口更新。`,
  checkCertificateField: {
    cardExpiryInCertificateField: `请先确认这是哪个日期：印着“…まで有効”的日期是卡本身的有效期限。${w.certificate}的有效期限是卡正面${w.certificate}栏里手写的日期。如果那一栏是空的，请输入${w.birthDate}，并把这个日期填在“${g("cardExpiry")}”里。以下是假定这个日期是${w.certificate}有效期限时的答案。`,
    certificateExpiryTooLate: `请先确认这是哪个日期：${w.certificate}最长到发行后的第6个生日为止，今天以前发行的${w.certificate}不会这么晚才到期。这是不是卡上印着“…まで有効”的卡本身的有效期限？如果是，请输入${w.birthDate}，并把这个日期填在“${g("cardExpiry")}”里。以下是按输入的日期计算的答案。`,
  },
  inputNote: {
    past_era_end: "{field}是年号更改以后的日期，所以按{wareki}（{date}）读取。",
  },
  condition: (r) =>
    r.since === null
      ? "这是假设您已经更新了电子证明书时的答案。"
      : r.headline === "notRenewed"
        ? `这是假设您在${r.since}或以后，没有在窗口更新或重新发行电子证明书时的答案。`
        : `这是假设您在${r.since}或以后，已经在窗口更新或重新发行了电子证明书时的答案。`,
  assumed: {
    earlierBirthday:
      "这是假设电子证明书一直有效到卡的有效期限时的答案。如果电子证明书在更早的某个生日就已到期，答案会不同（见下文）。",
    issuedInWindow: "这是假设您输入的发行日期没有错时的答案。如果发行日期晚1天，答案会不同（见下文）。",
    adultCard: "这是假设这张卡是5年有效的卡时的答案。如果是10年有效的卡（成年），答案会不同（见下文）。",
    minorCard: "这是假设这张卡是10年有效的卡（成年）时的答案。如果是5年有效的卡，答案会不同（见下文）。",
    march1: "这是把生日算作2月28日时的答案。如果算作3月1日，答案会不同（见下文）。",
  },
  milestone: {
    noticeExpected: `开始收到${w.noticeLetter}的时候`,
    renewalOpens: "可以开始更新电子证明书的日子",
    certificateExpires: w.certificateExpiry,
    graceStarts: "过期，从这天起只能确认资格",
    graceEnds: `可以使用${w.mynaInsuranceCard}的最后一天`,
    lapses: `不能再作为${w.mynaInsuranceCard}使用的日子`,
    cardRenewalOpens: "可以开始申请换新卡的日子",
    cardExpires: `${w.myNumberCard}的有效期限`,
  },
};

const ASSUMPTIONS: Record<string, string> = {
  cardFace: "如果这个日期是卡的有效期限",
  cardFaceNotRenewed: "如果这个日期是卡的有效期限，而且没有更新电子证明书",
  cardFaceRenewed: "如果这个日期是卡的有效期限，而且已经更新或重新发行了电子证明书",
  renewed: "如果已经更新或重新发行",
  notRenewed: "如果没有更新或重新发行",
  adultCard: "如果是10年有效的卡（成年）",
  minorCard: "如果是5年有效的卡",
  march1: "如果把生日算作3月1日",
  earlierBirthday: "如果电子证明书在卡到期之前的某个生日到期",
  issuedInWindow: "如果发行日期晚1天，落在可以更新的期间之内",
  noSignatureCertificate: "如果15岁生日的前一天不算作15岁（那样卡里没有签名用电子证明书）",
};
