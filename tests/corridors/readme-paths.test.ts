import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleOperations } from "../support/operations.js";
import { startTestApp, type TestApp } from "../support/app.js";

/**
 * README's cross-corridor examples (docs/examples/ShanghaiRotterdamPaths.graphql and MumbaiMediterraneanPaths.graphql)
 * run on the seeded curated data, and README's table of their lengths says what the graph answers. `avoidCountries`
 * keeps a path out of the countries it names.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("corridors");
});
afterAll(() => t?.close());

interface Path {
  lengthKm: number;
}

/** README's table rows: | `Operation.alias` | 1,234.5 or null | … | */
function readmeLengths(): Map<string, number | null> {
  const rows = [...readFileSync("README.md", "utf8").matchAll(/^\| `(\w+)\.(\w+)` \| ([\d,.]+|null) \|/gm)];
  return new Map(rows.map((m) => [`${m[1]}.${m[2]}`, m[3] === "null" ? null : Number(m[3].replaceAll(",", ""))]));
}

async function answer(name: string): Promise<Record<string, Path | null>> {
  const op = exampleOperations().find((e) => e.name === name);
  expect(op, name).toBeDefined();
  const res = await t.run<Record<string, Path | null>>(op!.document);
  expect(res.errors, name).toBeUndefined();
  return res.data!;
}

describe("README's paths across corridors", () => {
  it("README's table gives every alias of both examples, with the length the graph answers", async () => {
    const table = readmeLengths();
    const seen: string[] = [];
    for (const name of ["ShanghaiRotterdamPaths", "MumbaiMediterraneanPaths"]) {
      for (const [alias, path] of Object.entries(await answer(name))) {
        seen.push(`${name}.${alias}`);
        expect(table.has(`${name}.${alias}`), `README's table lacks ${name}.${alias}`).toBe(true);
        expect(path?.lengthKm ?? null, `${name}.${alias}`).toBe(table.get(`${name}.${alias}`));
      }
    }
    expect([...table.keys()].sort()).toEqual(seen.sort());
  });

  it("each path keeps to the corridors it names, and its legs say which corridors they belong to", async () => {
    for (const [args, allowed] of [
      [`corridors: ["china-europe-northern"]`, ["china-europe-northern"]],
      [`corridors: ["china-europe-northern", "middle-corridor"], avoidCountries: ["RU", "BY"]`, ["china-europe-northern", "middle-corridor"]],
      [`corridors: ["suez-route"]`, ["suez-route"]],
      [`corridors: ["northern-sea-route"]`, ["northern-sea-route"]],
    ] as const) {
      const path = await legs(`from: "cn-shanghai", to: "nl-rotterdam", ${args}`);
      expect(path, args).not.toBeNull();
      for (const s of path!.segments) expect(s.corridors.some((c) => (allowed as readonly string[]).includes(c.id)), `${args}: ${s.id}`).toBe(true);
    }
  });

  it("avoidCountries keeps the path out of those countries; the Middle Corridor is what is left from Shanghai to Rotterdam", async () => {
    const direct = await legs(`from: "cn-shanghai", to: "nl-rotterdam", modes: [RAIL]`);
    expect(countries(direct!)).toContain("BY"); // Dostyk–Brest: across Russia, with no node there
    for (const avoid of [`["RU", "BY"]`, `["RUS", "blr"]`]) {
      const around = await legs(`from: "cn-shanghai", to: "nl-rotterdam", avoidCountries: ${avoid}`);
      expect(around, avoid).not.toBeNull();
      expect(countries(around!)).not.toContain("RU");
      expect(countries(around!)).not.toContain("BY");
      expect(around!.segments.some((s) => s.corridors.some((c) => c.id === "middle-corridor"))).toBe(true);
      expect(around!.lengthKm).toBeGreaterThan(direct!.lengthKm);
    }
    // From or to an avoided country: no path.
    expect(await legs(`from: "ru-moscow", to: "nl-rotterdam", avoidCountries: ["RU"]`)).toBeNull();
    expect(await legs(`from: "cn-shanghai", to: "RU", avoidCountries: ["RU"]`)).toBeNull();
  });

  it("a malformed country code in avoidCountries is BAD_USER_INPUT", async () => {
    const res = await t.run(`{ corridorPath(from: "cn-shanghai", to: "nl-rotterdam", avoidCountries: ["R1"]) { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain("avoidCountries");
  });
});

interface Legs {
  lengthKm: number;
  segments: { id: string; corridors: { id: string }[]; from: { country: { code: string } }; to: { country: { code: string } } }[];
}

async function legs(args: string): Promise<Legs | null> {
  const res = await t.run<{ corridorPath: Legs | null }>(
    `{ corridorPath(${args}) { lengthKm segments { id corridors { id } from { country { code } } to { country { code } } } } }`,
  );
  expect(res.errors, args).toBeUndefined();
  return res.data!.corridorPath;
}

const countries = (p: Legs) => [...new Set(p.segments.flatMap((s) => [s.from.country.code, s.to.country.code]))];
