/**
 * @module
 * Words used on every page (header, navigation, footer) in Brazilian Portuguese, a translation of
 * UI.ja (the Japanese is authoritative). The footer says so, with the catalog's translationNote
 * (one home for that sentence), and points to the feedback link.
 */
import { glossary } from "#shared/messages/glossary/pt-BR.ts";
import { feedbackLabel, translationNote } from "#shared/messages/pt-BR.ts";
import { LANGUAGE_NAMES } from "../../language-names";
import type { SiteUi } from "../../ui";

const w = glossary.term;

export const content: SiteUi = {
  siteName: "マイナ期限ナビ",
  tagline: `A validade do ${w.certificate} do ${w.myNumberCard}, e o que ela muda no hospital`,
  skipLink: "Ir para o conteúdo principal",
  navLabel: "Páginas deste site",
  menu: "Menu",
  nav: [
    { page: "check", label: "Consultar as datas" },
    { page: "stages", label: "As 4 etapas" },
    { page: "renew", label: "Como renovar" },
    { page: "foreignResidents", label: `Para quem tem ${w.periodOfStay}` },
  ],
  languageLabel: "Idioma",
  languageMenuHome: "página inicial (esta página não está em português)",
  untranslatedMark: " (não está em português)",
  untranslatedNotice: "Esta página não está disponível em português.",
  homeLink: "Página inicial em português",
  languageNames: LANGUAGE_NAMES,
  footerLabel: "Sobre este site",
  footerLinks: [
    { page: "foreignResidents", label: `Para quem tem ${w.periodOfStay}` },
    { page: "sources", label: "Fontes (documentos públicos)" },
    { page: "privacy", label: "Privacidade" },
    { page: "accessibility", label: "Acessibilidade" },
  ],
  unofficial:
    "Este site não é oficial. Não é um serviço do governo (Agência Digital, Ministério da Saúde, Trabalho e Bem-Estar) nem da prefeitura.",
  feedback: feedbackLabel,
  footerNote: `マイナ期限ナビ (Myna Kigen Navi) é um guia não oficial feito a partir do folheto do Ministério da Saúde, Trabalho e Bem-Estar (厚生労働省) sobre a validade do ${w.certificate}, conferido com documentos públicos. Para os procedimentos, confirme no ${w.municipalOffice} da cidade onde você mora. ${translationNote}`,
  external: " (outro site)",
};
