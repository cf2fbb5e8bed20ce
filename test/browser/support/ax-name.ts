/**
 * @module
 * The accessible name Chromium itself computes for an element (its accessibility tree, through
 * the DevTools protocol), which is what a screen reader is given: not an attribute, and not
 * playwright's own approximation of the algorithm.
 */
import type { CDPSession, Page } from "playwright-core";

const sessions = new WeakMap<Page, CDPSession>();

/** The name of the first element matching `selector` (`:focus` for the focused one), spaces collapsed. */
export async function accessibleName(page: Page, selector: string): Promise<string> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  if (!nodeId) throw new Error(`no element matches ${selector}`);
  const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
  const name = nodes[0]?.name?.value;
  return typeof name === "string" ? name.replace(/\s+/g, " ").trim() : "";
}
