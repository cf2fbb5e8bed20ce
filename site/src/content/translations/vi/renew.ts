/**
 * @module
 * /vi/renew/ in Vietnamese: a translation of RENEW.ja (content/renew.ts), which is
 * authoritative (R-RENEW-1..3, R-CERT-3, R-CERT-4, R-CERT-8, R-CERT-9, R-INS-4, R-INS-5, R-CARD-4,
 * R-CARD-6).
 */
import { capitalize } from "#shared/messages/glossary/case.ts";
import { glossary } from "#shared/messages/glossary/vi.ts";
import { list, note, type ProsePageContent, p } from "../../blocks";

const { term: w, withJa: j } = glossary;

export const content: ProsePageContent = {
  title: `Cách ${w.renewal} ${w.certificate}`,
  description: `${capitalize(w.certificate)} của ${w.myNumberCard}: ${w.renewal} từ khi nào, ở đâu, mang theo gì. Trang này cũng giải thích việc ${w.reissue} sau khi đã hết hạn.`,
  lead: [
    `Việc ${j("renewal")} ${j("certificate")} được làm tại **${w.municipalOffice} nơi bạn sống (お住まいの市区町村の窓口)**. Miễn phí. Không làm được qua mạng hoặc qua bưu điện. Nếu đã hết hạn, bạn có thể xin ${j("reissue")} tại cùng quầy đó.`,
  ],
  contentsLabel: "Nội dung của trang này",
  sections: [
    {
      id: "when",
      heading: `Có thể ${w.renewal} từ khi nào`,
      blocks: [
        // R-RENEW-1
        p(
          `Bạn có thể ${w.renewal} từ **ngày chỉ còn chưa đầy 3 tháng** đến hết ngày hết hạn. Ví dụ, nếu hạn hiệu lực là ngày 15 tháng 6, bạn có thể ${w.renewal} từ ngày 16 tháng 3.`,
        ),
        note(
          "precise",
          `Nói chính xác về "từ 3 tháng trước" của tờ hướng dẫn`,
          `Tờ hướng dẫn viết "có thể ${w.renewal} từ 3 tháng trước ngày hết hạn". Nói chính xác, đó là từ **ngày hôm sau** của ngày lùi lại đúng 3 tháng từ ngày hết hạn (hạn là ngày 15 tháng 6 thì từ ngày 16 tháng 3, không phải ngày 15 tháng 3).`,
          "Nếu ngày hết hạn là ngày cuối tháng, như ngày 31 tháng 5, mà tháng cách đó 3 tháng không có ngày đó, thì tính từ ngày hôm sau của ngày cuối tháng đó (hạn là ngày 31 tháng 5 năm 2027 thì từ ngày 1 tháng 3, là ngày sau ngày 28 tháng 2).",
        ),
        // R-COUNTER-1: the counter's closed days; an expiry on one does not move.
        p(
          `${capitalize(w.municipalOffice)} nghỉ vào thứ Bảy, Chủ Nhật, ngày lễ và dịp năm mới (từ ngày 29 tháng 12 đến ngày 3 tháng 1). Nếu ngày hết hạn rơi vào ngày quầy nghỉ, hạn cũng không được lùi sang ngày làm việc tiếp theo: hãy đến vào một ngày quầy làm việc trước đó. Một số nơi mở quầy vào một vài ngày cuối tuần (休日窓口), hãy hỏi nơi bạn sống.`,
        ),
        // R-CERT-3
        p(
          `${capitalize(w.renewal)} sớm cũng không bị thiệt. Nếu ${w.renewal} trong thời gian có thể ${w.renewal}, ${w.certificate} mới có hiệu lực đến **5 năm sau hạn hiệu lực hiện tại** (nhưng không quá ${w.cardExpiry}).`,
        ),
        // R-RENEW-3
        p(
          `Khoảng 2–3 tháng trước ngày hết hạn, Tổ chức Hệ thống Thông tin Chính quyền Địa phương (J-LIS) sẽ gửi "${j("noticeLetter")}" trong phong bì màu xanh nhạt. Tuy nhiên, thư không được chuyển tiếp, nên người đã chuyển nhà có thể không nhận được. **Không có thư này, bạn vẫn ${w.renewal} được.**`,
        ),
        // R-CARD-4: no letter for a card that ends with the period of stay.
        p(
          `Với thẻ hết hạn vào ${j("periodOfStayEnd")}, bạn sẽ không nhận được thư thông báo. Nếu bạn có ${w.periodOfStay}, vui lòng đọc thêm [trang dành cho người có ${w.periodOfStay}](/vi/foreign-residents/).`,
        ),
      ],
    },
    {
      id: "bring",
      heading: "Những thứ cần mang theo",
      blocks: [
        // R-RENEW-2
        list(
          capitalize(j("myNumberCard")),
          `**${capitalize(w.pin)} (4 chữ số)** của ${j("userCertificate")}`,
          `**Mật khẩu (6–16 ký tự gồm chữ và số)** của ${j("signatureCertificate")} (nếu bạn ${w.renewal} cả chứng thư dùng để ký)`,
          `${capitalize(j("noticeLetter"))} (nếu đã nhận được; không có vẫn làm thủ tục được)`,
        ),
        p(
          `Nếu quên ${j("pin")}, bạn có thể đặt lại tại cùng quầy đó. Để xác nhận danh tính, ngoài thẻ có thể cần thêm giấy tờ khác, nên vui lòng hỏi trước tòa thị chính.`,
        ),
        note(
          "info",
          "Khi bạn không thể tự đi",
          "Người được ủy quyền (代理人) cũng có thể làm thủ tục, nhưng vì cần dùng thư xác nhận (照会書) mà tòa thị chính gửi đến tên bạn, nên thường phải đến quầy 2 lần. Cách làm khác nhau tùy nơi, nên vui lòng hỏi trước.",
        ),
      ],
    },
    {
      id: "after",
      heading: `Sau khi ${w.renewal}`,
      blocks: [
        // R-CERT-8, R-CERT-9, R-INS-4
        list(
          `Cần khoảng **24 giờ sau khi làm thủ tục** thì ${w.certificate} mới dùng được ở bệnh viện và nhà thuốc. Nếu sắp có lịch khám, bạn nên làm xong trước đó ít nhất 1 ngày.`,
          `Nếu bạn dùng ${w.certificate} trên điện thoại thông minh, bạn cần cài đặt lại trên điện thoại.`,
          `Nếu bạn xin ${w.reissue} sau khi 3 tháng ân hạn đã qua, hãy **đăng ký lại** để dùng ${w.mynaInsuranceCard} (マイナ保険証の利用登録; làm được tại máy đọc thẻ của cơ sở y tế hoặc trên ${j("mynaPortal")}).`,
        ),
      ],
    },
    {
      id: "expired",
      heading: `Nếu đã hết hạn (${j("reissue")})`,
      blocks: [
        // R-CERT-4, R-INS-5
        p(
          `Dù ${w.certificate} đã hết hạn, nếu chính thẻ còn hiệu lực, bạn có thể **xin ${w.reissue} miễn phí** tại ${j("municipalOffice")} bất cứ lúc nào. Những thứ cần mang theo giống như khi ${w.renewal}.`,
        ),
        p(
          `${capitalize(w.certificate)} được ${w.reissue} có hiệu lực đến sinh nhật lần thứ 5 tính từ ngày ${w.reissue} (nhưng không quá ${w.cardExpiry}).`,
        ),
        p(
          `Dù chưa xin ${w.reissue}, bạn vẫn được khám chữa bệnh. Bảo hiểm y tế mà bạn tham gia sẽ gửi "**${j("eligibilityCertificate")}**"; hãy xuất trình giấy này ở quầy tiếp tân. Thời điểm nhận khác nhau tùy nơi bảo hiểm.`,
        ),
      ],
    },
    {
      id: "card",
      heading: "Khác với việc làm mới chính thẻ",
      blocks: [
        // R-CARD-6, R-CERT-5
        p(
          `Chính ${w.myNumberCard} cũng có hạn hiệu lực (đến sinh nhật lần thứ 10 sau ngày cấp; thẻ cấp khi dưới 18 tuổi là lần thứ 5; thẻ nộp đơn trước hết tháng 3 năm 2022 mà người dưới 20 tuổi thì là lần thứ 5). Từ ngày chỉ còn chưa đầy 3 tháng, bạn có thể nộp đơn xin thẻ mới qua mạng, qua bưu điện, tại máy chụp ảnh thẻ hoặc tại quầy. Nhận thẻ tại quầy.`,
        ),
        p(
          `Với thẻ của người thành niên mà ${w.certificate} được làm cùng lúc với thẻ, ${w.certificate} sẽ hết hạn **sớm hơn thẻ 5 năm**. Sau khi ${w.renewal} một lần, lần sau ${w.certificate} có hiệu lực đến cùng ngày với thẻ.`,
        ),
      ],
    },
  ],
};
