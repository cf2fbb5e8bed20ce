/**
 * @module
 * /zh-hans/stages/: the four stages, a translation of STAGES_TEXT.ja (the Japanese is
 * authoritative; R-INS-2, R-INS-3, R-RENEW-1, R-INS-1, R-COUNTER-1). Stage names come from the
 * glossary's stageNames; terms from the glossary, the Japanese beside them.
 */
import { glossary } from "#shared/messages/glossary/zh-Hans.ts";
import type { StagesContent } from "../../stages";

const g = glossary.withJa;
const w = glossary.term;
const insuranceFull = `${w.mynaInsuranceCard}（也提供诊疗信息和用药信息）`;
const portal = `登录${w.mynaPortal}`;
const store = "在便利店领取住民票副本等证明";

export const content: StagesContent = {
  title: `${w.mynaInsuranceCard}的4个阶段`,
  description:
    "在电子证明书的有效期限前后，医院和药店的读卡器上会显示什么，能做什么。可以移动日期，确认宣传单背面的内容。",
  lead: [
    `在${g("certificateExpiry")}前后，${g("mynaInsuranceCard")}会依次经过4个阶段。医院和药店的人脸识别读卡器上，每个阶段显示的画面也不同。`,
  ],
  exampleHeading: "用例子看时间的推移",
  exampleIntro: "以电子证明书的有效期限是 **{expiry}** 的人为例。",
  timelineCaption: "4个阶段的时间轴（和下表内容相同）",
  table: { caption: "各阶段的期间（例）", stage: "阶段", period: "期间", insurance: w.mynaInsuranceCard },
  insurance: {
    valid: "可以使用",
    renewal: "可以使用（会显示提示）",
    grace: "可以使用（只有资格信息，不提供诊疗和用药信息）",
    lapsed: "不能使用",
  },
  fromWord: "起",
  toWord: "截止",
  todayLabel: "这一天",
  slider: {
    heading: "移动日期来确认",
    help: "移动滑块，就会显示那一天的阶段和读卡器的画面。用方向键每次移动1天，用 Page Up・Page Down 大约移动1个月。",
    label: "要查看的日子",
    stageIs: "的阶段：",
    noScript: "",
  },
  stagesHeading: "各阶段的说明",
  whenLabel: "期间",
  clinicLabel: "在医院和药店",
  worksLabel: "能用的和不能用的",
  todoLabel: "要做的事",
  worksWord: "可以使用",
  notWorksWord: "不能使用",
  stages: {
    valid: {
      when: "到可以更新的期间开始的前一天为止",
      clinic: `${w.mynaInsuranceCard}可以照常使用。如果您同意，过去的诊疗信息和用药信息也会提供给医疗机构。`,
      works: [
        { text: insuranceFull, works: true },
        { text: portal, works: true },
        { text: store, works: true },
      ],
      todo: ["请确认有效期限，并记在日历等上面。"],
    },
    renewal: {
      when: "从离有效期限不到3个月的那一天起，到有效期限当天为止",
      clinic: `${w.mynaInsuranceCard}可以照常使用。读卡器上会显示期限快到了的提示。`,
      works: [
        { text: insuranceFull, works: true },
        { text: portal, works: true },
        { text: store, works: true },
      ],
      todo: [
        `请到您居住地的${g("municipalOffice")}更新。免费。请带上卡和${g("pin")}（4位数字）。`,
        `在有效期限的2～3个月前左右，会收到浅蓝色信封的${g("noticeLetter")}。没有收到也可以更新。`,
        "更新以后，大约要过24小时才能使用。",
      ],
      precise: {
        title: "宣传单上的“3个月前起”准确地说",
        text: [
          "可以更新的日子，是从有效期限3个月前那一天的**第二天**起。有效期限是6月15日的话，从3月16日起。理解为“从离有效期限不到3个月的那一天起”就准确了。",
          "读卡器的提示从什么时候开始显示，没有公布，所以本网站按和可以更新的期间同一天开始来处理。",
        ],
      },
    },
    grace: {
      when: "从有效期限的第二天起，到有效期限所在月的月底之后第3个月的月底为止",
      clinic: `可以用${w.mynaInsuranceCard}看病。但只向医疗机构提供保险的资格信息，**不提供诊疗信息和用药信息**。`,
      works: [
        { text: `${w.mynaInsuranceCard}（只确认资格信息）`, works: true },
        { text: portal, works: false },
        { text: store, works: false },
      ],
      todo: [
        `请尽快到您居住地的${g("municipalOffice")}${g("reissue")}。免费。请带上卡和${w.pin}。`,
        "如果卡本身还有效，可以作为带照片的身份证件使用。",
      ],
      precise: {
        title: "宣传单上的“有效期限过后3个月”准确地说",
        text: [
          "宽限期不是从有效期限那天起算3个月，而是**从有效期限所在月的月底起算3个月**。2月10日到期的话可以用到5月31日，11月14日到期的话可以用到第二年2月的最后一天（2月28日，闰年为2月29日）。",
          "有的保险机构说明为“从有效期限那天起3个月”，那样的话会早一点结束。",
        ],
      },
    },
    lapsed: {
      when: "从宽限期结束那个月的下个月1日起",
      clinic: `已不能作为${w.mynaInsuranceCard}使用。请把卡交给前台并说明情况，或者出示寄来的${g("eligibilityCertificate")}。`,
      works: [
        { text: w.mynaInsuranceCard, works: false },
        { text: portal, works: false },
        { text: store, works: false },
      ],
      todo: [
        `请到您居住地的${g("municipalOffice")}重新发行。只要卡本身还有效，随时都可以免费办理。`,
        `重新发行以后，请再办理一次${w.mynaInsuranceCard}的使用登记（可以在读卡器或${g("mynaPortal")}上办理）。`,
      ],
    },
  },
  counterDays: {
    title: "有效期限那天窗口不办公的时候",
    text: [
      `电子证明书的更新和重新发行，只能在${g("municipalOffice")}办理。窗口在周六、周日、节假日和12月29日至1月3日不办公。`,
      "即使有效期限那天窗口不办公，期限也不会顺延到下一个办公日。例如有效期限是{expiry}的话，可以在窗口办理手续的最后一天是{lastCounterDay}。查询工具也会显示这一天。",
      "很多市区町村有周六或周日开放的窗口（休日窓口），或有晚上开放的日子，受理时间也各不相同。请向您居住地的市区町村确认。",
    ],
  },
  eligibility: {
    title: "不更新也可以看病",
    text: [
      `过期后没有重新发行的人，会收到所加入的健康保险寄来的**${g("eligibilityCertificate")}**。在医院前台出示它，就可以和以前一样用保险看病。寄到的时间因保险机构而不同（协会健保（協会けんぽ）是在有效期限所在月的月底之后大约2个月，市区町村的国民健康保险是在宽限期结束之前）。`,
    ],
  },
  checkLink: "查询您的期限和现在的阶段",
};
