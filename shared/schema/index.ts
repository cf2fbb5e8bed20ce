/**
 * @module
 * Input schemas: the Worker validates requests with them and the OpenAPI document is generated
 * from them.
 */
export { EvaluateBodySchema, StageQuerySchema, CalendarQuerySchema, TypedDate, Lang, DATE_FIELDS } from "./fields.ts";
export { parseEvaluateBody, parseStageQuery, parseCalendarQuery, type ParsedRequest } from "./parse.ts";
