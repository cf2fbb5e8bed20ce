/**
 * @module
 * Input schemas shared by the API, the OpenAPI document, the site and the widget.
 */
export { EvaluateBodySchema, StageQuerySchema, CalendarQuerySchema, TypedDate, Lang, DATE_FIELDS } from "./fields.ts";
export { parseEvaluateBody, parseStageQuery, parseCalendarQuery, type ParsedRequest } from "./parse.ts";
