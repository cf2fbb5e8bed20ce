/**
 * @module
 * Home in 中文（简体）, a translation of HOME.ja (the Japanese is authoritative): the leaflet's
 * message in 30 seconds (R-CERT-1, R-RENEW-1, R-RENEW-2, R-INS-1, R-INS-2, R-INS-5), and the way to
 * the page for residents with a period of stay (R-CARD-4, R-INFER-6). Terms from the glossary.
 */
import { glossary } from "#shared/messages/glossary/zh-Hans.ts";
import type { HomeContent } from "../../home";

const g = glossary.withJa;
const w = glossary.term;

export const content: HomeContent = {
  title: `${w.mynaInsuranceCard}的电子证明书有有效期限`,
  description:
    "个人编号卡的电子证明书什么时候到期、到期后在医院会怎样、该做什么，30秒就能了解。也可以查询您自己的期限。",
  lead: `要把${g("myNumberCard")}当作健康保险证使用，卡里的“${g("certificate")}”必须有效。这个电子证明书的期限，有时会**比卡本身更早**到来。`,
  start: "查询期限和现在的阶段",
  startHint: "只凭出生日期和卡上印的有效期限也能查询。也可以用日本年号（和暦）输入。",
  summaryHeading: "30秒了解要点",
  points: [
    {
      title: "用来做什么？",
      text: [
        `“${g("userCertificate")}”（${w.pin}是4位数字）用来证明您是本人。用于**${g("mynaInsuranceCard")}**、登录**${g("mynaPortal")}**、**在便利店领取住民票副本等证明**。`,
      ],
    },
    {
      title: "什么时候到期？",
      text: ["**不论年龄，都是在发行日之后的第5个生日**到期。和卡本身（多数人是第10个生日）的期限不同。"],
    },
    {
      title: "到期后在医院会怎样？",
      text: [
        `从期限的3个月前起，读卡器上会显示提示。到期以后，从那个月的月底起3个月内还可以看病，但**不会提供诊疗信息和用药信息**。之后就不能再作为${w.mynaInsuranceCard}使用了。`,
      ],
    },
    {
      title: "该做什么？",
      text: [
        `离期限不到3个月时，请到**您居住地的${g("municipalOffice")}**更新。免费。请带上卡和${w.pin}。不能在网上办理。即使已经过期，也可以重新发行。`,
      ],
    },
  ],
  // R-CARD-4, R-INFER-6
  stay: {
    heading: `有${g("periodOfStay")}的人`,
    text: `卡会在${g("periodOfStayEnd")}失效。即使更新了${w.periodOfStay}，卡和电子证明书也不会自动延长，也不会寄来${g("noticeLetter")}。`,
    link: `阅读给有${w.periodOfStay}的人的说明`,
  },
  clinicHeading: "医院和药店的读卡器上显示的画面",
  clinicIntro: "这是宣传单背面的画面（读卡器上显示的是日语）。其他阶段可以在“4个阶段”里看到。",
  before: "离期限不到3个月时",
  after: "从期限到期的第二天起",
  clinicMore: "按日期确认4个阶段",
  findHeading: "电子证明书的有效期限写在哪里？",
  find: [
    "卡正面的“**電子証明書の有効期限**”栏（电子证明书的有效期限，是手写的，很多时候是空白的）",
    `登录**${g("mynaPortal")}**查看`,
    `在期限的2～3个月前左右寄来的**${g("noticeLetter")}**（浅蓝色信封）`,
    "卡正面印的“○年○月○日まで有効”（有效期到○年○月○日）是**卡本身**的期限，不是电子证明书的期限。",
  ],
  preciseTitle: "把宣传单上的“3个月”按日期计算",
  precise: [
    "“3个月前起可以更新”，准确地说是从期限3个月前那一天的**第二天**起（期限是6月15日的话，从3月16日起）。",
    "“过期后3个月”，准确地说是**从期限所在月的月底起3个月**（2月10日到期的话，到5月31日为止）。",
  ],
};
