/**
 * @module
 * /ko/foreign-residents/: for residents whose card ends with a period of stay, a translation of
 * FOREIGN_RESIDENTS.ja (the Japanese is authoritative; R-CARD-4, R-INFER-6, R-RENEW-1..3,
 * R-CERT-*, R-INS-*, R-COUNTER-1). Same sections, ids and order as the Japanese, so `#steps`
 * means the same in every language. Terms from the glossary, the Japanese beside them.
 */
import { glossary } from "#shared/messages/glossary/ko.ts";
import { list, note, p } from "../../blocks";
import { FOREIGN_RESIDENTS_SOURCES, type ForeignResidentsContent } from "../../foreign-residents-shape";
import { SOURCE, type Source } from "../../sources";
import { translatedSourceBlock } from "../sources-block";
import { content as check } from "./check";

const g = glossary.withJa;
const w = glossary.term;

/** What each source says, in Korean; its title stays Japanese (the source's own name). */
const WHAT = new Map<Source, string>([
  [SOURCE.miyake, "재류기간 만료일과 생일 기준 기한 중 빠른 쪽."],
  [SOURCE.yonago, "재류기간이 있는 분의 카드, 15세 미만의 서명용 전자증명서."],
  [SOURCE.leaflet, "이 사이트가 설명하는 안내문. 카드 리더기 화면의 문구도 여기에서 가져왔습니다."],
  [SOURCE.kyoukaiKenpo, "유예기간이 끝나는 방식과 자격확인서가 오는 시기."],
  [SOURCE.asaka, "갱신하고 24시간 정도 지나면 쓸 수 있게 된다는 것."],
]);

export const content: ForeignResidentsContent = {
  title: `${w.periodOfStay}이 있는 분의 마이넘버 카드와 전자증명서`,
  description: `${w.periodOfStay}이 정해져 있는 분께. 재류기간이 끝날 때나 갱신했을 때 마이넘버 카드와 전자증명서가 어떻게 되는지, 절차 순서, 가지고 갈 것, 자격확인서에 대해 설명합니다.`,
  lead: [
    // R-CARD-4
    `${g("periodOfStay")}이 정해져 있는 분의 마이넘버 카드는 **${g("periodOfStayEnd")}**에 유효기한이 옵니다. 재류기간을 갱신해도 카드도 전자증명서도 **자동으로 연장되지 않습니다**.`,
    // R-CARD-4, R-RENEW-3
    `기한이 가깝다고 알려 주는 **${g("noticeLetter")}**도 오지 않습니다. 이 페이지에서 절차 순서를 확인하고, 날짜를 직접 기록해 두세요.`,
  ],
  contentsLabel: "이 페이지의 내용",
  sections: [
    {
      id: "who",
      heading: "이 페이지의 대상",
      blocks: [
        p(`${g("residenceCard")}에 **${w.periodOfStay}** 만료일이 적혀 있는 분을 위한 페이지입니다.`),
        // R-CARD-4: these are treated like nationals.
        p(
          "**영주자**(永住者), **고도전문직 2호**(高度専門職2号), **특별영주자**(特別永住者)의 카드는 일본 국적자와 같은 규칙을 따릅니다. 이 페이지 대신 [갱신 방법](/ko/renew/)과 [기한 확인하기](/ko/check/)를 보세요.",
        ),
      ],
    },
    {
      id: "card",
      heading: "카드와 전자증명서는 언제까지인가요",
      blocks: [
        list(
          // R-CARD-4, R-CARD-1
          `**${w.myNumberCard}**: ${w.periodOfStayEnd}까지입니다. 다만 일반 카드의 기한(발급일 뒤 열 번째 생일. 미성년일 때 발급된 카드는 다섯 번째)이 더 빠르면 그날까지입니다.`,
          // R-CERT-1, R-CARD-5
          `**${g("certificate")}**: 발급일 뒤 다섯 번째 생일까지입니다. 다만 카드 유효기한보다 뒤가 되지는 않습니다. 카드가 만료되면 전자증명서도 같은 날 만료됩니다.`,
        ),
        // R-INFER-6
        p(
          `전자증명서는 카드보다 먼저 생일에 만료되었을 수 있습니다. 카드 앞면의 '電子証明書の有効期限' 칸(전자증명서 유효기한)이나 ${g("mynaPortal")}에서 확인해 주세요.`,
        ),
        // R-CARD-4
        note(
          "warning",
          "재류기간을 갱신해도 카드와 전자증명서는 연장되지 않습니다",
          `${g("immigration")}에서 재류기간이 갱신되어도 마이넘버 카드의 유효기한은 바뀌지 않습니다. 거주하시는 ${g("municipalOffice")}에서 **${g("cardValidityExtension")}**을 해 주세요. 변경해도 일반 카드의 기한(열 번째 또는 다섯 번째 생일)보다 뒤가 되지는 않습니다.`,
          "카드 유효기간을 변경해도 **전자증명서 유효기한은 연장되지 않습니다**. 전자증명서는 같은 창구에서 새로 받습니다(다음 '절차 순서').",
        ),
        // R-CARD-4, R-CARD-5
        p("재류기간을 갱신하지 않은 채 만료일이 오면, 그날 카드와 전자증명서가 모두 만료됩니다."),
      ],
    },
    {
      id: "steps",
      heading: "재류기간을 갱신할 때의 절차 순서",
      blocks: [
        {
          kind: "steps",
          items: [
            {
              title: `${g("immigration")}에서 재류기간을 갱신합니다`,
              text: [
                `새 재류기간이 적힌 **${g("residenceCard")}**를 받습니다. 언제부터 신청할 수 있는지는 출입국재류관리국에 확인해 주세요(이 사이트는 출입국재류관리국의 절차를 다루지 않습니다).`,
              ],
            },
            {
              // R-CARD-4
              title: `${g("municipalOffice")}에서 마이넘버 카드 유효기간을 변경합니다`,
              text: [
                "새 재류카드와 마이넘버 카드를 가지고 거주하시는 시구정촌 창구로 갑니다. 새 카드 신청이 아닙니다. 카드 유효기한이 오기 전에 가 주세요.",
                "변경한 뒤 카드의 기한은 새 재류기간의 만료일입니다(일반 카드의 기한이 더 빠르면 그날).",
              ],
            },
            {
              // R-RENEW-1, R-RENEW-2, R-CERT-3, R-CERT-4, R-CERT-8
              title: "같은 창구에서 전자증명서를 새로 받습니다",
              text: [
                `전자증명서 유효기한은 연장되지 않았습니다. 기한까지 3개월이 채 남지 않았다면 같은 창구에서 **${g("renewal")}**할 수 있습니다. 이미 만료되었다면 **${g("reissue")}**입니다. 둘 다 무료입니다. 기한까지 아직 3개월보다 더 남았다면, 3개월이 채 남지 않게 된 뒤에 창구에서 갱신합니다.`,
                `새 전자증명서를 ${g("mynaInsuranceCard")}으로 쓸 수 있게 되는 것은 절차 후 24시간 정도 뒤입니다.`,
              ],
            },
          ],
        },
      ],
    },
    {
      id: "bring",
      heading: "창구에 가지고 갈 것",
      blocks: [
        // R-RENEW-2, R-CARD-4
        list(
          g("myNumberCard"),
          `**새 ${g("residenceCard")}**(갱신된 재류기간이 적힌 것)`,
          `${g("userCertificate")}의 **${g("pin")}(숫자 4자리)**`,
          `${g("signatureCertificate")}의 **비밀번호(영문·숫자 6~16자)**(서명용 전자증명서도 새로 받는 분)`,
        ),
        p(
          "비밀번호를 잊어버렸을 때는 같은 창구에서 다시 설정할 수 있습니다. 그 밖에 필요한 서류가 있는지 가기 전에 시구정촌에 확인해 주세요.",
        ),
        // R-COUNTER-1
        p(
          "시구정촌 창구는 토요일·일요일·공휴일과 연말연시(12월 29일~1월 3일)에는 문을 닫습니다. 휴일에 여는 창구도 있으니 거주하시는 시구정촌에 확인해 주세요.",
        ),
      ],
    },
    {
      id: "reminder",
      heading: `${g("noticeLetter")}는 오지 않습니다`,
      blocks: [
        // R-RENEW-3, R-CARD-4
        p(
          `보통은 전자증명서 기한 2~3개월 전쯤에 J-LIS(지방공공단체정보시스템기구, 카드를 만드는 기관)에서 **${w.noticeLetter}**가 옵니다. 하지만 재류기간 만료로 카드가 만료될 때는 이 통지서가 **발송되지 않습니다**.`,
        ),
        // R-INFER-6: the checker asks for periodOfStayEndsOn.
        p(
          "[기한 확인하기](/ko/check/#periodOfStayEndsOn)에서 생년월일, 카드 유효기한, 재류기간 만료일을 입력하면 전자증명서 유효기한과 지금의 단계를 알 수 있습니다.",
        ),
        p(
          `답변 아래의 '${check.result.calendarHeading}'에서 전자증명서의 날짜를 캘린더에 넣을 수 있습니다(캘린더 파일 또는 Google 캘린더). 재류기간 만료일도 본인의 캘린더에 넣어 두면 안심입니다.`,
        ),
      ],
    },
    {
      id: "insurance",
      heading: `${w.mynaInsuranceCard}을 쓸 수 없게 되면: ${g("eligibilityCertificate")}`,
      blocks: [
        // R-INS-1, R-INS-2
        p(
          `전자증명서가 만료되어도 만료된 달의 말일부터 3개월 동안(유예기간)은 ${g("mynaInsuranceCard")}으로 진료를 받을 수 있습니다. 다만 진료 정보나 약제 정보는 병원에 제공되지 않습니다. 그 뒤에는 ${w.mynaInsuranceCard}으로 사용할 수 없습니다([4단계](/ko/stages/)).`,
        ),
        // R-INS-5
        p(
          `전자증명서를 새로 받지 않아도 진료는 받을 수 있습니다. 가입한 건강보험에서 **${g("eligibilityCertificate")}**가 옵니다. 자격확인서는 병원이나 약국 접수처에서 보험증 대신 보여 주는 서류입니다.`,
        ),
        p(
          "오는 시기는 보험자마다 다릅니다. 예를 들어 협회건보(協会けんぽ)는 기한이 지난 달의 말일부터 2개월 정도 뒤에 근무처를 통해 보냅니다. 시구정촌의 국민건강보험(国民健康保険)은 유예기간이 끝나기 전에 보냅니다.",
        ),
        // R-INS-4
        p(
          `유예기간이 지난 뒤에 전자증명서를 새로 받은 분은 ${w.mynaInsuranceCard} **이용 등록을 다시** 해 주세요(의료기관의 카드 리더기나 ${g("mynaPortal")}에서 할 수 있습니다).`,
        ),
      ],
    },
    {
      id: "sources",
      heading: "출처와 알 수 없는 것",
      blocks: [
        translatedSourceBlock(FOREIGN_RESIDENTS_SOURCES, WHAT),
        p("다른 자료는 [출처](/en/sources/) 페이지에 있습니다(영어 페이지이며, 자료는 대부분 일본어입니다)."),
        note(
          "info",
          "이 사이트의 자료에 적혀 있지 않은 것",
          `재류기간 갱신을 언제부터 신청할 수 있는지, 심사 중에 만료일이 지나면 카드가 어떻게 되는지. ${w.immigration}과 거주하시는 시구정촌에 확인해 주세요.`,
          "카드 유효기한이 지난 뒤에도 카드 유효기간 변경을 할 수 있는지. 기한 전에 창구에 가는 것이 확실합니다.",
        ),
      ],
    },
  ],
};
