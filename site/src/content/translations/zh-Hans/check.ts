/**
 * @module
 * The checker's words in 中文（简体）, a translation of CHECK.ja (the Japanese is authoritative).
 * Field names are the API's (contract.md); the examples are forms the date parser reads
 * (R-PARSE-1). Terms from the glossary, the Japanese beside them.
 */
import { glossary } from "#shared/messages/glossary/zh-Hans.ts";
import type { CheckContent } from "../../check";

const g = glossary.withJa;
const w = glossary.term;

export const content: CheckContent = {
  title: "查询电子证明书的期限和现在的阶段",
  description: `查询个人编号卡电子证明书的有效期限，以及${w.mynaInsuranceCard}现在处于哪个阶段（有效・可以更新・过期后的宽限期・失效）。`,
  lead: [
    `输入您知道的日期，就能知道电子证明书的有效期限、可以开始更新的日子、${w.mynaInsuranceCard}可以使用的最后一天，以及医院读卡器上会显示的画面。`,
    "日期可以用公历，也可以用日本年号（和暦），按卡上写的样子输入就行（例如：2026-11-14、2026年11月14日、令和8年11月14日、R8.11.14、昭和60年11月14日）。",
  ],
  cardFigure: {
    caption: "卡的正面哪里有日期（样本）",
    items: [
      `**${w.birthDate}（生年月日）**：用日本年号印刷（例如：昭和60年11月14日生）。`,
      `**${w.cardExpiry}（カードの有効期限）**：用公历印刷，例如“2031年11月14日まで有効”（有效期到2031年11月14日）。这不是电子证明书的期限。`,
      `**${g("certificateExpiry")}**：在窗口手写的栏（红色虚线框）。很多时候是空白的，这时可以在${g("mynaPortal")}或${g("noticeLetter")}上确认。`,
    ],
  },
  knowHeading: "知道电子证明书的有效期限时",
  knowHint: "知道的话，只填这一项就够了。不知道的话请留空，继续回答下一个问题。",
  orHeading: "不知道有效期限时",
  orHint: "根据出生日期和卡正面印的卡的有效期限来计算。",
  issueSummary: "用卡的发行日期代替卡的有效期限",
  staySummary: `有${g("periodOfStay")}的外国居民`,
  todaySummary: "查询今天以外的日子",
  fields: {
    certificateExpiry: {
      label: w.certificateExpiry,
      hint: `写在卡正面的“電子証明書の有効期限”栏（在窗口手写，很多时候是空白的）、${w.mynaPortal}，或浅蓝色信封的${w.noticeLetter}上（上图的3）。`,
      example: "2026-03-15 或 令和8年3月15日",
    },
    birthDate: {
      label: w.birthDate,
      hint: "可以按卡正面用日本年号写的样子输入（上图的1）。例如：昭和60年11月14日 或 1985-11-14",
      example: "1985-11-14 或 昭和60年11月14日",
    },
    cardExpiry: {
      label: w.cardExpiry,
      hint: "卡正面印着的日期，例如“2031年11月14日まで有効”（上图的2）。",
      example: "2031-11-14",
    },
    cardIssuedOn: {
      label: "卡的发行日期",
      hint: "卡上没有印。是制作卡的日子（不是领卡的日子）。只在知道的时候输入。",
      example: "2021-11-01",
    },
    periodOfStayEndsOn: {
      label: g("periodOfStayEnd"),
      hint: `${g("residenceCard")}上写的日期。永住者、高度专门职2号、特别永住者不需要输入。`,
      example: "2027-04-30",
    },
    today: {
      label: "要查询的日子",
      hint: "留空的话，查询今天（日本时间）。输入以后的日子，就能知道“那一天会怎样”。",
      example: "2026-12-02",
    },
  },
  submit: "查询",
  checking: "正在查询…",
  parse: {
    unrecognised: "无法把{field}识别为日期。请按“{example}”的样子输入。",
    not_a_real_date: "{field}的日期在日历上不存在。请确认月和日。",
    past_era_end: "{field}是该年号结束以后的日期。",
    before_era_start: "{field}是该年号开始以前的日期。",
    before_gregorian: "{field}请输入1873年（明治6年）以后的日期。",
    weekday_mismatch: "{field}的星期与日期不符：日期是{date}，但写的是{weekday}。请确认日期和星期后重新输入。",
    year_mismatch: "{field}与括号中的年份（{year}）不符：这个日期是{dateWithEra}。请确认哪个年份正确后重新输入。",
    suggestion: "您指的是{date}吗？",
  },
  errors: {
    summaryTitle: "请确认输入内容",
    titlePrefix: "错误：",
    prefix: "错误：",
    needInput: "请输入电子证明书的有效期限，或者输入出生日期和卡的有效期限。",
    needBirthDate: "请输入出生日期。只凭卡的有效期限或发行日期无法计算。",
    network: "没能收到答案。请确认网络连接，再按一次“查询”。",
    server: "没能收到答案。请稍后再试一次。",
    busy: "现在查询的人很多，没能收到答案。您输入的内容还在。请等大约1分钟，再按一次“查询”。",
  },
  result: {
    headline: {
      valid: "电子证明书有效",
      renewal: "现在是更新电子证明书的时候",
      grace: "电子证明书已经过期",
      lapsed: `已不能作为${w.mynaInsuranceCard}使用`,
    },
    action: {
      valid: `从{date}起，可以在${w.municipalOffice}更新。在那之前不需要办理手续。`,
      renewal: `请在{date}之前，到${w.municipalOffice}更新。`,
      grace: `请在{date}之前，到${w.municipalOffice}重新发行。在那之前，还可以用${w.mynaInsuranceCard}看病。`,
      lapsed: `从{date}起，已不能作为${w.mynaInsuranceCard}使用。请到${w.municipalOffice}重新发行电子证明书。`,
    },
    bring: `请到您居住地的${g("municipalOffice")}办理（免费）。请带上${g("myNumberCard")}，并事先确认好4位数的${g("pin")}；有签名用电子证明书的人，还要确认它的口令（パスワード，6～16位英文字母和数字）。`,
    checkFirst: {
      heading: `请先确认${w.certificate}的有效期限`,
      ifSo: "如果上面的前提没错",
      moveToCard: "把这个日期作为卡的有效期限来查询",
      card: {
        heading: `请先确认${w.cardExpiry}`,
        why: `输入的${w.cardExpiry}不是生日。除了随${w.periodOfStay}到期的卡以外，${w.cardExpiry}都是生日。请再看一下卡正面印的「…まで有効」的日期。`,
        typo: "如果卡上印的日期是{date}（您的生日），就是输入时打错了。请用这个日期重新查询。",
        recheck: "用这个日期重新查询",
        asTyped: `如果输入的日期没错，这张卡是随${w.periodOfStay}到期的卡（外国居民的卡）。同时输入${g("periodOfStayEnd")}，答案会更准确。下面是这种情况的答案。`,
      },
    },
    stay: {
      action: `请先在${g("immigration")}更新${w.periodOfStay}。然后在{date}之前，到${w.municipalOffice}办理${w.cardValidityExtension}，并重新办理电子证明书。`,
      later: `先在${g("immigration")}更新${w.periodOfStay}。这可能需要几周时间。拿到新的${g("residenceCard")}后，到${w.municipalOffice}办理${w.cardValidityExtension}，并重新办理电子证明书。`,
      bring: `去${w.municipalOffice}时，请带上新的${g("residenceCard")}和${g("myNumberCard")}，并事先确认好4位数的${g("pin")}；有签名用电子证明书的人，还要确认它的口令（パスワード，6～16位英文字母和数字）。`,
    },
    newCard: {
      headline: `现在该申请新的${w.myNumberCard}了`,
      action:
        "卡的有效期限是{date}。电子证明书（電子証明書）不会比卡用得更久（即使现在更新或重新发行，也会在这一天到期），请现在申请新的个人编号卡（マイナンバーカード）。",
      later: "从{date}起可以申请新的个人编号卡（电子证明书与卡同一天到期，所以要换新卡）。在此之前不需要办理手续。",
      bring: "可以通过网上、邮寄、证件照相机或窗口申请（需要照片）。从申请到领取大约需要1个月。",
    },
    cardExpired: {
      action: "卡的有效期限（{date}）已过。过期的卡不能重新发行电子证明书，请申请新的个人编号卡。",
      bring:
        "可以通过网上、邮寄、证件照相机或窗口申请（需要照片）。大约需要1个月，在此之前可以用资格确认书（資格確認書）看病。",
    },
    alreadyRenewed: "已经更新过的人：如果卡正面的“電子証明書の有効期限”栏写着{date}，就已经更新好了，不需要再办手续。",
    more: "查看详细内容",
    question: {
      legend: `您在{date}或以后，是否在${w.municipalOffice}更新或重新发行过电子证明书？`,
      howToTell: [
        "如果卡正面的“電子証明書の有効期限”栏（卡的左下方，红色虚线框）里手写着晚于{date}的日期，就说明已经更新过了。如果只写着{date}，那是最初的有效期限，不能说明已经更新过。",
        `如果现在能登录${g("mynaPortal")}，就说明已经更新过了。过期的电子证明书无法登录。`,
      ],
      yes: "是",
      no: "否",
      unknown: "不知道",
      submit: "回答",
      intro: "根据您的回答，现在的阶段会不同。在弄清楚之前，请两种情况都看一下，按较早的日期来准备。",
      ifNo: "如果没有更新或重新发行",
      ifYes: "如果已经更新或重新发行",
    },
    checkedOn: "查询的日子：",
    datesHeading: "重要的日期",
    dateLabels: {
      renewalOpens: "更新期间开始的日子",
      firstCounterDay: "可以在窗口办理手续的第一天",
      certificateExpires: w.certificateExpiry,
      graceEnds: `可以作为${w.mynaInsuranceCard}使用的最后一天（只有资格信息）`,
      cardExpires: "卡本身的有效期限",
      signature: `${w.signatureCertificate}的有效期限`,
      signatureAtMost: "（如果地址或姓名改变，会在这之前失效）",
      lastCounterDay: "可以在窗口办理手续的最后一天",
    },
    timelineHeading: "时间的推移",
    timelineCaption: "您的4个阶段（和下表内容相同）",
    tableCaption: "日期和事项",
    tableDate: "日期",
    tableEvent: "事项",
    todayRow: "今天",
    todayMarker: "今天",
    dayRow: "查询的日子",
    dayMarker: "查询日",
    before: "之前",
    from: "起",
    until: "截止",
    readerHeading: "这一天医院和药店的读卡器上显示的画面",
    readerCaption: "人脸识别读卡器的画面（示意图）",
    worksHeading: "能用的和不能用的",
    worksWord: "可以使用",
    notWorksWord: "不能使用",
    stepsHeading: "接下来要做的事",
    caveatsHeading: "请您确认",
    caveatAlternatives: "其他情况：",
    stayPage: `有${w.periodOfStay}的人：办理手续的顺序和要带的东西`,
    calendarHeading: "加到日历里",
    calendarText: "可以把今后的日期作为日程加到日历里。日历文件（.ics）里，每个日子的上午9点都带有提醒。",
    ics: "下载日历文件（.ics）",
    google: "添加到 Google 日历时，要一件一件地添加（提醒的时间取决于 Google 日历的设置）：",
    bookmark:
      "这个页面的网址里包含您输入的日期。加入书签后，可以再次看到同样的结果。网址中“#”后面的部分不会发送到服务器。",
    again: "修改输入内容再查询",
    stagesLink: "详细了解4个阶段",
  },
};
