/**
 * @module
 * /vi/stages/ in Vietnamese: a translation of STAGES_TEXT.ja (content/stages.ts), which is
 * authoritative. Stage names come from the glossary (stageNames), not from here.
 */
import { capitalize } from "#shared/messages/glossary/case.ts";
import { glossary } from "#shared/messages/glossary/vi.ts";
import type { StagesContent } from "../../stages";

const { term: w, withJa: j } = glossary;

const renewWhere = `${w.municipalOffice} nơi bạn sống (お住まいの市区町村の窓口)`;
const insurance = (records: boolean) =>
  `${capitalize(w.mynaInsuranceCard)}${records ? " (kể cả cung cấp thông tin khám chữa bệnh và thông tin thuốc)" : ""}`;
const portal = `Đăng nhập ${w.mynaPortal}`;
const copies = "Lấy bản sao phiếu cư trú (住民票の写し) tại cửa hàng tiện lợi";

export const content: StagesContent = {
  title: `4 giai đoạn của ${w.mynaInsuranceCard}`,
  description: `Trước và sau ${w.certificateExpiry}, máy đọc thẻ ở bệnh viện và nhà thuốc hiện gì, và bạn còn làm được gì. Mặt sau tờ hướng dẫn, với một ngày bạn có thể tự thay đổi.`,
  lead: [
    `Trước và sau ${j("certificateExpiry")}, ${j("mynaInsuranceCard")} lần lượt đi qua 4 giai đoạn. Máy đọc thẻ có nhận diện khuôn mặt ở bệnh viện và nhà thuốc cũng hiện màn hình khác nhau ở mỗi giai đoạn.`,
  ],
  exampleHeading: "Diễn biến theo thời gian qua một ví dụ",
  exampleIntro: `Trường hợp người có ${w.certificateExpiry} là **{expiry}**:`,
  timelineCaption: "Trục thời gian của 4 giai đoạn (giống nội dung trong bảng dưới)",
  table: {
    caption: "Thời gian của từng giai đoạn (ví dụ)",
    stage: "Giai đoạn",
    period: "Thời gian",
    insurance: capitalize(w.mynaInsuranceCard),
  },
  insurance: {
    valid: "dùng được",
    renewal: "dùng được (có hiện thông báo)",
    grace: "dùng được (chỉ xác nhận tư cách bảo hiểm; không cung cấp thông tin khám chữa bệnh và thông tin thuốc)",
    lapsed: "không dùng được",
  },
  fromWord: "từ",
  toWord: "đến",
  todayLabel: "Ngày này",
  slider: {
    heading: "Thay đổi ngày để kiểm tra",
    help: "Khi bạn kéo thanh trượt, giai đoạn và màn hình máy đọc thẻ của ngày đó sẽ thay đổi. Phím mũi tên di chuyển từng ngày; Page Up và Page Down di chuyển khoảng 1 tháng.",
    label: "Ngày cần xem",
    stageIs: " thuộc giai đoạn:",
    noScript: "",
  },
  stagesHeading: "Giải thích từng giai đoạn",
  whenLabel: "Thời gian",
  clinicLabel: "Ở bệnh viện, nhà thuốc",
  worksLabel: "Những gì dùng được và không dùng được",
  todoLabel: "Việc cần làm",
  worksWord: "dùng được",
  notWorksWord: "không dùng được",
  stages: {
    valid: {
      when: `đến ngày trước khi thời gian có thể ${w.renewal} bắt đầu`,
      clinic: `Bạn dùng ${w.mynaInsuranceCard} như bình thường. Nếu bạn đồng ý, thông tin khám chữa bệnh và thông tin thuốc trước đây cũng được cung cấp cho cơ sở y tế.`,
      works: [
        { text: insurance(true), works: true },
        { text: portal, works: true },
        { text: copies, works: true },
      ],
      todo: ["Hãy kiểm tra hạn hiệu lực và ghi vào lịch."],
    },
    renewal: {
      when: "từ ngày chỉ còn chưa đầy 3 tháng đến hết ngày hết hạn",
      clinic: `Bạn dùng ${w.mynaInsuranceCard} như bình thường. Máy đọc thẻ sẽ hiện thông báo rằng hạn hiệu lực sắp đến.`,
      works: [
        { text: insurance(true), works: true },
        { text: portal, works: true },
        { text: copies, works: true },
      ],
      todo: [
        `Vui lòng ${w.renewal} tại ${renewWhere}. Miễn phí. Hãy mang theo thẻ và ${j("pin")} (4 chữ số).`,
        `Khoảng 2–3 tháng trước ngày hết hạn, "${j("noticeLetter")}" sẽ được gửi đến trong phong bì màu xanh nhạt. Không nhận được thư, bạn vẫn ${w.renewal} được.`,
        `Sau khi ${w.renewal}, cần khoảng 24 giờ thì mới dùng được.`,
      ],
      precise: {
        title: `Nói chính xác về "từ 3 tháng trước" của tờ hướng dẫn`,
        text: [
          `Bạn có thể ${w.renewal} từ **ngày hôm sau** của ngày cách hạn hiệu lực đúng 3 tháng. Hạn là ngày 15 tháng 6 thì từ ngày 16 tháng 3. Hiểu là "từ ngày chỉ còn chưa đầy 3 tháng" thì chính xác.`,
          `Thời điểm máy đọc thẻ bắt đầu hiện thông báo chưa được công bố, nên trang này coi là cùng ngày với thời gian có thể ${w.renewal}.`,
        ],
      },
    },
    grace: {
      when: "từ ngày sau ngày hết hạn đến ngày cuối cùng của tháng thứ 3 sau tháng hết hạn",
      clinic: `Bạn vẫn khám bệnh được bằng ${w.mynaInsuranceCard}. Nhưng cơ sở y tế chỉ nhận được thông tin về tư cách bảo hiểm, **thông tin khám chữa bệnh và thông tin thuốc không được cung cấp**.`,
      works: [
        { text: `${capitalize(w.mynaInsuranceCard)} (chỉ xác nhận tư cách bảo hiểm)`, works: true },
        { text: portal, works: false },
        { text: copies, works: false },
      ],
      todo: [
        `Vui lòng xin ${j("reissue")} ngay tại ${renewWhere}. Miễn phí. Hãy mang theo thẻ và ${w.pin}.`,
        "Nếu chính thẻ còn hiệu lực, thẻ vẫn dùng được làm giấy tờ tùy thân có ảnh.",
      ],
      precise: {
        title: `Nói chính xác về "3 tháng sau khi hết hạn" của tờ hướng dẫn`,
        text: [
          "Thời gian ân hạn không phải là 3 tháng tính từ ngày hết hạn, mà là **3 tháng tính từ ngày cuối của tháng có ngày hết hạn**. Hết hạn ngày 10 tháng 2 thì dùng được đến hết ngày 31 tháng 5; hết hạn ngày 14 tháng 11 thì đến hết ngày cuối tháng 2 năm sau (ngày 28 tháng 2, hoặc ngày 29 tháng 2 vào năm nhuận).",
          `Một số nơi bảo hiểm hướng dẫn là "3 tháng tính từ ngày hết hạn"; khi đó, thời gian ân hạn kết thúc sớm hơn một chút.`,
        ],
      },
    },
    lapsed: {
      when: "từ ngày 1 của tháng sau tháng kết thúc thời gian ân hạn",
      clinic: `Thẻ không còn dùng được làm ${w.mynaInsuranceCard}. Hãy đưa thẻ ở quầy tiếp tân để hỏi, hoặc xuất trình "${j("eligibilityCertificate")}" đã được gửi đến.`,
      works: [
        { text: capitalize(w.mynaInsuranceCard), works: false },
        { text: portal, works: false },
        { text: copies, works: false },
      ],
      todo: [
        `Vui lòng xin ${w.reissue} tại ${renewWhere}. Nếu chính thẻ còn hiệu lực, bạn có thể làm bất cứ lúc nào, miễn phí.`,
        `Sau khi được ${w.reissue}, hãy đăng ký lại để dùng ${w.mynaInsuranceCard} (マイナ保険証の利用登録; làm được tại máy đọc thẻ hoặc trên ${j("mynaPortal")}).`,
      ],
    },
  },
  counterDays: {
    title: "Khi quầy đóng cửa vào ngày hết hạn",
    text: [
      `Chỉ có thể ${w.renewal} hoặc xin ${w.reissue} ${w.certificate} tại ${j("municipalOffice")}. Quầy đóng cửa vào thứ Bảy, Chủ nhật, ngày lễ và từ ngày 29 tháng 12 đến ngày 3 tháng 1.`,
      "Dù ngày hết hạn rơi vào ngày quầy đóng cửa, hạn hiệu lực cũng không được lùi sang ngày mở cửa tiếp theo. Ví dụ, nếu hạn hiệu lực là {expiry}, thì ngày cuối cùng bạn có thể làm thủ tục tại quầy là {lastCounterDay}. Trang kiểm tra cũng hiển thị ngày này.",
      "Nhiều nơi có quầy mở vào thứ Bảy hoặc Chủ nhật (休日窓口) hoặc có ngày mở buổi tối, và giờ tiếp nhận cũng khác nhau. Vui lòng hỏi thành phố, quận, thị trấn hoặc làng nơi bạn sống.",
    ],
  },
  eligibility: {
    title: `Không ${w.renewal} thì bạn vẫn được khám chữa bệnh`,
    text: [
      `Nếu đã hết hạn mà bạn không xin ${w.reissue}, bảo hiểm y tế mà bạn tham gia sẽ gửi "**${j("eligibilityCertificate")}**". Nếu xuất trình giấy này ở quầy tiếp tân, bạn vẫn được khám bằng bảo hiểm như trước. Thời điểm nhận khác nhau tùy nơi bảo hiểm (Kyokai Kenpo 協会けんぽ: khoảng 2 tháng sau cuối tháng hết hạn; Bảo hiểm Y tế Quốc dân 国民健康保険 của thành phố: trước khi thời gian ân hạn kết thúc).`,
    ],
  },
  checkLink: "Kiểm tra hạn và giai đoạn hiện tại của bạn",
};
