// Types of answer-requests.mjs (a plain module) for the TypeScript that imports it.

/** One request: a label, the method, the path with its query, the headers, and a body if any. */
export type AnswerRequest = [
  label: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
];

/** Every kind of answer worded in `lang`; `other` and `third` are two other languages. */
export function answerRequests(lang: string, other: string, third: string): AnswerRequest[];
