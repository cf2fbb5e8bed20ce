// Types of build-widget.mjs (a plain Node script) for the test that imports it.

/** WIDGET_VERSION from site/src/widget/version.ts, and its major (the pinned file's name). */
export function widgetVersion(): Promise<{ version: string; major: string }>;

/** The widget bundled and minified, as code; nothing is written. */
export function bundleWidget(): Promise<string>;
/** The languages with a module of their own (site/src/widget/packs), sorted. */
export function packedLangs(): Promise<string[]>;
/** One language's module, bundled (its words, stage names, dates). */
export function bundlePack(lang: string): Promise<string>;
