/**
 * @module
 * Tiếng Việt: bản dịch của các câu tiếng Nhật (ja.ts). Bản tiếng Nhật là bản chính thức; nếu có
 * chỗ dịch sai, xin báo qua đường link góp ý của trang web. (A translation of ja.ts; the
 * Japanese text is authoritative; corrections through the site's feedback link, FEEDBACK_URL;
 * `translationNote` says so to readers.)
 *
 * Written for residents: short sentences, "bạn" throughout, the Japanese term the person meets
 * at the counter beside the word (glossary/vi.ts). Dates arrive formatted, so no sentence puts
 * "ngày" before a date slot.
 */
import type { Catalog } from "./catalog.ts";
import { capitalize } from "./glossary/case.ts";
import { JA_TERMS } from "./glossary/terms.ts";
import { glossary, stageNames } from "./glossary/vi.ts";
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

const { term: w, withJa: j } = glossary;

/** ja.ts's 「お住まいの市区町村の窓口」. */
const renewWhere = `${w.municipalOffice} nơi bạn sống (お住まいの${JA_TERMS.municipalOffice})`;

/** The site's feedback link, by its label (the site's SiteUi.feedback takes it from here). */
/** R-COUNTER-2: what a projected counter day is for (holidaysProjected names it). */
const COUNTER_DAY_ROLE: Record<CounterDayRole, string> = {
  certificateLast: `ngày cuối cùng có thể làm thủ tục tại quầy trước khi ${w.certificate} hết hạn`,
  graceLast: `ngày cuối cùng có thể làm thủ tục tại quầy trong khi ${w.mynaInsuranceCard} vẫn còn dùng được`,
  certificateFirst: `ngày đầu tiên có thể gia hạn ${w.certificate} tại quầy`,
  cardLast: "ngày cuối cùng quầy mở cửa trước khi thẻ hết hạn",
  cardFirst: "ngày đầu tiên có thể xin thẻ mới tại quầy",
  other: "một ngày làm việc của quầy",
};

export const feedbackLabel = "Góp ý, báo lỗi";

/** Said wherever these texts are shown as a whole: a translation, the Japanese is authoritative. */
export const translationNote = `Đây là bản dịch từ tiếng Nhật. Bản tiếng Nhật là bản chính thức. Nếu thấy chỗ dịch sai, xin báo cho chúng tôi qua đường link "${feedbackLabel}" trên trang web.`;

/** R-CARD-5, R-CARD-4 (review finding 1): the renewal stage's second sentence names the step that applies. */
const renewNow = {
  newCard: `Dù ${w.renewal} bây giờ, ${w.certificate} cũng chỉ dùng được đến ngày hết hạn của thẻ, nên hãy xin cấp thẻ mới trước: bây giờ bạn đã có thể nộp đơn.`,
  extendCard: `Thẻ này hết hạn vào ${w.periodOfStayEnd}: trước hết hãy gia hạn ${w.periodOfStay} tại ${j("immigration")}, sau đó đến ${w.municipalOffice} để kéo dài thời hạn của thẻ và xin cấp ${w.certificate}.`,
  certificate: `Bây giờ bạn đã có thể làm thủ tục ${j("renewal")}.`,
} satisfies Record<ReturnType<typeof renewalStep>, string>;

export const vi: Catalog = {
  field: {
    certificateExpiry: capitalize(w.certificateExpiry),
    birthDate: capitalize(w.birthDate),
    cardExpiry: capitalize(w.cardExpiry),
    cardIssuedOn: "Ngày cấp thẻ",
    applicationReceivedOn: "Ngày tiếp nhận đơn",
    certificateIssuedOn: `Ngày cấp ${w.certificate}`,
    periodOfStayEndsOn: capitalize(w.periodOfStayEnd),
    today: "Ngày tính (today)",
    lang: "Ngôn ngữ (lang)",
    body: "Nội dung yêu cầu",
    query: "Chuỗi truy vấn (query)",
  },
  error: {
    empty: "{field} chưa được nhập. Vui lòng nhập ngày.",
    required: "Vui lòng nhập {field}.",
    invalid_date: "{field} không đọc được thành ngày. Vui lòng nhập theo dạng 2026-03-15 hoặc 令和8年3月15日.",
    not_a_real_date: "{field} là ngày không có trên lịch. Vui lòng kiểm tra lại tháng và ngày.",
    past_era_end:
      "{field} là ngày sau khi niên hiệu đó đã kết thúc. Có phải ý bạn là {suggestionWareki} ({suggestion}) không?",
    before_era_start:
      "{field} là ngày trước khi niên hiệu đó bắt đầu. Có phải ý bạn là {suggestionWareki} ({suggestion}) không?",
    before_gregorian: "{field} phải là từ ngày 1 tháng 1 năm 1873 (明治6年) trở về sau.",
    weekday_mismatch:
      "{field} có thứ không khớp với ngày: ngày đó là {date}, nhưng lại ghi {weekday}. Vui lòng kiểm tra lại ngày và thứ rồi nhập lại.",
    year_mismatch:
      "{field} không khớp với năm ghi trong ngoặc ({year}): ngày này là {dateWithEra}. Vui lòng kiểm tra năm nào đúng rồi nhập lại.",
    not_a_string: '{field} phải được gửi dưới dạng chuỗi ký tự (ví dụ: "2026-03-15").',
    too_long: "{field} quá dài. Vui lòng chỉ nhập ngày.",
    unknown_field:
      "Mục này không được chấp nhận. Vui lòng kiểm tra tên mục (các mục dùng được có trong /api/v1/openapi.json).",
    unsupported_lang: "Vui lòng chọn một trong các ngôn ngữ sau: {langs}.",
    not_an_object: "{field} phải được gửi dưới dạng đối tượng JSON ({ … }).",
    invalid_value: "{field} không dùng được như đã gửi. Vui lòng kiểm tra giá trị.",
    birth_date_in_future: `${capitalize(w.birthDate)} là một ngày sau hôm nay. Vui lòng kiểm tra ${w.birthDate}.`,
    card_issued_before_first_cards: `${capitalize(w.myNumberCard)} bắt đầu được cấp từ tháng 1 năm 2016. Vui lòng kiểm tra ngày cấp thẻ.`,
    card_issued_before_birth: `Ngày cấp thẻ là trước ${w.birthDate}. Vui lòng kiểm tra cả hai ngày.`,
    card_issued_in_future: "Ngày cấp thẻ là một ngày sau hôm nay. Vui lòng kiểm tra ngày cấp.",
    application_after_card_issue: "Ngày tiếp nhận đơn là sau ngày cấp thẻ. Vui lòng kiểm tra ngày tiếp nhận đơn.",
    certificate_issued_before_card: `Ngày cấp ${w.certificate} là trước ngày cấp thẻ.[[ Tính ngược từ hạn hiệu lực in trên thẻ, thẻ này được cấp sớm nhất là {earliest}.]] Vui lòng kiểm tra ngày cấp ${w.certificate}.`,
    certificate_issued_before_birth: `Ngày cấp ${w.certificate} là trước ${w.birthDate}. Vui lòng kiểm tra các ngày.`,
    certificate_issued_after_card_expiry: `Ngày cấp ${w.certificate} là sau ${w.cardExpiry}. Vui lòng kiểm tra các ngày.`,
    certificate_issued_in_future: `Ngày cấp ${w.certificate} là một ngày sau hôm nay. Vui lòng kiểm tra ngày.`,
    certificate_issued_after_expiry: `Ngày cấp ${w.certificate} là sau hạn hiệu lực của chính nó. Vui lòng kiểm tra cả hai ngày.`,
    card_expiry_not_after_birth: `${capitalize(w.cardExpiry)} là trước ${w.birthDate}. Vui lòng kiểm tra ngày in trên thẻ.`,
    card_expiry_not_after_issue: `${capitalize(w.cardExpiry)} là trước ngày cấp thẻ. Vui lòng kiểm tra cả hai ngày.`,
    certificate_expiry_not_after_birth: `${capitalize(w.certificateExpiry)} là trước ${w.birthDate}. Vui lòng kiểm tra các ngày.`,
    certificate_outlives_card: `${capitalize(w.certificateExpiry)} là sau ${w.cardExpiry}. ${capitalize(w.certificate)} không bao giờ có hiệu lực lâu hơn thẻ, nên vui lòng kiểm tra cả hai ngày.`,
    stay_ends_before_card_issue: `${capitalize(w.periodOfStayEnd)} là trước ngày cấp thẻ. Vui lòng kiểm tra các ngày.`,
    stay_ends_before_card_expiry: `${capitalize(w.periodOfStayEnd)} là trước hạn hiệu lực in trên thẻ. Thẻ không bao giờ có hiệu lực lâu hơn ${w.periodOfStay}, nên vui lòng kiểm tra các ngày trên ${j("residenceCard")} và trên ${w.myNumberCard}.`,
    impossible_card_age: `Không có thẻ nào có ${w.birthDate} và ${w.cardExpiry} như thế này (vào ngày hết hạn, người này {age} tuổi).[[ Hạn hiệu lực này chỉ có ở thẻ {years} năm được cấp khi {issueAge} tuổi, cấp từ {earliestIssue} trở đi, nhưng ngày đó là sau hôm nay hoặc trước tháng 1 năm 2016, khi ${w.myNumberCard} bắt đầu được cấp.]][[ Người {age} tuổi vào ngày hết hạn thì chỉ có thể có thẻ 10 năm được cấp lúc 18 tuổi từ tháng 4 năm 2022, và hạn hiệu lực của thẻ đó là từ {cardFrom} trở đi.]] Vui lòng kiểm tra xem ${w.birthDate} hoặc ${w.cardExpiry} có bị nhầm không.`,
    card_expiry_mismatch: `Tính từ ngày cấp thẻ, ${w.cardExpiry} phải là {expected}. Vui lòng kiểm tra hạn hiệu lực in trên thẻ và ngày cấp thẻ.`,
  },
  missingInput: {
    certificateExpiry: `Vui lòng nhập ${w.certificateExpiry}, hoặc ${w.birthDate} và ${w.cardExpiry}.`,
    cardExpiry: `Cùng với ${w.birthDate}, vui lòng nhập hạn hiệu lực in trên thẻ (hoặc ngày cấp thẻ).`,
    birthDate: `Cùng với ngày trên thẻ, vui lòng nhập ${w.birthDate}.`,
  },
  stage: {
    valid: ({ dates }) =>
      `${capitalize(j("certificate"))} của bạn còn hiệu lực đến hết ${dates.expiry}. Bạn vẫn dùng ${j("mynaInsuranceCard")} như bình thường.`,
    renewal: ({ dates, evaluation }) =>
      `${capitalize(j("certificate"))} của bạn sẽ hết hạn vào ${dates.expiry}, chỉ còn chưa đầy ${MONTHS.window} tháng nữa. ${renewNow[renewalStep(evaluation)]}`,
    grace: ({ dates }) =>
      `${capitalize(j("certificate"))} của bạn đã hết hạn vào ${dates.expiry}. Đến hết ${dates.graceEnds}, bạn vẫn có thể khám bệnh bằng ${j("mynaInsuranceCard")}, nhưng chỉ để xác nhận tư cách bảo hiểm; thông tin khám chữa bệnh và thông tin thuốc sẽ không được cung cấp cho cơ sở y tế.`,
    lapsed: ({ dates }) =>
      `${capitalize(j("certificate"))} của bạn đã hết hạn vào ${dates.expiry} và đã quá ${MONTHS.grace} tháng. Vì vậy, từ ${dates.lapses}, thẻ không còn dùng được làm ${j("mynaInsuranceCard")}.`,
  },
  daysLeft: {
    valid: (days) => `Còn ${days} ngày nữa là bạn có thể ${w.renewal}.`,
    renewal: (days) => (days === 0 ? "Hôm nay là ngày cuối cùng còn hiệu lực." : `Còn ${days} ngày nữa là hết hạn.`),
    grace: (days) =>
      days === 0
        ? `Hôm nay là ngày cuối cùng bạn có thể dùng ${w.mynaInsuranceCard}.`
        : `Bạn còn ${days} ngày để dùng ${w.mynaInsuranceCard}.`,
    lapsed: (days) =>
      days === 0
        ? `Từ hôm nay, thẻ không còn dùng được làm ${w.mynaInsuranceCard}.`
        : `Đã ${days} ngày kể từ khi thẻ không còn dùng được làm ${w.mynaInsuranceCard}.`,
  },
  // R-INS-2: the reader shows the leaflet's Japanese (reader.ts); this translates it part by
  // part, keeping the Japanese of the badge's answer and the button the person has to press.
  reader: {
    normal: {
      badge: `${capitalize(j("mynaInsuranceCard"))}: dùng được (使える)`,
      heading: "",
      message: ["Máy không hiện thông báo về thời hạn, mà chuyển sang các màn hình tiếp nhận như mọi khi."],
      button: "",
    },
    renewalAlert: {
      badge: `${capitalize(j("mynaInsuranceCard"))}: dùng được (使える)`,
      heading: "",
      message: [
        `Hạn hiệu lực của chứng thư chỉ còn trong vòng 3 tháng. Vui lòng làm thủ tục ${w.renewal} tại ${j("municipalOffice")}.`,
      ],
      button: "Tiếp tục (次に進む)",
    },
    qualificationOnly: {
      badge: `${capitalize(j("mynaInsuranceCard"))}: dùng được (使える)`,
      heading: `Vì ${j("certificate")} đã hết hạn, cơ sở này chỉ nhận được thông tin về tư cách bảo hiểm của bạn.`,
      message: [`Vui lòng sớm ${w.renewal} ${w.certificate} tại ${j("municipalOffice")}.`],
      button: "Tiếp tục (次に進む)",
    },
    lapsed: {
      badge: `${capitalize(j("mynaInsuranceCard"))}: không dùng được (使えない)`,
      heading: `${capitalize(j("certificate"))} đã mất hiệu lực (失効).`,
      message: [
        `Vui lòng lấy ${w.myNumberCard} ra và đến quầy tiếp tân (受付窓口).`,
        `Muốn ${w.renewal} chứng thư, bạn cần làm thủ tục tại ${j("municipalOffice")}.`,
      ],
      button: "",
    },
  },
  capability: {
    // One row per outcome (issue 9): seeing a doctor works in grace; only the records stop.
    insuranceQualificationOnly: `Khám bệnh bằng ${w.mynaInsuranceCard}`,
    insuranceFull: "Cung cấp thông tin khám chữa bệnh và thông tin thuốc cho cơ sở y tế",
    myNaPortalLogin: `Đăng nhập ${j("mynaPortal")}`,
    convenienceStoreCopies: "Lấy bản sao phiếu cư trú (住民票の写し) và các giấy tờ khác tại cửa hàng tiện lợi",
    eTaxSignature: `Nộp hồ sơ điện tử như e-Tax bằng ${j("signatureCertificate")}`,
    photoId: "Dùng làm giấy tờ tùy thân có ảnh",
  },
  works: { yes: "được", no: "không được", unknown: "chỉ từ thông tin này thì không biết được", joiner: ": " },
  worksFor: {
    insuranceQualificationOnly: (works, stage) =>
      works && stage === "grace" ? "được (chỉ xác nhận tư cách bảo hiểm)" : undefined,
    insuranceFull: (works) => (works === null ? undefined : works ? "được cung cấp" : "không được cung cấp"),
    // R-CERT-7: the signature certificate lapses on a move or a change of name.
    eTaxSignature: (works) => (works ? "được (nếu từ đó đến nay bạn chưa chuyển nhà hoặc đổi họ tên)" : undefined),
  },
  nextStep: {
    nothingYet: ({ dates, evaluation }) => ({
      // R-INFER-3: "nothing to do" only holds under the renewed reading; say so.
      title:
        evaluation.certificate.basis === "assumedRenewed"
          ? `Nếu bạn đã ${w.renewal} hoặc ${w.reissue}, hiện chưa cần làm thủ tục gì`
          : mayHaveEndedEarlier(evaluation)
            ? `Nếu hạn của ${w.certificate} trùng với hạn của thẻ, hiện chưa cần làm thủ tục gì`
            : "Hiện chưa cần làm thủ tục gì",
      detail:
        evaluation.card?.validityYears === null && evaluation.certificate.expiresOn === evaluation.card.expiresOn
          ? `Thẻ này hết hạn vào ${j("periodOfStayEnd")}, tức ${dates.expiry}. Sau khi ${j("immigration")} cho ${w.renewal} ${w.periodOfStay}, bạn hãy làm thủ tục ${j("cardValidityExtension")} tại ${renewWhere}.`
          : evaluation.card && evaluation.certificate.expiresOn === evaluation.card.expiresOn
            ? `${capitalize(w.certificate)} hết hạn cùng ngày với thẻ (${dates.expiry}), nên bước tiếp theo là làm thẻ mới. Bạn có thể nộp đơn từ ${dates.cardRenewalOpens}.`
            : `Bạn có thể ${w.renewal} ${w.certificate} từ ${dates.renewalOpens}.`,
    }),
    expectNoticeLetter: ({ dates }) => ({
      title: `Bạn sẽ nhận được ${j("noticeLetter")}`,
      detail: `Khoảng từ ${dates.noticeFrom} đến ${dates.noticeTo}, J-LIS sẽ gửi "${j("noticeLetter")}" trong phong bì màu xanh nhạt. Thư không được chuyển tiếp, nên nếu bạn đã chuyển nhà thì có thể không nhận được. Không có thư này, bạn vẫn ${w.renewal} được.`,
    }),
    addReminder: () => ({
      title: "Hãy ghi các ngày vào lịch",
      detail: `Hãy ghi vào lịch ngày bắt đầu có thể ${w.renewal}, ngày hết hạn và ngày ${w.mynaInsuranceCard} không còn dùng được, để bạn không quên.`,
    }),
    renewCertificateAtOffice: ({ dates }) => ({
      title: `${capitalize(w.renewal)} ${w.certificate} tại ${j("municipalOffice")}`,
      detail: `Bạn có thể ${w.renewal} miễn phí tại ${renewWhere}, đến hết ${dates.expiryOnClosedDay ? `${dates.lastCounterDay} (sau ngày đó, quầy nghỉ cho đến hạn hiệu lực ${dates.expiry})` : dates.expiry}. Không làm được qua mạng. Hãy mang theo ${w.myNumberCard}. Bạn cần ${j("pin")} 4 chữ số và mật khẩu dùng để ký gồm 6–16 ký tự. Nếu quên, bạn có thể đặt lại ngay tại quầy đó. Người dưới 15 tuổi làm thủ tục cùng người đại diện theo pháp luật (như cha mẹ). Người được ủy quyền (代理人) cũng có thể làm thay (cần đến quầy 2 lần).`,
    }),
    renewCard: ({ dates, evaluation, date }) => {
      const expired = evaluation.daysUntil.cardExpires !== null && evaluation.daysUntil.cardExpires < 0;
      const how =
        "Bạn nộp đơn kèm ảnh chân dung qua mạng, qua bưu điện, tại máy chụp ảnh thẻ hoặc tại quầy. Từ lúc nộp đơn đến lúc nhận thẻ (tại quầy) mất khoảng 1 tháng. Với người dưới 15 tuổi, người đại diện theo pháp luật (như cha mẹ) nộp đơn.";
      return {
        title: expired ? `Nộp đơn xin ${w.myNumberCard} mới` : `Làm ${w.myNumberCard} mới`,
        detail: expired
          ? `${capitalize(w.cardExpiry)} (${dates.card}) đã qua. Vui lòng nộp đơn xin thẻ mới. ${how} Thẻ mới sẽ có ${w.certificate} mới. Trong thời gian chờ, bạn có thể khám bệnh bằng ${j("eligibilityCertificate")}.`
          : `Thẻ của bạn hết hạn vào ${dates.card}. ${capitalize(w.certificate)} không thể dùng lâu hơn thẻ: dù ${w.renewal} hay ${w.reissue} bây giờ, nó vẫn hết hạn vào ngày đó. Vì vậy, bạn cần làm thẻ mới. Bạn có thể nộp đơn từ ${dates.cardRenewalOpens ?? date(evaluation.certificate.renewalOpensOn)}. ${how}`,
      };
    },
    extendCardValidity: ({ dates }) => ({
      // R-CARD-4: immigration first; the municipal office can only extend the card after it.
      title: `Trước hết ${w.renewal} ${w.periodOfStay} tại ${w.immigration}, sau đó ${w.cardValidityExtension}`,
      detail: `Thẻ này hết hạn vào ${j("periodOfStayEnd")}, tức ${dates.card}. Hãy làm theo thứ tự sau. Trước hết, ${w.renewal} ${j("periodOfStay")} tại ${j("immigration")} và nhận ${j("residenceCard")} mới. Sau đó, mang ${w.residenceCard} mới và ${w.myNumberCard} đến ${renewWhere} để làm thủ tục ${j("cardValidityExtension")} (đây không phải là đơn xin thẻ mới). Thay đổi thời hạn của thẻ không kéo dài ${w.certificate}, nên tại cùng quầy đó, bạn hãy yêu cầu cấp cả ${j("certificate")}.`,
    }),
    reissueCertificateAtOffice: () => ({
      title: `Xin ${w.reissue} ${w.certificate} tại ${j("municipalOffice")}`,
      detail: `Dù đã hết hạn, nếu thẻ còn hiệu lực, bạn vẫn có thể xin ${j("reissue")} miễn phí tại ${renewWhere}. Không làm được qua mạng. Hãy mang theo ${w.myNumberCard}. Nếu quên ${j("pin")}, bạn có thể đặt lại ngay tại quầy đó.`,
    }),
    wait24Hours: () => ({
      // R-CERT-8: the 24 hours are about the insurance system, not every use.
      title: `Khoảng 24 giờ sau, ${w.mynaInsuranceCard} mới được cập nhật`,
      detail: `Khoảng 24 giờ sau khi làm thủ tục tại quầy, bệnh viện và nhà thuốc mới xác nhận được hạn hiệu lực của ${w.certificate} mới.`,
    }),
    setUpSmartphoneAgain: ({ evaluation }) => ({
      title: `Cài đặt lại ${w.certificate} trên điện thoại`,
      detail: `Nếu bạn đã cài chức năng ${w.myNumberCard} vào điện thoại thông minh, hãy cài đặt lại sau khi ${newCardIsTheStep(evaluation) ? "nhận thẻ mới" : w.renewal}.`,
    }),
    registerInsuranceAgain: ({ evaluation }) => ({
      title: `Đăng ký lại để dùng ${w.mynaInsuranceCard}`,
      detail: `Khi ${MONTHS.grace} tháng ân hạn kết thúc, đăng ký dùng ${w.mynaInsuranceCard} (マイナ保険証の利用登録) sẽ bị hủy. ${newCardIsTheStep(evaluation) ? "Sau khi nhận thẻ mới" : `Sau khi được ${w.reissue}`}, hãy đăng ký lại tại máy đọc thẻ của cơ sở y tế hoặc trên ${j("mynaPortal")}.`,
    }),
    eligibilityCertificate: () => ({
      title: `Bạn có thể khám bệnh bằng ${j("eligibilityCertificate")}`,
      detail: `Nếu bạn không ${w.renewal}, bảo hiểm y tế mà bạn tham gia sẽ gửi "${j("eligibilityCertificate")}", và bạn có thể khám bệnh bằng giấy này. Thời điểm nhận khác nhau tùy nơi bảo hiểm (ví dụ: Kyokai Kenpo 協会けんぽ gửi qua nơi làm việc khoảng 2 tháng sau cuối tháng hết hạn; Bảo hiểm Y tế Quốc dân 国民健康保険 gửi trước khi thời gian ân hạn kết thúc).`,
    }),
    showCardAtReception: () => ({
      title: "Đưa thẻ và báo với quầy tiếp tân",
      detail: `Nếu máy đọc thẻ hiện "電子証明書が失効しています" (${w.certificate} đã mất hiệu lực), hãy báo với quầy tiếp tân (受付窓口).`,
    }),
    checkCertificateExpiry: ({ dates }) => {
      const r = dates.renewal;
      if (!r)
        return {
          title: `Kiểm tra ${w.certificateExpiry}`,
          detail: `Bạn có thể xem ở ô viết tay ghi ${j("certificateExpiry")} ở mặt trước thẻ, hoặc trên ${j("mynaPortal")}.`,
        };
      // R-INFER-3: the question in words a person can answer, and what each answer means.
      const notRenewed = r.graceEndPassed
        ? `Nếu chưa, ${w.certificate} đã hết hạn vào ${r.firstExpiry}, và sau ${r.firstGraceEnds}, thẻ đã không còn dùng được làm ${w.mynaInsuranceCard}. Hãy xin ${w.reissue} tại quầy và đăng ký lại để dùng ${w.mynaInsuranceCard}. Trong thời gian đó, bạn vẫn có thể khám bệnh bằng ${j("eligibilityCertificate")} do bảo hiểm y tế gửi đến; hãy báo với quầy tiếp tân rằng thẻ không dùng được.`
        : `Nếu chưa, ${w.certificate} đã hết hạn vào ${r.firstExpiry}. Bạn chỉ có thể khám bệnh bằng ${w.mynaInsuranceCard} đến hết ${r.firstGraceEnds}, và chỉ để xác nhận tư cách bảo hiểm. Hãy sớm xin ${w.reissue} tại quầy.`;
      return {
        title: `Từ ${r.since} trở đi, bạn đã ${w.renewal} hoặc xin ${w.reissue} ${w.certificate} tại quầy chưa?`,
        detail: `Nếu ô ${w.certificate} ở mặt trước thẻ có ghi tay một ngày sau ${r.firstExpiry}, hoặc bạn đăng nhập được ${w.mynaPortal}, thì bạn đã ${w.renewal}. Khi đó, ${w.certificate} còn hiệu lực đến hết ${r.renewedExpiry}. ${notRenewed}`,
      };
    },
  },
  bridge: (code, { dates, evaluation }) => {
    const verb = code === "renewCertificateAtOffice" ? w.renewal : w.reissue;
    const extend = evaluation.card?.validityYears === null;
    const until = extend ? "khi thẻ được gia hạn" : "khi nhận thẻ mới";
    return {
      title: `Cần dùng đến ${until}? ${capitalize(verb)} ${w.certificate} tại quầy (không bắt buộc)`,
      lead: extend
        ? `Nếu muốn dùng ${w.mynaInsuranceCard} như bình thường cho đến ${until}, bạn cũng có thể ${verb} ${w.certificate} tại quầy trước (không bắt buộc). ${capitalize(w.certificate)} đó chỉ có hiệu lực đến ${dates.card}, cùng ngày với thẻ; sau khi gia hạn thẻ, hãy xin cấp ${w.certificate} một lần nữa.`
        : `Thẻ mới cần khoảng 1 tháng mới nhận được. Nếu muốn dùng ${w.mynaInsuranceCard} như bình thường trong thời gian đó, bạn cũng có thể ${verb} ${w.certificate} tại quầy trước (không bắt buộc). ${capitalize(w.certificate)} đó chỉ có hiệu lực đến ${dates.card}, cùng ngày với thẻ.`,
    };
  },
  closedUntilExpiry: ({ dates }) => ({
    title: `Quầy đóng cửa đến hạn: sau hạn, xin ${w.reissue} ${w.certificate} tại quầy`,
    detail: `Ngày cuối cùng quầy mở (${dates.lastCounterDay}) đã qua, và quầy đóng cửa đến hạn hiệu lực ${dates.expiry}. Sau hạn, hãy xin ${w.reissue} miễn phí vào ngày quầy mở cửa tiếp theo (sau kỳ nghỉ cuối năm là từ ngày 4 tháng 1). Đến ${dates.graceEnds}, ${w.mynaInsuranceCard} vẫn dùng được để khám bệnh (chỉ xác nhận tư cách). Hãy mang theo ${w.myNumberCard} và nhớ ${j("pin")}.`,
  }),
  caveat: {
    cardExpiryInCertificateField: ({ evaluation }) =>
      `Hạn ${w.certificate} bạn nhập có chữ "まで有効" (có hiệu lực đến). Đó là cách thẻ in hạn của chính nó. Hạn của ${w.certificate} là ngày được viết tay ở quầy vào ô ${w.certificate} ở mặt trước thẻ (ô này thường để trống). ${capitalize(w.certificate)} cấp cùng thẻ 10 năm hết hạn sớm hơn thẻ 5 năm.${
        cardFaceAnswered(evaluation)
          ? " Bên dưới là câu trả lời nếu đây là hạn của thẻ."
          : ` Nếu ô đó trống, hãy nhập ${w.birthDate} và ${w.cardExpiry}.`
      }`,
    certificateExpiryTooLate: () =>
      `${capitalize(w.certificate)} hết hạn vào sinh nhật thứ 5 sau ngày cấp (thứ 6 nếu gia hạn trong 3 tháng trước khi hết hạn) và không bao giờ sau hạn của thẻ. Vì vậy, không ${w.certificate} nào được cấp đến hôm nay có thể hết hạn vào ngày bạn đã nhập. Ngày in kèm chữ "…まで有効" trên thẻ là hạn của chính thẻ. Hãy kiểm tra hạn của ${w.certificate} trong ô viết tay trên thẻ, trên ${w.mynaPortal} hoặc trong ${w.noticeLetter}.`,
    renewalUnknown: ({ dates }) => {
      const r = dates.renewal!;
      const shown =
        r.headline === "notRenewed"
          ? `Đến hết thời gian ân hạn (${r.firstGraceEnds}), câu trả lời này hiển thị các ngày theo trường hợp chưa ${w.renewal}.`
          : `Vì thời gian ân hạn (${r.firstGraceEnds}) cũng đã qua, câu trả lời này hiển thị các ngày theo trường hợp đã ${w.renewal} hoặc ${w.reissue}.`;
      return `Hạn hiệu lực của ${w.certificate} đầu tiên là ${r.firstExpiry}. Chỉ từ thông tin này, không biết được bạn có ${w.renewal} hoặc xin ${w.reissue} ${w.certificate} tại ${j("municipalOffice")} từ ${r.since} trở đi hay không. ${shown} Trường hợp còn lại được ghi bên dưới.`;
    },
    thresholdTransition: () =>
      `Thẻ được cấp từ tháng 4 đến tháng 9 năm 2022 cho người 18 hoặc 19 tuổi có ${w.cardExpiry} khác nhau tùy theo ngày đơn được tiếp nhận (đến tháng 3 năm 2022 là 5 năm, từ tháng 4 là 10 năm). Câu trả lời này hiển thị ngày sớm hơn. Nếu bạn nhập hạn hiệu lực in trên thẻ, kết quả sẽ được xác định.`,
    ageBoundary: ({ evaluation }) =>
      // R-AGE-2 at 15 changes the signature certificate only; at 18 or 20 the card's length.
      atFifteen(evaluation)
        ? `Thẻ được cấp vào ngày trước sinh nhật 15 tuổi, nên thẻ có ${j("signatureCertificate")} hay không là tùy việc ngày đó có được tính là 15 tuổi hay không. Câu trả lời này tính ngày đó là 15 tuổi (tức là thẻ có chứng thư này).`
        : `Thẻ được cấp vào ngày trước sinh nhật thành niên, nên ${w.cardExpiry} thay đổi tùy việc ngày đó có được tính là đã thành niên hay không. Câu trả lời này hiển thị ngày theo cách tính là đã thành niên. Nếu bạn nhập hạn hiệu lực in trên thẻ, kết quả sẽ được xác định.`,
    feb29: ({ evaluation }) => {
      // R-DATE-4: which convention, and whether the printed card expiry settled it.
      const { marchFirst, recounted } = feb29Reading(evaluation);
      const day = marchFirst ? "ngày 1 tháng 3" : "ngày 28 tháng 2";
      return recounted
        ? `Với người sinh ngày 29 tháng 2, trong những năm không nhuận, chúng tôi tính sinh nhật là ${day}. Cũng có cách tính là ngày 1 tháng 3; khi đó, các ngày được tính lại như bên dưới. Vui lòng kiểm tra cả ngày ghi trên thẻ và trên thư thông báo.`
        : evaluation.card?.printed
          ? `Với người sinh ngày 29 tháng 2, theo hạn hiệu lực in trên thẻ, sinh nhật trong những năm không nhuận được tính là ${day}.`
          : `Với người sinh ngày 29 tháng 2, trong những năm không nhuận, chúng tôi tính sinh nhật là ${day}. Nếu tính là ngày 1 tháng 3 thì các ngày cũng không thay đổi.`;
    },
    signatureUncertain: () =>
      `Thẻ có các ngày như thế này thường được cấp khi dưới 15 tuổi, và lúc cấp không có ${j("signatureCertificate")} (nếu thẻ được cấp vào ngày trước sinh nhật 15 tuổi thì có). Sau khi đủ 15 tuổi, bạn cũng có thể yêu cầu cấp tại quầy.`,
    adultByDayBefore: () =>
      "Các ngày như thế này chỉ có thể có ở thẻ 10 năm được cấp vào ngày trước sinh nhật thành niên (18 hoặc 20 tuổi). Vui lòng kiểm tra xem các ngày có bị nhầm không.",
    signatureOnRequest: () =>
      `Thẻ được cấp khi dưới 15 tuổi không có ${j("signatureCertificate")}. Chỉ có chứng thư này nếu sau khi đủ 15 tuổi, bạn đã yêu cầu cấp tại quầy, và hạn hiệu lực của nó trùng hoặc sớm hơn hạn của ${j("userCertificate")}. Chỉ từ thông tin này, không biết được bạn có dùng được e-Tax hay không.`,
    certificateDateNearWindow: () =>
      `Ngày cấp ${w.certificate} mà bạn nhập là ngay trước ngày bắt đầu thời gian có thể ${w.renewal}. Nếu đúng như ngày này, chứng thư được tính là cấp mới, nhưng chỉ chênh 1 ngày thì hạn hiệu lực sẽ khác 1 năm. Vui lòng kiểm tra ngày ở ô ${w.certificate} trên thẻ hoặc trên ${w.mynaPortal}.`,
    cardExpiryNotBirthday: () =>
      `${capitalize(w.cardExpiry)} thường là ngày sinh nhật. Ngày bạn nhập không phải là sinh nhật, nên vui lòng kiểm tra xem có gõ nhầm không. Nếu bạn có ${j("periodOfStay")} nhất định, vui lòng nhập cả ${j("periodOfStayEnd")}.`,
    periodOfStay: ({ evaluation, dates }) =>
      // Review8 #23: a stay ending after a birthday C: an ordinary card, whose letter comes.
      ordinaryCardWithStay(evaluation)
        ? `Đây là thẻ thông thường: thẻ hết hạn vào ngày sinh nhật (${dates.card}) trước ${w.periodOfStayEnd}, và bạn sẽ nhận được ${j("noticeLetter")}. Nếu bạn vẫn sống ở Nhật sau ngày đó, hãy xin thẻ mới (đây là thủ tục khác với việc gia hạn ${w.periodOfStay}).`
        : mayHaveEndedEarlier(evaluation)
          ? `Với thẻ hết hạn vào ${j("periodOfStayEnd")}, không biết được ngày cấp thẻ. Ngoài ra, dù đã kéo dài thời hạn của thẻ sau khi ${w.renewal} ${w.periodOfStay}, hạn của ${w.certificate} cũng không được kéo dài. Vì vậy, ${w.certificate} có thể đã hết hạn vào ${w.periodOfStayEnd} của lần lưu trú trước, hoặc vào một ngày sinh nhật trước ${w.cardExpiry} (bên dưới là trường hợp ngày sinh nhật). Vui lòng kiểm tra ở ô ${w.certificate} trên thẻ hoặc trên ${j("mynaPortal")}. Với thẻ hết hạn khi hết ${w.periodOfStay}, bạn sẽ không nhận được ${j("noticeLetter")}.`
          : `Với thẻ hết hạn vào ${j("periodOfStayEnd")}, dù đã kéo dài thời hạn của thẻ sau khi ${w.renewal} ${w.periodOfStay}, hạn của ${w.certificate} cũng không được kéo dài. Với thẻ như vậy, bạn sẽ không nhận được ${j("noticeLetter")}.`,
    cardExpired: ({ dates }) =>
      // R-INFER-5: the certificate ended on the card expiry at the latest (years earlier for
      // someone who never renewed); never "the same day" as a fact.
      `Hạn hiệu lực của ${w.myNumberCard} (${dates.card}) đã qua. ${capitalize(w.certificate)} đã hết hạn muộn nhất là vào ngày này. Để có ${w.certificate} mới, bạn cần nộp đơn xin thẻ mới.${dates.renewal ? ` Vui lòng xem thêm mục "${ASSUMPTIONS.notRenewed}" bên dưới.` : ""}`,
    expiryOnClosedDay: ({ dates }) =>
      `Ngày hết hạn, ${dates.expiry}, là ngày ${j("municipalOffice")} đóng cửa (thứ Bảy, Chủ nhật, ngày lễ, dịp nghỉ cuối năm và năm mới). Hạn hiệu lực không được lùi sang ngày làm việc tiếp theo. Ngày cuối cùng bạn có thể làm thủ tục tại quầy là ${dates.lastCounterDay}.`,
    holidaysProjected: ({ evaluation, date }) =>
      `Các ngày làm việc của quầy sau đây được tính theo ngày lễ của năm chưa được công bố chính thức: ${projectedDaysNamed(evaluation, date, COUNTER_DAY_ROLE).join("; ")}. Ngày Xuân phân và Thu phân được quyết định vào tháng 2 của năm trước, và ngày lễ cũng có thể thay đổi theo luật. Khi gần đến ngày, vui lòng kiểm tra lại.`,
    holidaysOutsideFormula: () =>
      "Ngày Xuân phân và Thu phân từ năm 2100 trở đi và trước năm 1980 nằm ngoài phạm vi của công thức tính. Các ngày làm việc của quầy được tính theo cùng ngày của năm 2099 (hoặc 1980), nên vui lòng chỉ xem như tham khảo.",
  },
  counter: {
    lastDay: ({ dates }) => `Ngày cuối cùng bạn có thể làm thủ tục tại quầy là ${dates.lastCounterDay}.`,
    graceLastDay: ({ dates }) =>
      `Ngày cuối cùng bạn có thể làm thủ tục tại quầy trong khi ${w.mynaInsuranceCard} vẫn còn dùng được là ${dates.graceLastCounterDay}.`,
    note: `${capitalize(j("municipalOffice"))} đóng cửa vào thứ Bảy, Chủ nhật, ngày lễ và từ ngày 29 tháng 12 đến ngày 3 tháng 1. Tuy nhiên, nhiều nơi có quầy mở vào thứ Bảy hoặc Chủ nhật (休日窓口) hoặc có ngày mở buổi tối, và giờ tiếp nhận cũng khác nhau. Vui lòng kiểm tra trên trang web của thành phố, quận, thị trấn hoặc làng nơi bạn sống.`,
    joiner: " ",
  },
  alternative: (a, t) => {
    const parts = [`${ASSUMPTIONS[a.assumption] ?? a.assumption}:`];
    if (a.cardExpiresOn) parts.push(`${w.cardExpiry} là ${t.date(a.cardExpiresOn)};`);
    if (a.certificateExpiresOn) parts.push(`${w.certificate} hết hạn vào ${t.date(a.certificateExpiresOn)}`);
    // Issue 9: never "dùng được đến" about a past day.
    if (a.graceEndsOn) {
      parts.push(
        a.stage === "lapsed"
          ? `và sau ${t.date(a.graceEndsOn)}, thẻ đã không còn dùng được làm ${w.mynaInsuranceCard}.`
          : a.stage === "grace"
            ? `và đến hết ${t.date(a.graceEndsOn)}, ${w.mynaInsuranceCard} chỉ dùng được để xác nhận tư cách bảo hiểm.`
            : `và ${w.mynaInsuranceCard} dùng được đến hết ${t.date(a.graceEndsOn)}.`,
      );
    }
    if (a.stage) parts.push(`Giai đoạn hôm nay: "${stageNames[a.stage]}".`);
    return parts.join(" ");
  },
  checkCardExpiry: `Trước hết, hãy kiểm tra hạn hiệu lực của thẻ: ngày bạn nhập không phải là sinh nhật, nên có thể đã gõ nhầm. Phần dưới đây giả định ngày đó đúng và thẻ hết hạn vào ${w.periodOfStayEnd}. `,
  ifStayCard: `Nếu ngày đó đúng và thẻ hết hạn vào ${w.periodOfStayEnd}: `,
  alternativeWindow: (date) => ` Trong trường hợp đó, bạn có thể gia hạn tại quầy từ ${date}.`,
  checkCertificateField: {
    cardExpiryInCertificateField: `Trước hết, hãy xem đây là ngày nào: ngày in kèm chữ "…まで有効" (có hiệu lực đến …) là hạn của chính thẻ. Hạn của ${w.certificate} là ngày được viết tay trong ô ${w.certificate} ở mặt trước thẻ. Nếu ô đó trống, hãy nhập ${w.birthDate} và nhập ngày này vào ô "${j("cardExpiry")}". Phần dưới đây giả định ngày này là hạn của ${w.certificate}. `,
    certificateExpiryTooLate: `Trước hết, hãy xem đây là ngày nào: ${w.certificate} có hiệu lực lâu nhất đến sinh nhật thứ 6 sau ngày cấp, nên không ${w.certificate} nào được cấp đến hôm nay lại hết hạn muộn như vậy. Đây có phải là hạn của chính thẻ, in kèm chữ "…まで有効" không? Nếu vậy, hãy nhập ${w.birthDate} và nhập ngày này vào ô "${j("cardExpiry")}". Phần dưới đây tính theo ngày bạn đã nhập. `,
  },
  inputNote: {
    past_era_end: "{field} là ngày sau khi niên hiệu đã thay đổi, nên được đọc là {wareki} ({date}).",
  },
  condition: (r) =>
    r.since === null
      ? `Câu trả lời này dựa trên giả định bạn đã ${w.renewal} ${w.certificate}. `
      : r.headline === "notRenewed"
        ? `Câu trả lời này dựa trên giả định bạn chưa ${w.renewal} hoặc xin ${w.reissue} ${w.certificate} tại quầy kể từ ${r.since}. `
        : `Câu trả lời này dựa trên giả định bạn đã ${w.renewal} hoặc xin ${w.reissue} ${w.certificate} tại quầy từ ${r.since} trở đi. `,
  assumed: {
    earlierBirthday: `Câu trả lời này dựa trên giả định ${w.certificate} còn hiệu lực đến ${w.cardExpiry}. Nếu chứng thư đã hết hạn vào một ngày sinh nhật sớm hơn, câu trả lời sẽ khác (xem bên dưới). `,
    issuedInWindow:
      "Câu trả lời này dựa trên giả định ngày cấp bạn nhập là đúng. Nếu ngày cấp muộn hơn 1 ngày, câu trả lời sẽ khác (xem bên dưới). ",
    adultCard:
      "Câu trả lời này dựa trên giả định đây là thẻ 5 năm. Nếu là thẻ 10 năm (người thành niên), câu trả lời sẽ khác (xem bên dưới). ",
    minorCard:
      "Câu trả lời này dựa trên giả định đây là thẻ 10 năm (người thành niên). Nếu là thẻ 5 năm, câu trả lời sẽ khác (xem bên dưới). ",
    march1:
      "Câu trả lời này tính sinh nhật là ngày 28 tháng 2. Nếu tính là ngày 1 tháng 3, câu trả lời sẽ khác (xem bên dưới). ",
  },
  milestone: {
    noticeExpected: `${capitalize(j("noticeLetter"))} bắt đầu được gửi đến`,
    renewalOpens: `Ngày bắt đầu có thể ${w.renewal} ${w.certificate}`,
    certificateExpires: capitalize(j("certificateExpiry")),
    graceStarts: "Hết hạn: chỉ còn xác nhận tư cách bảo hiểm",
    graceEnds: `Ngày cuối cùng dùng được ${w.mynaInsuranceCard}`,
    lapses: `Ngày ${w.mynaInsuranceCard} không còn dùng được`,
    cardRenewalOpens: `Ngày bắt đầu có thể nộp đơn làm thẻ mới`,
    cardExpires: `Hạn hiệu lực của ${w.myNumberCard}`,
  },
};

const ASSUMPTIONS: Record<string, string> = {
  cardFace: "Nếu đây là hạn của thẻ",
  cardFaceNotRenewed: `Nếu đây là hạn của thẻ và ${w.certificate} chưa được gia hạn`,
  cardFaceRenewed: `Nếu đây là hạn của thẻ và ${w.certificate} đã được gia hạn hoặc cấp lại`,
  renewed: `Nếu đã ${w.renewal} hoặc ${w.reissue}`,
  notRenewed: `Nếu chưa ${w.renewal} hoặc ${w.reissue}`,
  adultCard: "Nếu là thẻ 10 năm (người thành niên)",
  minorCard: "Nếu là thẻ 5 năm",
  march1: "Nếu tính sinh nhật là ngày 1 tháng 3",
  earlierBirthday: `Nếu ${w.certificate} hết hạn vào một ngày sinh nhật trước hạn của thẻ`,
  issuedInWindow: `Nếu ngày cấp muộn hơn 1 ngày, rơi vào thời gian có thể ${w.renewal}`,
  noSignatureCertificate: `Nếu ngày trước sinh nhật 15 tuổi không được tính là 15 tuổi (thẻ không có ${w.signatureCertificate})`,
};
