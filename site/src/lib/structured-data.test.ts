import { describe, expect, it } from "vitest";
import { FAQ } from "../content/faq";
import { UI } from "../content/ui";
import { faqPage, jsonLdText, webApplication } from "./structured-data";

describe("JSON-LD", () => {
  it("the FAQ page has every question of the FAQ, as plain text", () => {
    const data = faqPage(FAQ.ja, "https://example.test/faq/", "ja") as { mainEntity: { name: string }[] };
    const count = FAQ.ja.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === "qa" ? b.items : [])).length;
    expect(data.mainEntity).toHaveLength(count);
    expect(count).toBeGreaterThan(3);
    expect(JSON.stringify(data)).not.toMatch(/\*\*|\{[^|}]*\|/);
  });

  it("the application says it is unofficial and names no publisher or provider", () => {
    const data = webApplication({
      name: UI.ja.siteName,
      description: "d",
      url: "https://example.test/",
      inLanguage: "ja",
      unofficial: UI.ja.unofficial,
    }) as Record<string, unknown>;
    expect(data["@type"]).toBe("WebApplication");
    expect(data.disambiguatingDescription).toContain("非公式");
    for (const key of ["provider", "publisher", "author", "sourceOrganization"]) expect(data).not.toHaveProperty(key);
  });

  it("no text can close the script element", () => {
    expect(jsonLdText({ a: "</script><script>x" })).not.toContain("<");
    expect(JSON.parse(jsonLdText({ a: "</script>" }))).toEqual({ a: "</script>" });
  });
});
