/**
 * @module
 * What the browser checks before asking the API: every typed date parses (R-PARSE-1..3) and the
 * fields form one of the contract's combinations (certificate expiry; birth date + card expiry;
 * birth date + issue date). The API checks everything again (R-INPUT-1); this only saves a
 * round trip and names the field early.
 */
import { hasCardFaceWords, parseTypedDate } from "#shared/dates/index.ts";
import type { Lang } from "#shared/lang/index.ts";
import type { CheckContent } from "../content/check";
import { parseProblem } from "./date-text";
import { type CheckerInput, FRAGMENT_FIELDS } from "./fragment";

export interface FieldError {
  field: string;
  /** A sentence that may carry ruby (`{漢字|かんじ}`), as the API's やさしい日本語 does; shown with `rubyHtml`. */
  message: string;
}

export interface Checked {
  errors: FieldError[];
  /**
   * ISO dates per field, ready for POST /api/v1/evaluate; as typed where the API must read the
   * text itself: a date past its era's end (R-PARSE-3), so the API words its note
   * (`text.inputNotes`), and a certificate expiry with the card face's 「…まで有効」 (R-DATE-6,
   * review7 #15), so the API can ask whether it is the card's date.
   */
  body: Record<string, string>;
}

/** `lang`: the page's language, for the dates a sentence names (parseProblem). */
export function validateInput(fields: CheckerInput, text: CheckContent, lang?: Lang): Checked {
  const errors: FieldError[] = [];
  const body: Record<string, string> = {};
  for (const name of FRAGMENT_FIELDS) {
    const typed = fields[name];
    if (!typed) continue;
    const parsed = parseTypedDate(typed);
    const asTyped = parsed.ok && (parsed.note || (name === "certificateExpiry" && hasCardFaceWords(typed)));
    if (parsed.ok) body[name] = asTyped ? typed : parsed.iso;
    else errors.push({ field: name, message: parseProblem(parsed, text, name, lang) });
  }
  if (errors.length) return { errors, body };
  const hasCertificate = Boolean(fields.certificateExpiry);
  const hasCard = Boolean(fields.cardExpiry || fields.cardIssuedOn);
  if (!hasCertificate && hasCard && !fields.birthDate)
    errors.push({ field: "birthDate", message: text.errors.needBirthDate });
  else if (!hasCertificate && !(fields.birthDate && hasCard))
    errors.push({ field: fields.birthDate ? "cardExpiry" : "certificateExpiry", message: text.errors.needInput });
  return { errors, body };
}
