/**
 * @module
 * Textos em português (Brasil): uma tradução do texto em japonês (ja.ts), que é o texto oficial
 * deste serviço; em caso de dúvida, vale o japonês. Correções são bem-vindas pelo link de
 * sugestões do site (site-config.ts, FEEDBACK_URL).
 *
 * Brazilian Portuguese texts, with "você", plainly, for residents. Every term comes from the
 * glossary (glossary/pt-BR.ts) with the Japanese term beside it where the person will meet it at
 * the counter. Dates come formatted ("sábado, 14 de novembro de 2026"), so sentences put them
 * after "até", "a partir de", "desde" or a colon, where that form reads naturally.
 * The reader screens (R-INS-2) are translated part by part; the badge and the button keep the
 * Japanese the reader shows, because that is what the person has to find on the screen.
 */
import type { Catalog } from "./catalog.ts";
import { glossary, stageNames } from "./glossary/pt-BR.ts";
import {
  atFifteen,
  type CounterDayRole,
  cardFaceAnswered,
  feb29Reading,
  mayHaveEndedEarlier,
  newCardIsTheStep,
  ordinaryCardWithStay,
  projectedDaysNamed,
  renewalStep,
} from "./readings.ts";
import { MONTHS } from "./rule-months.ts";

const { term, withJa } = glossary;
const renewWhere = `${withJa("municipalOffice")} da cidade onde você mora`;
/** "1 dia", "2 dias" (0 never reaches these sentences: each stage has its own text for today). */
const days = (n: number) => `${n} ${n === 1 ? "dia" : "dias"}`;
/** "Falta 1 dia", "Faltam 2 dias". */
const left = (n: number) => `${n === 1 ? "Falta" : "Faltam"} ${days(n)}`;

/** The site's feedback link, by its label (the site's SiteUi.feedback takes it from here). */
/** R-COUNTER-2: what a projected counter day is for (holidaysProjected names it). */
const COUNTER_DAY_ROLE: Record<CounterDayRole, string> = {
  certificateLast: "o último dia de atendimento no balcão antes de o certificado vencer",
  graceLast: `o último dia de atendimento no balcão enquanto o ${term.mynaInsuranceCard} ainda funciona`,
  certificateFirst: "o primeiro dia de atendimento para renovar o certificado no balcão",
  cardLast: "o último dia de atendimento no balcão antes de o cartão vencer",
  cardFirst: "o primeiro dia de atendimento para pedir o novo cartão no balcão",
  other: "um dia de atendimento",
};

export const feedbackLabel = "Sugestões ou erros";

/** Said to readers wherever this catalog is shown whole (the Catalog type has no key for it yet). */
export const translationNote = `Estes textos em português são uma tradução do texto em japonês, que é o texto oficial: em caso de dúvida, vale o japonês. Se encontrar um erro na tradução, avise pelo link "${feedbackLabel}" do site.`;

/** R-CARD-5, R-CARD-4 (review finding 1): the renewal stage's second sentence names the step that applies. */
const renewNow = {
  newCard: `Mesmo com a ${term.renewal} agora, ele só valeria até o dia em que o cartão vence; por isso, peça primeiro um cartão novo: você já pode pedir.`,
  extendCard: `Este cartão vence no fim do ${term.periodOfStay}: primeiro renove o ${term.periodOfStay} no ${withJa("immigration")}; depois, no ${term.municipalOffice}, prorrogue a validade do cartão e peça um ${term.certificate} novo.`,
  certificate: `Você já pode fazer a ${term.renewal}.`,
} satisfies Record<ReturnType<typeof renewalStep>, string>;

export const ptBR: Catalog = {
  field: {
    certificateExpiry: "Data de validade do certificado eletrônico",
    birthDate: "Data de nascimento",
    cardExpiry: "Data de validade do cartão",
    cardIssuedOn: "Data de emissão do cartão",
    applicationReceivedOn: "Data de recebimento do pedido",
    certificateIssuedOn: "Data de emissão do certificado eletrônico",
    periodOfStayEndsOn: "Data de término do período de permanência",
    today: "Data de referência (today)",
    lang: "Idioma (lang)",
    body: "Corpo da solicitação",
    query: "Query",
  },
  error: {
    empty: 'O campo "{field}" está vazio. Digite uma data.',
    required: 'Preencha o campo "{field}".',
    invalid_date:
      'Não foi possível ler o campo "{field}" como data. Digite a data no formato 2026-03-15 ou 令和8年3月15日.',
    not_a_real_date: 'A data do campo "{field}" não existe no calendário. Confira o mês e o dia.',
    past_era_end:
      'A data do campo "{field}" é posterior ao fim dessa era japonesa. Você quis dizer {suggestionWareki} ({suggestion})?',
    before_era_start:
      'A data do campo "{field}" é anterior ao início dessa era japonesa. Você quis dizer {suggestionWareki} ({suggestion})?',
    before_gregorian: 'No campo "{field}", digite uma data a partir de 1º de janeiro de 1873 (Meiji 6).',
    weekday_mismatch:
      'O dia da semana no campo "{field}" não corresponde à data: a data é {date}, mas está escrito {weekday}. Confira a data e o dia da semana e digite de novo.',
    year_mismatch:
      'O ano entre parênteses no campo "{field}" ({year}) não corresponde à data, que é {dateWithEra}. Confira qual ano está certo e digite de novo.',
    not_a_string: 'Envie o campo "{field}" como texto (string), por exemplo "2026-03-15".',
    too_long: 'O campo "{field}" é longo demais. Digite só a data.',
    unknown_field:
      "Este campo não é aceito. Confira o nome do campo (os campos aceitos estão em /api/v1/openapi.json).",
    unsupported_lang: "O idioma deve ser um destes: {langs}.",
    not_an_object: 'Envie o campo "{field}" como um objeto JSON ({ … }).',
    invalid_value: 'Confira o valor do campo "{field}".',
    birth_date_in_future: `A ${term.birthDate} é depois de hoje. Confira a ${term.birthDate}.`,
    card_issued_before_first_cards: `A emissão do ${term.myNumberCard} começou em janeiro de 2016. Confira a data de emissão do cartão.`,
    card_issued_before_birth: `A data de emissão do cartão é anterior à ${term.birthDate}. Confira as duas datas.`,
    card_issued_in_future: "A data de emissão do cartão é depois de hoje. Confira a data de emissão.",
    application_after_card_issue:
      "A data de recebimento do pedido é posterior à data de emissão do cartão. Confira a data do pedido.",
    certificate_issued_before_card: `A data de emissão do ${term.certificate} é anterior à data de emissão do cartão.[[ Contando a partir da validade impressa no cartão, a emissão deste cartão não pode ser anterior a {earliest}.]] Confira a data de emissão do ${term.certificate}.`,
    certificate_issued_before_birth: `A data de emissão do ${term.certificate} é anterior à ${term.birthDate}. Confira as datas.`,
    certificate_issued_after_card_expiry: `A data de emissão do ${term.certificate} é posterior à ${term.cardExpiry}. Confira as datas.`,
    certificate_issued_in_future: `A data de emissão do ${term.certificate} é depois de hoje. Confira a data.`,
    certificate_issued_after_expiry: `A data de emissão do ${term.certificate} é posterior à data de validade dele. Confira as duas datas.`,
    card_expiry_not_after_birth: `A ${term.cardExpiry} é anterior à ${term.birthDate}. Confira a data impressa no cartão.`,
    card_expiry_not_after_issue: `A ${term.cardExpiry} é anterior à data de emissão. Confira as duas datas.`,
    certificate_expiry_not_after_birth: `A ${term.certificateExpiry} é anterior à ${term.birthDate}. Confira as datas.`,
    certificate_outlives_card: `A ${term.certificateExpiry} é posterior à ${term.cardExpiry}. O ${term.certificate} nunca vale por mais tempo que o cartão, por isso confira as duas datas.`,
    stay_ends_before_card_issue: `A ${term.periodOfStayEnd} é anterior à data de emissão do cartão. Confira as datas.`,
    stay_ends_before_card_expiry: `A ${term.periodOfStayEnd} é anterior à validade impressa no cartão. O cartão nunca vale por mais tempo que o ${term.periodOfStay}, por isso confira as datas no ${withJa("residenceCard")} e no ${term.myNumberCard}.`,
    impossible_card_age: `Não existe cartão com esta combinação de ${term.birthDate} e ${term.cardExpiry} ({age} anos no dia da validade).[[ Esta validade seria de um cartão de {years} anos emitido aos {issueAge} anos, numa data a partir de {earliestIssue}, mas esse dia é depois de hoje ou antes do início da emissão do ${term.myNumberCard} (janeiro de 2016).]][[ Ter {age} anos no dia da validade só acontece com um cartão de 10 anos emitido aos 18 anos a partir de abril de 2022, e a validade desse cartão é {cardFrom} ou depois.]] Confira se há algum erro na ${term.birthDate} ou na ${term.cardExpiry}.`,
    card_expiry_mismatch:
      "Pela data de emissão, a validade do cartão deveria ser {expected}. Confira a validade impressa no cartão e a data de emissão.",
  },
  missingInput: {
    certificateExpiry: `Digite a ${term.certificateExpiry}, ou a sua ${term.birthDate} e a ${term.cardExpiry}.`,
    cardExpiry: `Junto com a ${term.birthDate}, digite a validade impressa no cartão (ou a data de emissão do cartão).`,
    birthDate: `Junto com a data do cartão, digite a ${term.birthDate}.`,
  },
  stage: {
    valid: ({ dates }) =>
      `O ${withJa("certificate")} vale até ${dates.expiry}. Você pode usar o ${withJa("mynaInsuranceCard")} normalmente.`,
    renewal: ({ dates, evaluation }) =>
      `O ${withJa("certificate")} vale até ${dates.expiry}: faltam menos de ${MONTHS.window} meses. ${renewNow[renewalStep(evaluation)]}`,
    grace: ({ dates }) =>
      `O ${withJa("certificate")} venceu: ele valia até ${dates.expiry}. Até ${dates.graceEnds}, você ainda pode passar em consulta com o ${withJa("mynaInsuranceCard")}, mas só a sua qualificação no seguro é confirmada: as informações de consultas e de remédios não são passadas ao hospital ou à clínica.`,
    lapsed: ({ dates }) =>
      `O ${withJa("certificate")} valia até ${dates.expiry}, e já se passaram mais de ${MONTHS.grace} meses. Por isso, desde ${dates.lapses}, o ${withJa("mynaInsuranceCard")} não funciona mais.`,
  },
  daysLeft: {
    valid: (n) => `${left(n)} para a ${term.renewal} ficar disponível.`,
    renewal: (n) => (n === 0 ? "Hoje é o último dia de validade." : `${left(n)} para o fim da validade.`),
    grace: (n) =>
      n === 0
        ? `Hoje é o último dia em que você pode usar o ${term.mynaInsuranceCard}.`
        : `Você ainda pode usar o ${term.mynaInsuranceCard} por mais ${days(n)}.`,
    lapsed: (n) =>
      n === 0
        ? `A partir de hoje, o ${term.mynaInsuranceCard} não funciona mais.`
        : `Faz ${days(n)} que o ${term.mynaInsuranceCard} não funciona mais.`,
  },
  // The leaflet's screens (shared/messages/reader.ts), translated part by part; the badge and
  // the button keep the Japanese words the reader shows.
  reader: {
    normal: {
      badge: "Pode usar como seguro de saúde (マイナ保険証 使える)",
      heading: "",
      message: ["Nenhum aviso de prazo aparece; a tela segue para o atendimento de sempre."],
      button: "",
    },
    renewalAlert: {
      badge: "Pode usar como seguro de saúde (マイナ保険証 使える)",
      heading: "",
      message: [
        `Faltam 3 meses ou menos para o fim da validade do certificado. Por favor, faça a ${term.renewal} no ${withJa("municipalOffice")}.`,
      ],
      button: "Avançar (次に進む)",
    },
    qualificationOnly: {
      badge: "Pode usar como seguro de saúde (マイナ保険証 使える)",
      heading: `Como a validade do ${withJa("certificate")} terminou, esta instituição recebe só as informações da sua qualificação no seguro.`,
      message: [`Renove o ${term.certificate} o quanto antes no ${withJa("municipalOffice")}.`],
      button: "Avançar (次に進む)",
    },
    lapsed: {
      badge: "Não pode usar como seguro de saúde (マイナ保険証 使えない)",
      heading: `O ${withJa("certificate")} perdeu a validade.`,
      message: [
        `Tire o seu ${term.myNumberCard} e venha até a recepção.`,
        `Para renovar o certificado, é preciso fazer o procedimento no ${withJa("municipalOffice")}.`,
      ],
      button: "",
    },
  },
  capability: {
    // One row per outcome (issue 9): seeing a doctor works in grace; only the records stop.
    insuranceQualificationOnly: `Passar em consulta com o ${term.mynaInsuranceCard}`,
    insuranceFull: "Repasse das informações de consultas e remédios ao hospital ou à clínica",
    myNaPortalLogin: `Entrar no ${withJa("mynaPortal")}`,
    convenienceStoreCopies:
      "Tirar cópia do registro de residente (住民票) e outros documentos em lojas de conveniência",
    eTaxSignature: `e-Tax e outros pedidos eletrônicos (${term.signatureCertificate})`,
    photoId: "Usar como documento de identidade com foto",
  },
  works: { yes: "sim", no: "não", unknown: "não dá para saber só com estes dados", joiner: ": " },
  worksFor: {
    insuranceQualificationOnly: (works, stage) =>
      works && stage === "grace" ? "sim (só a confirmação da qualificação no seguro)" : undefined,
    insuranceFull: (works) => (works === null ? undefined : works ? "sim" : "não, as informações não são passadas"),
    // R-CERT-7: the signature certificate lapses on a move or a change of name.
    eTaxSignature: (works) => (works ? "sim (se você não mudou de endereço nem de nome desde então)" : undefined),
  },
  nextStep: {
    nothingYet: ({ dates, evaluation }) => ({
      // R-INFER-3: "nothing to do" only holds under the renewed reading; say so.
      title:
        evaluation.certificate.basis === "assumedRenewed"
          ? "Se você já fez a renovação ou a reemissão, não precisa fazer nada agora"
          : mayHaveEndedEarlier(evaluation)
            ? `Se a validade do ${term.certificate} for a mesma do cartão, não precisa fazer nada agora`
            : "Não precisa fazer nada agora",
      detail:
        evaluation.card?.validityYears === null && evaluation.certificate.expiresOn === evaluation.card.expiresOn
          ? `Este cartão vence junto com o ${withJa("periodOfStay")}: ${dates.expiry}. Depois que o ${withJa("immigration")} renovar o ${term.periodOfStay}, peça a ${withJa("cardValidityExtension")} no ${renewWhere}.`
          : evaluation.card && evaluation.certificate.expiresOn === evaluation.card.expiresOn
            ? `O ${term.certificate} vence no mesmo dia que o cartão (${dates.expiry}), então o próximo passo é fazer um cartão novo. Você pode pedir a partir de ${dates.cardRenewalOpens}.`
            : `A ${term.renewal} do ${term.certificate} pode ser feita a partir de ${dates.renewalOpens}.`,
    }),
    expectNoticeLetter: ({ dates }) => ({
      title: `A ${withJa("noticeLetter")} vai chegar`,
      detail: `Mais ou menos entre ${dates.noticeFrom} e ${dates.noticeTo}, a J-LIS envia a ${withJa("noticeLetter")} num envelope azul-claro. A carta não é reenviada para o novo endereço, então quem se mudou pode não recebê-la. Dá para renovar mesmo sem a carta.`,
    }),
    addReminder: () => ({
      title: "Anote as datas na sua agenda",
      detail: `Salve na agenda do celular o dia em que a ${term.renewal} fica disponível, a data de validade e o último dia em que o ${term.mynaInsuranceCard} funciona, para não esquecer.`,
    }),
    renewCertificateAtOffice: ({ dates }) => ({
      title: `Renove o ${term.certificate} no ${term.municipalOffice}`,
      detail: `A ${term.renewal} é feita de graça no ${renewWhere}, até ${dates.expiryOnClosedDay ? `${dates.lastCounterDay} (depois disso, o balcão fica fechado até a data de validade, ${dates.expiry})` : dates.expiry}. Não dá para fazer pela internet. Leve o ${term.myNumberCard}. Você vai precisar da ${withJa("pin")} de 4 dígitos e da senha de 6 a 16 caracteres do certificado para assinatura; se esqueceu alguma delas, dá para criar uma nova no mesmo balcão. Menores de 15 anos vão junto com o representante legal (pai, mãe ou responsável). Um procurador também pode fazer o procedimento (são necessárias 2 idas ao balcão).`,
    }),
    renewCard: ({ dates, evaluation, date }) => {
      const expired = evaluation.daysUntil.cardExpires !== null && evaluation.daysUntil.cardExpires < 0;
      const how =
        "O pedido é feito com foto, pela internet, pelo correio, numa máquina de fotos para documentos ou no balcão. Do pedido até a retirada do cartão no balcão leva cerca de 1 mês. Para menores de 15 anos, quem faz o pedido é o representante legal (pai, mãe ou responsável).";
      return {
        title: expired ? `Peça um novo ${term.myNumberCard}` : `Faça um novo ${term.myNumberCard}`,
        detail: expired
          ? `A validade do cartão terminou (${dates.card}). Peça um cartão novo. ${how} O cartão novo vem com um ${term.certificate} novo. Até lá, você pode passar em consulta com o ${withJa("eligibilityCertificate")}.`
          : `O cartão vence em ${dates.card}, e o ${term.certificate} nunca vale mais que o cartão: mesmo renovado ou reemitido agora, ele terminaria nesse dia. Por isso é preciso fazer um cartão novo. Você pode pedir a partir de ${dates.cardRenewalOpens ?? date(evaluation.certificate.renewalOpensOn)}. ${how}`,
      };
    },
    extendCardValidity: ({ dates }) => ({
      // R-CARD-4: immigration first; the municipal office can only extend the card after it.
      title: `Primeiro renove o ${term.periodOfStay} no ${term.immigration}; depois, prolongue a validade do cartão`,
      detail: `Este cartão vence no último dia do ${withJa("periodOfStay")}: ${dates.card}. Siga esta ordem. Primeiro, renove o ${term.periodOfStay} no ${withJa("immigration")} e receba o novo ${withJa("residenceCard")}. Depois, leve o novo ${term.residenceCard} e o ${term.myNumberCard} ao ${renewWhere} e faça a ${withJa("cardValidityExtension")} (não é o pedido de um cartão novo). Prolongar o cartão não prolonga o ${term.certificate}, então peça também, no mesmo balcão, a emissão de um ${term.certificate} novo.`,
    }),
    reissueCertificateAtOffice: () => ({
      title: `Faça a reemissão do ${term.certificate} no ${term.municipalOffice}`,
      detail: `Mesmo depois do fim da validade, se o cartão ainda for válido, a ${withJa("reissue")} é feita de graça no ${renewWhere}. Não dá para fazer pela internet. Leve o ${term.myNumberCard}. Se esqueceu a ${term.pin}, dá para criar uma nova no mesmo balcão.`,
    }),
    wait24Hours: () => ({
      // R-CERT-8: the 24 hours are about the insurance system, not every use.
      title: `O certificado novo passa a valer no ${term.mynaInsuranceCard} depois de cerca de 24 horas`,
      detail: `Cerca de 24 horas depois do procedimento no balcão, hospitais, clínicas e farmácias já conseguem confirmar a nova validade do ${term.certificate}.`,
    }),
    setUpSmartphoneAgain: ({ evaluation }) => ({
      title: `Configure de novo o ${term.certificate} do celular`,
      detail: `Se você usa as funções do ${term.myNumberCard} no celular (スマホ用電子証明書), configure de novo ${newCardIsTheStep(evaluation) ? "depois de receber o cartão novo" : `depois da ${term.renewal}`}.`,
    }),
    registerInsuranceAgain: ({ evaluation }) => ({
      title: `Cadastre de novo o ${term.mynaInsuranceCard}`,
      detail: `Quando o prazo extra de ${MONTHS.grace} meses termina, o cadastro do ${withJa("mynaInsuranceCard")} é cancelado (利用登録の解除). ${newCardIsTheStep(evaluation) ? "Depois de receber o cartão novo" : `Depois da ${term.reissue}`}, cadastre de novo na leitora de cartão de um hospital ou clínica, ou no ${withJa("mynaPortal")}.`,
    }),
    eligibilityCertificate: () => ({
      title: `Você pode passar em consulta com o ${withJa("eligibilityCertificate")}`,
      detail: `Quem não renovou recebe o ${withJa("eligibilityCertificate")} do seguro de saúde em que está inscrito e pode passar em consulta com ele. A época em que ele chega depende da seguradora (no Kyokai Kenpo, 協会けんぽ, cerca de 2 meses depois do fim do mês da validade, pela empresa onde você trabalha; no Seguro Nacional de Saúde, 国民健康保険, antes do fim do prazo extra; entre outros).`,
    }),
    showCardAtReception: () => ({
      title: "Mostre o cartão na recepção e avise",
      detail:
        "Se a leitora de cartão mostrar 「電子証明書が失効しています」 (o certificado eletrônico perdeu a validade), avise a recepção.",
    }),
    checkCertificateExpiry: ({ dates }) => {
      const r = dates.renewal;
      if (!r)
        return {
          title: `Confira a ${term.certificateExpiry}`,
          detail: `Ela está no campo da validade do ${term.certificate}, escrito à mão na frente do cartão, ou no ${withJa("mynaPortal")}.`,
        };
      // R-INFER-3: the question in words a person can answer, and what each answer means.
      const notRenewed = r.graceEndPassed
        ? `Se não fez, o ${term.certificate} valia só até ${r.firstExpiry}, e o ${term.mynaInsuranceCard} parou de funcionar depois de ${r.firstGraceEnds}. Faça a ${term.reissue} no balcão e cadastre de novo o ${term.mynaInsuranceCard}. Enquanto isso, você ainda pode passar em consulta com o ${withJa("eligibilityCertificate")} que o seu seguro de saúde envia; avise na recepção que o cartão não funciona.`
        : `Se não fez, o ${term.certificate} valia só até ${r.firstExpiry} e já venceu. Você pode passar em consulta com o ${term.mynaInsuranceCard} até ${r.firstGraceEnds}, mas só a qualificação no seguro é confirmada. Faça a ${term.reissue} no balcão o quanto antes.`;
      return {
        title: `Você renovou ou pediu a reemissão do ${term.certificate} no balcão a partir de ${r.since}?`,
        detail: `Se no campo do ${term.certificate}, na frente do cartão, há uma data escrita à mão posterior a ${r.firstExpiry}, ou se você consegue entrar no ${term.mynaPortal}, a ${term.renewal} já foi feita. Nesse caso, o ${term.certificate} vale até ${r.renewedExpiry}. ${notRenewed}`,
      };
    },
  },
  bridge: (code, { dates, evaluation }) => {
    const verb = code === "renewCertificateAtOffice" ? "renovar" : "reemitir";
    const extend = evaluation.card?.validityYears === null;
    const until = extend ? "o cartão ser prorrogado" : "o cartão novo chegar";
    return {
      title: `Precisa usar até ${until}? ${verb === "renovar" ? "Renove" : "Reemita"} o ${term.certificate} no balcão (opcional)`,
      lead: extend
        ? `Para continuar usando o ${term.mynaInsuranceCard} normalmente até ${until}, você também pode ${verb} o ${term.certificate} no balcão antes (é opcional). Ele terminaria junto com o cartão, em ${dates.card}; depois de prorrogar o cartão, peça o ${term.certificate} de novo.`
        : `O cartão novo leva cerca de 1 mês para ficar pronto. Para continuar usando o ${term.mynaInsuranceCard} normalmente até lá, você também pode ${verb} o ${term.certificate} no balcão antes (é opcional). Ele terminaria junto com o cartão, em ${dates.card}.`,
    };
  },
  closedUntilExpiry: ({ dates }) => ({
    title: `O balcão fica fechado até o vencimento: depois dele, faça a reemissão do ${term.certificate}`,
    detail: `O último dia de atendimento (${dates.lastCounterDay}) já passou, e o balcão fica fechado até o vencimento, ${dates.expiry}. Depois do vencimento, faça a reemissão de graça no próximo dia em que o balcão abrir (depois do fim de ano, a partir de 4 de janeiro). Até ${dates.graceEnds}, o ${term.mynaInsuranceCard} ainda serve para consultas (só a confirmação da qualificação). Leve o ${term.myNumberCard} e confira se você lembra a ${term.pin}.`,
  }),
  caveat: {
    cardExpiryInCertificateField: ({ evaluation }) =>
      `A validade do ${term.certificate} que você digitou tem "まで有効" (válido até). É assim que o cartão imprime a própria validade. A validade do ${term.certificate} é a data escrita à mão no balcão, no campo do certificado na frente do cartão (muitas vezes vazio). O ${term.certificate} emitido junto com um cartão de 10 anos vence 5 anos antes do cartão.${
        cardFaceAnswered(evaluation)
          ? " Abaixo está a resposta se esta for a data do cartão."
          : ` Se o campo estiver vazio, digite a ${term.birthDate} e a ${term.cardExpiry}.`
      }`,
    certificateExpiryTooLate: () =>
      `O ${term.certificate} vence no 5º aniversário depois da emissão (no 6º, se renovado nos 3 meses antes do vencimento), e nunca depois do cartão. Por isso, nenhum ${term.certificate} emitido até hoje pode vencer na data digitada. A data impressa com "…まで有効" no cartão é a validade do próprio cartão. Confira a do ${term.certificate} no campo escrito à mão no cartão, no ${term.mynaPortal} ou na ${term.noticeLetter}.`,
    renewalUnknown: ({ dates }) => {
      const r = dates.renewal!;
      const shown =
        r.headline === "notRenewed"
          ? `Até o fim do prazo extra (${r.firstGraceEnds}), mostramos as datas para o caso de não ter renovado.`
          : `O prazo extra também já terminou (${r.firstGraceEnds}), por isso mostramos as datas para o caso de ter renovado ou feito a reemissão.`;
      return `A validade do primeiro ${term.certificate} era ${r.firstExpiry}. Com estes dados não dá para saber se você renovou ou pediu a reemissão do ${term.certificate} no ${term.municipalOffice} a partir de ${r.since}. ${shown} O outro caso está abaixo.`;
    },
    thresholdTransition: () =>
      "Para cartões emitidos de abril a setembro de 2022 a pessoas de 18 ou 19 anos, a validade depende de quando o pedido foi recebido (até março de 2022: 5 anos; a partir de abril: 10 anos). Mostramos a data mais cedo. Digite a validade impressa no cartão para ter a data certa.",
    ageBoundary: ({ evaluation }) =>
      // R-AGE-2 at 15 changes the signature certificate only; at 18 or 20 the card's length.
      atFifteen(evaluation)
        ? `O cartão foi emitido na véspera do aniversário de 15 anos. Contar ou não esse dia como 15 anos decide se o cartão tem o ${withJa("signatureCertificate")}. Mostramos contando como 15 anos (ou seja, com esse certificado).`
        : "O cartão foi emitido na véspera do aniversário da maioridade. Contar ou não esse dia como maioridade muda a validade. Mostramos as datas contando como maioridade. Digite a validade impressa no cartão para ter a data certa.",
    feb29: ({ evaluation }) => {
      // R-DATE-4: which convention, and whether the printed card expiry settled it.
      const { marchFirst, recounted } = feb29Reading(evaluation);
      const day = marchFirst ? "1º de março" : "28 de fevereiro";
      return recounted
        ? `Para quem nasceu em 29 de fevereiro, contamos o aniversário como ${day} nos anos que não são bissextos. Também há quem conte como 1º de março; nesse caso, as datas ficam como abaixo. Confira também as datas do cartão e da carta.`
        : evaluation.card?.printed
          ? `Para quem nasceu em 29 de fevereiro, a validade impressa no cartão mostra que o aniversário conta como ${day} nos anos que não são bissextos; as datas usam essa conta.`
          : `Para quem nasceu em 29 de fevereiro, contamos o aniversário como ${day} nos anos que não são bissextos. Contando como 1º de março, as datas não mudam.`;
    },
    signatureUncertain: () =>
      `Um cartão com esta combinação normalmente foi emitido antes dos 15 anos e, na emissão, não vem com o ${withJa("signatureCertificate")} (se foi emitido na véspera do aniversário de 15 anos, vem). Depois dos 15 anos, esse certificado pode ser emitido no balcão, se você pedir.`,
    adultByDayBefore: () =>
      "Esta combinação só existe num cartão de 10 anos emitido na véspera do aniversário da maioridade (18 ou 20 anos). Confira se as datas estão certas.",
    signatureOnRequest: () =>
      `O cartão emitido antes dos 15 anos não vem com o ${withJa("signatureCertificate")}. Ele só existe se foi pedido no balcão depois dos 15 anos, e a validade dele é a mesma do ${term.userCertificate} ou anterior. Com estes dados não dá para saber se o e-Tax e outros serviços funcionam.`,
    certificateDateNearWindow: () =>
      `A data de emissão do ${term.certificate} que você digitou fica pouco antes do início do período de ${term.renewal}. Com esta data, ela conta como uma emissão nova, mas um dia de diferença muda a validade em 1 ano. Confira a data no campo do ${term.certificate} no cartão ou no ${term.mynaPortal}.`,
    cardExpiryNotBirthday: () =>
      `A validade do cartão normalmente cai num aniversário. A data digitada não é um aniversário, então confira se não houve erro de digitação. Se você tem um ${withJa("periodOfStay")} definido, digite também a ${withJa("periodOfStayEnd")}.`,
    periodOfStay: ({ evaluation, dates }) =>
      // Review8 #23: a stay ending after a birthday C: an ordinary card, whose letter comes.
      ordinaryCardWithStay(evaluation)
        ? `Este é um cartão comum: ele vence num aniversário (${dates.card}) antes do fim do ${term.periodOfStay}, e a ${withJa("noticeLetter")} é enviada. Se você continuar no Japão depois desse dia, peça um cartão novo (é um procedimento diferente da renovação do ${term.periodOfStay}).`
        : mayHaveEndedEarlier(evaluation)
          ? `Para um cartão que vence no fim do ${withJa("periodOfStay")}, a data de emissão não é conhecida. Além disso, prolongar o cartão depois de renovar o ${term.periodOfStay} não prolonga o ${term.certificate}. Por isso, o ${term.certificate} pode ter vencido antes: no fim de um ${term.periodOfStay} anterior ou num aniversário anterior à validade do cartão (abaixo, o caso do aniversário). Confira no campo do ${term.certificate} no cartão ou no ${withJa("mynaPortal")}. Quando o cartão vence no fim do ${term.periodOfStay}, a ${withJa("noticeLetter")} não é enviada.`
          : `Para um cartão que vence no fim do ${withJa("periodOfStay")}, prolongar o cartão depois de renovar o ${term.periodOfStay} não prolonga o ${term.certificate}. Para esse cartão, a ${withJa("noticeLetter")} não é enviada.`,
    cardExpired: ({ dates }) =>
      // R-INFER-5: the certificate ended on the card expiry at the latest (years earlier for
      // someone who never renewed); never "the same day" as a fact.
      `A validade do ${term.myNumberCard} terminou (${dates.card}). O ${term.certificate} venceu, no máximo, nesse mesmo dia. Para ter um ${term.certificate} novo, é preciso pedir um cartão novo.${dates.renewal ? ` Veja também abaixo o caso "${ASSUMPTIONS.notRenewed}".` : ""}`,
    expiryOnClosedDay: ({ dates }) =>
      `O último dia de validade, ${dates.expiry}, é um dia em que o ${withJa("municipalOffice")} fica fechado (sábado, domingo, feriado ou festas de fim e início de ano). A validade não passa para o próximo dia de atendimento (o prazo não é adiado). O último dia em que dá para fazer o procedimento no balcão é ${dates.lastCounterDay}.`,
    holidaysProjected: ({ evaluation, date }) => {
      const days = projectedDaysNamed(evaluation, date, COUNTER_DAY_ROLE);
      return `${days.length === 1 ? "Este dia de atendimento foi calculado" : "Estes dias de atendimento foram calculados"} com feriados de um ano que ainda não foram anunciados oficialmente: ${days.join("; ")}. Os feriados do equinócio de primavera e de outono são definidos em fevereiro do ano anterior, e a lei dos feriados pode mudar. Confira de novo quando a data estiver mais perto.`;
    },
    holidaysOutsideFormula: () =>
      "Os feriados do equinócio depois de 2099 e antes de 1980 ficam fora do alcance da fórmula de cálculo. Os dias de atendimento usam as mesmas datas de 2099 (ou de 1980), então tome-os apenas como referência.",
  },
  counter: {
    lastDay: ({ dates }) => `O último dia em que dá para fazer o procedimento no balcão é ${dates.lastCounterDay}.`,
    graceLastDay: ({ dates }) =>
      `O último dia em que dá para fazer o procedimento no balcão enquanto o ${term.mynaInsuranceCard} ainda funciona é ${dates.graceLastCounterDay}.`,
    note: "Os balcões das prefeituras ficam fechados aos sábados, domingos e feriados e de 29 de dezembro a 3 de janeiro. Mas muitas prefeituras abrem alguns sábados ou domingos (休日窓口) ou à noite em certos dias, e o horário de atendimento varia. Confira no site da prefeitura da cidade onde você mora.",
    joiner: " ",
  },
  alternative: (a, t) => {
    const parts = [(ASSUMPTIONS[a.assumption] ?? a.assumption) + ":"];
    if (a.cardExpiresOn) parts.push(`a validade do cartão é ${t.date(a.cardExpiresOn)};`);
    if (a.certificateExpiresOn) parts.push(`a validade do ${term.certificate} é ${t.date(a.certificateExpiresOn)};`);
    // Issue 9: never "works until" about a past day.
    if (a.graceEndsOn) {
      parts.push(
        a.stage === "lapsed"
          ? `o ${term.mynaInsuranceCard} parou de funcionar depois de ${t.date(a.graceEndsOn)}.`
          : a.stage === "grace"
            ? `até ${t.date(a.graceEndsOn)}, o ${term.mynaInsuranceCard} só confirma a qualificação no seguro.`
            : `o ${term.mynaInsuranceCard} funciona até ${t.date(a.graceEndsOn)}.`,
      );
    }
    if (a.stage) parts.push(`Etapa de hoje: "${stageNames[a.stage]}".`);
    return parts.join(" ");
  },
  checkCardExpiry: `Primeiro confira a validade do cartão: a data digitada não é um aniversário, então pode haver um erro de digitação. O que segue supõe que a data está certa e que o cartão vence no fim do ${term.periodOfStay}. `,
  ifStayCard: `Se a data estiver certa e o cartão vencer no fim do ${term.periodOfStay}: `,
  alternativeWindow: (date) => ` Nesse caso, a renovação no balcão abre em ${date}.`,
  checkCertificateField: {
    cardExpiryInCertificateField: `Primeiro confira que data é esta: a data impressa com "…まで有効" (válido até …) é a validade do próprio cartão. A validade do ${term.certificate} é a data escrita à mão no campo do certificado, na frente do cartão. Se esse campo estiver vazio, digite a ${term.birthDate} e ponha esta data em "${withJa("cardExpiry")}". O que segue considera que a data é a do ${term.certificate}. `,
    certificateExpiryTooLate: `Primeiro confira que data é esta: o ${term.certificate} vale no máximo até o 6º aniversário depois da emissão, então nenhum ${term.certificate} emitido até hoje vence tão tarde. Não é a validade do próprio cartão, impressa com "…まで有効"? Se for, digite a ${term.birthDate} e ponha esta data em "${withJa("cardExpiry")}". O que segue considera a data como foi digitada. `,
  },
  inputNote: {
    past_era_end: 'A data do campo "{field}" é posterior à mudança de era, por isso foi lida como {wareki} ({date}).',
  },
  condition: (r) =>
    r.since === null
      ? `Esta resposta considera que você renovou o ${term.certificate}. `
      : r.headline === "notRenewed"
        ? `Esta resposta considera que você não renovou nem pediu a reemissão do ${term.certificate} no balcão a partir de ${r.since}. `
        : `Esta resposta considera que você renovou ou pediu a reemissão do ${term.certificate} no balcão a partir de ${r.since}. `,
  assumed: {
    earlierBirthday: `Esta resposta considera que o ${term.certificate} vale até o vencimento do cartão. Se ele venceu num aniversário anterior, a resposta é outra (veja abaixo). `,
    issuedInWindow:
      "Esta resposta considera que a data de emissão digitada está certa. Se a emissão foi 1 dia depois, a resposta é outra (veja abaixo). ",
    adultCard:
      "Esta resposta considera um cartão de 5 anos. Se for um cartão de 10 anos (adulto), a resposta é outra (veja abaixo). ",
    minorCard:
      "Esta resposta considera um cartão de 10 anos (adulto). Se for um cartão de 5 anos, a resposta é outra (veja abaixo). ",
    march1:
      "Esta resposta conta o aniversário como 28 de fevereiro. Contando como 1º de março, a resposta é outra (veja abaixo). ",
  },
  milestone: {
    noticeExpected: `A ${term.noticeLetter} começa a chegar`,
    renewalOpens: `A ${term.renewal} do ${term.certificate} fica disponível`,
    certificateExpires: `Fim da validade do ${term.certificate}`,
    graceStarts: "Venceu: só confirma a qualificação no seguro",
    graceEnds: `Último dia em que o ${term.mynaInsuranceCard} funciona`,
    lapses: `O ${term.mynaInsuranceCard} deixa de funcionar`,
    cardRenewalOpens: "O pedido de um cartão novo fica disponível",
    cardExpires: `Fim da validade do ${term.myNumberCard}`,
  },
};

const ASSUMPTIONS: Record<string, string> = {
  cardFace: "Se esta for a validade do cartão",
  cardFaceNotRenewed: `Se esta for a validade do cartão e o ${term.certificate} não tiver sido renovado`,
  cardFaceRenewed: `Se esta for a validade do cartão e o ${term.certificate} tiver sido renovado ou reemitido`,
  renewed: "Se renovou ou pediu a reemissão",
  notRenewed: "Se não renovou nem pediu a reemissão",
  adultCard: "Se for um cartão de 10 anos (adulto)",
  minorCard: "Se for um cartão de 5 anos",
  march1: "Se o aniversário contar como 1º de março",
  earlierBirthday: `Se o ${term.certificate} vencer num aniversário anterior à validade do cartão`,
  issuedInWindow: `Se a emissão foi 1 dia depois, já dentro do período de ${term.renewal}`,
  noSignatureCertificate: `Se a véspera do aniversário de 15 anos não contar como 15 anos (o cartão não tem o ${term.signatureCertificate})`,
};
