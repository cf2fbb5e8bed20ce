/**
 * @module
 * The `_headers` file of Cloudflare's static assets (site/public/_headers, copied into
 * site/dist), read and applied the way Cloudflare does, so that `npm start` on plain workerd
 * sends the same headers as the edge, from the same file.
 *
 * Format: a URL pattern on a line of its own, then indented `Name: value` lines; `! Name`
 * removes a header set by an earlier matching rule; `#` starts a comment. A pattern may hold
 * one splat `*` (any characters) and placeholders `:name` (one path segment). Every rule that
 * matches applies, in file order; a header set by two rules gets both values, comma-joined.
 */

export interface HeaderRule {
  pattern: RegExp;
  set: [name: string, value: string][];
  detach: string[];
}

/** `/embed/*` → /^\/embed\/.*$/ ; `/:lang/x` → /^\/[^/]+\/x$/ */
function patternToRegExp(pattern: string): RegExp {
  let source = "";
  for (const part of pattern.split(/(\*|:[A-Za-z]\w*)/)) {
    if (part === "*") source += ".*";
    else if (/^:[A-Za-z]\w*$/.test(part)) source += "[^/]+";
    else source += part.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (!/^\s/.test(raw)) {
      // Only path patterns: the host-qualified form (https://host/path) does not arise here.
      current = { pattern: patternToRegExp(line), set: [], detach: [] };
      rules.push(current);
    } else if (current && line.startsWith("!")) {
      current.detach.push(line.slice(1).trim().toLowerCase());
    } else if (current) {
      const colon = line.indexOf(":");
      if (colon > 0) current.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Applies every rule matching `pathname` to `headers`, in file order. */
export function applyHeaderRules(rules: readonly HeaderRule[], pathname: string, headers: Headers): void {
  const setHere = new Set<string>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      if (setHere.has(key) && headers.has(key)) headers.set(name, `${headers.get(key)}, ${value}`);
      else headers.set(name, value);
      setHere.add(key);
    }
  }
}
