/**
 * @module
 * /pt-br/renew/: how to renew or re-issue the certificates, in Brazilian Portuguese, a
 * translation of RENEW.ja (the Japanese is authoritative; R-RENEW-1..3, R-CERT-3, R-CERT-4,
 * R-CERT-5, R-CERT-8, R-CERT-9, R-INS-4, R-INS-5, R-CARD-6). Terms from the glossary, the
 * Japanese beside them.
 */
import { glossary } from "#shared/messages/glossary/pt-BR.ts";
import { list, note, type ProsePageContent, p } from "../../blocks";

const g = glossary.withJa;
const w = glossary.term;

export const content: ProsePageContent = {
  title: `Como renovar o ${w.certificate}`,
  description: `A partir de quando, onde e com o que se renova o ${w.certificate} do ${w.myNumberCard}. Também explicamos a reemissão depois do vencimento.`,
  lead: [
    `A ${g("renewal")} do ${g("certificate")} é feita no **${g("municipalOffice")} da cidade onde você mora**. É de graça. Não dá para fazer pela internet nem pelo correio. Mesmo que já tenha vencido, você pode pedir a ${g("reissue")} no mesmo balcão.`,
  ],
  contentsLabel: "Nesta página",
  sections: [
    {
      id: "when",
      heading: "A partir de quando dá para renovar",
      blocks: [
        // R-RENEW-1
        p(
          "Você pode renovar **a partir do dia em que faltam menos de 3 meses** até o último dia de validade. Por exemplo, se a validade vai até 15 de junho, você pode renovar a partir de 16 de março.",
        ),
        note(
          "precise",
          'O que quer dizer, exatamente, "a partir de 3 meses antes" no folheto',
          'O folheto diz "a renovação pode ser feita a partir de 3 meses antes da data de validade". Exatamente, é a partir do **dia seguinte** à data que fica 3 meses antes do vencimento (com vencimento em 15 de junho, a partir de 16 de março, não de 15 de março).',
          "Quando o vencimento é no fim do mês, como 31 de maio, e o mês 3 meses antes não tem esse dia, conta a partir do dia seguinte ao último dia desse mês (com vencimento em 31 de maio de 2027, a partir de 1º de março, o dia seguinte a 28 de fevereiro).",
        ),
        // R-COUNTER-1: the counter's closed days; an expiry on one does not move.
        p(
          `O ${w.municipalOffice} fica fechado aos sábados, domingos, feriados e no fim de ano (de 29 de dezembro a 3 de janeiro). Se a validade cair num dia fechado, ela não passa para o próximo dia aberto: vá num dia aberto antes dela. Algumas prefeituras abrem o balcão em alguns fins de semana (休日窓口): confira na sua.`,
        ),
        // R-CERT-3
        p(
          `Renovar cedo não faz você perder nada. Se você renovar dentro do período de renovação, o ${w.certificate} novo vale **até 5 anos depois da validade atual** (mas no máximo até a validade do próprio cartão).`,
        ),
        // R-RENEW-3
        p(
          `Cerca de 2 a 3 meses antes do vencimento, a J-LIS (地方公共団体情報システム機構) envia a ${g("noticeLetter")} num envelope azul-claro. Mas a carta não é reenviada para o novo endereço, então quem se mudou, por exemplo, pode não recebê-la. **Dá para renovar mesmo sem a carta.**`,
        ),
      ],
    },
    {
      id: "bring",
      heading: "O que levar",
      blocks: [
        // R-RENEW-2
        list(
          `O ${g("myNumberCard")}`,
          `A **${w.pin} (暗証番号) de 4 números** do ${w.userCertificate}`,
          `A **senha de 6 a 16 letras e números** do ${w.signatureCertificate} (se você for renovar também o certificado para assinatura)`,
          `A ${g("noticeLetter")} (se tiver chegado; sem ela também dá para fazer o procedimento)`,
        ),
        p(
          "Se esqueceu a senha, pode cadastrar uma nova no mesmo balcão. Para confirmar a sua identidade, podem pedir outros documentos além do cartão; confira antes com a prefeitura.",
        ),
        note(
          "info",
          "Se você não puder ir pessoalmente",
          "Um procurador também pode fazer o procedimento, mas, como a prefeitura envia uma carta de consulta (照会書) ao titular, normalmente são necessárias 2 idas ao balcão. O método muda de cidade para cidade, então pergunte antes à prefeitura.",
        ),
      ],
    },
    {
      id: "after",
      heading: "Depois de renovar",
      blocks: [
        // R-CERT-8, R-CERT-9, R-INS-4
        list(
          `O ${w.certificate} novo leva **cerca de 24 horas depois do procedimento** para funcionar no hospital e na farmácia. Se você tem consulta marcada logo, é mais seguro renovar até a véspera.`,
          "Quem usa o certificado eletrônico no celular (スマホ用電子証明書) precisa configurar de novo no celular.",
          `Quem pediu a reemissão depois de passado o prazo extra de 3 meses após o vencimento precisa **fazer de novo o cadastro** do ${g("mynaInsuranceCard")} (利用登録; pode ser feito na leitora de cartão do hospital, no ${w.mynaPortal} etc.).`,
        ),
      ],
    },
    {
      id: "expired",
      heading: "Se já venceu (reemissão)",
      blocks: [
        // R-CERT-4, R-INS-5
        p(
          `Mesmo depois do vencimento, se o próprio cartão estiver válido, você pode pedir a **${w.reissue} de graça** no ${g("municipalOffice")}, a qualquer momento. Leve as mesmas coisas da renovação.`,
        ),
        p(
          `O ${w.certificate} reemitido vale até o 5º aniversário contado a partir do dia da reemissão (no máximo até a validade do próprio cartão).`,
        ),
        p(
          `Mesmo sem a reemissão, você pode receber atendimento médico. O seguro de saúde em que você está inscrito envia o **${g("eligibilityCertificate")}**: mostre esse documento na recepção. A época em que ele chega depende da seguradora.`,
        ),
      ],
    },
    {
      id: "card",
      heading: "A diferença para a renovação do próprio cartão",
      blocks: [
        // R-CARD-6, R-CERT-5
        p(
          `O próprio ${w.myNumberCard} também tem validade (até o 10º aniversário depois da emissão; o cartão emitido antes dos 18 anos, até o 5º; o cartão pedido até março de 2022 por quem tinha menos de 20 anos, até o 5º). Para o cartão, você pode pedir um novo a partir do dia em que faltam menos de 3 meses para o vencimento, pela internet, pelo correio, numa máquina de fotos para documentos ou no balcão. A retirada é no balcão.`,
        ),
        p(
          `No cartão de adulto feito junto com o ${w.certificate}, o certificado vence **5 anos antes do próprio cartão**. Depois de renovar uma vez, ele passa a valer até o mesmo dia do cartão.`,
        ),
      ],
    },
  ],
};
