/**
 * @module
 * Input schemas: the Worker validates requests with them and the OpenAPI document is generated
 * from them.
 */
export { CalendarQuerySchema, DATE_FIELDS, EvaluateBodySchema, Lang, StageQuerySchema, TypedDate } from "./fields.ts";
export {
  type ParsedRequest,
  parseCalendarQuery,
  parseEvaluateBody,
  parseEvaluateBodyFast,
  parseEvaluateBodyFull,
  parseStageQuery,
} from "./parse.ts";
