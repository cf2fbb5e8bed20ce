/**
 * @module
 * The widget's own words in Brazilian Portuguese, a translation of the Japanese (texts.ts, the
 * authoritative text); the answer itself comes from the API in the same language. Terms come from
 * the glossary, with the Japanese beside the field the person types in.
 */
import { glossary } from "#shared/messages/glossary/pt-BR.ts";
import type { WidgetTexts } from "../texts.ts";

const { term } = glossary;

export const texts: WidgetTexts = {
  caption: `Certificado eletrônico do ${term.myNumberCard} (マイナ保険証)`,
  label: `Data de validade do ${glossary.withJa("certificate")}`,
  hint: "Pode digitar no calendário ocidental ou no japonês, por exemplo 2026-03-15 ou 令和8年3月15日",
  submit: "Consultar",
  loading: "Consultando…",
  expiresOn: "Validade",
  until: " – ",
  graceEndsOn: `Último dia em que o ${term.mynaInsuranceCard} funciona`,
  asOf: (date) => `Data da consulta: ${date}`,
  details: "Mais detalhes na マイナ期限ナビ",
  checkOnSite: "Consultar na マイナ期限ナビ",
  newTab: " (abre numa nova aba)",
  unreachable: "Não foi possível acessar a マイナ期限ナビ. Tente de novo mais tarde ou faça a consulta no site.",
  unavailable: "Não foi possível dar uma resposta agora. Tente de novo mais tarde ou faça a consulta no site.",
  errorPrefix: "Erro: ",
};
