/**
 * @module
 * The checker (/vi/check/) in Vietnamese: a translation of CHECK.ja (content/check.ts), which is
 * authoritative. Field labels carry the Japanese printed on the card or the 在留カード, so the
 * person can match them; examples are written as the card prints them.
 */
import { capitalize } from "#shared/messages/glossary/case.ts";
import { glossary } from "#shared/messages/glossary/vi.ts";
import type { CheckContent } from "../../check";

const { term: w, withJa: j } = glossary;

/** ja 「お住まいの市区町村の窓口」, and the counter's name in a label or a short sentence. */
const office = `${w.municipalOffice} (市区町村の窓口)`;

export const content: CheckContent = {
  title: `Kiểm tra hạn của ${w.certificate} và giai đoạn hiện tại`,
  description: `Kiểm tra ${w.certificateExpiry} trong ${w.myNumberCard}, và ${w.mynaInsuranceCard} đang ở giai đoạn nào (còn hiệu lực, có thể gia hạn, ân hạn sau khi hết hạn, mất hiệu lực).`,
  lead: [
    `Khi bạn nhập những ngày bạn biết, trang này sẽ cho biết ${w.certificateExpiry}, ngày có thể ${w.renewal}, ngày cuối cùng dùng được ${w.mynaInsuranceCard}, và màn hình hiện trên máy đọc thẻ ở bệnh viện.`,
    "Bạn có thể nhập ngày theo dương lịch hoặc theo lịch Nhật (和暦), đúng như ghi trên thẻ (ví dụ: 2026-11-14, 2026年11月14日, 令和8年11月14日, R8.11.14, 昭和60年11月14日).",
  ],
  cardFigure: {
    caption: "Các ngày nằm ở đâu trên mặt trước thẻ (mẫu)",
    items: [
      `**${capitalize(w.birthDate)} (生年月日)**: in theo lịch Nhật (ví dụ: 昭和60年11月14日生).`,
      `**${capitalize(w.cardExpiry)} (カードの有効期限)**: in theo dương lịch, như "2031年11月14日まで有効" (có hiệu lực đến ngày 14 tháng 11 năm 2031). Đây không phải là hạn của ${w.certificate}.`,
      `**${capitalize(j("certificateExpiry"))}**: ô được viết tay tại quầy (khung chấm đỏ). Ô này thường để trống; khi đó, bạn có thể xem trên ${j("mynaPortal")} hoặc trong ${j("noticeLetter")}.`,
    ],
  },
  knowHeading: `Nếu bạn biết ${w.certificateExpiry}`,
  knowHint: "Nếu biết, chỉ cần nhập ngày này là đủ. Nếu không biết, hãy để trống và chuyển sang câu hỏi tiếp theo.",
  orHeading: "Nếu bạn không biết hạn hiệu lực",
  orHint: `Trang này sẽ tính từ ${w.birthDate} và hạn hiệu lực của thẻ in ở mặt trước thẻ.`,
  issueSummary: "Dùng ngày cấp thẻ thay cho hạn hiệu lực của thẻ",
  staySummary: `Cư dân nước ngoài có ${j("periodOfStay")}`,
  todaySummary: "Kiểm tra cho một ngày khác hôm nay",
  fields: {
    certificateExpiry: {
      label: capitalize(j("certificateExpiry")),
      hint: `Ghi ở ô "電子証明書の有効期限" ở mặt trước thẻ (viết tay tại quầy; thường để trống), trên ${j("mynaPortal")}, hoặc trong ${j("noticeLetter")} gửi trong phong bì màu xanh nhạt (số 3 trong hình trên).`,
      example: "2026-03-15 hoặc 令和8年3月15日",
    },
    birthDate: {
      label: `${capitalize(j("birthDate"))}`,
      hint: "Có thể nhập đúng như in trên thẻ theo lịch Nhật (số 1 trong hình trên). Ví dụ: 昭和60年11月14日 hoặc 1985-11-14",
      example: "1985-11-14 hoặc 昭和60年11月14日",
    },
    cardExpiry: {
      label: capitalize(j("cardExpiry")),
      hint: `Ngày in ở mặt trước thẻ, như "2031年11月14日まで有効" (số 2 trong hình trên).`,
      example: "2031-11-14",
    },
    cardIssuedOn: {
      label: "Ngày cấp thẻ (カードの発行日)",
      hint: "Ngày này không in trên thẻ. Đó là ngày thẻ được làm ra (không phải ngày bạn nhận thẻ). Chỉ nhập nếu bạn biết.",
      example: "2021-11-01",
    },
    periodOfStayEndsOn: {
      label: capitalize(j("periodOfStayEnd")),
      hint: `Ngày ghi trên ${j("residenceCard")}. Người vĩnh trú (永住者), người có tư cách Chuyên gia trình độ cao số 2 (高度専門職2号) và người vĩnh trú đặc biệt (特別永住者) không cần nhập.`,
      example: "2027-04-30",
    },
    today: {
      label: "Ngày cần kiểm tra",
      hint: "Nếu để trống, trang này sẽ kiểm tra cho hôm nay (giờ Nhật Bản). Nếu nhập một ngày trong tương lai, bạn sẽ biết vào ngày đó sẽ ra sao.",
      example: "2026-12-02",
    },
  },
  submit: "Kiểm tra",
  checking: "Đang kiểm tra…",
  parse: {
    unrecognised: "{field}: không đọc được thành ngày. Vui lòng nhập theo dạng {example}.",
    not_a_real_date: "{field}: ngày này không có trên lịch. Vui lòng kiểm tra tháng và ngày.",
    past_era_end: "{field}: ngày này là sau khi niên hiệu đó đã kết thúc.",
    before_era_start: "{field}: ngày này là trước khi niên hiệu đó bắt đầu.",
    before_gregorian: "{field}: vui lòng nhập ngày từ năm 1873 (明治6年) trở về sau.",
    weekday_mismatch:
      "{field} có thứ không khớp với ngày: ngày đó là {date}, nhưng lại ghi {weekday}. Vui lòng kiểm tra lại ngày và thứ rồi nhập lại.",
    year_mismatch:
      "{field} không khớp với năm ghi trong ngoặc ({year}): ngày này là {dateWithEra}. Vui lòng kiểm tra năm nào đúng rồi nhập lại.",
    suggestion: "Có phải ý bạn là {date} không?",
  },
  errors: {
    summaryTitle: "Vui lòng kiểm tra thông tin đã nhập",
    titlePrefix: "Lỗi: ",
    prefix: "Lỗi: ",
    needInput: `Vui lòng nhập ${w.certificateExpiry}, hoặc ${w.birthDate} và ${w.cardExpiry}.`,
    needBirthDate: `Vui lòng nhập ${w.birthDate}. Chỉ có hạn hiệu lực hoặc ngày cấp thẻ thì không tính được.`,
    network: `Không nhận được câu trả lời. Vui lòng kiểm tra kết nối mạng rồi bấm "Kiểm tra" lần nữa.`,
    server: "Không nhận được câu trả lời. Vui lòng thử lại sau một lúc.",
    busy: `Hiện có nhiều người đang kiểm tra nên không nhận được câu trả lời. Thông tin bạn đã nhập vẫn được giữ nguyên. Vui lòng chờ khoảng 1 phút rồi bấm "Kiểm tra" lần nữa.`,
  },
  result: {
    headline: {
      valid: `${capitalize(w.certificate)} còn hiệu lực`,
      renewal: `Đã đến lúc ${w.renewal} ${w.certificate}`,
      grace: `${capitalize(w.certificate)} đã hết hạn`,
      lapsed: `Thẻ không còn dùng được làm ${w.mynaInsuranceCard}`,
    },
    action: {
      valid: `Từ {date}, bạn có thể ${w.renewal} tại ${office}. Trước ngày đó, bạn chưa cần làm thủ tục gì.`,
      renewal: `Vui lòng ${w.renewal} tại ${office}, chậm nhất là {date}.`,
      grace: `Vui lòng xin ${w.reissue} tại ${office}, chậm nhất là {date}. Cho đến ngày đó, bạn vẫn khám bệnh được bằng ${w.mynaInsuranceCard}.`,
      lapsed: `Từ {date}, thẻ không còn dùng được làm ${w.mynaInsuranceCard}. Vui lòng xin ${w.reissue} ${w.certificate} tại ${office}.`,
    },
    bring: `Làm thủ tục tại ${w.municipalOffice} nơi bạn sống (お住まいの市区町村の窓口), miễn phí. Hãy mang theo ${w.myNumberCard} và nhớ ${j("pin")} 4 chữ số, cùng mật khẩu của chứng thư ký tên (パスワード, 6–16 chữ cái và số) nếu bạn có.`,
    checkFirst: {
      heading: `Trước hết, hãy kiểm tra hạn của ${w.certificate}`,
      ifSo: "Nếu giả định ở trên là đúng",
      moveToCard: "Dùng ngày này làm hạn của thẻ",
      card: {
        heading: `Trước hết, hãy kiểm tra ${w.cardExpiry}`,
        why: `${capitalize(w.cardExpiry)} bạn nhập không phải là ngày sinh nhật. Trừ thẻ hết hạn theo ${w.periodOfStay}, thẻ luôn hết hạn vào một ngày sinh nhật. Hãy xem lại ngày in ở mặt trước thẻ (「…まで有効」).`,
        typo: "Nếu ngày in trên thẻ là {date} (sinh nhật của bạn), thì bạn đã gõ nhầm. Hãy kiểm tra lại với ngày đó.",
        recheck: "Kiểm tra lại với ngày này",
        asTyped: `Nếu ngày bạn nhập là đúng, thẻ hết hạn vào ${w.periodOfStayEnd} (thẻ của cư dân nước ngoài). Hãy nhập thêm ${j("periodOfStayEnd")} để có câu trả lời chắc chắn hơn. Câu trả lời bên dưới là cho trường hợp đó.`,
      },
    },
    stay: {
      action: `Trước hết, hãy ${w.renewal} ${w.periodOfStay} tại ${j("immigration")}. Sau đó, chậm nhất là {date}, hãy đến ${office} để ${w.cardValidityExtension} và làm ${w.certificate} mới.`,
      later: `Trước hết, hãy ${w.renewal} ${w.periodOfStay} tại ${j("immigration")}. Việc này có thể mất vài tuần. Khi đã nhận ${j("residenceCard")} mới, hãy đến ${office} để ${w.cardValidityExtension} và làm ${w.certificate} mới.`,
      bring: `Khi đến ${w.municipalOffice}, hãy mang theo ${j("residenceCard")} mới và ${w.myNumberCard}, và nhớ ${j("pin")} 4 chữ số, cùng mật khẩu của chứng thư ký tên (パスワード, 6–16 chữ cái và số) nếu bạn có.`,
    },
    newCard: {
      headline: `Đã đến lúc xin cấp ${w.myNumberCard} mới`,
      action:
        "Thẻ hết hạn vào {date}, và chứng thư điện tử (電子証明書) không thể dùng lâu hơn thẻ (dù gia hạn hay cấp lại bây giờ, nó vẫn hết hạn vào ngày đó), nên hãy xin cấp thẻ My Number mới ngay bây giờ.",
      later:
        "Từ {date}, bạn có thể xin cấp thẻ My Number mới (chứng thư hết hạn cùng ngày với thẻ, nên phải làm thẻ mới). Trước đó bạn không cần làm gì.",
      bring:
        "Nộp đơn qua mạng, qua bưu điện, tại máy chụp ảnh thẻ hoặc tại quầy (cần ảnh). Từ lúc nộp đơn đến lúc nhận thẻ mất khoảng 1 tháng.",
    },
    cardExpired: {
      action:
        "Thẻ đã hết hạn ({date}). Không thể cấp lại chứng thư điện tử trên thẻ đã hết hạn, nên hãy xin cấp thẻ My Number mới.",
      bring:
        "Nộp đơn qua mạng, qua bưu điện, tại máy chụp ảnh thẻ hoặc tại quầy (cần ảnh). Mất khoảng 1 tháng; trong thời gian đó bạn có thể khám bệnh bằng giấy xác nhận tư cách (資格確認書).",
    },
    alreadyRenewed: `Nếu bạn đã ${w.renewal} rồi: ô "電子証明書の有効期限" ở mặt trước thẻ ghi {date} thì việc ${w.renewal} đã xong, bạn không cần làm gì thêm.`,
    more: "Xem chi tiết",
    question: {
      legend: `Từ {date} trở đi, bạn đã ${w.renewal} hoặc xin ${w.reissue} ${w.certificate} tại ${office} chưa?`,
      howToTell: [
        `Nếu ô "電子証明書の有効期限" ở mặt trước thẻ (góc dưới bên trái, khung chấm đỏ) có ghi tay một ngày sau {date}, thì bạn đã ${w.renewal}. Nếu ô chỉ ghi {date}, đó là hạn đầu tiên, không phải dấu hiệu bạn đã ${w.renewal}.`,
        `Nếu bây giờ bạn đăng nhập được ${j("mynaPortal")}, thì bạn đã ${w.renewal}. ${capitalize(w.certificate)} đã hết hạn thì không đăng nhập được.`,
      ],
      yes: "Có",
      no: "Không",
      unknown: "Tôi không biết",
      submit: "Trả lời",
      intro:
        "Giai đoạn hiện tại thay đổi tùy theo câu trả lời. Khi chưa biết, hãy xem cả hai trường hợp và làm kịp theo ngày sớm hơn.",
      ifNo: `Nếu chưa ${w.renewal} hoặc ${w.reissue}`,
      ifYes: `Nếu đã ${w.renewal} hoặc ${w.reissue}`,
    },
    checkedOn: "Ngày kiểm tra: ",
    datesHeading: "Các ngày quan trọng",
    dateLabels: {
      renewalOpens: `Ngày bắt đầu thời gian ${w.renewal}`,
      firstCounterDay: "Ngày đầu tiên có thể làm thủ tục tại quầy",
      certificateExpires: capitalize(w.certificateExpiry),
      graceEnds: `Ngày cuối cùng dùng được ${w.mynaInsuranceCard} (chỉ xác nhận tư cách bảo hiểm)`,
      cardExpires: "Hạn hiệu lực của chính thẻ",
      signature: `Hạn hiệu lực của ${j("signatureCertificate")}`,
      signatureAtMost: " (nếu địa chỉ hoặc họ tên thay đổi, chứng thư sẽ mất hiệu lực sớm hơn)",
      lastCounterDay: "Ngày cuối cùng có thể làm thủ tục tại quầy",
    },
    timelineHeading: "Diễn biến theo thời gian",
    timelineCaption: "4 giai đoạn của bạn (giống nội dung trong bảng dưới)",
    tableCaption: "Các ngày và sự kiện",
    tableDate: "Ngày",
    tableEvent: "Sự kiện",
    todayRow: "Hôm nay",
    todayMarker: "Hôm nay",
    dayRow: "Ngày kiểm tra",
    dayMarker: "Ngày này",
    before: "trước",
    from: "từ",
    until: "đến",
    readerHeading: "Màn hình hiện trên máy đọc thẻ ở bệnh viện và nhà thuốc vào ngày này",
    readerCaption: "Màn hình máy đọc thẻ có nhận diện khuôn mặt (hình minh họa; máy hiển thị tiếng Nhật)",
    worksHeading: "Những gì dùng được và không dùng được",
    worksWord: "dùng được",
    notWorksWord: "không dùng được",
    stepsHeading: "Việc cần làm tiếp theo",
    caveatsHeading: "Những điều bạn nên kiểm tra",
    caveatAlternatives: "Các trường hợp khác:",
    stayPage: `Người có ${w.periodOfStay}: thứ tự các thủ tục và những thứ cần mang theo`,
    calendarHeading: "Ghi vào lịch",
    calendarText: "Bạn có thể ghi các ngày sắp tới vào lịch. Tệp lịch (.ics) có lời nhắc lúc 9 giờ sáng của từng ngày.",
    ics: "Tải tệp lịch (.ics)",
    google: "Hoặc thêm từng ngày vào Google Calendar (giờ nhắc theo cài đặt Google Calendar của bạn):",
    bookmark: `Địa chỉ của trang này có chứa các ngày bạn đã nhập. Nếu lưu dấu trang (bookmark), bạn có thể xem lại kết quả này. Phần sau dấu "#" trong địa chỉ không được gửi lên máy chủ.`,
    again: "Thay đổi thông tin và kiểm tra lại",
    stagesLink: "Xem chi tiết 4 giai đoạn",
  },
};
