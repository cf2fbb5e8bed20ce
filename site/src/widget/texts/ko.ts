/**
 * @module
 * The widget's own words in 한국어, a translation of TEXTS.ja (the Japanese is authoritative).
 * The Japanese name of the service stays as it is: it is what the link leads to.
 */
import type { WidgetTexts } from "../texts.ts";

export const texts: WidgetTexts = {
  caption: "마이나 보험증(マイナ保険証)의 전자증명서",
  label: "전자증명서 유효기한",
  hint: "일본 연호(和暦)나 서기 모두 입력할 수 있습니다. 예: 令和8年3月15日, 2026-03-15",
  submit: "확인하기",
  loading: "확인하고 있습니다…",
  expiresOn: "유효기한",
  until: " ~ ",
  graceEndsOn: "마이나 보험증을 사용할 수 있는 마지막 날",
  asOf: (date) => `${date} 기준`,
  details: "자세한 내용은 マイナ期限ナビ에서",
  checkOnSite: "マイナ期限ナビ에서 확인하기",
  newTab: " (새 탭에서 열립니다)",
  unreachable: "マイナ期限ナビ에 연결하지 못했습니다. 잠시 후 다시 시도하시거나 웹사이트에서 확인해 주세요.",
  unavailable: "지금은 답변을 드릴 수 없습니다. 잠시 후 다시 시도하시거나 웹사이트에서 확인해 주세요.",
  errorPrefix: "오류: ",
};
