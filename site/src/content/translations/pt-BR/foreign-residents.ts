/**
 * @module
 * /pt-br/foreign-residents/: for residents whose card ends with a period of stay, in Brazilian
 * Portuguese, a translation of FOREIGN_RESIDENTS.ja (the Japanese is authoritative; R-CARD-4,
 * R-CARD-1, R-CARD-5, R-INFER-6, R-RENEW-1..3, R-CERT-1, R-CERT-3, R-CERT-4, R-CERT-8, R-INS-1,
 * R-INS-2, R-INS-4, R-INS-5, R-COUNTER-1). Same sections, ids and order as the Japanese, so
 * `#steps` means the same in every language. Terms from the glossary, the Japanese beside them.
 */
import { glossary } from "#shared/messages/glossary/pt-BR.ts";
import { list, note, p } from "../../blocks";
import { FOREIGN_RESIDENTS_SOURCES, type ForeignResidentsContent } from "../../foreign-residents-shape";
import { SOURCE, type Source } from "../../sources";
import { translatedSourceBlock } from "../sources-block";
import { content as check } from "./check";

const g = glossary.withJa;
const w = glossary.term;

/** What each source says, in Portuguese; its title stays Japanese (the source's own name). */
const WHAT = new Map<Source, string>([
  [SOURCE.miyake, "A validade é a data mais cedo entre o fim do período de permanência e a regra do aniversário."],
  [SOURCE.yonago, "O cartão de quem tem período de permanência; o certificado para assinatura de menores de 15 anos."],
  [SOURCE.leaflet, "O folheto que este site explica; as frases da tela da leitora de cartão também vêm dele."],
  [SOURCE.kyoukaiKenpo, "Como termina o prazo extra e quando chega o certificado de qualificação do seguro de saúde."],
  [SOURCE.asaka, "O certificado novo funciona cerca de 24 horas depois da renovação."],
]);

export const content: ForeignResidentsContent = {
  title: `${w.myNumberCard} e ${w.certificate} para quem tem ${w.periodOfStay}`,
  description: `Para quem tem ${w.periodOfStay} definido: o que acontece com o ${w.myNumberCard} e o ${w.certificate} quando o período de permanência termina ou é renovado, a ordem dos procedimentos, o que levar e o ${w.eligibilityCertificate}.`,
  lead: [
    // R-CARD-4
    `Para quem tem ${g("periodOfStay")} definido, a validade do ${w.myNumberCard} termina na **${g("periodOfStayEnd")}**. Mesmo que você renove o ${w.periodOfStay}, nem o cartão nem o ${g("certificate")} são **prolongados automaticamente**.`,
    // R-CARD-4, R-RENEW-3
    `Você também **não** recebe a ${g("noticeLetter")}, que avisa que o prazo está chegando. Veja nesta página a ordem dos procedimentos e anote as datas você mesmo.`,
  ],
  contentsLabel: "Nesta página",
  sections: [
    {
      id: "who",
      heading: "Para quem é esta página",
      blocks: [
        p(`Esta página é para quem tem no ${g("residenceCard")} a data de término do **${w.periodOfStay}**.`),
        // R-CARD-4: these are treated like nationals.
        p(
          "O cartão de **residentes permanentes** (永住者), **profissionais altamente qualificados nº 2** (高度専門職2号) e **residentes permanentes especiais** (特別永住者) segue as mesmas regras do cartão de quem tem nacionalidade japonesa. Em vez desta página, veja [Como renovar](/pt-br/renew/) e [Consultar as datas](/pt-br/check/).",
        ),
      ],
    },
    {
      id: "card",
      heading: "Até quando valem o cartão e o certificado eletrônico",
      blocks: [
        list(
          // R-CARD-4, R-CARD-1
          `**${w.myNumberCard}**: vale até a ${w.periodOfStayEnd}. Mas, se a validade normal do cartão (o 10º aniversário depois da emissão; para o cartão emitido quando a pessoa era menor de idade, o 5º) vier antes, vale só até esse dia.`,
          // R-CERT-1, R-CARD-5
          `**${g("certificate")}**: vale até o 5º aniversário depois da emissão. Mas nunca passa da validade do cartão: quando o cartão vence, o ${w.certificate} vence no mesmo dia.`,
        ),
        // R-INFER-6
        p(
          `O ${w.certificate} pode ter vencido antes do cartão, num aniversário. Confira no campo “電子証明書の有効期限” na frente do cartão ou no ${g("mynaPortal")}.`,
        ),
        // R-CARD-4
        note(
          "warning",
          `Renovar o ${w.periodOfStay} não prolonga o cartão nem o ${w.certificate}`,
          `Mesmo que o ${g("immigration")} renove o seu ${w.periodOfStay}, a validade do ${w.myNumberCard} não muda. Peça a **${g("cardValidityExtension")}** no ${g("municipalOffice")} da cidade onde você mora. Mesmo com a alteração, a validade não passa da validade normal do cartão (o 10º ou o 5º aniversário).`,
          `A alteração do prazo de validade do cartão **não prolonga o ${w.certificate}**. O ${w.certificate} é renovado no mesmo balcão (veja a seguir, "A ordem dos procedimentos").`,
        ),
        // R-CARD-4, R-CARD-5
        p(
          `Se a ${w.periodOfStayEnd} chegar sem que o ${w.periodOfStay} tenha sido renovado, o cartão e o ${w.certificate} vencem nesse mesmo dia.`,
        ),
      ],
    },
    {
      id: "steps",
      heading: `A ordem dos procedimentos quando você renova o ${w.periodOfStay}`,
      blocks: [
        {
          kind: "steps",
          items: [
            {
              title: `Renove o ${w.periodOfStay} no ${w.immigration}`,
              text: [
                `Você recebe o **${g("residenceCard")}** com o novo ${w.periodOfStay}. Pergunte ao ${g("immigration")} a partir de quando pode fazer o pedido (este site não trata dos procedimentos de imigração).`,
              ],
            },
            {
              // R-CARD-4
              title: `No ${w.municipalOffice}, faça a alteração do prazo de validade do ${w.myNumberCard}`,
              text: [
                `Vá ao ${g("municipalOffice")} da cidade onde você mora com o novo ${w.residenceCard} e o ${w.myNumberCard}. Não é o pedido de um cartão novo. Vá antes de a validade do cartão terminar.`,
                "Depois da alteração, a validade do cartão passa a ser a data de término do novo período de permanência (ou a validade normal do cartão, se esta vier antes).",
              ],
            },
            {
              // R-RENEW-1, R-RENEW-2, R-CERT-3, R-CERT-4, R-CERT-8
              title: `No mesmo balcão, faça um ${w.certificate} novo`,
              text: [
                `A validade do ${w.certificate} não foi prolongada. Se faltam menos de 3 meses para o vencimento, você pode fazer a **${g("renewal")}** no mesmo balcão. Se já venceu, é a **${g("reissue")}**. As duas são de graça. Se ainda faltam mais de 3 meses, renove no balcão quando faltarem menos de 3 meses.`,
                `O ${w.certificate} novo passa a funcionar no ${g("mynaInsuranceCard")} cerca de 24 horas depois do procedimento.`,
              ],
            },
          ],
        },
      ],
    },
    {
      id: "bring",
      heading: "O que levar ao balcão",
      blocks: [
        // R-RENEW-2, R-CARD-4
        list(
          `O ${g("myNumberCard")}`,
          `O **novo ${g("residenceCard")}** (com o ${w.periodOfStay} renovado)`,
          `A **${w.pin} (暗証番号) de 4 números** do ${w.userCertificate}`,
          `A **senha de 6 a 16 letras e números** do ${w.signatureCertificate} (se você for renovar também o certificado para assinatura)`,
        ),
        p(
          "Se esqueceu a senha, pode cadastrar uma nova no mesmo balcão. Antes de ir, pergunte à prefeitura se é preciso levar outros documentos.",
        ),
        // R-COUNTER-1
        p(
          `O ${w.municipalOffice} fica fechado aos sábados, domingos, feriados e no fim de ano (de 29 de dezembro a 3 de janeiro). Alguns balcões abrem em dias de folga; confira na prefeitura da cidade onde você mora.`,
        ),
      ],
    },
    {
      id: "reminder",
      heading: `A ${w.noticeLetter} não chega`,
      blocks: [
        // R-RENEW-3, R-CARD-4
        p(
          `Normalmente, cerca de 2 a 3 meses antes do vencimento do ${w.certificate}, a J-LIS envia a **${g("noticeLetter")}**. Mas, quando o cartão vence no fim do ${w.periodOfStay}, essa carta **não é enviada**.`,
        ),
        // R-INFER-6: the checker asks for periodOfStayEndsOn.
        p(
          `Em [Consultar as datas](/pt-br/check/#periodOfStayEndsOn), digite a ${w.birthDate}, a ${w.cardExpiry} e a ${w.periodOfStayEnd}: você vê a validade do ${w.certificate} e a etapa de hoje.`,
        ),
        // The checker's calendar links (its words: the checker's calendarHeading); promise no more than they do.
        p(
          `Embaixo da resposta, em "${check.result.calendarHeading}", você pode salvar as datas do ${w.certificate} na sua agenda (com o arquivo de agenda ou no Google Agenda). Salve também a ${w.periodOfStayEnd} na sua agenda, para ficar tranquilo.`,
        ),
      ],
    },
    {
      id: "insurance",
      heading: `Quando o ${w.mynaInsuranceCard} não funcionar mais: o ${w.eligibilityCertificate}`,
      blocks: [
        // R-INS-1, R-INS-2
        p(
          `Mesmo depois do vencimento do ${w.certificate}, durante 3 meses contados a partir do último dia do mês do vencimento (o prazo extra), você ainda pode passar em consulta com o ${g("mynaInsuranceCard")}. Mas as informações de consultas e de remédios não são passadas ao hospital. Depois disso, o cartão não funciona mais como seguro de saúde ([As 4 etapas](/pt-br/stages/)).`,
        ),
        // R-INS-5
        p(
          `Mesmo sem renovar o ${w.certificate}, você pode receber atendimento médico. O seguro de saúde em que você está inscrito envia o **${g("eligibilityCertificate")}**. É um documento que você mostra na recepção do hospital ou da farmácia no lugar do cartão do seguro.`,
        ),
        p(
          "A época em que ele chega depende da seguradora. Por exemplo, o Kyokai Kenpo (協会けんぽ) envia pela empresa onde você trabalha, cerca de 2 meses depois do último dia do mês do vencimento. O Seguro Nacional de Saúde da prefeitura (国民健康保険) envia antes do fim do prazo extra.",
        ),
        // R-INS-4
        p(
          `Quem renovou o ${w.certificate} depois do fim do prazo extra precisa **fazer de novo o cadastro** do ${w.mynaInsuranceCard} (利用登録; pode ser feito na leitora de cartão do hospital ou no ${w.mynaPortal}).`,
        ),
      ],
    },
    {
      id: "sources",
      heading: "Fontes, e o que não sabemos",
      blocks: [
        translatedSourceBlock(FOREIGN_RESIDENTS_SOURCES, WHAT),
        p(
          "Outros documentos estão na página [Fontes](/en/sources/) (a página está em inglês; os documentos, em sua maioria, em japonês).",
        ),
        note(
          "info",
          "O que os documentos deste site não dizem",
          `A partir de quando se pode pedir a renovação do ${w.periodOfStay}, e o que acontece com o cartão se a data de término passar durante a análise do pedido. Pergunte ao ${g("immigration")} e à prefeitura da cidade onde você mora.`,
          "Se ainda é possível fazer a alteração do prazo de validade do cartão depois que ele vence. O mais seguro é ir ao balcão antes do vencimento.",
        ),
      ],
    },
  ],
};
