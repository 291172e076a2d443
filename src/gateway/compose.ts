import { readFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { SUBGRAPH_MODULES } from "../subgraphs/registry.js";

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

export interface Composition {
  supergraphSdl: string;
  /** Hints not accepted in docs/decisions.md. */
  unacceptedHints: string[];
}

/** The subgraphs (src/subgraphs/registry.ts) as their committed SDL files, schema/<name>.graphql, describe them; URLs are defaults, the gateway overrides them from config. */
export function committedSubgraphs(dir = "schema"): SubgraphSdl[] {
  return SUBGRAPH_MODULES.map((m) => ({ name: m.name, url: `http://127.0.0.1:${m.port}/graphql`, sdl: readFileSync(`${dir}/${m.name}.graphql`, "utf8") }));
}

/**
 * Hints we have looked at and accepted, written in docs/decisions.md as `hint:CODE:coordinate`.
 * Any other hint fails `npm run schema:compose`.
 */
export function acceptedHints(decisionsPath = "docs/decisions.md"): Set<string> {
  const text = readFileSync(decisionsPath, "utf8");
  return new Set([...text.matchAll(/`hint:([A-Z_]+):([^`]+)`/g)].map((m) => `${m[1]}:${m[2]}`));
}

/** Composes subgraph SDLs into a supergraph with @apollo/composition; throws on any composition error. */
export function composeSupergraph(subgraphs: SubgraphSdl[], accepted: Set<string> = new Set()): Composition {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) throw new Error(`Composition failed:\n  ${result.errors.map((e) => e.message).join("\n  ")}`);
  const unacceptedHints = result.hints
    .filter((h) => !accepted.has(`${h.definition.code}:${h.coordinate ?? ""}`))
    .map((h) => `hint:${h.definition.code}:${h.coordinate ?? ""} — ${h.message}`);
  return { supergraphSdl: `${result.supergraphSdl.trim()}\n`, unacceptedHints };
}
