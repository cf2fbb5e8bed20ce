/**
 * @module
 * The 404 page's words in Brazilian Portuguese, a translation of NOT_FOUND.ja (the Japanese is
 * authoritative).
 */
import type { NotFoundText } from "../../not-found";

export const content: NotFoundText = {
  heading: "Página não encontrada",
  text: "O endereço pode estar errado, ou a página mudou de lugar. Confira o endereço digitado ou procure a partir de uma destas páginas.",
  linksLabel: "Páginas mais usadas",
  links: [
    { page: "home", label: "Início (o essencial em 30 segundos)" },
    { page: "check", label: "Consultar a validade do certificado eletrônico" },
    { page: "stages", label: "As 4 etapas do cartão My Number como seguro de saúde" },
    { page: "renew", label: "Como renovar" },
  ],
};
