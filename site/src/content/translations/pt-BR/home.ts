/**
 * @module
 * Home in Brazilian Portuguese, a translation of HOME.ja (the Japanese is authoritative): the
 * leaflet's message in 30 seconds (R-CERT-1, R-RENEW-1, R-RENEW-2, R-INS-1, R-INS-2, R-INS-5,
 * R-CARD-4). Terms from the glossary, the Japanese beside them.
 */
import { glossary } from "#shared/messages/glossary/pt-BR.ts";
import { JA_TERMS } from "#shared/messages/glossary/terms.ts";
import type { HomeContent } from "../../home";

const g = glossary.withJa;
const w = glossary.term;

export const content: HomeContent = {
  title: `O certificado eletrônico do ${w.mynaInsuranceCard} tem data de validade`,
  description: `Quando vence o ${w.certificate} do ${w.myNumberCard}, o que acontece no hospital quando ele vence e o que fazer, em 30 segundos. Você também pode consultar as suas datas.`,
  lead: `Para usar o ${g("myNumberCard")} como cartão do seguro de saúde (${JA_TERMS.mynaInsuranceCard}), o "${g("certificate")}" que fica dentro do cartão precisa estar válido. Esse certificado pode vencer **antes do próprio cartão**.`,
  start: "Consultar as datas e a etapa de hoje",
  startHint:
    "Bastam a data de nascimento e a validade impressa no cartão. Você também pode digitar datas do calendário japonês.",
  summaryHeading: "O essencial em 30 segundos",
  points: [
    {
      title: "Para que serve?",
      text: [
        `O ${g("userCertificate")}, cuja ${w.pin} tem 4 números, comprova que você é você. Ele é usado no **${w.mynaInsuranceCard}**, para entrar no **${g("mynaPortal")}** e para **tirar cópia do registro de residente (住民票) e outros documentos em lojas de conveniência**.`,
      ],
    },
    {
      title: "Quando vence?",
      text: [
        "**No 5º aniversário depois da emissão, em qualquer idade.** O próprio cartão (para a maioria das pessoas, no 10º aniversário) tem outra data de validade.",
      ],
    },
    {
      title: "E no hospital, quando vence?",
      text: [
        "A partir de 3 meses antes, a leitora de cartão mostra um aviso. Depois do vencimento, você ainda pode passar em consulta por 3 meses contados a partir do último dia daquele mês, mas **as informações de consultas e de remédios não são passadas ao hospital**. Depois disso, o cartão não funciona mais como seguro de saúde.",
      ],
    },
    {
      title: "O que eu faço?",
      text: [
        `Quando faltarem menos de 3 meses, renove no **${g("municipalOffice")} da cidade onde você mora**. É de graça. Leve o cartão e saiba a sua ${w.pin}. Não dá para fazer pela internet. Mesmo que já tenha vencido, dá para pedir a ${w.reissue}.`,
      ],
    },
  ],
  // R-CARD-4, R-INFER-6
  stay: {
    heading: `Para quem tem ${w.periodOfStay}`,
    text: `O cartão vence no último dia do ${g("periodOfStay")}. Quando você renova o ${w.periodOfStay}, o cartão e o ${w.certificate} não são prolongados sozinhos. A ${g("noticeLetter")} também não é enviada.`,
    link: `Ler a página para quem tem ${w.periodOfStay}`,
  },
  clinicHeading: "A tela que aparece na leitora de cartão do hospital ou da farmácia",
  clinicIntro: 'São as telas do verso do folheto. As outras etapas estão em "As 4 etapas".',
  before: "Quando faltam menos de 3 meses",
  after: "A partir do dia seguinte ao vencimento",
  clinicMore: "Ver as 4 etapas com datas",
  findHeading: `Onde está escrita a ${w.certificateExpiry}?`,
  find: [
    "Na frente do cartão, no campo “**電子証明書の有効期限**” (escrito à mão; muitas vezes está em branco)",
    `No **${g("mynaPortal")}**, depois de entrar com login`,
    `Na **${g("noticeLetter")}** (envelope azul-claro), que chega cerca de 2 a 3 meses antes`,
    "A data impressa na frente do cartão, “○年○月○日まで有効”, é a validade **do próprio cartão**, não a do certificado eletrônico.",
  ],
  preciseTitle: 'Os "3 meses" do folheto, contados em dias',
  precise: [
    '"Pode renovar a partir de 3 meses antes" quer dizer, exatamente, a partir do **dia seguinte** à data 3 meses antes do vencimento (vencimento em 15 de junho → a partir de 16 de março).',
    '"3 meses depois do vencimento" quer dizer, exatamente, **3 meses a partir do último dia do mês do vencimento** (vencimento em 10 de fevereiro → até 31 de maio).',
  ],
};
