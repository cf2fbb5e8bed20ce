/**
 * @module
 * /vi/foreign-residents/: for residents whose card ends with a period of stay, in Vietnamese, a
 * translation of FOREIGN_RESIDENTS.ja (the Japanese is authoritative; R-CARD-4, R-CARD-1,
 * R-CARD-5, R-INFER-6, R-RENEW-1..3, R-CERT-1, R-CERT-3, R-CERT-4, R-CERT-8, R-INS-1, R-INS-2,
 * R-INS-4, R-INS-5, R-COUNTER-1). Same sections, ids and order as the Japanese, so `#steps`
 * means the same in every language. Terms from the glossary, the Japanese beside them.
 */
import { capitalize } from "#shared/messages/glossary/case.ts";
import { glossary } from "#shared/messages/glossary/vi.ts";
import { list, note, p } from "../../blocks";
import { FOREIGN_RESIDENTS_SOURCES, type ForeignResidentsContent } from "../../foreign-residents-shape";
import { SOURCE, type Source } from "../../sources";
import { translatedSourceBlock } from "../sources-block";
import { content as check } from "./check";

const { term: w, withJa: j } = glossary;

const renewWhere = `${w.municipalOffice} nơi bạn sống (お住まいの市区町村の窓口)`;

/** What each source says, in Vietnamese; its title stays Japanese (the source's own name). */
const WHAT = new Map<Source, string>([
  [SOURCE.miyake, `Thẻ hết hạn vào ngày sớm hơn giữa ${w.periodOfStayEnd} và ngày theo quy tắc sinh nhật.`],
  [SOURCE.yonago, `Thẻ của người có ${w.periodOfStay}; ${w.signatureCertificate} của người dưới 15 tuổi.`],
  [SOURCE.leaflet, "Tờ hướng dẫn mà trang web này giải thích; chữ trên màn hình máy đọc thẻ cũng lấy từ đây."],
  [SOURCE.kyoukaiKenpo, `Thời gian ân hạn kết thúc thế nào, và khi nào ${w.eligibilityCertificate} được gửi đến.`],
  [SOURCE.asaka, `${capitalize(w.certificate)} mới dùng được khoảng 24 giờ sau khi ${w.renewal}.`],
]);

export const content: ForeignResidentsContent = {
  title: `${capitalize(w.myNumberCard)} và ${w.certificate} của người có ${w.periodOfStay}`,
  description: `Dành cho người có ${w.periodOfStay} nhất định: khi hết hoặc ${w.renewal} ${w.periodOfStay}, ${w.myNumberCard} và ${w.certificate} sẽ ra sao; thứ tự các thủ tục, những thứ cần mang theo, và ${w.eligibilityCertificate}.`,
  lead: [
    // R-CARD-4
    `Nếu bạn có ${j("periodOfStay")} nhất định, ${w.myNumberCard} của bạn hết hạn vào **${j("periodOfStayEnd")}**. Dù bạn đã ${w.renewal} ${w.periodOfStay}, cả thẻ lẫn ${j("certificate")} đều **không tự động được kéo dài**.`,
    // R-CARD-4, R-RENEW-3
    `Bạn cũng sẽ **không** nhận được ${j("noticeLetter")} báo rằng hạn sắp đến. Hãy xem thứ tự các thủ tục ở trang này, và tự ghi lại các ngày.`,
  ],
  contentsLabel: "Nội dung của trang này",
  sections: [
    {
      id: "who",
      heading: "Trang này dành cho ai",
      blocks: [
        p(`Trang này dành cho người có ${j("residenceCard")} ghi ngày hết **${w.periodOfStay}**.`),
        // R-CARD-4: these are treated like nationals.
        p(
          "Thẻ của **người vĩnh trú** (永住者), **Chuyên gia trình độ cao số 2** (高度専門職2号) và **người vĩnh trú đặc biệt** (特別永住者) theo cùng quy định với người có quốc tịch Nhật. Vui lòng xem [Cách gia hạn](/vi/renew/) và [Kiểm tra hạn](/vi/check/) thay cho trang này.",
        ),
      ],
    },
    {
      id: "card",
      heading: `Thẻ và ${w.certificate} có hiệu lực đến khi nào`,
      blocks: [
        list(
          // R-CARD-4, R-CARD-1
          `**${capitalize(j("myNumberCard"))}**: đến ${w.periodOfStayEnd}. Nhưng nếu hạn thông thường của thẻ (sinh nhật lần thứ 10 sau ngày cấp; thẻ cấp khi chưa thành niên là lần thứ 5) đến sớm hơn, thì thẻ có hiệu lực đến ngày đó.`,
          // R-CERT-1, R-CARD-5
          `**${capitalize(j("certificate"))}**: đến sinh nhật lần thứ 5 sau ngày cấp, nhưng không quá ${w.cardExpiry}. Khi thẻ hết hạn, ${w.certificate} cũng hết hạn cùng ngày.`,
        ),
        // R-INFER-6
        p(
          `Vì vậy, ${w.certificate} có thể đã hết hạn vào một ngày sinh nhật, **trước** thẻ. Vui lòng kiểm tra ô "電子証明書の有効期限" ở mặt trước thẻ, hoặc đăng nhập ${j("mynaPortal")}.`,
        ),
        // R-CARD-4
        note(
          "warning",
          `${capitalize(w.renewal)} ${w.periodOfStay} thì thẻ và ${w.certificate} cũng không được kéo dài`,
          `Dù ${j("immigration")} đã cho ${w.renewal} ${w.periodOfStay}, ${w.cardExpiry} cũng không thay đổi. Vui lòng làm thủ tục **${j("cardValidityExtension")}** tại ${renewWhere}. Dù đã thay đổi, hạn mới cũng không muộn hơn hạn thông thường của thẻ (sinh nhật lần thứ 10 hoặc lần thứ 5).`,
          `Dù đã ${w.cardValidityExtension}, **${w.certificateExpiry} cũng không được kéo dài**. ${capitalize(w.certificate)} được làm mới tại cùng quầy đó (xem "Thứ tự các thủ tục" bên dưới).`,
        ),
        // R-CARD-4, R-CARD-5
        p(
          `Nếu đến ${w.periodOfStayEnd} mà bạn chưa ${w.renewal} ${w.periodOfStay}, thì cả thẻ lẫn ${w.certificate} đều hết hạn vào ngày đó.`,
        ),
      ],
    },
    {
      id: "steps",
      heading: `Thứ tự các thủ tục khi ${w.renewal} ${w.periodOfStay}`,
      blocks: [
        {
          kind: "steps",
          items: [
            {
              title: `${capitalize(w.renewal)} ${w.periodOfStay} tại ${j("immigration")}`,
              text: [
                `Bạn nhận **${j("residenceCard")}** mới có ghi ${w.periodOfStay} mới. Có thể nộp đơn từ khi nào, vui lòng hỏi ${w.immigration} (trang web này không hướng dẫn thủ tục xuất nhập cảnh).`,
              ],
            },
            {
              // R-CARD-4
              title: `${capitalize(w.cardValidityExtension)} tại ${j("municipalOffice")}`,
              text: [
                `Mang theo ${w.residenceCard} mới và ${w.myNumberCard} đến ${renewWhere}. Đây không phải là đơn xin thẻ mới. Vui lòng đến **trước khi thẻ hết hạn**.`,
                `Sau khi thay đổi, thẻ có hiệu lực đến ngày hết ${w.periodOfStay} mới (hoặc đến hạn thông thường của thẻ, nếu ngày đó sớm hơn).`,
              ],
            },
            {
              // R-RENEW-1, R-RENEW-2, R-CERT-3, R-CERT-4, R-CERT-8
              title: `Làm mới ${w.certificate} tại cùng quầy đó`,
              text: [
                `${capitalize(w.certificateExpiry)} chưa được kéo dài. Nếu chỉ còn chưa đầy 3 tháng, bạn có thể **${j("renewal")}** tại cùng quầy. Nếu đã hết hạn thì là **${j("reissue")}**. Cả hai đều miễn phí. Nếu còn hơn 3 tháng, hãy ${w.renewal} tại quầy khi chỉ còn chưa đầy 3 tháng.`,
                `${capitalize(w.certificate)} mới dùng được làm ${w.mynaInsuranceCard} khoảng 24 giờ sau khi làm thủ tục.`,
              ],
            },
          ],
        },
      ],
    },
    {
      id: "bring",
      heading: "Những thứ cần mang đến quầy",
      blocks: [
        // R-RENEW-2, R-CARD-4
        list(
          capitalize(j("myNumberCard")),
          `**${capitalize(j("residenceCard"))} mới** (có ghi ${w.periodOfStay} đã được ${w.renewal})`,
          `**${capitalize(j("pin"))} (4 chữ số)** của ${j("userCertificate")}`,
          `**Mật khẩu (6–16 ký tự gồm chữ và số)** của ${j("signatureCertificate")} (nếu bạn cũng làm mới chứng thư dùng để ký)`,
        ),
        p(
          `Nếu quên ${w.pin}, bạn có thể đặt lại tại cùng quầy đó. Trước khi đi, vui lòng hỏi tòa thị chính xem có cần thêm giấy tờ nào khác không.`,
        ),
        // R-COUNTER-1
        p(
          `${capitalize(j("municipalOffice"))} đóng cửa vào thứ Bảy, Chủ nhật, ngày lễ và dịp nghỉ cuối năm, năm mới (từ ngày 29 tháng 12 đến ngày 3 tháng 1). Một số nơi có quầy mở vào ngày nghỉ, nên vui lòng hỏi thành phố, quận, thị trấn hoặc làng nơi bạn sống.`,
        ),
      ],
    },
    {
      id: "reminder",
      heading: `Bạn sẽ không nhận được ${j("noticeLetter")}`,
      blocks: [
        // R-RENEW-3, R-CARD-4
        p(
          `Thông thường, khoảng 2–3 tháng trước khi ${w.certificate} hết hạn, J-LIS sẽ gửi **${j("noticeLetter")}**. Nhưng khi thẻ hết hạn vì hết ${w.periodOfStay}, thư này **không được gửi**.`,
        ),
        // R-INFER-6: the checker asks for periodOfStayEndsOn.
        p(
          `Ở trang "[Kiểm tra hạn](/vi/check/#periodOfStayEndsOn)", nếu bạn nhập ${w.birthDate}, ${w.cardExpiry} và ${w.periodOfStayEnd}, bạn sẽ biết ${w.certificateExpiry} và giai đoạn hiện tại.`,
        ),
        // The checker's calendar links (its words: the checker's calendarHeading); promise no more than they do.
        p(
          `Ở mục "${check.result.calendarHeading}" bên dưới câu trả lời, bạn có thể ghi các ngày của ${w.certificate} vào lịch (bằng tệp lịch hoặc Google Calendar). Bạn cũng nên ghi ${w.periodOfStayEnd} vào lịch của mình.`,
        ),
      ],
    },
    {
      id: "insurance",
      heading: `Khi không còn dùng được ${w.mynaInsuranceCard}: ${j("eligibilityCertificate")}`,
      blocks: [
        // R-INS-1, R-INS-2
        p(
          `Dù ${w.certificate} đã hết hạn, trong 3 tháng tính từ ngày cuối của tháng hết hạn (thời gian ân hạn), bạn vẫn khám bệnh được bằng ${j("mynaInsuranceCard")}. Nhưng thông tin khám chữa bệnh và thông tin thuốc sẽ không được cung cấp cho bệnh viện. Sau đó, thẻ không còn dùng được làm ${w.mynaInsuranceCard} (xem [4 giai đoạn](/vi/stages/)).`,
        ),
        // R-INS-5
        p(
          `Dù chưa làm mới ${w.certificate}, bạn vẫn được khám chữa bệnh. Bảo hiểm y tế mà bạn tham gia sẽ gửi **${j("eligibilityCertificate")}**. Đây là giấy tờ bạn xuất trình ở quầy tiếp tân của bệnh viện hoặc nhà thuốc thay cho thẻ bảo hiểm.`,
        ),
        p(
          "Thời điểm nhận khác nhau tùy nơi bảo hiểm. Ví dụ, Kyokai Kenpo (協会けんぽ) gửi qua nơi làm việc khoảng 2 tháng sau ngày cuối của tháng hết hạn. Bảo hiểm Y tế Quốc dân (国民健康保険) của thành phố gửi trước khi thời gian ân hạn kết thúc.",
        ),
        // R-INS-4
        p(
          `Nếu bạn làm mới ${w.certificate} sau khi thời gian ân hạn đã qua, hãy **đăng ký lại** để dùng ${w.mynaInsuranceCard} (マイナ保険証の利用登録; làm được tại máy đọc thẻ của cơ sở y tế hoặc trên ${j("mynaPortal")}).`,
        ),
      ],
    },
    {
      id: "sources",
      heading: "Nguồn, và những điều chưa rõ",
      blocks: [
        translatedSourceBlock(FOREIGN_RESIDENTS_SOURCES, WHAT),
        p(
          "Các tài liệu khác có ở trang [Nguồn](/en/sources/) (trang này bằng tiếng Anh; phần lớn tài liệu bằng tiếng Nhật).",
        ),
        note(
          "info",
          "Những điều tài liệu của trang web này không nói đến",
          `Có thể nộp đơn ${w.renewal} ${w.periodOfStay} từ khi nào, và nếu ${w.periodOfStayEnd} đã qua trong lúc đang chờ xét duyệt thì thẻ sẽ ra sao. Vui lòng hỏi ${w.immigration} và ${w.municipalOffice} nơi bạn sống.`,
          `Sau khi ${w.cardExpiry} đã qua, có còn ${w.cardValidityExtension} được không. Cách chắc chắn là đến quầy trước ngày đó.`,
        ),
      ],
    },
  ],
};
