/**
 * @module
 * A link to a field that sits inside a closed disclosure (`/check/#periodOfStayEndsOn`, from the
 * page for residents with a period of stay) opens the disclosure and focuses the field. Chromium
 * opens such a `<details>` by itself on fragment navigation; other browsers do not. A fragment
 * with `=` is the checker's inputs (fragment.ts), not a place on the page, and is left alone.
 */
export function openFragmentTarget(hash: string = location.hash): void {
  if (!/^#[A-Za-z][\w-]*$/.test(hash)) return;
  const target = document.getElementById(hash.slice(1));
  const details = target?.closest("details");
  if (!target || !details) return;
  details.open = true;
  target.focus();
}
