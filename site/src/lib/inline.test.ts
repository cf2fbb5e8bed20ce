import { describe, expect, it } from "vitest";
import { inlineHtml, plainText, rubyHtml } from "./inline";

describe("inlineHtml", () => {
  it("escapes HTML before applying markup", () => {
    expect(inlineHtml("<b>&")).toBe("&lt;b&gt;&amp;");
  });
  it("renders strong, links and ruby", () => {
    expect(inlineHtml("**大事**")).toBe("<strong>大事</strong>");
    expect(inlineHtml("[出典](/sources/)")).toBe('<a href="/sources/">出典</a>');
    expect(inlineHtml("{更新|こうしん}")).toBe("<ruby>更新<rp>(</rp><rt>こうしん</rt><rp>)</rp></ruby>");
  });
  it("renders `code` spans, escaped (the embed docs name attributes and properties)", () => {
    expect(inlineHtml("`<myna-expiry>` and `lang`")).toBe("<code>&lt;myna-expiry&gt;</code> and <code>lang</code>");
    expect(plainText("the `today` attribute")).toBe("the today attribute");
  });
  it("marks links to other sites", () => {
    expect(inlineHtml("[MHLW](https://www.mhlw.go.jp/)")).toBe(
      '<a href="https://www.mhlw.go.jp/" rel="noopener noreferrer" class="external">MHLW</a>',
    );
  });
});

describe("plainText", () => {
  it("drops ruby readings and markup", () => {
    expect(plainText("{期限|きげん}を**見る**")).toBe("期限を見る");
  });
});

describe("rubyHtml", () => {
  it("allows ruby only", () => {
    expect(rubyHtml("{期限|きげん}[x](javascript:alert(1))**b**<i>")).toBe(
      "<ruby>期限<rp>(</rp><rt>きげん</rt><rp>)</rp></ruby>[x](javascript:alert(1))**b**&lt;i&gt;",
    );
  });
});
