/**
 * @module
 * The checker (/pt-br/check/) in Brazilian Portuguese, a translation of CHECK.ja (the Japanese is
 * authoritative). Terms from the glossary, the Japanese beside them where the person meets it on
 * the card or at the counter. Field names are the API's request fields (contract.md).
 */
import { capitalize } from "#shared/messages/glossary/case.ts";
import { glossary } from "#shared/messages/glossary/pt-BR.ts";
import type { CheckContent } from "../../check";

const g = glossary.withJa;
const w = glossary.term;

export const content: CheckContent = {
  title: `Consultar a validade do ${w.certificate} e a etapa de hoje`,
  description: `Consulte a data de validade do ${w.certificate} do ${w.myNumberCard} e em que etapa está o ${w.mynaInsuranceCard} hoje (válido, pode renovar, vencido com prazo extra, inválido).`,
  lead: [
    `Digite as datas que você sabe. Você vai ver a data de validade do ${w.certificate}, o dia a partir do qual pode renovar, o último dia em que o ${w.mynaInsuranceCard} funciona e a tela que aparece na leitora de cartão do hospital.`,
    "Digite as datas no calendário ocidental ou no japonês, como estão escritas no cartão (por exemplo 2026-11-14, 2026年11月14日, 令和8年11月14日, R8.11.14, 昭和60年11月14日).",
  ],
  cardFigure: {
    caption: "Onde ficam as datas na frente do cartão (modelo)",
    items: [
      `**${capitalize(g("birthDate"))}**: impressa no calendário japonês (por exemplo 昭和60年11月14日生).`,
      `**${capitalize(g("cardExpiry"))}**: impressa no calendário ocidental, como “2031年11月14日まで有効” (válido até 14 de novembro de 2031). Não é a validade do ${w.certificate}.`,
      `**${capitalize(g("certificateExpiry"))}**: um campo preenchido à mão no balcão (moldura vermelha pontilhada). Muitas vezes está em branco; nesse caso, confira no ${g("mynaPortal")} ou na ${g("noticeLetter")}.`,
    ],
  },
  knowHeading: `Se você sabe a ${w.certificateExpiry}`,
  knowHint: "Se souber, só isso basta. Se não souber, deixe em branco e siga para a próxima pergunta.",
  orHeading: "Se você não sabe a data de validade",
  orHint: `Calculamos a partir da ${w.birthDate} e da ${w.cardExpiry} impressa na frente do cartão.`,
  issueSummary: "Usar a data de emissão do cartão em vez da validade",
  staySummary: `Para residentes estrangeiros com ${w.periodOfStay}`,
  todaySummary: "Consultar outro dia que não seja hoje",
  fields: {
    certificateExpiry: {
      label: `Data de validade do ${w.certificate}`,
      hint: `Está no campo “電子証明書の有効期限” na frente do cartão (escrito à mão no balcão; muitas vezes em branco), no ${g("mynaPortal")} ou na ${g("noticeLetter")} do envelope azul-claro (o 3 no desenho acima).`,
      example: "2026-03-15 ou 令和8年3月15日",
    },
    birthDate: {
      label: capitalize(w.birthDate),
      hint: "Pode digitar como está impresso no cartão, no calendário japonês (o 1 no desenho acima). Por exemplo 昭和60年11月14日 ou 1985-11-14.",
      example: "1985-11-14 ou 昭和60年11月14日",
    },
    cardExpiry: {
      label: "Data de validade do cartão",
      hint: "É a data impressa na frente do cartão, como “2031年11月14日まで有効” (o 2 no desenho acima).",
      example: "2031-11-14",
    },
    cardIssuedOn: {
      label: "Data de emissão do cartão",
      hint: "Não está impressa no cartão. É o dia em que o cartão foi feito (não o dia em que você o retirou). Preencha só se souber.",
      example: "2021-11-01",
    },
    periodOfStayEndsOn: {
      label: `Data de término do ${g("periodOfStay")}`,
      hint: `É a data escrita no ${g("residenceCard")}. Residentes permanentes (永住者), profissionais altamente qualificados nº 2 (高度専門職2号) e residentes permanentes especiais (特別永住者) não precisam preencher.`,
      example: "2027-04-30",
    },
    today: {
      label: "Dia da consulta",
      hint: 'Em branco, consultamos o dia de hoje (horário do Japão). Com um dia no futuro, você vê "o que vai acontecer nesse dia".',
      example: "2026-12-02",
    },
  },
  submit: "Consultar",
  checking: "Consultando…",
  parse: {
    unrecognised: 'Não foi possível ler o campo "{field}" como data. Digite como em {example}.',
    not_a_real_date: 'A data do campo "{field}" não existe no calendário. Confira o mês e o dia.',
    past_era_end: 'A data do campo "{field}" é posterior ao fim dessa era japonesa.',
    before_era_start: 'A data do campo "{field}" é anterior ao início dessa era japonesa.',
    before_gregorian: 'No campo "{field}", digite uma data a partir de 1873 (Meiji 6).',
    weekday_mismatch:
      'O dia da semana no campo "{field}" não corresponde à data: a data é {date}, mas está escrito {weekday}. Confira a data e o dia da semana e digite de novo.',
    year_mismatch:
      'O ano entre parênteses no campo "{field}" ({year}) não corresponde à data, que é {dateWithEra}. Confira qual ano está certo e digite de novo.',
    suggestion: "Você quis dizer {date}?",
  },
  errors: {
    summaryTitle: "Confira os dados digitados",
    titlePrefix: "Erro: ",
    prefix: "Erro: ",
    needInput: `Digite a ${w.certificateExpiry}, ou a ${w.birthDate} e a ${w.cardExpiry}.`,
    needBirthDate: `Digite a ${w.birthDate}. Só com as datas do cartão não dá para calcular.`,
    network: 'Não recebemos a resposta. Confira a sua conexão e toque de novo em "Consultar".',
    server: "Não recebemos a resposta. Espere um pouco e tente de novo.",
    busy: 'Há muitas consultas agora e não recebemos a resposta. Os dados digitados continuam aqui. Espere cerca de 1 minuto e toque de novo em "Consultar".',
  },
  result: {
    headline: {
      valid: `O ${w.certificate} está válido`,
      renewal: `Está na hora de renovar o ${w.certificate}`,
      grace: `O ${w.certificate} venceu`,
      lapsed: `O ${w.mynaInsuranceCard} não funciona mais`,
    },
    action: {
      valid: `A partir de {date}, você pode renovar no ${w.municipalOffice}. Até lá, não precisa fazer nada.`,
      renewal: `Renove no ${w.municipalOffice} até {date}.`,
      grace: `Peça a ${w.reissue} no ${w.municipalOffice} até {date}. Até lá, você ainda pode passar em consulta com o ${w.mynaInsuranceCard}.`,
      lapsed: `Desde {date}, o cartão não funciona mais como seguro de saúde. Peça a ${w.reissue} do ${w.certificate} no ${w.municipalOffice}.`,
    },
    bring: `O procedimento é feito no ${g("municipalOffice")} da cidade onde você mora (de graça). Leve o ${w.myNumberCard} e confira se você lembra a ${w.pin} de 4 dígitos e, se tiver certificado para assinatura, a senha dele (パスワード, de 6 a 16 letras e números).`,
    checkFirst: {
      heading: `Primeiro, confira a validade do ${w.certificate}`,
      ifSo: "Se a suposição acima estiver certa",
      moveToCard: "Usar esta data como validade do cartão",
      card: {
        heading: `Primeiro, confira a ${w.cardExpiry}`,
        why: `A ${w.cardExpiry} que você digitou não é um aniversário. A não ser que o cartão vença no fim do ${w.periodOfStay}, ele vence num aniversário. Veja de novo a data impressa na frente do cartão (「…まで有効」).`,
        typo: "Se a data impressa for {date} (seu aniversário), houve um erro de digitação: confira de novo com essa data.",
        recheck: "Conferir de novo com esta data",
        asTyped: `Se a data digitada estiver certa, o cartão vence no fim do ${w.periodOfStay} (cartão de residente estrangeiro). Digite também a ${g("periodOfStayEnd")}, para uma resposta mais segura. A resposta abaixo é para esse caso.`,
      },
    },
    stay: {
      action: `Primeiro, renove o ${w.periodOfStay} no ${g("immigration")}. Depois, até {date}, faça no ${w.municipalOffice} a ${w.cardValidityExtension} e peça um ${w.certificate} novo.`,
      later: `Primeiro, renove o ${w.periodOfStay} no ${g("immigration")}. Isso pode levar semanas. Com o novo ${g("residenceCard")} em mãos, faça no ${w.municipalOffice} a ${w.cardValidityExtension} e peça um ${w.certificate} novo.`,
      bring: `No ${w.municipalOffice}, leve o novo ${g("residenceCard")} e o ${w.myNumberCard}, e confira se você lembra a ${w.pin} de 4 dígitos e, se tiver certificado para assinatura, a senha dele (パスワード, de 6 a 16 letras e números).`,
    },
    newCard: {
      headline: `Hora de pedir um ${w.myNumberCard} novo`,
      action:
        "O cartão vence em {date}, e o certificado eletrônico (電子証明書) nunca vale mais que o cartão (mesmo renovado ou reemitido agora, terminaria nesse dia): peça agora um cartão My Number novo.",
      later:
        "A partir de {date} você pode pedir um cartão My Number novo (o certificado vence no mesmo dia que o cartão, então o cartão é trocado). Até lá, não é preciso fazer nada.",
      bring:
        "O pedido é feito pela internet, pelo correio, numa máquina de fotos ou no balcão (precisa de foto). Do pedido à retirada leva cerca de 1 mês.",
    },
    cardExpired: {
      action:
        "O cartão venceu em {date}. Num cartão vencido não dá para reemitir o certificado eletrônico: peça um cartão My Number novo.",
      bring:
        "O pedido é feito pela internet, pelo correio, numa máquina de fotos ou no balcão (precisa de foto). Leva cerca de 1 mês; até lá, você pode passar em consulta com o 資格確認書 (certificado de qualificação).",
    },
    alreadyRenewed:
      "Já renovou? Se no campo “電子証明書の有効期限” na frente do cartão está escrito {date}, a renovação já foi feita e não é preciso fazer mais nada.",
    more: "Ver mais detalhes",
    question: {
      legend: `Você renovou ou pediu a ${w.reissue} do ${w.certificate} no ${w.municipalOffice} a partir de {date}?`,
      howToTell: [
        "Se no campo “電子証明書の有効期限” na frente do cartão (embaixo à esquerda, na moldura vermelha pontilhada) há uma data escrita à mão posterior a {date}, você renovou. Se está escrito só {date}, essa é a primeira validade, e não mostra que você renovou.",
        `Se você consegue entrar no ${g("mynaPortal")} agora, você renovou: com um certificado vencido não dá para entrar.`,
      ],
      yes: "Sim",
      no: "Não",
      unknown: "Não sei",
      submit: "Responder",
      intro:
        "A etapa de hoje muda conforme a resposta. Enquanto não souber, veja os dois casos e faça o procedimento a tempo para a data mais cedo.",
      ifNo: "Se não renovou nem pediu a reemissão",
      ifYes: "Se renovou ou pediu a reemissão",
    },
    checkedOn: "Dia da consulta: ",
    datesHeading: "Datas importantes",
    dateLabels: {
      renewalOpens: "Início do período de renovação",
      firstCounterDay: "Primeiro dia para fazer o procedimento no balcão",
      certificateExpires: `Data de validade do ${w.certificate}`,
      graceEnds: `Último dia em que o ${w.mynaInsuranceCard} funciona (só confirma a qualificação no seguro)`,
      cardExpires: "Data de validade do próprio cartão",
      signature: `Data de validade do ${w.signatureCertificate}`,
      signatureAtMost: " (vence antes disso se você mudar de endereço ou de nome)",
      lastCounterDay: "Último dia para fazer o procedimento no balcão",
    },
    timelineHeading: "Linha do tempo",
    timelineCaption: "As suas 4 etapas (a tabela abaixo tem as mesmas informações)",
    tableCaption: "Datas e acontecimentos",
    tableDate: "Data",
    tableEvent: "Acontecimento",
    todayRow: "Hoje",
    todayMarker: "Hoje",
    dayRow: "Dia da consulta",
    dayMarker: "Dia",
    before: "antes de",
    from: "a partir de",
    until: "até",
    readerHeading: "A tela que aparece neste dia na leitora de cartão do hospital ou da farmácia",
    readerCaption: "Tela da leitora de cartão com reconhecimento facial (desenho)",
    worksHeading: "O que funciona e o que não funciona",
    worksWord: "funciona",
    notWorksWord: "não funciona",
    stepsHeading: "O que fazer agora",
    caveatsHeading: "Confira também",
    caveatAlternatives: "Outros casos:",
    stayPage: `Para quem tem ${w.periodOfStay}: a ordem dos procedimentos e o que levar`,
    calendarHeading: "Salvar na agenda",
    calendarText:
      "Você pode salvar na agenda, como eventos, as datas que ainda estão por vir. O arquivo (.ics) tem um lembrete às 9h de cada dia.",
    ics: "Baixar o arquivo de agenda (.ics)",
    google:
      "No Google Agenda, os eventos são adicionados um de cada vez (o horário dos lembretes segue as configurações do seu Google Agenda):",
    bookmark:
      "O endereço desta página guarda as datas digitadas: salvando nos favoritos, você vê o mesmo resultado de novo. A parte do endereço depois de “#” nunca é enviada ao servidor.",
    again: "Mudar os dados e consultar de novo",
    stagesLink: "Ver as 4 etapas em detalhe",
  },
};
