/**
 * The widget's version (semver). The major number names the pinned file `/widget/v1.js`
 * (scripts/build-widget.mjs reads it from here): a breaking change means a new major and a new
 * file, and `v1.js` keeps working for everyone who pinned it.
 */
export const WIDGET_VERSION = "1.1.0";
