/**
 * @module
 * The API's own sentences in Vietnamese (problems, the Worker's field errors, calendar, badge):
 * a translation of api/ja.ts, whose Japanese text is authoritative. Every message says what to
 * do next, and none quotes the input (architecture.md). Terms from glossary/vi.ts.
 */
import { LIMIT_TEXT } from "../../limits/index.ts";
import type { ApiTexts } from "../catalog.ts";
import { capitalize } from "../glossary/case.ts";
import { glossary } from "../glossary/vi.ts";

const { term: w, withJa: j } = glossary;

/** Before every visit to the counter: what to bring (api/ja.ts 「カードを持って行き、暗証番号を確認しておいてください」). */
const bring = `Hãy mang theo thẻ và nhớ ${j("pin")}.`;

export const viApi: ApiTexts = {
  problem: {
    "invalid-input": {
      title: "Vui lòng kiểm tra thông tin đã nhập",
      detail: "Vui lòng sửa các mục được liệt kê trong errors rồi gửi lại.",
    },
    "malformed-body": {
      title: "Không đọc được nội dung yêu cầu",
      detail: "Vui lòng gửi nội dung dưới dạng đối tượng JSON mã hóa UTF-8.",
    },
    "unsupported-media-type": {
      title: "Định dạng không được hỗ trợ",
      detail: "Vui lòng gửi JSON không nén (không có Content-Encoding), kèm tiêu đề Content-Type: application/json.",
    },
    "content-too-large": {
      title: "Yêu cầu quá lớn",
      detail: "Vui lòng gửi nội dung nhỏ hơn, hoặc chia thành nhiều yêu cầu.",
    },
    "uri-too-long": { title: "URL quá dài", detail: "Vui lòng chỉ đưa vào chuỗi truy vấn các mục cần thiết." },
    "not-found": {
      title: "Không tìm thấy",
      detail: "Không có API ở URL này. Các URL dùng được có trong /api/v1/openapi.json.",
    },
    "method-not-allowed": {
      title: "Không dùng được phương thức này",
      detail: "Vui lòng gửi bằng một phương thức có trong tiêu đề Allow.",
    },
    "rate-limited": {
      title: "Quá nhiều yêu cầu",
      detail:
        "Vui lòng chờ số giây ghi trong tiêu đề Retry-After rồi gửi lại. Nhiều ngày có thể gửi cùng lúc qua API gộp (/api/v1/evaluate/batch).",
    },
    internal: { title: "Máy chủ gặp sự cố", detail: "Vui lòng thử lại sau một lúc." },
  },
  requestError: {
    malformed_json: "Không đọc được nội dung dưới dạng JSON. Vui lòng kiểm tra dấu ngoặc và dấu nháy.",
    body_unreadable: "Không nhận được đầy đủ nội dung. Vui lòng gửi lại.",
    empty_body: "Nội dung trống. Vui lòng gửi một đối tượng JSON.",
    invalid_encoding: "Vui lòng gửi nội dung mã hóa UTF-8.",
    too_deep: "JSON lồng nhau quá sâu. Vui lòng gửi mỗi mục dưới dạng chuỗi ký tự.",
    body_too_large: `Nội dung quá lớn: tối đa ${LIMIT_TEXT.singleBody} cho một câu hỏi, ${LIMIT_TEXT.batchBody} cho một lần gửi gộp.`,
    unsupported_media_type: "Vui lòng đặt Content-Type là application/json.",
    unsupported_content_encoding: "Vui lòng gửi nội dung không nén (không có Content-Encoding).",
    repeated_parameter: "Vui lòng chỉ đưa mục này vào chuỗi truy vấn một lần.",
    control_character: "Vui lòng bỏ các ký tự điều khiển như xuống dòng hoặc tab.",
    query_too_long: "Chuỗi truy vấn quá dài. Vui lòng chỉ giữ các mục cần thiết.",
    too_many_items: `Một lần gửi gộp có tối đa ${LIMIT_TEXT.batchItems} mục. Vui lòng chia danh sách ra để gửi.`,
    too_many_items_with_texts: `Câu trả lời kèm văn bản chỉ gửi gộp được tối đa ${LIMIT_TEXT.batchItemsWithTexts} mục. Nếu thêm "texts": false, bạn có thể gửi đến ${LIMIT_TEXT.batchItems} mục, nhận câu trả lời không kèm văn bản (ngày, giai đoạn, mã).`,
    too_many_langs_with_texts: `Câu trả lời kèm văn bản chỉ gửi gộp được tối đa ${LIMIT_TEXT.batchLangsWithTexts} ngôn ngữ trong một lần (tính lang của từng mục; nếu có mục không ghi lang thì tính cả lang của lần gửi, nếu không có thì ngôn ngữ của Accept-Language). Vui lòng gửi riêng từng ngôn ngữ, hoặc thêm "texts": false để nhận câu trả lời không kèm văn bản (ngày, giai đoạn, mã).`,
    texts_not_boolean: "Vui lòng đặt texts là true hoặc false.",
    field_belongs_in_item:
      'Vui lòng đặt các trường ngày (birthDate, today, v.v.) bên trong từng mục của items, ví dụ {"items": [{"birthDate": "1990-01-01", "today": "2026-03-15"}]}.',
    items_required: "Vui lòng đưa vào items một mảng các câu hỏi (đối tượng).",
    item_not_an_object: "Mỗi mục phải là một đối tượng JSON ({ … }).",
    unknown_path: "Không có API ở URL này.",
    method_not_allowed: "Vui lòng dùng một phương thức có trong tiêu đề Allow.",
    malformed_request: `Yêu cầu không đúng định dạng HTTP/1.1. Vui lòng gửi một tiêu đề Host duy nhất ghi tên máy chủ này, một đường dẫn bắt đầu bằng /, và các tiêu đề tổng cộng không quá ${LIMIT_TEXT.headerBytes}.`,
    rate_limited: "Vui lòng chờ một lúc rồi gửi lại.",
    internal_error: "Vui lòng thử lại sau một lúc.",
  },
  calendar: {
    calendarName: `Các hạn của ${w.mynaInsuranceCard} và ${w.certificate}`,
    reminderSummary: `Còn khoảng 2 tháng nữa là đến ${w.certificateExpiry}`,
    renewalDetail: `Từ hôm nay, bạn có thể ${w.renewal} ${j("certificate")} miễn phí tại ${j("municipalOffice")} nơi bạn sống. ${bring}`,
    graceDetail: `Sau ngày này, thẻ không còn dùng được làm ${j("mynaInsuranceCard")}. Khi thẻ còn hiệu lực, bạn có thể xin ${j("reissue")} ${w.certificate} tại quầy bất cứ lúc nào.`,
    reminderDetail: `Nếu chưa làm, hãy ${w.renewal} ${j("certificate")} tại ${j("municipalOffice")} (mang theo thẻ và nhớ ${w.pin}). Dù chưa nhận được ${j("noticeLetter")}, bạn vẫn ${w.renewal} được.`,
    lastCounterDaySummary: `Đến quầy: ngày cuối cùng có thể ${w.renewal} ${w.certificate}`,
    lastCounterDayDetail: `Đây là ngày cuối cùng trước ngày hết hạn mà bạn có thể ${w.renewal} ${w.certificate} tại ${j("municipalOffice")} (quầy đóng cửa vào thứ Bảy, Chủ nhật, ngày lễ và từ ngày 29 tháng 12 đến ngày 3 tháng 1; vui lòng hỏi thành phố nơi bạn sống về quầy mở ngày nghỉ và giờ tiếp nhận). ${bring}`,
    counterSoonSummary: `Đến quầy: sắp đến ngày cuối cùng có thể ${w.renewal} hoặc ${w.reissue} trước hạn`,
    counterSoonDetail: `Còn khoảng 1 tuần nữa là đến ngày cuối cùng trước hạn mà bạn có thể ${w.renewal} hoặc ${w.reissue} ${w.certificate} tại ${j("municipalOffice")}. Nếu chưa làm, hãy đến quầy sớm. ${bring} (Quầy đóng cửa vào thứ Bảy, Chủ nhật, ngày lễ và từ ngày 29 tháng 12 đến ngày 3 tháng 1; vui lòng hỏi thành phố nơi bạn sống về quầy mở ngày nghỉ và giờ tiếp nhận.)`,
    graceCounterSoonSummary: `Đến quầy: sắp đến ngày cuối cùng có thể ${w.reissue} khi ${w.mynaInsuranceCard} còn dùng được`,
    graceCounterSoonDetail: `${capitalize(w.certificate)} đã hết hạn. Còn khoảng 1 tuần nữa là đến ngày cuối cùng bạn có thể ${w.reissue} ${w.certificate} tại ${j("municipalOffice")} trong khi ${w.mynaInsuranceCard} còn dùng được (trước khi thời gian ân hạn kết thúc). Nếu chưa làm, hãy đến quầy sớm. ${bring} (Quầy đóng cửa vào thứ Bảy, Chủ nhật, ngày lễ và từ ngày 29 tháng 12 đến ngày 3 tháng 1; vui lòng hỏi thành phố nơi bạn sống về quầy mở ngày nghỉ và giờ tiếp nhận.)`,
    graceLastCounterDaySummary: `Đến quầy: ngày cuối cùng có thể ${w.reissue} khi ${w.mynaInsuranceCard} còn dùng được`,
    graceLastCounterDayDetail: `Đây là ngày cuối cùng trước khi thời gian ân hạn kết thúc mà bạn có thể ${w.reissue} ${w.certificate} tại ${j("municipalOffice")}; sau đó quầy đóng cửa cho đến hết thời gian ân hạn. ${bring}`,
    cardApplicationSummary: `Nộp đơn xin ${w.myNumberCard} mới: mất khoảng 1 tháng mới nhận được`,
    cardReminderSummary: `Còn khoảng 2 tháng nữa là đến hạn hiệu lực của ${w.myNumberCard}`,
    cardLastCounterDaySummary: "Đến quầy: ngày cuối cùng quầy mở cửa trước khi thẻ hết hạn",
    newCardDetail: `${capitalize(w.certificate)} không thể dùng lâu hơn ${w.myNumberCard} (dù ${w.renewal} hay ${w.reissue} bây giờ, nó vẫn hết hạn cùng ngày với thẻ), nên bạn cần làm thẻ mới. Bạn nộp đơn kèm ảnh chân dung qua mạng, qua bưu điện, tại máy chụp ảnh thẻ hoặc tại quầy. Từ lúc nộp đơn đến lúc nhận thẻ (tại quầy) mất khoảng 1 tháng, nên hãy nộp đơn sớm. Thẻ mới sẽ có ${w.certificate} mới.`,
    extendCardDetail: `Thẻ này hết hạn vào ${j("periodOfStayEnd")}, và ${w.certificate} hết hạn muộn nhất là vào ngày đó. Sau khi ${w.renewal} ${j("periodOfStay")}, hãy làm thủ tục ${j("cardValidityExtension")} tại ${j("municipalOffice")} nơi bạn sống (đây không phải là đơn xin thẻ mới). Thay đổi thời hạn của thẻ không kéo dài ${w.certificate}, nên tại cùng quầy đó, bạn hãy yêu cầu cấp cả ${w.certificate} mới.`,
    extendCardIfStayDetail: `${capitalize(w.cardExpiry)} mà bạn nhập không phải là ngày sinh nhật, nên trước hết hãy xem lại thẻ để kiểm tra xem có gõ nhầm không. Nếu không nhầm và thẻ hết hạn vào ${j("periodOfStayEnd")}, thì ${w.certificate} cũng hết hạn cùng ngày. Khi đó, sau khi ${w.renewal} ${j("periodOfStay")}, hãy làm thủ tục ${j("cardValidityExtension")} tại ${j("municipalOffice")} nơi bạn sống (đây không phải là đơn xin thẻ mới). Thay đổi thời hạn của thẻ không kéo dài ${w.certificate}, nên tại cùng quầy đó, bạn hãy yêu cầu cấp cả ${w.certificate} mới.`,
    cardExpiredDetail: `Hạn hiệu lực của ${w.myNumberCard} đã qua, nên ${w.certificate} cũng đã hết hạn. Không thể ${w.reissue} ${w.certificate} trên thẻ đã hết hạn; vui lòng nộp đơn xin thẻ mới. Bạn nộp đơn kèm ảnh chân dung qua mạng, qua bưu điện, tại máy chụp ảnh thẻ hoặc tại quầy. Từ lúc nộp đơn đến lúc nhận thẻ (tại quầy) mất khoảng 1 tháng. Thẻ mới sẽ có ${w.certificate} mới. Trong thời gian chờ, bạn có thể khám bệnh bằng ${j("eligibilityCertificate")}.`,
    closedExpiryDetail: `Hôm nay ${w.certificate} hết hạn, nhưng hôm nay quầy của thành phố đóng cửa (thứ Bảy, Chủ nhật, ngày lễ và từ ngày 29 tháng 12 đến ngày 3 tháng 1), và hạn không được lùi sang ngày quầy mở cửa. Từ ngày mai, ${w.mynaInsuranceCard} chỉ dùng được để xác nhận tư cách bảo hiểm. Vào ngày quầy mở cửa tiếp theo (sau kỳ nghỉ cuối năm là từ ngày 4 tháng 1), hãy đến ${w.reissue} ${w.certificate}. ${bring}`,
    unsureDetail: `Các ngày này dựa trên ${w.certificateExpiry} được ước tính. Hãy kiểm tra ô ghi tay ${w.certificateExpiry} ở mặt trước thẻ hoặc trên ${j("mynaPortal")}, rồi tra lại với ngày đó.`,
    linkLine: "Xem chi tiết trên マイナ期限ナビ:",
    alarm: `Nhắc về hạn của ${w.mynaInsuranceCard}`,
    labelJoiner: ": ",
  },
  badgeLabel: `${capitalize(w.certificate)} My Number`,
};
