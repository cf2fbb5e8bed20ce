/**
 * @module
 * /zh-hans/renew/: how to renew or re-issue the certificates, a translation of RENEW.ja (the
 * Japanese is authoritative; R-RENEW-1..3, R-CERT-3, R-CERT-4, R-CERT-8, R-CERT-9, R-INS-4,
 * R-CARD-6). Terms from the glossary, the Japanese beside them.
 */
import { glossary } from "#shared/messages/glossary/zh-Hans.ts";
import { list, note, type ProsePageContent, p } from "../../blocks";

const g = glossary.withJa;
const w = glossary.term;

export const content: ProsePageContent = {
  title: "电子证明书的更新方法",
  description: "个人编号卡的电子证明书从什么时候起、在哪里、带什么去更新。也说明过期以后怎样重新发行。",
  lead: [
    `电子证明书要到**您居住地的${g("municipalOffice")}**更新。免费。不能在网上或通过邮寄办理。即使已经过期，也可以在同一个窗口${g("reissue")}。`,
  ],
  contentsLabel: "本页内容",
  sections: [
    {
      id: "when",
      heading: "从什么时候起可以更新",
      blocks: [
        // R-RENEW-1
        p(
          "从离有效期限**不到3个月的那一天**起，到有效期限当天为止，都可以更新。例如有效期限是6月15日，那么从3月16日起可以更新。",
        ),
        note(
          "precise",
          "宣传单上的“3个月前起”准确地说",
          "厚生劳动省的宣传单上写着“有效期限的3个月前起可以更新”。准确地说，是从有效期限那天往前推3个月的那一天的**第二天**起（有效期限是6月15日的话，不是3月15日，而是3月16日）。",
          "如果有效期限像5月31日这样在月底，而3个月前的那个月没有这一天，就从那个月最后一天的第二天起（有效期限是2027年5月31日的话，从2月28日的第二天，也就是3月1日起）。",
        ),
        // R-COUNTER-1: the counter's closed days; an expiry on one does not move.
        p(
          `${w.municipalOffice}在星期六、星期日、节假日和年末年初（12月29日至1月3日）不办公。有效期限那天即使不办公，期限也不会顺延到下一个办公日：请在那之前、窗口办公的日子去办理。有的市区町村在部分周末也开设窗口（休日窓口），请向所在地确认。`,
        ),
        // R-CERT-3
        p(
          "早点更新也不会吃亏。在可以更新的期间内更新的话，新的电子证明书有效期到**现在的有效期限的5年后**（但不超过卡本身的有效期限）。",
        ),
        // R-RENEW-3
        p(
          `在有效期限的2～3个月前左右，地方公共团体信息系统机构（J-LIS）会用浅蓝色的信封寄来${g("noticeLetter")}。不过这封信不会转寄，搬过家的人等可能收不到。**没有通知书也可以更新。**`,
        ),
      ],
    },
    {
      id: "bring",
      heading: "要带的东西",
      blocks: [
        // R-RENEW-2
        list(
          g("myNumberCard"),
          `${w.userCertificate}的**${g("pin")}（4位数字）**`,
          `${w.signatureCertificate}的**密码（6～16位英文字母和数字）**（也要更新签名用电子证明书的人）`,
          `${g("noticeLetter")}（如果已经收到。没有也可以办理）`,
        ),
        p(
          "忘记密码时，可以在同一个窗口重新设定。为了确认本人身份，除了卡以外有时还需要其他证件，请事先向市区町村确认。",
        ),
        note(
          "info",
          "本人不能去的时候",
          "代理人也可以办理，但市区町村会先给本人寄一份照会书（照会書），所以基本上要去窗口两次。办法因市区町村而不同，请先咨询。",
        ),
      ],
    },
    {
      id: "after",
      heading: "更新以后",
      blocks: [
        // R-CERT-8, R-CERT-9, R-INS-4
        list(
          "新的电子证明书要在**办理手续后大约24小时**，才能在医院和药店使用。如果马上要去看病，最好在前一天之前办好。",
          "使用智能手机用电子证明书的人，需要在手机上重新设定一次。",
          `过期后超过3个月的宽限期才重新发行的人，请**再办理一次**${g("mynaInsuranceCard")}的**使用登记**（可以在医疗机构的读卡器、${g("mynaPortal")}等处办理）。`,
        ),
      ],
    },
    {
      id: "expired",
      heading: `已经过期的话（${g("reissue")}）`,
      blocks: [
        // R-CERT-4, R-INS-5
        p(
          `即使有效期限已过，只要卡本身还有效，随时都可以在${w.municipalOffice}**免费重新发行**。要带的东西和更新相同。`,
        ),
        p("重新发行的电子证明书，有效期到从重新发行那天算起的第5个生日（不超过卡本身的有效期限）。"),
        p(
          `即使不重新发行，也可以看病。您所加入的健康保险会寄来**${g("eligibilityCertificate")}**，请在医院的前台出示。寄到的时间因保险机构而不同。`,
        ),
      ],
    },
    {
      id: "card",
      heading: "和卡本身的更新有什么不同",
      blocks: [
        // R-CARD-6, R-CERT-5
        p(
          "个人编号卡本身也有有效期限（到发行日之后的第10个生日。未满18岁时发行的卡是第5个生日；2022年3月以前申请的卡，未满20岁的是第5个生日）。卡本身从离有效期限不到3个月的那天起可以申请新卡，可以通过网上、邮寄、证件照自助拍照机或窗口申请。领卡要到窗口。",
        ),
        p("和卡同时发行的成年人的卡，电子证明书会**比卡本身早5年**到期。更新一次以后，下一次就和卡本身在同一天到期。"),
      ],
    },
  ],
};
