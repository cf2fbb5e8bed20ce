// Editing the list after computing (review A4, A6, A7, B6–B9, B12): the results say they are
// stale and the exports wait; a sheet's room and name are both kept; a date past its era's end
// is said beside its cell; Enter in a cell computes; a corrected file imported again adds only
// what is new (or replaces the list); a removal can be undone; errors name the row's label; the
// easy page's card labels carry ふりがな.
import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { usePage } from "./support/chromium.ts";
import { computeList, csvBytes, importCsv } from "./support/list.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const TODAY = "2026-12-02";

async function freshList(path = "/list/"): Promise<void> {
  await page.goto(`${baseURL}${path}`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${baseURL}${path}`);
  await page.locator("[data-app]:not([hidden])").waitFor();
}

async function chooseToday(): Promise<void> {
  await page.click("details.more summary");
  await page.fill("#today", TODAY);
}

const rowValues = (p: Page) =>
  p.$$eval("[data-rows] tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("input")].map((i) => i.value)));

const exportsDisabled = (p: Page) =>
  p.$$eval("[data-export-csv], [data-export-ics], [data-print]", (buttons) =>
    buttons.map((b) => (b as HTMLButtonElement).disabled),
  );

const staleText = (p: Page) => p.textContent("[data-stale-status]");

async function paste(p: Page, cellId: string, text: string): Promise<void> {
  await p.evaluate(
    ([id, block]) => {
      const data = new DataTransfer();
      data.setData("text/plain", block!);
      document
        .getElementById(id!)!
        .dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [cellId, text],
  );
}

describe("stale results (A4)", () => {
  it("marks the results after an edit, disables the exports, and is current again after the undoing edit", async () => {
    await freshList();
    await page.fill("#row-0-label", "101 山田 花子");
    await page.fill("#row-0-certificateExpiry", "R8.3.15");
    await chooseToday();
    await computeList(page);
    await expect(staleText(page)).resolves.toBe("");
    expect(await exportsDisabled(page)).toStrictEqual([false, false, false]);

    await page.fill("#row-0-certificateExpiry", "R9.3.15");
    await expect(staleText(page)).resolves.toContain("リストが変わりました。もう一度まとめて調べてください。");
    expect(await page.getAttribute("[data-stale-status]", "role")).toBe("status");
    expect(await exportsDisabled(page)).toStrictEqual([true, true, true]);
    await expect(page.isVisible("[data-stale-again] button")).resolves.toBe(true);

    // Printed stale, the page says so and shows no answer.
    await page.emulateMedia({ media: "print" });
    await expect(page.isVisible(".results-table")).resolves.toBe(false);
    await expect(page.isVisible("[data-month-list]")).resolves.toBe(false);
    await expect(page.isVisible("[data-stale-status]")).resolves.toBe(true);
    await page.emulateMedia({ media: "screen" });

    // Back to the list that was computed: current again.
    await page.fill("#row-0-certificateExpiry", "R8.3.15");
    await expect(staleText(page)).resolves.toBe("");
    expect(await exportsDisabled(page)).toStrictEqual([false, false, false]);

    // The chosen day is part of what was computed.
    await page.fill("#today", "2026-12-03");
    await expect(staleText(page)).resolves.toContain("リストが変わりました");
    await page.fill("#today", TODAY);
    await expect(staleText(page)).resolves.toBe("");
  });

  it("marks them after a paste, an import and a removal; computing again exports the new list", async () => {
    await freshList();
    await paste(page, "row-0-label", "101 山田 花子\t\t\tR8.3.15\n102 佐藤 一郎\t\t\tR9.1.10\n");
    await chooseToday();
    await computeList(page);
    await expect(page.locator("[data-results-body] tr").count()).resolves.toBe(2);

    await page.fill("#row-1-certificateExpiry", "R9.2.10");
    await expect(staleText(page)).resolves.toContain("リストが変わりました");
    await page.click("[data-stale-again] button");
    await page.locator("[data-results]:not([data-stale])").waitFor();
    await expect(staleText(page)).resolves.toBe("");

    await importCsv(page, "more.csv", csvBytes(["氏名,電子証明書の有効期限", "103 鈴木 ミツ,R10.5.5"], "utf-8"));
    await expect(staleText(page)).resolves.toBe(""); // the preview alone changes nothing
    await page.click("[data-import-add]");
    await expect(staleText(page)).resolves.toContain("リストが変わりました");
    await computeList(page);
    await page.locator("[data-results]:not([data-stale])").waitFor();

    await page.click('[data-rows] tr[data-index="0"] [data-control="remove"]');
    await expect(staleText(page)).resolves.toContain("リストが変わりました");
    expect(await exportsDisabled(page)).toStrictEqual([true, true, true]);
    await page.click("[data-stale-again] button");
    await page.locator("[data-results]:not([data-stale])").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-export-csv]")]);
    const csv = await readFile((await download.path())!, "utf8");
    const [, ...lines] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(lines.map((l) => [l[0], l[3]]).sort()).toStrictEqual([
      ["102 佐藤 一郎", "R9.2.10"],
      ["103 鈴木 ミツ", "R10.5.5"],
    ]);
  });

  it.each([
    ["/en/list/", "The list has changed. Check everyone again"],
    ["/easy/list/", "リストが 変わりました。"],
  ])("says so on %s", async (path, sentence) => {
    await freshList(path);
    await page.fill("#row-0-certificateExpiry", "R8.3.15");
    await computeList(page);
    await page.fill("#row-0-label", "A");
    const said = await page.$eval("[data-stale-status]", (p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      for (const rt of copy.querySelectorAll("rt, rp")) rt.remove();
      return copy.textContent;
    });
    expect(said).toContain(sentence);
  });
});

describe("a room and a name (A6)", () => {
  it("keeps both in the label when pasted, and says so", async () => {
    await freshList();
    await paste(
      page,
      "row-0-label",
      "部屋番号\t氏名\t生年月日\t有効期限\n301\t岡田 政子\t昭和12年3月3日\t2027/3/3\n302\t\tS15.5.5\t2030/5/5\n",
    );
    expect(await rowValues(page)).toStrictEqual([
      ["301 岡田 政子", "昭和12年3月3日", "2027/3/3", "", "", ""],
      ["302", "S15.5.5", "2030/5/5", "", "", ""],
    ]);
    await expect(page.textContent("[data-editor-status]")).resolves.toBe(
      "2行を貼り付けました。「部屋番号」と「氏名」の列は、つないで「名前・部屋番号」に入れました。",
    );
  });

  it("keeps both in the import preview, says so with an example, and adds the joined labels", async () => {
    await freshList();
    const lines = [
      "居室,氏名,生年月日,有効期限（カード）",
      "201,岡田 政子,昭和12年3月3日,2027/3/3",
      "202,森 一,S20.1.1,2035/1/1",
    ];
    await importCsv(page, "room-and-name.csv", csvBytes(lines, "cp932"));
    expect(
      await page.$$eval("select[data-import-column]", (s) => s.map((e) => (e as unknown as HTMLSelectElement).value)),
    ).toStrictEqual(["label", "label", "birthDate", "cardExpiry"]);
    await expect(page.textContent("[data-import-joined]")).resolves.toBe(
      "「居室」と「氏名」の列をつないで、「名前・部屋番号」として読みます（例：201 岡田 政子）。",
    );
    await page.click("[data-import-add]");
    expect((await rowValues(page)).map((r) => r[0])).toStrictEqual(["201 岡田 政子", "202 森 一"]);
  });
});

describe("dates as read (A7)", () => {
  it("echoes each typed date and says when one is past its era's end, as the preview does", async () => {
    await freshList();
    await page.fill("#row-0-label", "誤記");
    await page.fill("#row-0-birthDate", "昭和65年1月1日");
    await page.fill("#row-0-cardExpiry", "2031/1/1");
    await expect(page.textContent("#row-0-birthDate-read")).resolves.toBe(
      "= 1990年1月1日（平成2年）生年月日は、その元号の期間を過ぎた日付なので、平成2年1月1日として読みました。",
    );
    await expect(page.textContent("#row-0-cardExpiry-read")).resolves.toBe("= 2031年1月1日（令和13年）");
    await expect(page.isVisible("#row-0-birthDate-read [data-cell-note]")).resolves.toBe(true);
    expect(await page.getAttribute("#row-0-birthDate", "aria-describedby")).toBe("row-0-birthDate-read");
    await page.fill("#row-0-cardExpiry", "2031/1/");
    await expect(page.textContent("#row-0-cardExpiry-read")).resolves.toBe("");
  });

  it("writes the era's ふりがな on the easy page", async () => {
    await freshList("/easy/list/");
    await page.fill("#row-0-birthDate", "平成31年5月1日");
    const ruby = await page.$$eval("#row-0-birthDate-read [data-cell-note] ruby", (rubies) =>
      rubies.map((r) => [r.firstChild?.textContent, r.querySelector("rt")?.textContent]),
    );
    expect(ruby).toContainEqual(["令和", "れいわ"]);
    expect(ruby).toContainEqual(["元年", "がんねん"]);
  });
});

describe("keyboard (B7)", () => {
  it("computes on Enter in a cell", async () => {
    await freshList();
    await page.fill("#row-0-certificateExpiry", "R8.3.15");
    await page.focus("#row-0-certificateExpiry");
    await page.keyboard.press("Enter");
    await page.locator("[data-results]:not([hidden])").waitFor({ timeout: 30_000 });
    await expect(page.locator("[data-results-body] tr").count()).resolves.toBe(1);
  });

  it("has 「まとめて調べる」 above the table as well", async () => {
    await freshList();
    await page.fill("#row-0-certificateExpiry", "R8.3.15");
    const before = await page.$eval(
      "[data-submit-top]",
      (b) => !!(b.compareDocumentPosition(document.getElementById("row-0-label")!) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
    expect(before).toBe(true);
    await page.click("[data-submit-top]");
    await page.locator("[data-results]:not([hidden])").waitFor({ timeout: 30_000 });
  });
});

describe("error lines (B12)", () => {
  it("name the row by its number and its label, the label as typed", async () => {
    await freshList();
    await page.fill("#row-0-label", "山田 花子");
    await page.fill("#row-0-birthDate", "H13.2.29");
    await page.fill("#row-0-cardExpiry", "2031/2/28");
    await page.click("[data-add-row]");
    await page.fill("#row-1-label", "**太字** {a|b}");
    await page.fill("#row-1-cardExpiry", "2031/2/28");
    await page.click("[data-add-row]");
    await page.fill("#row-2-cardExpiry", "2031/2/28");
    await page.click("[data-submit]");
    await page.locator("[data-error-summary]:not([hidden])").waitFor();
    expect(await page.$$eval("[data-error-list] li", (lis) => lis.map((li) => li.textContent))).toStrictEqual([
      "1行目（山田 花子）：生年月日がカレンダーにない日付です。",
      "2行目（**太字** {a|b}）：生年月日がありません。カードの日付だけでは計算できません。",
      "3行目：生年月日がありません。カードの日付だけでは計算できません。",
    ]);
  });
});

describe("importing a corrected file again (B8)", () => {
  const first = ["居室,氏名,生年月日,有効期限", "201,岡田 政子,昭和12年3月3日,2027/3/3", "202,森 一,H13.2.29,2035/1/1"];
  const corrected = ["居室,氏名,生年月日,有効期限", "201,岡田 政子,S12.3.3,2027/3/3", "202,森 一,H13.2.28,2035/1/1"];

  it("adds only the rows not in the list yet, and says how many were already there", async () => {
    await freshList();
    await importCsv(page, "first.csv", csvBytes(first, "utf-8"));
    await page.click("[data-import-add]");
    expect((await rowValues(page)).map((r) => r[0])).toStrictEqual(["201 岡田 政子"]);
    await importCsv(page, "corrected.csv", csvBytes(corrected, "utf-8"));
    await expect(page.getAttribute("[data-import-duplicates]", "data-import-duplicates")).resolves.toBe("1");
    await expect(page.textContent("[data-import-duplicates]")).resolves.toBe(
      "リストには、すでに1人います。読み取った行のうち1行は、リストにある行と名前も日付も同じなので、入れません。",
    );
    await page.click("[data-import-add]");
    expect((await rowValues(page)).map((r) => [r[0], r[1]])).toStrictEqual([
      ["201 岡田 政子", "昭和12年3月3日"],
      ["202 森 一", "H13.2.28"],
    ]);
    await expect(page.textContent("[data-import-status]")).resolves.toContain(
      "リストにあった同じ行（1行）は、入れていません。",
    );
  });

  it("replaces the list with the file when asked", async () => {
    await freshList();
    await page.fill("#row-0-label", "古い行");
    await page.fill("#row-0-certificateExpiry", "R8.3.15");
    await importCsv(page, "corrected.csv", csvBytes(corrected, "utf-8"));
    await page.click("[data-import-replace]");
    expect((await rowValues(page)).map((r) => r[0])).toStrictEqual(["201 岡田 政子", "202 森 一"]);
  });
});

describe("undoing a removal (B9)", () => {
  it("names the removed row and puts it back where it was; the results are current again", async () => {
    await freshList();
    await paste(page, "row-0-label", "101 山田 花子\t\t\tR8.3.15\n102 佐藤 一郎\t\t\tR9.1.10\n103 鈴木\t\t\tR9.5.5\n");
    await chooseToday();
    await computeList(page);
    await expect(page.isVisible("[data-undo]")).resolves.toBe(false);
    await page.click('[data-rows] tr[data-index="1"] [data-control="remove"]');
    await expect(page.textContent("[data-editor-status]")).resolves.toBe("2行目（102 佐藤 一郎）を削除しました。");
    await expect(staleText(page)).resolves.toContain("リストが変わりました");
    await page.click("[data-undo]");
    expect((await rowValues(page)).map((r) => r[0])).toStrictEqual(["101 山田 花子", "102 佐藤 一郎", "103 鈴木"]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("row-1-label");
    await expect(page.textContent("[data-editor-status]")).resolves.toBe("2行目に戻しました。");
    await expect(page.isVisible("[data-undo]")).resolves.toBe(false);
    await expect(staleText(page)).resolves.toBe("");
  });

  it("is offered until the list changes otherwise", async () => {
    await freshList();
    await page.fill("#row-0-label", "A");
    await page.click("[data-add-row]");
    await page.fill("#row-1-label", "B");
    await page.click('[data-rows] tr[data-index="0"] [data-control="remove"]');
    await expect(page.isVisible("[data-undo]")).resolves.toBe(true);
    await page.fill("#row-0-label", "B2");
    await expect(page.isVisible("[data-undo]")).resolves.toBe(false);
  });
});

describe("the easy page's cards (B6)", () => {
  it("label each field of a card with ふりがな, and 「くわしく 見る」 too", async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    await freshList("/easy/list/");
    await page.fill("#row-0-certificateExpiry", "R8.3.15");
    await computeList(page);
    const labels = await page.$$eval("[data-results-body] tr:first-child .cell-label", (spans) =>
      spans.map((s) => [getComputedStyle(s).display, s.querySelectorAll("rt").length]),
    );
    expect(labels).toHaveLength(4);
    for (const [display, readings] of labels) {
      expect(display).toBe("block");
      expect(readings).toBeGreaterThan(0);
    }
    await expect(page.locator("[data-results-body] .details a rt").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("#list-editor .cell-label rt").count()).resolves.toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.isVisible("[data-results-body] tr:first-child .cell-label")).resolves.toBe(false);
  });
});

describe("Enter while an IME is converting (item 6)", () => {
  it("does not compute on the Enter that confirms a conversion (keyCode 229), and still does on a plain Enter", async () => {
    await freshList();
    await page.fill("#row-0-certificateExpiry", "R8.3.15");
    await page.focus("#row-0-label");
    // A trusted Enter keydown as an IME sends it: keyCode 229, with the text that would submit.
    const cdp = await page.context().newCDPSession(page);
    for (const type of ["keyDown", "keyUp"] as const)
      await cdp.send("Input.dispatchKeyEvent", {
        type,
        key: "Enter",
        code: "Enter",
        windowsVirtualKeyCode: 229,
        nativeVirtualKeyCode: 229,
        ...(type === "keyDown" && { text: "\r", unmodifiedText: "\r" }),
      });
    await page.waitForTimeout(500);
    await expect(page.isVisible("[data-results]")).resolves.toBe(false);
    await expect(page.textContent("[data-status]")).resolves.toBe("");
    await page.keyboard.press("Enter");
    await page.locator("[data-results]:not([hidden])").waitFor({ timeout: 30_000 });
  });
});

describe("the import preview flags before adding (items 3, 4)", () => {
  it("a line repeated within the file: named with the line it repeats, and added once", async () => {
    await freshList();
    const lines = [
      "氏名,生年月日,有効期限（カード）",
      "201 岡田 政子,昭和12年3月3日,2027/3/3",
      "202 森 一,S20.1.1,2035/1/1",
      "201 岡田 政子,S12.3.3,2027/3/3",
    ];
    await importCsv(page, "twice.csv", csvBytes(lines, "utf-8"));
    await expect(page.getAttribute("[data-import-count]", "data-import-repeats")).resolves.toBe("1");
    await expect(page.textContent('[data-import-notes] li[data-line="4"]')).resolves.toBe(
      "4行目（201 岡田 政子）：2行目と名前も日付も同じなので、入れません。",
    );
    await page.click("[data-import-add]");
    expect((await rowValues(page)).map((r) => r[0])).toStrictEqual(["201 岡田 政子", "202 森 一"]);
    await expect(page.textContent("[data-import-status]")).resolves.toContain(
      "ファイルの中で同じだった行（1行）は、1回だけ入れました。",
    );
  });

  it("a card expiry that is no birthday, as the results would say it (R-INFER-4)", async () => {
    await freshList();
    const lines = ["氏名,生年月日,有効期限（カード）", "301 山田,昭和30年4月1日,2031/4/2", "302 森,S30.4.1,2031/4/1"];
    await importCsv(page, "typo.csv", csvBytes(lines, "utf-8"));
    const flagged = await page.$$eval("[data-import-notes] li[data-not-birthday]", (lis) =>
      lis.map((li) => li.getAttribute("data-line")),
    );
    expect(flagged).toStrictEqual(["2"]);
    await expect(page.textContent('[data-import-notes] li[data-line="2"]')).resolves.toMatch(
      /^2行目（301 山田）：入力された2031年4月2日は誕生日ではありません。打ち間違いがないか、カードで確かめてください。/,
    );
    await page.click("[data-import-add]");
    expect(await rowValues(page)).toHaveLength(2); // still added: a card may end with the stay
  });
});

describe("a row in doubt names the reading of each date (item 7, R-INFER-3)", () => {
  it("shows both readings' expiry and grace end, each under its label, the not-renewed first", async () => {
    await freshList();
    await page.fill("#row-0-label", "101 山田");
    await page.fill("#row-0-birthDate", "S30.4.1");
    await page.fill("#row-0-cardExpiry", "2031/4/1");
    await chooseToday();
    await computeList(page);
    const cells = await page.$$eval("[data-results-body] tr:first-child td.reading-dates", (tds) =>
      tds.map((td) =>
        [...td.querySelectorAll(".reading")].map((r) => [
          r.querySelector(".reading-label")!.textContent,
          r.querySelector("time")!.getAttribute("datetime"),
        ]),
      ),
    );
    expect(cells).toStrictEqual([
      [
        ["更新・再発行していない場合", "2026-04-01"],
        ["更新・再発行した場合", "2031-04-01"],
      ],
      [
        ["更新・再発行していない場合", "2026-07-31"],
        ["更新・再発行した場合", "2031-07-31"],
      ],
    ]);
  });
});

describe("the date columns' headings are true of both readings (R-INFER-3)", () => {
  // The grace column said 「更新しない場合に…」 over the renewed reading's date too (review 2):
  // its heading now ties the date to the certificate beside it, which each reading has its own.
  it.each([
    ["/list/", "その期限の電子証明書で、マイナ保険証が使える最後の日", "更新・再発行した場合"],
    ["/en/list/", "Last day as a health-insurance card on that certificate", "If you renewed"],
    ["/easy/list/", "その 期限の 電子証明書で、マイナ保険証が 使える 最後の 日", "更新した とき"],
  ])("%s", async (path, heading, ifYes) => {
    await freshList(path);
    await page.fill("#row-0-label", "101");
    await page.fill("#row-0-birthDate", "1955-04-01");
    await page.fill("#row-0-cardExpiry", "2031-04-01");
    await chooseToday();
    await computeList(page);
    // Text without ふりがな (rt), as a reader of the kanji sees it.
    const seen = await page.evaluate(() => {
      const bare = (node: Element) => {
        const copy = node.cloneNode(true) as Element;
        for (const rt of copy.querySelectorAll("rt, rp")) rt.remove();
        return copy.textContent!.trim();
      };
      const th = [...document.querySelectorAll(".results-table thead th")].map(bare);
      const cell = document.querySelector("[data-results-body] tr:first-child td.reading-dates:nth-of-type(4)")!;
      return {
        heading: th[4],
        cellLabel: bare(cell.querySelector(".cell-label")!),
        readings: [...cell.querySelectorAll(".reading")].map((r) => [
          bare(r.querySelector(".reading-label")!),
          r.querySelector("time")!.getAttribute("datetime"),
        ]),
      };
    });
    expect(seen.heading).toBe(heading);
    expect(seen.cellLabel).toBe(heading); // the phone's card says the same
    expect(seen.readings[1]).toStrictEqual([ifYes, "2031-07-31"]);
  });
});

describe("undo with 40 rows (item 5)", () => {
  it("stands where the removed row was, on screen, with the focus on it", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await freshList();
    const block = Array.from({ length: 40 }, (_, i) => `${101 + i} 利用者\t\t\tR8.${(i % 12) + 1}.15`).join("\n");
    await paste(page, "row-0-label", `${block}\n`);
    await page.click('[data-rows] tr[data-index="20"] [data-control="remove"]');
    const undo = page.locator("[data-undo]");
    await expect(undo.isVisible()).resolves.toBe(true);
    const inView = await undo.evaluate((b) => {
      const r = b.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await expect(page.textContent("tr.undo-row")).resolves.toContain("21行目（121 利用者）を削除しました。");
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-undo"))).toBe(true);
    await page.keyboard.press("Tab"); // on to the next row, and back
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("row-20-label");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await expect(page.inputValue("#row-20-label")).resolves.toBe("121 利用者");
    await expect(page.locator("tr.undo-row").count()).resolves.toBe(0);
    await expect(page.textContent("[data-editor-status]")).resolves.toBe("21行目に戻しました。");
  });
});
