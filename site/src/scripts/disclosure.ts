/**
 * @module
 * Menus built on <details data-disclosure> (the language menu, the phone menu) open and close
 * without JavaScript; this adds what a menu is expected to do besides: Escape closes the open one
 * and puts focus back on its button (WCAG 2.1.2: no keyboard trap, and focus is not lost), and a
 * click or focus outside closes it, so two never overlap.
 */
const menus = (): HTMLDetailsElement[] => [
  ...document.querySelectorAll<HTMLDetailsElement>("details[data-disclosure]"),
];

document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const open = menus().find((menu) => menu.open);
  if (!open) return;
  open.open = false;
  open.querySelector("summary")?.focus();
});

const closeOutside = (event: Event) => {
  const target = event.target instanceof Node ? event.target : null;
  for (const menu of menus()) if (menu.open && !(target && menu.contains(target))) menu.open = false;
};
document.addEventListener("click", closeOutside);
document.addEventListener("focusin", closeOutside);
