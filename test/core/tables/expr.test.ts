import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  columnRefs,
  formatColumnToken,
  formatExpr,
  parseColumnToken,
  parseExpr,
  type Expr,
} from "../../../src/core/tables/expr";

const col = (n: number): Expr => ({ kind: "col", n });
const num = (value: number): Expr => ({ kind: "num", value });
const op = (o: "+" | "-" | "*" | "/", left: Expr, right: Expr): Expr => ({ kind: "op", op: o, left, right });

describe("parseColumnToken", () => {
  it("reads a plain column number, as text or as a number cell", () => {
    expect(parseColumnToken("1")).toEqual({ number: 1 });
    expect(parseColumnToken(" 12 ")).toEqual({ number: 12 });
    expect(parseColumnToken(7)).toEqual({ number: 7 });
    expect(parseColumnToken("(7)")).toEqual({ number: 7 });
  });

  it("reads the declared formula of a comparison column", () => {
    expect(parseColumnToken("7=6/4")).toEqual({ number: 7, expr: op("/", col(6), col(4)) });
    expect(parseColumnToken("8=5/6")).toEqual({ number: 8, expr: op("/", col(5), col(6)) });
    expect(parseColumnToken("6=5/4")).toEqual({ number: 6, expr: op("/", col(5), col(4)) });
  });

  it("accepts the ways forms write it: spaces, parentheses, ':' '÷' for division, 'x' '×' '*' for product", () => {
    const sixOverFour = { number: 7, expr: op("/", col(6), col(4)) };
    for (const text of [
      "7 = 6 / 4",
      "(7)=(6)/(4)",
      "7 = 6 : 4",
      "7=6÷4",
      " (7) = (6) : (4) ",
      "7\u00a0=\u00a06/4",
    ]) {
      expect(parseColumnToken(text), text).toEqual(sixOverFour);
    }
    const product = { number: 9, expr: op("*", col(6), col(4)) };
    for (const text of ["9=6x4", "9 = 6 × 4", "9=6*4", "9=6X4"])
      expect(parseColumnToken(text), text).toEqual(product);
  });

  it("reads every Unicode dash and minus as minus", () => {
    for (const dash of ["-", "\u2013", "\u2014", "\u2212", "\u2011", "\u2010"]) {
      expect(parseColumnToken(`9=6${dash}4`), `dash U+${dash.charCodeAt(0).toString(16)}`).toEqual({
        number: 9,
        expr: op("-", col(6), col(4)),
      });
    }
  });

  it("reads constants: 100 and decimals are numbers, small whole numbers are columns", () => {
    expect(parseColumnToken("7=6/4x100")).toEqual({
      number: 7,
      expr: op("*", op("/", col(6), col(4)), num(100)),
    });
    expect(parseColumnToken("7=6*0,5")).toEqual({ number: 7, expr: op("*", col(6), num(0.5)) });
    expect(parseColumnToken("7=6*0.5")).toEqual({ number: 7, expr: op("*", col(6), num(0.5)) });
    expect(parseColumnToken("7=6*2.0")).toEqual({ number: 7, expr: op("*", col(6), num(2)) });
  });

  it("applies precedence and left associativity", () => {
    expect(parseColumnToken("9=6-5/4")?.expr).toEqual(op("-", col(6), op("/", col(5), col(4))));
    expect(parseColumnToken("9=(6-5)/4")?.expr).toEqual(op("/", op("-", col(6), col(5)), col(4)));
    expect(parseColumnToken("9=6-5-4")?.expr).toEqual(op("-", op("-", col(6), col(5)), col(4)));
    expect(parseColumnToken("9=6/5/4")?.expr).toEqual(op("/", op("/", col(6), col(5)), col(4)));
    expect(parseColumnToken("9=6/(5/4)")?.expr).toEqual(op("/", col(6), op("/", col(5), col(4))));
    expect(parseColumnToken("9=4+5*6")?.expr).toEqual(op("+", col(4), op("*", col(5), col(6))));
    expect(parseColumnToken("9=((6))")?.expr).toEqual(col(6));
  });

  it("rejects garbage without throwing", () => {
    const garbage: (string | number)[] = [
      "",
      "   ",
      "STT",
      "Các chỉ tiêu",
      "7=",
      "=6/4",
      "7=6/",
      "7=6//4",
      "7=(6/4",
      "7=6/4)",
      "7=6=4",
      "7==6/4",
      "6/4=7",
      "7=6/4%",
      "7a",
      "1.5",
      "0",
      "112,5",
      "4.300",
      "7=cột 6",
      "()",
      0,
      -3,
      2.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      "(".repeat(200) + "6" + ")".repeat(200),
    ];
    for (const text of garbage) expect(parseColumnToken(text), JSON.stringify(text)).toBeUndefined();
  });
});

describe("formatExpr", () => {
  it("prints the fewest parentheses that keep the tree", () => {
    expect(formatExpr(op("/", col(6), col(4)))).toBe("6/4");
    expect(formatExpr(op("/", op("-", col(6), col(5)), col(4)))).toBe("(6-5)/4");
    expect(formatExpr(op("-", col(6), op("-", col(5), col(4))))).toBe("6-(5-4)");
    expect(formatExpr(op("*", op("/", col(6), col(4)), num(100)))).toBe("6/4*100");
  });

  it("writes a constant that would read as a column with a decimal mark", () => {
    expect(formatExpr(op("*", col(6), num(2)))).toBe("6*2.0");
    expect(parseExpr("6*2.0")).toEqual(op("*", col(6), num(2)));
  });

  it("prints a whole column token", () => {
    expect(formatColumnToken({ number: 7, expr: op("/", col(6), col(4)) })).toBe("7=6/4");
    expect(formatColumnToken({ number: 3 })).toBe("3");
  });

  it("lists the columns an expression reads, once each", () => {
    expect(columnRefs(op("/", op("-", col(6), col(4)), col(4)))).toEqual([6, 4]);
  });
});

const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.integer({ min: 1, max: 99 }).map(col),
    fc
      .oneof(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 99_999 }).map((n) => n / 100),
        fc.integer({ min: 1, max: 9_999 }).map((n) => n / 8),
      )
      .map(num),
    fc
      .record({
        o: fc.constantFrom<"+" | "-" | "*" | "/">("+", "-", "*", "/"),
        left: tie("expr"),
        right: tie("expr"),
      })
      .map(({ o, left, right }) => op(o, left, right)),
  ),
})).expr;

describe("properties", () => {
  it("formatExpr then parse gives the same tree", () => {
    fc.assert(
      fc.property(exprArb, fc.integer({ min: 1, max: 99 }), (expr, n) => {
        expect(parseExpr(formatExpr(expr))).toEqual(expr);
        expect(parseColumnToken(`${n}=${formatExpr(expr)}`)).toEqual({ number: n, expr });
      }),
      { numRuns: 500 },
    );
  });

  it("parseColumnToken never throws on random text", () => {
    const alphabet = fc.constantFrom(..."0123456789()=+-–—−‑x×*:÷/., %aAđ\u00a0\t".split(""));
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 40 }), fc.double()),
        (input) => {
          const token = parseColumnToken(input);
          if (token !== undefined) {
            expect(Number.isInteger(token.number)).toBe(true);
            expect(token.number).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
