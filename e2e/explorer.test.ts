import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayNumber, km } from "../web/src/format.js";
import { readmeExamples } from "../web/src/readme-examples.js";
import { localStackEnv } from "../bench/stack-env.js";

/**
 * The explorer as a person sees it: the real program (`npm run build`, then `node dist/src/main.js` on a fresh
 * embedded database) and Debian's Chromium driven by playwright-core. Expected facts come from the graph itself,
 * asked over GraphQL, never written here. Screenshots go to e2e/screenshots/ (git-ignored).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = join(process.cwd(), "e2e", "screenshots");
const TREATY = "ir-ru-comprehensive-strategic-partnership-2025";
const run = promisify(execFile);
// Below the kernel's ephemeral range (32768+), where the embedded database picks its own port.
const port = 21000 + Math.floor(Math.random() * 11000);
const base = `http://127.0.0.1:${port}`;

let server: ChildProcess | undefined;
let serverLog = "";
let dir: string;
let context: BrowserContext | undefined;
let page: Page;
const offsite: string[] = [];
/** With E2E_DOCS=1 the run also refreshes README's screenshots, docs/explorer-*.png. */
const DOCS = process.env.E2E_DOCS === "1";

async function shot(name: string, docs?: string, height?: number) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  if (DOCS && docs) {
    await page.screenshot({ path: join(process.cwd(), "docs", docs), ...(height ? { fullPage: true, clip: { x: 0, y: 0, width: 1000, height } } : {}) });
  }
}
const pageErrors: string[] = [];

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data;
}

/** Polls until `check` passes or the deadline is reached; the last failure is the error. */
async function eventually<T>(check: () => Promise<T>, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`${what}: not within ${ms / 1000} s: ${(err as Error).message}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install Debian's package (never a browser download):\n` +
        `  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium\n` +
        `or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  mkdirSync(SHOTS, { recursive: true });
  await run("npm", ["run", "build", "--silent"], { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });

  dir = mkdtempSync(join(tmpdir(), "rg-e2e-"));
  server = spawn("node", ["dist/src/main.js"], {
    env: localStackEnv(port, join(dir, "pglite")),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (b: Buffer) => {
    serverLog = (serverLog + b.toString()).slice(-4000);
  };
  server.stdout!.on("data", keep);
  server.stderr!.on("data", keep);
  await eventually(async () => {
    if (server!.exitCode !== null) throw new Error(`the server exited with ${server!.exitCode}: ${serverLog}`);
    const d = await gql<{ agreement: { id: string } | null }>(`{ agreement(id: "${TREATY}") { id } }`).catch((err: Error) => {
      throw new Error(`${err.message}; the server's last output: ${serverLog || "(none)"}`);
    });
    if (!d.agreement) throw new Error("not seeded yet");
  }, "the server answering with its seeded data", 300_000);

  context = await chromium.launchPersistentContext(join(dir, "chromium-profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1000, height: 650 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  // Nothing may come from the internet: every request the page makes stays on this server.
  context.on("request", (r) => {
    const url = new URL(r.url());
    if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol)) return;
    if (url.origin !== base) offsite.push(r.url());
  });
  page.on("pageerror", (e) => pageErrors.push(e.message));
}, 660_000);

afterAll(async () => {
  await context?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGINT");
    // A clean stop is the CLI test's business; here a stuck server must not hang the run.
    const timer = setTimeout(() => server!.kill("SIGKILL"), 20_000);
    await exited;
    clearTimeout(timer);
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface StageFact {
  id: string;
  date: string | null;
  notAfter: string | null;
}
interface PartyFact {
  country: { code: string };
  ratification: { status: string; stages: StageFact[] };
}

interface CorridorFact {
  id: string;
  members: { country: { isoNumeric: string | null } | null }[];
  segments: { id: string; mode: string; status: string; from: { id: string }; to: { id: string } }[];
}
const CORRIDOR_FACTS = `{ corridors { id members { country { isoNumeric } } segments { id mode status from { id } to { id } } } }`;
interface PathFact {
  lengthKm: number;
  lengthIsEstimate: boolean;
  segments: { id: string; mode: string }[];
}
const PATH_FACT = "lengthKm lengthIsEstimate segments { id mode }";

/** Every corridor's segments, once each, with the corridors that have it (in the order Query.corridors gives). */
function segmentsOf(corridors: CorridorFact[]) {
  const all = new Map<string, CorridorFact["segments"][number] & { corridors: string[] }>();
  for (const c of corridors) for (const s of c.segments) all.set(s.id, { ...s, corridors: [...(all.get(s.id)?.corridors ?? []), c.id] });
  return all;
}

const drawnSegments = () => page.getByTestId("segment").evaluateAll((els) => els.map((e) => e.getAttribute("data-id")!));

/** Picks the two nodes in the map's lists and checks the path the page draws against the graph's; gives each leg's corridors. */
async function pickPath(from: string, to: string, path: PathFact, segments: ReturnType<typeof segmentsOf>): Promise<string[]> {
  await page.getByTestId("path-from").selectOption(from);
  await page.getByTestId("path-to").selectOption(to);
  const result = page.getByTestId("path-result");
  await eventually(async () => expect(await result.getAttribute("data-length-km")).toBe(String(path.lengthKm)), `the length of the path ${from} → ${to}`);
  expect(await result.getAttribute("data-estimate")).toBe(String(path.lengthIsEstimate));
  expect(await result.innerText()).toContain(path.lengthIsEstimate ? "(partly estimated)" : km(path.lengthKm));
  expect(await page.getByTestId("path-segment").evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).toEqual(path.segments.map((s) => s.id));
  const legs = page.getByTestId("path-leg");
  expect(await legs.evaluateAll((els) => els.map((e) => e.getAttribute("data-mode")))).toEqual(path.segments.map((s) => s.mode));
  const corridorsOfLegs = await legs.evaluateAll((els) => els.map((e) => e.getAttribute("data-corridors")!));
  expect(corridorsOfLegs).toEqual(path.segments.map((s) => segments.get(s.id)!.corridors.join(" ")));
  return corridorsOfLegs;
}

/**
 * Two nodes whose shortest path over the whole graph (corridorPath with no corridor, operational segments, as the
 * page asks) is in no single corridor: asked of the API for nodes of different corridors that operational segments
 * connect, a few batches at most. Undefined when there is no such pair (one corridor only, or none connected).
 */
async function crossCorridorPath(corridors: CorridorFact[]): Promise<{ from: string; to: string; path: PathFact } | undefined> {
  const nodesOf = new Map(corridors.map((c) => [c.id, new Set(c.segments.flatMap((s) => [s.from.id, s.to.id]))]));
  const segmentSets = corridors.map((c) => new Set(c.segments.map((s) => s.id)));
  // Connected components over the operational segments of every corridor.
  const parent = new Map<string, string>();
  const root = (n: string): string => {
    const p = parent.get(n) ?? n;
    if (p === n) return n;
    const r = root(p);
    parent.set(n, r);
    return r;
  };
  for (const c of corridors) for (const s of c.segments) if (s.status === "OPERATIONAL") parent.set(root(s.from.id), root(s.to.id));
  const candidates: [string, string][] = [];
  for (const x of corridors) {
    for (const y of corridors) {
      if (x.id >= y.id) continue;
      const a = [...nodesOf.get(x.id)!].filter((n) => !nodesOf.get(y.id)!.has(n));
      const b = [...nodesOf.get(y.id)!].filter((n) => !nodesOf.get(x.id)!.has(n));
      const pairs = a.flatMap((m) => b.filter((n) => root(m) === root(n)).map((n) => [m, n] as [string, string]));
      // A few pairs of each two corridors, spread over their nodes.
      const step = Math.max(1, Math.floor(pairs.length / 8));
      for (let i = 0; i < pairs.length && i / step < 8; i += step) candidates.push(pairs[i]);
    }
  }
  for (let i = 0; i < candidates.length && i < 80; i += 10) {
    const batch = candidates.slice(i, i + 10);
    const q = batch.map(([f, t], j) => `p${j}: corridorPath(from: ${JSON.stringify(f)}, to: ${JSON.stringify(t)}) { ${PATH_FACT} }`).join("\n");
    const d = await gql<Record<string, PathFact | null>>(`{ ${q} }`);
    for (let j = 0; j < batch.length; j++) {
      const path = d[`p${j}`];
      if (path && !segmentSets.some((set) => path.segments.every((s) => set.has(s.id)))) return { from: batch[j][0], to: batch[j][1], path };
    }
  }
  return undefined;
}

describe("the explorer in a browser", () => {
  it("shows each party's ratification of the IR–RU treaty as a row of the dataset's dated stages", async () => {
    const { agreement } = await gql<{ agreement: { parties: PartyFact[] } }>(
      `{ agreement(id: "${TREATY}") { parties { country { code } ratification { stages { id date notAfter } } } } }`,
    );
    expect(agreement.parties.map((p) => p.country.code).sort()).toEqual(["IR", "RU"]);

    await page.goto(`${base}/`);
    await page.getByTestId("agreement").and(page.locator(`[data-id="${TREATY}"]`)).waitFor({ timeout: 30_000 });
    for (const party of agreement.parties) {
      const row = page.getByTestId(`ratification-row-${party.country.code}`);
      await row.getByTestId("stage").first().waitFor();
      const ids = await row.getByTestId("stage").evaluateAll((els) => els.map((e) => e.getAttribute("data-stage-id")));
      expect(ids).toEqual(party.ratification.stages.map((s) => s.id));
      const dates = await row.getByTestId("stage-date").allInnerTexts();
      expect(dates).toEqual(party.ratification.stages.map((s) => s.date ?? (s.notAfter ? `by ${s.notAfter}` : "undated")));
      expect(party.ratification.stages.some((s) => s.date)).toBe(true);
    }
    await shot("relation");
  });

  it("moves the date slider to 2025-05-01 and shows the statuses the graph gives for that day", async () => {
    const { now, then } = await gql<{ now: { status: string; parties: PartyFact[] }; then: { status: string; parties: PartyFact[] } }>(
      `{ now: agreement(id: "${TREATY}") { status parties { country { code } ratification { status } } }
         then: agreement(id: "${TREATY}") { status(asOf: "2025-05-01") parties { country { code } ratification { status(asOf: "2025-05-01") } } } }`,
    );
    expect(then.status).not.toBe(now.status); // SIGNED on 2025-05-01, IN_FORCE later
    const status = page.getByTestId("agreement-status");
    await eventually(async () => expect(await status.getAttribute("data-status")).toBe(now.status), "today's status");

    await page.getByTestId("date-slider").fill(String(dayNumber("2025-05-01")));
    await eventually(async () => {
      expect(await page.getByTestId("as-of").getAttribute("data-date")).toBe("2025-05-01");
      expect(await page.getByTestId("as-of").innerText()).toBe("as of 2025-05-01");
      expect(await status.getAttribute("data-status")).toBe(then.status);
    }, "the status on 2025-05-01");
    expect(await page.getByTestId("date-input").inputValue()).toBe("2025-05-01");
    for (const p of then.parties) {
      expect(await page.getByTestId(`ratification-status-${p.country.code}`).getAttribute("data-status")).toBe(p.ratification.status);
    }
    await shot("relation-2025-05-01", "explorer-relation.png", 800);
  });

  it("opens a stage's sources with one click and shows conflicting claims side by side", async () => {
    const { agreement } = await gql<{ agreement: { parties: { ratification: { stages: { id: string; claims: { field: string; value: string; preferred: boolean }[] }[] } }[] } }>(
      `{ agreement(id: "${TREATY}") { parties { ratification { stages { id claims { field value preferred } } } } } }`,
    );
    const stages = agreement.parties.flatMap((p) => p.ratification.stages);
    const conflicted = stages.find((s) => s.claims.some((c) => s.claims.some((d) => d.field === c.field && d.value !== c.value)));
    expect(conflicted, "the dataset has a stage whose sources disagree").toBeDefined();
    const field = conflicted!.claims.find((c) => conflicted!.claims.some((d) => d.field === c.field && d.value !== c.value))!.field;

    await page.locator(`[data-stage-id="${conflicted!.id}"]`).getByTestId("stage-sources").click();
    const panel = page.getByTestId("sources-panel");
    const group = panel.locator(`[data-testid="claim-group"][data-field="${field}"]`);
    await group.waitFor();
    expect(await group.getAttribute("data-conflict")).toBe("true");
    const expected = conflicted!.claims.filter((c) => c.field === field);
    expect(await group.getByTestId("claim").count()).toBe(expected.length);
    expect(await group.locator('[data-testid="claim"][data-preferred="true"]').count()).toBe(1);
    const values = await group.locator(".claim-value").allInnerTexts();
    expect(values.sort()).toEqual(expected.map((c) => c.value).sort());
    // Side by side: the claims of one field share a row.
    const boxes = await group.getByTestId("claim").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(boxes.slice(0, 2)).size).toBe(1);
    await shot("relation-sources");
    await panel.getByTestId("close-sources").click();
    await expect.poll(() => panel.count()).toBe(0);
  });

  it("lists the pair's bilateral agreements by default, all they share at a click, a page at a time and filtered by title", async () => {
    type Item = { id: string; title: string; shortTitle: string | null };
    const { bilateralRelation: r, former } = await gql<{ bilateralRelation: { bilateral: Item[]; shared: Item[] }; former: { totalCount: number } }>(
      `{ bilateralRelation(between: ["IR", "RU"]) { bilateral: agreements(bilateralOnly: true) { id title shortTitle } shared: agreements { id title shortTitle } }
         former: countries(filter: { kinds: [FORMER_STATE] }) { totalCount } }`,
    );
    // The real data: hundreds of shared agreements, most of them multilateral.
    expect(r.shared.length).toBeGreaterThanOrEqual(300);
    expect(r.bilateral.length).toBeGreaterThan(0);
    expect(r.bilateral.length).toBeLessThan(r.shared.length);
    // The pickers offer former states too, in their own group.
    expect(former.totalCount).toBeGreaterThan(0);
    expect(await page.getByTestId("country-a").locator('optgroup[data-kind="FORMER_STATE"] option').count()).toBe(former.totalCount);

    const toggle = page.getByTestId("bilateral-only");
    const pager = page.getByTestId("pager");
    const rows = () => page.getByTestId("timeline-agreement").evaluateAll((els) => els.map((e) => e.getAttribute("data-id")!));
    expect(await toggle.isChecked()).toBe(true);
    await eventually(async () => expect(await pager.getAttribute("data-total")).toBe(String(r.bilateral.length)), "the bilateral list");
    const bilateralRows = await rows();
    expect(bilateralRows.length).toBe(Math.min(r.bilateral.length, 20));
    expect(bilateralRows.every((id) => r.bilateral.some((x) => x.id === id))).toBe(true);

    // Everything they share: a longer list, a page of 20 at a time.
    await toggle.uncheck();
    await eventually(async () => expect(await pager.getAttribute("data-total")).toBe(String(r.shared.length)), "the list of every shared agreement");
    const first = await rows();
    expect(first).toHaveLength(20);
    expect(first.some((id) => !r.bilateral.some((x) => x.id === id))).toBe(true);
    expect(await page.getByTestId("page-range").innerText()).toBe(`1–20 of ${r.shared.length}`);
    await page.getByTestId("page-next").click();
    await eventually(async () => expect(await pager.getAttribute("data-page")).toBe("1"), "the second page");
    const second = await rows();
    expect(second).toHaveLength(20);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    expect([...first, ...second].every((id) => r.shared.some((x) => x.id === id))).toBe(true);
    expect(await page.getByTestId("page-range").innerText()).toBe(`21–40 of ${r.shared.length}`);
    await shot("relation-all-page-2");

    // The filter box narrows the list by title and starts again at the first page.
    const word = "fisheries";
    const matching = r.shared.filter((x) => `${x.title} ${x.shortTitle ?? ""}`.toLowerCase().includes(word));
    expect(matching.length).toBeGreaterThan(0);
    await page.getByTestId("title-filter").fill(word);
    await eventually(async () => expect(await pager.getAttribute("data-total")).toBe(String(matching.length)), "the filtered list");
    expect(await pager.getAttribute("data-page")).toBe("0");
    expect((await rows()).sort()).toEqual(matching.slice(0, 20).map((x) => x.id).sort());
    await page.getByTestId("title-filter").fill("");

    // Back to bilateral only: the treaty is the newest and chosen again.
    await toggle.check();
    await eventually(async () => expect(await pager.getAttribute("data-total")).toBe(String(r.bilateral.length)), "the bilateral list again");
    await page.getByTestId("agreement").and(page.locator(`[data-id="${TREATY}"]`)).waitFor();
  });

  it("draws every corridor at once, each in its own colour with a toggle in the legend, the mode as the line's pattern", async () => {
    const { corridors } = await gql<{ corridors: CorridorFact[] }>(CORRIDOR_FACTS);
    expect(corridors.length).toBeGreaterThan(0);

    await page.goto(`${base}/#/map`);
    await page.getByTestId("segment").first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("country-shape").count()).toBeGreaterThan(150);
    // The legend lists every corridor, each with a checked toggle and its own colour.
    const legend = page.getByTestId("legend");
    expect(await legend.getByTestId("legend-corridor").evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).toEqual(corridors.map((c) => c.id));
    for (const c of corridors) expect(await legend.locator(`[data-testid="corridor-toggle"][data-id="${c.id}"]`).isChecked(), c.id).toBe(true);
    const swatches = await legend.getByTestId("corridor-swatch").evaluateAll((els) => els.map((e) => (globalThis as any).getComputedStyle(e).backgroundColor as string));
    expect(new Set(swatches).size).toBe(Math.min(corridors.length, 10));

    // Every segment once, with the corridors it belongs to; the pattern is its mode, pale when not operational.
    const segments = segmentsOf(corridors);
    expect((await drawnSegments()).sort()).toEqual([...segments.keys()].sort());
    for (const [id, s] of segments) {
      const g = page.locator(`[data-testid="segment"][data-id="${id}"]`);
      expect(await g.getAttribute("data-corridors"), id).toBe(s.corridors.join(" "));
      expect(await g.locator("path[stroke-dasharray]").count(), id).toBe(s.mode === "RAIL" ? 0 : 1);
      expect(Number(await g.locator("path").getAttribute("stroke-opacity")) < 1, id).toBe(s.status !== "OPERATIONAL");
    }
    // The pickers offer every corridor's nodes, each once.
    const options = await page.getByTestId("path-from").locator("option").evaluateAll((els) => els.map((e) => e.getAttribute("value")).filter(Boolean));
    expect(options.sort()).toEqual([...new Set(corridors.flatMap((c) => c.segments.flatMap((s) => [s.from.id, s.to.id])))].sort());
  });

  it("fills the member countries of the shown corridors, by the ISO numeric codes world-atlas uses as ids", async () => {
    const { corridors } = await gql<{ corridors: CorridorFact[] }>(CORRIDOR_FACTS);
    const members = new Set(corridors.flatMap((c) => c.members.map((m) => m.country?.isoNumeric).filter((x): x is string => !!x)));
    expect(members.has("364"), "Iran is a member of a corridor").toBe(true);
    const atlas = await page.getByTestId("country-shape").evaluateAll((els) => els.map((e) => e.getAttribute("data-iso")).filter(Boolean) as string[]);
    expect(atlas).toContain("004"); // world-atlas keeps the leading zeros
    const filled = await page.locator('[data-testid="country-shape"][data-member="true"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-iso")!));
    expect(filled.sort()).toEqual(atlas.filter((iso) => members.has(iso)).sort());

    const iran = page.locator('[data-testid="country-shape"][data-iso="364"]');
    const outsider = page.locator(`[data-testid="country-shape"][data-iso="${atlas.find((iso) => !members.has(iso))}"]`);
    const fill = (l: typeof iran) => l.evaluate((e) => (globalThis as any).getComputedStyle(e).fill as string);
    expect(await fill(iran)).not.toBe(await fill(outsider));
    await shot("map-corridors");
  });

  it("hides a corridor's segments and its members' fill when its toggle is unticked, and shows them again", async () => {
    const { corridors } = await gql<{ corridors: CorridorFact[] }>(CORRIDOR_FACTS);
    const segments = segmentsOf(corridors);
    const off = corridors[0];
    // Segments that only this corridor has disappear; a segment another corridor shares stays.
    const staying = [...segments].filter(([, s]) => s.corridors.some((c) => c !== off.id)).map(([id]) => id);
    const toggle = page.locator(`[data-testid="corridor-toggle"][data-id="${off.id}"]`);
    await toggle.uncheck();
    await eventually(async () => expect((await drawnSegments()).sort()).toEqual(staying.sort()), `the segments without ${off.id}`);
    expect(await page.locator(`[data-testid="segment"][data-corridors="${off.id}"]`).count()).toBe(0);
    const stillMember = new Set(corridors.filter((c) => c.id !== off.id).flatMap((c) => c.members.map((m) => m.country?.isoNumeric)));
    const only = off.members.map((m) => m.country?.isoNumeric).find((iso) => iso && !stillMember.has(iso));
    if (only) expect(await page.locator(`[data-testid="country-shape"][data-iso="${only}"]`).getAttribute("data-member")).toBe("false");
    await shot("map-hidden");

    await toggle.check();
    await eventually(async () => expect((await drawnSegments()).length).toBe(segments.size), "every segment again");
    expect(await page.locator('[data-testid="country-shape"][data-iso="364"]').getAttribute("data-member")).toBe("true");
  });

  it("draws corridorPath between two picked nodes on top, with its length, whether estimated, and each leg's mode and corridors", async () => {
    const { corridors } = await gql<{ corridors: CorridorFact[] }>(CORRIDOR_FACTS);
    const { path } = await gql<{ path: PathFact }>(`{ path: corridorPath(from: "in-nhava-sheva", to: "ru-moscow") { ${PATH_FACT} } }`);
    await pickPath("in-nhava-sheva", "ru-moscow", path, segmentsOf(corridors));
    expect(await page.getByTestId("path-result").innerText()).toContain(km(path.lengthKm));
    await shot("map", "explorer-map.png");

    // The path stays drawn when its corridor is hidden: it is on top of the corridors, not part of one.
    const on = corridors.find((c) => c.segments.some((s) => s.id === path.segments[0].id))!;
    await page.locator(`[data-testid="corridor-toggle"][data-id="${on.id}"]`).uncheck();
    expect(await page.getByTestId("path-segment").count()).toBe(path.segments.length);
    await page.locator(`[data-testid="corridor-toggle"][data-id="${on.id}"]`).check();
  });

  it("draws a shortest path that crosses from one corridor to another", async () => {
    const { corridors } = await gql<{ corridors: CorridorFact[] }>(CORRIDOR_FACTS);
    const found = await crossCorridorPath(corridors);
    expect(found, `two nodes whose shortest path needs segments of two corridors, among ${corridors.length} corridors`).toBeTruthy();
    const { from, to, path } = found!;
    const legs = await pickPath(from, to, path, segmentsOf(corridors));
    expect(new Set(legs.flatMap((l) => l.split(" ").filter(Boolean))).size).toBeGreaterThanOrEqual(2);
    expect((await page.getByTestId("path-result").getAttribute("data-corridors"))!.split(" ").length).toBeGreaterThanOrEqual(2);
    await shot("map-cross-corridor");
  });

  it("opens GraphiQL at /graphiql with the README's examples as tabs, and runs a query", async () => {
    const examples = readmeExamples(readFileSync("README.md", "utf8"));
    const { agreement } = await gql<{ agreement: { signedOn: string; onMay1: string } }>(`{ agreement(id: "${TREATY}") { signedOn onMay1: status(asOf: "2025-05-01") } }`);

    await page.goto(`${base}/graphiql`);
    await page.locator(".graphiql-container").waitFor({ timeout: 60_000 });
    await eventually(async () => expect(await page.locator(".graphiql-tab").count()).toBe(examples.length), "one tab per README example");
    // The first tab (the treaty's ratification stages) is open: run it.
    await page.locator(".graphiql-query-editor .view-lines").first().waitFor();
    await page.locator(".graphiql-execute-button").click();
    // The response editor (Monaco) renders spaces as no-break spaces.
    const answer = async () => (await page.locator(".graphiql-response").innerText()).replace(/\u00a0/g, " ");
    await eventually(async () => expect(await answer()).toContain(`"signedOn": "${agreement.signedOn}"`), "the query's answer", 30_000);
    expect(await answer()).toContain(`"onMay1": "${agreement.onMay1}"`);
    await shot("graphiql", "explorer-graphiql.png");
  });

  it("loaded nothing from the internet and threw no errors", () => {
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
