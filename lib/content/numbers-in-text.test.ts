import { describe, expect, it } from "vitest";
import { numbersIn } from "./numbers-in-text";

describe("numbersIn", () => {
  it("reads grouped, decimal and scaled numbers in every script", () => {
    expect(numbersIn("1,009 ha; 9.8 km²")).toEqual([1009, 9.8]);
    expect(numbersIn("1.009 ha; 9,8 km²")).toEqual([1009, 9.8]);
    expect(numbersIn("120 million RUB over 5 years")).toEqual([120_000_000, 5]);
    expect(numbersIn("Более 28 млрд рублей")).toEqual([28_000_000_000]);
    expect(numbersIn("5년간 1억 2천만 루블")).toEqual([5, 120_000_000]);
    expect(numbersIn("52억 4천만 루블")).toEqual([5_240_000_000]);
    expect(numbersIn("1억 2,000만 RUB")).toEqual([120_000_000]);
    expect(numbersIn("№ 156 от 14.02.2024")).toEqual([156, 14, 2, 2024]);
    expect(numbersIn("5年内1.2亿卢布")).toEqual([5, 120_000_000]);
    expect(numbersIn("از ۱ ژانویه ۲۰۲۵ به ۲۵ درصد")).toEqual([1, 2025, 25]);
    expect(numbersIn("مثال ۲٫۲")).toEqual([2.2]);
    expect(numbersIn("for example 150 000 000.")).toEqual([150_000_000]);
  });

  it("ignores digits that are part of a name", () => {
    expect(numbersIn("an argon2id hash")).toEqual([]);
  });
});
