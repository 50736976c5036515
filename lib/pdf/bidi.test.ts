import { describe, expect, it } from "vitest";
import { piecesOf, visualOrder, wordsOf } from "./bidi";

const visual = (text: string) => visualOrder(wordsOf(text)).map((word) => word.text).join(" ");

describe("right-to-left word order", () => {
  it("runs Persian words from the right", () => {
    expect(visual("تصمیم شورای کارشناسی")).toBe("کارشناسی شورای تصمیم");
  });

  it("keeps a Latin name and a number in their own order inside Persian", () => {
    expect(visual("13 بهمن 1404")).toBe("1404 بهمن 13");
    expect(visual("شرکت Hanbit Marine Co. ثبت شد")).toBe("شد ثبت Hanbit Marine Co. شرکت");
    expect(visual("شماره مالیاتی (INN)")).toBe("(INN) مالیاتی شماره");
  });

  it("drops invisible direction marks, which the fonts cannot draw", () => {
    expect(wordsOf("\u200eRUB 119,999,999").map((w) => w.text)).toEqual(["RUB", "119,999,999"]);
  });
});

describe("punctuation at the edge of a Persian word", () => {
  it("moves to the other side, mirrored", () => {
    const [open, close] = wordsOf("(شماره مالیاتی)");
    expect(piecesOf(open!)).toEqual([{ text: "شماره", punctuation: false }, { text: ")", punctuation: true }]);
    expect(piecesOf(close!)).toEqual([{ text: "(", punctuation: true }, { text: "مالیاتی", punctuation: false }]);
  });

  it("leaves left-to-right words whole", () => {
    expect(piecesOf(wordsOf("(INN)")[0]!)).toEqual([{ text: "(INN)", punctuation: false }]);
  });
});
