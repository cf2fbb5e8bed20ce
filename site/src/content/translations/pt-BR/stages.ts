/**
 * @module
 * /pt-br/stages/: the four stages in Brazilian Portuguese, a translation of STAGES_TEXT.ja (the
 * Japanese is authoritative; R-INS-2, R-INS-3, R-RENEW-1, R-INS-1, R-INS-5, R-COUNTER-1). Stage
 * names come from the glossary's stageNames; terms from the glossary, the Japanese beside them.
 * fromWord and toWord go before the date, as Portuguese writes them ("a partir de", "até").
 */
import { glossary } from "#shared/messages/glossary/pt-BR.ts";
import type { StagesContent } from "../../stages";

const g = glossary.withJa;
const w = glossary.term;
const insuranceFull = `${w.mynaInsuranceCard} (com o repasse das informações de consultas e remédios)`;
const portal = `Entrar no ${w.mynaPortal}`;
const store = "Cópia do registro de residente (住民票) e outros documentos em lojas de conveniência";

export const content: StagesContent = {
  title: `As 4 etapas do ${w.mynaInsuranceCard}`,
  description: `O que aparece na leitora de cartão do hospital ou da farmácia, e o que ainda funciona, antes e depois do vencimento do ${w.certificate}. O verso do folheto, com uma data que você pode mudar.`,
  lead: [
    `Antes e depois da data de validade do ${g("certificate")}, o ${g("mynaInsuranceCard")} passa por 4 etapas, uma depois da outra. A leitora de cartão com reconhecimento facial dos hospitais e farmácias também mostra uma tela diferente em cada etapa.`,
  ],
  exampleHeading: "As etapas num exemplo",
  exampleIntro: `Para uma pessoa cujo ${w.certificate} vale até **{expiry}**:`,
  timelineCaption: "Linha do tempo das 4 etapas (a tabela abaixo tem as mesmas informações)",
  table: {
    caption: "O período de cada etapa (exemplo)",
    stage: "Etapa",
    period: "Período",
    insurance: "Seguro de saúde (マイナ保険証)",
  },
  insurance: {
    valid: "funciona",
    renewal: "funciona (com aviso na tela)",
    grace:
      "funciona só para confirmar a qualificação no seguro; as informações de consultas e remédios não são passadas",
    lapsed: "não funciona",
  },
  fromWord: "a partir de",
  toWord: "até",
  todayLabel: "Dia",
  slider: {
    heading: "Mude a data para conferir",
    help: "Mova o controle deslizante para ver a etapa e a tela da leitora nesse dia. As setas do teclado mudam 1 dia; Page Up e Page Down, cerca de 1 mês.",
    label: "Dia",
    stageIs: " — etapa:",
    noScript: "",
  },
  stagesHeading: "Cada etapa",
  whenLabel: "Período",
  clinicLabel: "No hospital ou na farmácia",
  worksLabel: "O que funciona e o que não funciona",
  todoLabel: "O que fazer",
  worksWord: "funciona",
  notWorksWord: "não funciona",
  stages: {
    valid: {
      when: "até a véspera do início do período de renovação",
      clinic:
        "Você usa o cartão como seguro de saúde normalmente. Se você autorizar, as informações das suas consultas e remédios anteriores são passadas ao hospital.",
      works: [
        { text: insuranceFull, works: true },
        { text: portal, works: true },
        { text: store, works: true },
      ],
      todo: ["Confira a data de validade e anote na sua agenda."],
    },
    renewal: {
      when: "do dia em que faltam menos de 3 meses até o último dia de validade",
      clinic:
        "Você usa o cartão como seguro de saúde normalmente. A leitora de cartão mostra um aviso de que a validade está perto do fim.",
      works: [
        { text: insuranceFull, works: true },
        { text: portal, works: true },
        { text: store, works: true },
      ],
      todo: [
        `Renove no ${g("municipalOffice")} da cidade onde você mora. É de graça. Leve o cartão e a ${w.pin} de 4 números.`,
        `Cerca de 2 a 3 meses antes chega a ${g("noticeLetter")}, num envelope azul-claro. Dá para renovar mesmo sem ela.`,
        "O certificado novo passa a funcionar cerca de 24 horas depois da renovação.",
      ],
      precise: {
        title: 'O que quer dizer, exatamente, "a partir de 3 meses antes" no folheto',
        text: [
          "A renovação fica disponível a partir do **dia seguinte** à data 3 meses antes do vencimento: com vencimento em 15 de junho, a partir de 16 de março. Ou seja, a partir do primeiro dia em que faltam menos de 3 meses.",
          "Não se sabe oficialmente a partir de quando a leitora de cartão mostra o aviso; este site considera o mesmo dia do início da renovação.",
        ],
      },
    },
    grace: {
      when: "do dia seguinte ao vencimento até o último dia do 3º mês depois do mês do vencimento",
      clinic:
        "Você ainda pode passar em consulta com o cartão. Mas o hospital recebe só a sua qualificação no seguro: **as informações de consultas e remédios não são passadas**.",
      works: [
        { text: `${w.mynaInsuranceCard} (só confirma a qualificação no seguro)`, works: true },
        { text: portal, works: false },
        { text: store, works: false },
      ],
      todo: [
        `Peça logo a ${g("reissue")} no ${g("municipalOffice")} da cidade onde você mora. É de graça. Leve o cartão e a ${w.pin}.`,
        "Enquanto o próprio cartão estiver válido, ele ainda serve como documento de identidade com foto.",
      ],
      precise: {
        title: 'O que quer dizer, exatamente, "3 meses depois do vencimento" no folheto',
        text: [
          "O prazo extra não é de 3 meses a partir do dia do vencimento, mas de **3 meses a partir do último dia do mês do vencimento**: vencimento em 10 de fevereiro → até 31 de maio; em 14 de novembro → até o último dia de fevereiro do ano seguinte (28 de fevereiro, ou 29 de fevereiro em ano bissexto).",
          'Alguns seguros de saúde falam em "3 meses a partir da data de vencimento"; nesse caso, o prazo termina um pouco antes.',
        ],
      },
    },
    lapsed: {
      when: "a partir do dia 1º do mês seguinte ao fim do prazo extra",
      clinic: `O cartão não funciona mais como seguro de saúde. Mostre o cartão na recepção e peça orientação, ou mostre o ${g("eligibilityCertificate")} que você recebeu.`,
      works: [
        { text: w.mynaInsuranceCard, works: false },
        { text: portal, works: false },
        { text: store, works: false },
      ],
      todo: [
        `Peça a ${g("reissue")} no ${g("municipalOffice")} da cidade onde você mora. Enquanto o próprio cartão estiver válido, isso pode ser feito a qualquer momento, de graça.`,
        `Depois da reemissão, faça de novo o cadastro do ${w.mynaInsuranceCard} (利用登録; pode ser feito na leitora de cartão ou no ${w.mynaPortal}).`,
      ],
    },
  },
  counterDays: {
    title: "Quando o balcão está fechado no último dia de validade",
    text: [
      `A renovação e a reemissão do ${w.certificate} só podem ser feitas no ${g("municipalOffice")}. O balcão fica fechado aos sábados, domingos e feriados e de 29 de dezembro a 3 de janeiro.`,
      "Mesmo que o último dia de validade caia num dia em que o balcão está fechado, a validade não passa para o próximo dia de atendimento (o prazo não é adiado). Por exemplo, se a validade vai até {expiry}, o último dia para fazer o procedimento no balcão é {lastCounterDay}. A consulta deste site também mostra esse dia.",
      "Muitas prefeituras abrem alguns sábados ou domingos (休日窓口) ou à noite em certos dias, e o horário de atendimento varia. Confira na prefeitura da cidade onde você mora.",
    ],
  },
  eligibility: {
    title: "Mesmo sem renovar, você pode receber atendimento médico",
    text: [
      `Quem deixou vencer e não pediu a reemissão recebe do seguro de saúde em que está inscrito o **${g("eligibilityCertificate")}**. Mostrando esse documento na recepção, você passa em consulta pelo seguro, como sempre. A época em que ele chega depende da seguradora (no Kyokai Kenpo, 協会けんぽ, cerca de 2 meses depois do fim do mês do vencimento; no Seguro Nacional de Saúde da prefeitura, 国民健康保険, antes do fim do prazo extra).`,
    ],
  },
  checkLink: "Consultar as suas datas e a etapa de hoje",
};
