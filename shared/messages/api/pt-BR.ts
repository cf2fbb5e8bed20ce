/**
 * @module
 * The API's own sentences in Brazilian Portuguese (problems, the Worker's field errors, calendar,
 * badge): a translation of api/ja.ts, which is authoritative. Every message says what to do next,
 * and none quotes the input (architecture.md). Terms come from the glossary.
 */
import { LIMIT_TEXT } from "../../limits/index.ts";
import type { ApiTexts } from "../catalog.ts";
import { glossary } from "../glossary/pt-BR.ts";

const { term, withJa } = glossary;

/** Portuguese groups thousands with a point: "5,000" would read as five. */
const count = (text: string) => text.replaceAll(",", ".");

export const ptBRApi: ApiTexts = {
  problem: {
    "invalid-input": {
      title: "Confira os dados enviados",
      detail: "Corrija os campos listados em errors e envie a solicitação de novo.",
    },
    "malformed-body": {
      title: "Não foi possível ler o corpo da solicitação",
      detail: "Envie o corpo como um objeto JSON em UTF-8.",
    },
    "unsupported-media-type": {
      title: "Formato não aceito",
      detail: "Envie JSON sem compressão (sem Content-Encoding), com o cabeçalho Content-Type: application/json.",
    },
    "content-too-large": {
      title: "A solicitação é grande demais",
      detail: "Envie um corpo menor ou divida o conteúdo em várias solicitações.",
    },
    "uri-too-long": { title: "A URL é longa demais", detail: "Coloque na query só os campos necessários." },
    "not-found": {
      title: "Não encontrado",
      detail: "Não há API nesta URL. Veja as URLs disponíveis em /api/v1/openapi.json.",
    },
    "method-not-allowed": {
      title: "Método não permitido",
      detail: "Use um dos métodos do cabeçalho Allow.",
    },
    "rate-limited": {
      title: "Solicitações demais",
      detail:
        "Espere os segundos indicados no cabeçalho Retry-After e envie de novo. Muitas datas podem ir numa só chamada a /api/v1/evaluate/batch.",
    },
    internal: { title: "Ocorreu um problema no servidor", detail: "Tente de novo mais tarde." },
  },
  requestError: {
    malformed_json: "Não foi possível ler o corpo como JSON. Confira os colchetes, chaves e aspas.",
    body_unreadable: "O corpo não chegou completo. Envie de novo.",
    empty_body: "O corpo está vazio. Envie um objeto JSON.",
    invalid_encoding: "Envie o corpo em UTF-8.",
    too_deep: "O JSON tem níveis demais. Envie cada campo como texto (string).",
    body_too_large: `O corpo é grande demais: no máximo ${LIMIT_TEXT.singleBody} para uma pergunta e ${LIMIT_TEXT.batchBody} para um lote.`,
    unsupported_media_type: "Use Content-Type: application/json.",
    unsupported_content_encoding: "Envie o corpo sem compressão (sem Content-Encoding).",
    repeated_parameter: "Coloque este campo só uma vez na query.",
    control_character: "Retire os caracteres de controle, como quebras de linha e tabulações.",
    query_too_long: "A query é longa demais. Deixe só os campos necessários.",
    too_many_items: `Um lote aceita no máximo ${count(LIMIT_TEXT.batchItems)} itens. Divida a lista em várias solicitações.`,
    too_many_items_with_texts: `Um lote com textos aceita no máximo ${count(LIMIT_TEXT.batchItemsWithTexts)} itens. Com "texts": false, as respostas vêm sem frases (datas, etapa, códigos) e o lote aceita até ${count(LIMIT_TEXT.batchItems)} itens.`,
    too_many_langs_with_texts: `Um lote com textos usa no máximo ${count(LIMIT_TEXT.batchLangsWithTexts)} idiomas: contam-se o lang de cada item e, se algum item não tiver lang, também o lang do lote (ou, sem ele, o idioma do Accept-Language). Envie um lote por idioma, ou use "texts": false para respostas sem frases (datas, etapa, códigos).`,
    texts_not_boolean: "Use true ou false em texts.",
    field_belongs_in_item:
      'Coloque os campos de data (birthDate, today etc.) dentro de cada item de items, por exemplo {"items": [{"birthDate": "1990-01-01", "today": "2026-03-15"}]}.',
    items_required: "Coloque em items uma lista (array) de perguntas (objetos).",
    item_not_an_object: "Cada item deve ser um objeto JSON ({ … }).",
    unknown_path: "Não há API nesta URL.",
    method_not_allowed: "Use um método listado no cabeçalho Allow.",
    malformed_request: `A solicitação não está no formato HTTP/1.1. Envie um único cabeçalho Host com o nome deste servidor, um caminho que comece com / e cabeçalhos de no máximo ${LIMIT_TEXT.headerBytes} no total.`,
    rate_limited: "Espere um pouco e envie de novo.",
    internal_error: "Tente de novo mais tarde.",
  },
  calendar: {
    calendarName: `Prazos do ${term.certificate} do ${term.myNumberCard}`,
    reminderSummary: `Faltam cerca de 2 meses para o vencimento do ${term.certificate}`,
    renewalDetail: `A partir de hoje, você pode fazer a ${term.renewal} do ${withJa("certificate")} de graça no ${withJa("municipalOffice")} da cidade onde mora. Leve o cartão e confira se você lembra a ${withJa("pin")}.`,
    graceDetail: `Depois deste dia, o cartão não poderá mais ser usado como ${withJa("mynaInsuranceCard")}. Enquanto o cartão for válido, a ${withJa("reissue")} do ${term.certificate} pode ser feita no balcão a qualquer momento.`,
    reminderDetail: `Se ainda não fez, renove o ${withJa("certificate")} no ${withJa("municipalOffice")} (leve o cartão e confira se você lembra a ${term.pin}). Dá para renovar mesmo sem ter recebido a ${withJa("noticeLetter")}.`,
    lastCounterDaySummary: `Vá ao balcão: último dia para renovar o ${term.certificate}`,
    lastCounterDayDetail: `É o último dia antes do vencimento em que dá para renovar o ${withJa("certificate")} no ${withJa("municipalOffice")} (os balcões fecham aos sábados, domingos, feriados e de 29 de dezembro a 3 de janeiro; confira na sua prefeitura se há atendimento em fins de semana e o horário). Leve o cartão e confira se você lembra a ${term.pin}.`,
    counterSoonSummary: `Vá ao balcão: está chegando o último dia para renovar ou reemitir o ${term.certificate} antes do prazo`,
    counterSoonDetail: `Falta cerca de uma semana para o último dia antes do prazo em que dá para renovar ou reemitir o ${withJa("certificate")} no ${withJa("municipalOffice")}. Se ainda não fez, vá logo: leve o cartão e confira se você lembra a ${term.pin} (os balcões fecham aos sábados, domingos, feriados e de 29 de dezembro a 3 de janeiro; confira na sua prefeitura se há atendimento em fins de semana e o horário).`,
    graceCounterSoonSummary: `Vá ao balcão: está chegando o último dia para reemitir o ${term.certificate} enquanto o ${term.mynaInsuranceCard} ainda funciona`,
    graceCounterSoonDetail: `A validade do ${term.certificate} já passou. Falta cerca de uma semana para o último dia em que dá para reemitir o ${withJa("certificate")} no ${withJa("municipalOffice")} enquanto o ${term.mynaInsuranceCard} ainda funciona (antes do fim do prazo extra). Se ainda não fez, vá logo: leve o cartão e confira se você lembra a ${term.pin} (os balcões fecham aos sábados, domingos, feriados e de 29 de dezembro a 3 de janeiro; confira na sua prefeitura se há atendimento em fins de semana e o horário).`,
    graceLastCounterDaySummary: `Vá ao balcão: último dia para reemitir o ${term.certificate} enquanto o ${term.mynaInsuranceCard} ainda funciona`,
    graceLastCounterDayDetail: `É o último dia antes do fim do prazo extra em que dá para reemitir o ${withJa("certificate")} no ${withJa("municipalOffice")}; depois, o balcão fica fechado até o fim do prazo extra. Leve o cartão e confira se você lembra a ${term.pin}.`,
    cardApplicationSummary: `Peça o ${term.myNumberCard} novo: leva cerca de 1 mês para retirar`,
    cardReminderSummary: `Faltam cerca de 2 meses para o vencimento do ${term.myNumberCard}`,
    cardLastCounterDaySummary: "Vá ao balcão: último dia de atendimento antes do vencimento do cartão",
    newCardDetail: `O ${term.certificate} nunca vale mais que o ${term.myNumberCard} (mesmo renovado ou reemitido agora, venceria no mesmo dia que o cartão), por isso é preciso fazer um cartão novo. O pedido é feito com foto, pela internet, pelo correio, numa máquina de fotos para documentos ou no balcão. Do pedido até a retirada do cartão no balcão leva cerca de 1 mês, então peça com antecedência. O cartão novo vem com um ${term.certificate} novo.`,
    extendCardDetail: `Este cartão vence no último dia do ${withJa("periodOfStay")}, e o ${term.certificate} vence, no máximo, nesse mesmo dia. Depois de renovar o ${term.periodOfStay}, faça a ${withJa("cardValidityExtension")} no ${withJa("municipalOffice")} da cidade onde você mora (não é o pedido de um cartão novo). Prolongar o cartão não prolonga o ${term.certificate}, então peça também, no mesmo balcão, a emissão de um ${term.certificate} novo.`,
    extendCardIfStayDetail: `A ${term.cardExpiry} que você digitou não é um aniversário, então primeiro confira no cartão se não houve erro de digitação. Se a data estiver certa e o cartão vencer no último dia do ${withJa("periodOfStay")}, o ${term.certificate} vence no mesmo dia. Nesse caso, depois de renovar o ${term.periodOfStay}, faça a ${withJa("cardValidityExtension")} no ${withJa("municipalOffice")} da cidade onde você mora (não é o pedido de um cartão novo). Prolongar o cartão não prolonga o ${term.certificate}, então peça também, no mesmo balcão, a emissão de um ${term.certificate} novo.`,
    cardExpiredDetail: `A validade do ${term.myNumberCard} terminou, então o ${term.certificate} também venceu. Não dá para fazer a ${term.reissue} do ${term.certificate} num cartão vencido: peça um cartão novo. O pedido é feito com foto, pela internet, pelo correio, numa máquina de fotos para documentos ou no balcão. Do pedido até a retirada do cartão no balcão leva cerca de 1 mês. O cartão novo vem com um ${term.certificate} novo. Até lá, você pode passar em consulta com o ${withJa("eligibilityCertificate")}.`,
    closedExpiryDetail: `Hoje vence o ${term.certificate}, mas hoje os balcões da prefeitura estão fechados (sábados, domingos, feriados e de 29 de dezembro a 3 de janeiro), e o prazo não passa para o próximo dia de atendimento. A partir de amanhã, o ${term.mynaInsuranceCard} serve só para confirmar a qualificação do seguro. No próximo dia em que o balcão abrir (depois do fim de ano, a partir de 4 de janeiro), faça a reemissão do ${term.certificate}: leve o cartão e confira se você lembra a ${term.pin}.`,
    unsureDetail: `Estas datas partem de uma estimativa da ${term.certificateExpiry}. Confira a data no campo escrito à mão na frente do cartão ou no ${withJa("mynaPortal")} e consulte de novo com essa data.`,
    linkLine: "Mais detalhes na マイナ期限ナビ (Myna Kigen Navi):",
    alarm: `Aviso do prazo do ${term.certificate} do ${term.myNumberCard}`,
    labelJoiner: ": ",
  },
  badgeLabel: "Certificado My Number",
};
