/**
 * @module
 * /zh-hans/foreign-residents/: for residents whose card ends with a period of stay, a
 * translation of FOREIGN_RESIDENTS.ja (the Japanese is authoritative; R-CARD-4, R-INFER-6,
 * R-RENEW-1..3, R-CERT-*, R-INS-*, R-COUNTER-1). Same sections, ids and order as the Japanese, so
 * `#steps` means the same in every language. Terms from the glossary, the Japanese beside them.
 */
import { glossary } from "#shared/messages/glossary/zh-Hans.ts";
import { list, note, p } from "../../blocks";
import { FOREIGN_RESIDENTS_SOURCES, type ForeignResidentsContent } from "../../foreign-residents-shape";
import { SOURCE, type Source } from "../../sources";
import { translatedSourceBlock } from "../sources-block";
import { content as check } from "./check";

const g = glossary.withJa;
const w = glossary.term;

/** What each source says, in Chinese; its title stays Japanese (the source's own name). */
const WHAT = new Map<Source, string>([
  [SOURCE.miyake, "在留期间到期日和按生日计算的期限，以较早的为准。"],
  [SOURCE.yonago, "有在留期间的人的卡；未满15岁的人的签名用电子证明书。"],
  [SOURCE.leaflet, "本网站所说明的宣传单。读卡器画面上的文字也出自这里。"],
  [SOURCE.kyoukaiKenpo, "宽限期怎样结束，以及资格确认书什么时候寄到。"],
  [SOURCE.asaka, "更新后大约24小时就能使用。"],
]);

export const content: ForeignResidentsContent = {
  title: `有${w.periodOfStay}的人的个人编号卡和电子证明书`,
  description: `给有${w.periodOfStay}的人：在留期间结束或更新时，个人编号卡和电子证明书会怎样，办理手续的顺序、要带的东西，以及资格确认书。`,
  lead: [
    // R-CARD-4
    `有${g("periodOfStay")}的人，个人编号卡的有效期限是**${g("periodOfStayEnd")}**。即使更新了在留期间，卡和电子证明书也**不会自动延长**。`,
    // R-CARD-4, R-RENEW-3
    `提醒您期限快到的**${g("noticeLetter")}**也不会寄来。请在本页确认办理手续的顺序，并自己把日期记下来。`,
  ],
  contentsLabel: "本页内容",
  sections: [
    {
      id: "who",
      heading: "本页适合哪些人",
      blocks: [
        p(`本页是给${g("residenceCard")}上写着**${w.periodOfStay}**到期日的人看的。`),
        // R-CARD-4: these are treated like nationals.
        p(
          "**永住者**、**高度专门职2号**（高度専門職2号）、**特别永住者**（特別永住者）的卡，和日本国籍的人适用相同的规定。请看[更新的方法](/zh-hans/renew/)和[查询期限](/zh-hans/check/)，本页不适用。",
        ),
      ],
    },
    {
      id: "card",
      heading: "卡和电子证明书有效到什么时候",
      blocks: [
        list(
          // R-CARD-4, R-CARD-1
          `**${w.myNumberCard}**：到${w.periodOfStayEnd}为止。但如果普通的卡的期限（发行日之后的第10个生日；未成年时发行的卡是第5个生日）更早，就到那一天为止。`,
          // R-CERT-1, R-CARD-5
          `**${g("certificate")}**：到发行日之后的第5个生日为止。但不会晚于卡的有效期限。卡到期时，电子证明书也在同一天到期。`,
        ),
        // R-INFER-6
        p(
          `电子证明书有可能比卡更早，在某个生日就已经到期了。请在卡正面的“電子証明書の有効期限”栏（电子证明书的有效期限），或${g("mynaPortal")}上确认。`,
        ),
        // R-CARD-4
        note(
          "warning",
          "即使更新了在留期间，卡和电子证明书也不会延长",
          `即使在${g("immigration")}更新了在留期间，个人编号卡的有效期限也不会改变。请到您居住地的${g("municipalOffice")}，办理**${g("cardValidityExtension")}**。即使变更了，也不会晚于普通的卡的期限（第10个或第5个生日）。`,
          "即使变更了卡的有效期间，**电子证明书的有效期限也不会延长**。电子证明书要在同一个窗口换新的（见下面的“办理手续的顺序”）。",
        ),
        // R-CARD-4, R-CARD-5
        p("如果没有更新在留期间就到了到期日，卡和电子证明书都会在那一天失效。"),
      ],
    },
    {
      id: "steps",
      heading: "更新在留期间时办理手续的顺序",
      blocks: [
        {
          kind: "steps",
          items: [
            {
              title: `在${g("immigration")}更新在留期间`,
              text: [
                `领取写有新的在留期间的**${g("residenceCard")}**。从什么时候起可以申请，请向出入境在留管理局确认（本网站不介绍入管的手续）。`,
              ],
            },
            {
              // R-CARD-4
              title: `在${g("municipalOffice")}变更个人编号卡的有效期间`,
              text: [
                "带上新的在留卡和个人编号卡，到您居住地的市区町村政府窗口。这不是申请新卡。请在卡的有效期限到来之前去办理。",
                "变更以后，卡的期限是新的在留期间的到期日（如果普通的卡的期限更早，就是那一天）。",
              ],
            },
            {
              // R-RENEW-1, R-RENEW-2, R-CERT-3, R-CERT-4, R-CERT-8
              title: "在同一个窗口换新的电子证明书",
              text: [
                `电子证明书的有效期限并没有延长。如果离期限已不到3个月，可以在同一个窗口**${g("renewal")}**。如果已经过期，就是**${g("reissue")}**。两者都免费。如果离期限还有3个月以上，就等到不到3个月时再到窗口更新。`,
                `新的电子证明书要在办理手续大约24小时以后，才能作为${g("mynaInsuranceCard")}使用。`,
              ],
            },
          ],
        },
      ],
    },
    {
      id: "bring",
      heading: "要带到窗口的东西",
      blocks: [
        // R-RENEW-2, R-CARD-4
        list(
          g("myNumberCard"),
          `**新的${g("residenceCard")}**（写有更新后的在留期间的）`,
          `${g("userCertificate")}的**${g("pin")}（4位数字）**`,
          `${g("signatureCertificate")}的**密码（6～16位英文字母和数字）**（也要换新签名用电子证明书的人）`,
        ),
        p("忘记密码时，可以在同一个窗口重新设定。还需要什么其他证件，请在去之前向市区町村确认。"),
        // R-COUNTER-1
        p(
          "市区町村政府窗口在周六、周日、节假日和年末年初（12月29日至1月3日）不办公。也有休息日开放的窗口，请向您居住地的市区町村确认。",
        ),
      ],
    },
    {
      id: "reminder",
      heading: `不会寄来${g("noticeLetter")}`,
      blocks: [
        // R-RENEW-3, R-CARD-4
        p(
          `一般情况下，在电子证明书期限的2～3个月前左右，J-LIS会寄来**${w.noticeLetter}**。但是，因在留期间到期而使卡到期时，**不会寄送**这封通知书。`,
        ),
        // R-INFER-6: the checker asks for periodOfStayEndsOn.
        p(
          "在[查询期限](/zh-hans/check/#periodOfStayEndsOn)里输入出生日期、卡的有效期限和在留期间到期日，就能知道电子证明书的有效期限和现在的阶段。",
        ),
        p(
          `在答案下面的“${check.result.calendarHeading}”里，可以把电子证明书的日期加到日历里（日历文件或 Google 日历）。把在留期间到期日也记在自己的日历里，会更放心。`,
        ),
      ],
    },
    {
      id: "insurance",
      heading: `不能再使用${w.mynaInsuranceCard}时：${g("eligibilityCertificate")}`,
      blocks: [
        // R-INS-1, R-INS-2
        p(
          `即使电子证明书到期了，从到期那个月的月底起3个月内（宽限期），还可以用${g("mynaInsuranceCard")}看病。但诊疗信息和用药信息不会提供给医院。之后就不能再作为${w.mynaInsuranceCard}使用了（[4个阶段](/zh-hans/stages/)）。`,
        ),
        // R-INS-5
        p(
          `即使没有换新电子证明书，也可以看病。您所加入的健康保险会寄来**${g("eligibilityCertificate")}**。资格确认书是在医院或药店的前台代替保险证出示的文件。`,
        ),
        p(
          "寄到的时间因保险机构而不同。例如协会健保（協会けんぽ），会在电子证明书到期那个月的月底大约2个月后，通过工作单位寄送。市区町村的国民健康保险（国民健康保険），会在宽限期结束之前寄送。",
        ),
        // R-INS-4
        p(
          `过了宽限期才换新电子证明书的人，请**再办理一次**${w.mynaInsuranceCard}的**使用登记**（可以在医疗机构的读卡器或${g("mynaPortal")}上办理）。`,
        ),
      ],
    },
    {
      id: "sources",
      heading: "资料来源，以及不清楚的事情",
      blocks: [
        translatedSourceBlock(FOREIGN_RESIDENTS_SOURCES, WHAT),
        p("其他资料在[资料来源](/en/sources/)页面（英文页面；资料大多是日语）。"),
        note(
          "info",
          "本网站的资料里没有写的事情",
          `从什么时候起可以申请更新在留期间；在审查期间过了到期日的话，卡会怎样。请向${w.immigration}和您居住地的市区町村确认。`,
          "卡的有效期限过了以后，还能不能办理卡的有效期间变更。在期限之前去窗口办理最稳妥。",
        ),
      ],
    },
  ],
};
