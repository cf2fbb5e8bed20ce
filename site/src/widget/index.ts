/**
 * @module
 * The widget's entry point, built to `/widget.js` and `/widget/v1.js` (scripts/build-widget.mjs).
 * Loading it twice (both files on one page) defines the element once.
 */
import { MynaExpiryElement } from "./element.ts";

export { MynaExpiryElement };

declare global {
  interface HTMLElementTagNameMap {
    "myna-expiry": MynaExpiryElement;
  }
}

if (!customElements.get("myna-expiry")) customElements.define("myna-expiry", MynaExpiryElement);
