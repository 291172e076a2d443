import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { nulInLiterals, nulInVariables } from "../../src/graphql/text-guard.js";

describe("the NUL-character guard", () => {
  it("finds U+0000 anywhere in the variables, and names where", () => {
    expect(nulInVariables({ t: "fine", n: 3, list: ["a", "b"] })).toBeNull();
    expect(nulInVariables({ t: "a\u0000b" })).toBe("$t");
    expect(nulInVariables({ input: { id: "x", names: ["ok", "\u0000"] } })).toBe("$input.names[1]");
    expect(nulInVariables({ j: { "k\u0000": 1 } })).toBe("$j.k\u0000");
  });

  it("finds it in string literals of the query text, and names the argument", () => {
    expect(nulInLiterals(parse(`{ search(text: "energy") { totalCount } }`))).toBeNull();
    expect(nulInLiterals(parse(`{ search(text: "a\\u0000b") { totalCount } }`))).toBe("text");
    expect(nulInLiterals(parse(`mutation { createTopic(input: { code: "x", name: "\\u0000" }) { code } }`))).toBe("input");
  });
});
