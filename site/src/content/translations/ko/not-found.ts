/**
 * @module
 * The 404 page's words in 한국어, a translation of NOT_FOUND.ja (the Japanese is authoritative).
 */
import type { NotFoundText } from "../../not-found";

export const content: NotFoundText = {
  heading: "페이지를 찾을 수 없습니다",
  text: "주소가 잘못되었거나 페이지가 옮겨졌습니다. 입력하신 주소를 확인하시거나, 아래 페이지에서 찾아 주세요.",
  linksLabel: "자주 쓰는 페이지",
  links: [
    { page: "home", label: "홈(30초 만에 알 수 있는 설명)" },
    { page: "check", label: "전자증명서 기한 확인하기" },
    { page: "stages", label: "마이나 보험증의 4단계" },
    { page: "renew", label: "갱신 방법" },
  ],
};
