import { geoMercator, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { useMemo, useState } from "react";
import { km, words } from "./format.js";
import { CorridorMap, CorridorPathQuery, type MapCorridor, type MapNode, type MapSegment, type PathResult, type SegmentStatus, type TransportMode } from "./operations.js";
import { useQuery } from "./useQuery.js";

const W = 1000;
const H = 470;
/** Each corridor its own colour, in the order Query.corridors lists them (then round again). */
export const CORRIDOR_COLOURS = ["#c0392b", "#2471a3", "#d68910", "#7d3c98", "#17a589", "#a04000", "#2e4053", "#b03a2e", "#1e8449", "#884ea0"];
/** The mode is the line's pattern (the colour is the corridor's): rail solid, road dashed, sea dotted, inland waterway dash-dot. */
export const MODE_DASHES: Record<TransportMode, string | undefined> = { RAIL: undefined, ROAD: "9 5", SEA: "1 6", INLAND_WATERWAY: "12 4 2 4" };
/** Not yet carrying traffic: drawn pale. */
const STATUS_OPACITY: Record<SegmentStatus, number> = { OPERATIONAL: 1, UNDER_CONSTRUCTION: 0.5, PLANNED: 0.3 };
const countries = feature(world, world.objects.countries);

type Position = [longitude: number, latitude: number];
type Located = MapNode & { latitude: number; longitude: number };
const located = (n: MapNode): n is Located => n.latitude !== null && n.longitude !== null;

/**
 * A segment's line as GeoJSON positions, [longitude, latitude]: the one place the map (and a path's legs) get
 * geometry from. A sea leg with a maritime route follows it; any other is a straight leg between its end nodes (null when either
 * end has no coordinates).
 */
export function segmentLine(s: MapSegment): Position[] | null {
  // A sea leg with a maritime route comes with its shape; any other segment is drawn between its nodes.
  if (s.geometry.length >= 2) return s.geometry.map(([lon, lat]) => [lon, lat] as Position);
  if (!located(s.from) || !located(s.to)) return null;
  return [
    [s.from.longitude, s.from.latitude],
    [s.to.longitude, s.to.latitude],
  ];
}

/** world-atlas's feature ids are ISO 3166-1 numeric codes as three-digit strings ("004"); numbers are padded the same way. */
const isoOf = (id: string | number | undefined): string | null => (id === undefined ? null : String(id).padStart(3, "0"));

/** The corridors each segment belongs to, in the order of Query.corridors. */
function corridorsBySegment(corridors: MapCorridor[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const c of corridors) for (const s of c.segments) index.set(s.id, [...(index.get(s.id) ?? []), c.id]);
  return index;
}

/** A path's legs, each oriented from the path's start towards its end (segments are undirected). */
function orientedLegs(path: PathResult) {
  let at = path.from.id;
  return path.segments.map((s) => {
    const forward = s.from.id === at;
    const [a, b] = forward ? [s.from, s.to] : [s.to, s.from];
    at = b.id;
    return { segment: s, a, b };
  });
}

export function CorridorMapView() {
  const map = useQuery(CorridorMap, {});
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [underConstruction, setUnderConstruction] = useState(false);
  const statuses: SegmentStatus[] = underConstruction ? ["OPERATIONAL", "UNDER_CONSTRUCTION"] : ["OPERATIONAL"];
  const path = useQuery(CorridorPathQuery, from && to && from !== to ? { from, to, statuses } : null);

  const corridors: MapCorridor[] = map.data?.corridors ?? [];
  const colour = useMemo(() => new Map(corridors.map((c, i) => [c.id, CORRIDOR_COLOURS[i % CORRIDOR_COLOURS.length]])), [corridors]);
  const names = useMemo(() => new Map(corridors.map((c) => [c.id, c.acronym ?? c.name])), [corridors]);
  const bySegment = useMemo(() => corridorsBySegment(corridors), [corridors]);
  const shown = (id: string) => !hidden.has(id);

  // Every segment once, with the corridors it belongs to; drawn while one of them is shown.
  const segments = useMemo(() => {
    const byId = new Map<string, MapSegment>();
    for (const c of corridors) for (const s of c.segments) byId.set(s.id, s);
    return [...byId.values()];
  }, [corridors]);
  const visible = segments.filter((s) => (bySegment.get(s.id) ?? []).some(shown));

  // The pickers: every corridor's nodes, once each, by country and then name.
  const pickable = useMemo(() => {
    const byId = new Map<string, MapNode>();
    for (const s of segments) for (const n of [s.from, s.to]) byId.set(n.id, n);
    const groups = new Map<string, MapNode[]>();
    for (const n of byId.values()) {
      const country = n.country ? `${n.country.name} (${n.country.code})` : "unknown country";
      groups.set(country, [...(groups.get(country) ?? []), n]);
    }
    return [...groups]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([country, nodes]) => [country, nodes.sort((x, y) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id))] as const);
  }, [segments]);

  // Member countries of the shown corridors, by ISO 3166-1 numeric code.
  const members = useMemo(() => {
    const byIso = new Map<string, string[]>();
    for (const c of corridors) {
      if (hidden.has(c.id)) continue;
      for (const m of c.members) {
        const iso = m.country?.isoNumeric;
        if (iso) byIso.set(iso, [...(byIso.get(iso) ?? []), c.id]);
      }
    }
    return byIso;
  }, [corridors, hidden]);

  // Fit the projection to every corridor's lines (not only the shown ones: toggling does not move the map).
  const projection = useMemo(() => {
    const points = segments.flatMap((s) => segmentLine(s) ?? []);
    const p = geoMercator();
    if (points.length) p.fitExtent([[120, 30], [W - 120, H - 30]], { type: "MultiPoint", coordinates: points });
    else p.fitSize([W, H], countries);
    return p;
  }, [segments]);
  const draw = geoPath(projection);
  const line = (s: MapSegment) => {
    const positions = segmentLine(s);
    return positions ? (draw({ type: "LineString", coordinates: positions }) ?? undefined) : undefined;
  };
  const xy = (n: Located) => projection([n.longitude, n.latitude]) ?? [0, 0];

  const result = from && to && from !== to ? path.data?.corridorPath : undefined;
  const legs = result ? orientedLegs(result) : [];
  const legCorridors = (s: MapSegment) => bySegment.get(s.id) ?? [];
  const pathCorridors = [...new Set(legs.flatMap((l) => legCorridors(l.segment)))];

  // Nodes on the map: those of the shown segments and of the path.
  const nodeById = new Map<string, Located>();
  for (const s of visible) for (const n of [s.from, s.to]) if (located(n)) nodeById.set(n.id, n);
  for (const l of legs) for (const n of [l.a, l.b]) if (located(n)) nodeById.set(n.id, n);
  const nodes = [...nodeById.values()].sort((x, y) => x.name.localeCompare(y.name));

  const toggle = (id: string, on: boolean) =>
    setHidden((h) => {
      const next = new Set(h);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  const pick = (id: string) => {
    if (!from || (from && to)) {
      setFrom(id);
      setTo("");
    } else setTo(id);
  };
  const nodeSelect = (value: string, set: (v: string) => void, testid: string) => (
    <select value={value} onChange={(e) => set(e.target.value)} data-testid={testid}>
      <option value="">choose a node…</option>
      {pickable.map(([country, list]) => (
        <optgroup key={country} label={country}>
          {list.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
  const corridorList = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(", ");

  return (
    <div className="map-view">
      <section className="controls">
        <label>From {nodeSelect(from, setFrom, "path-from")}</label>
        <label>to {nodeSelect(to, setTo, "path-to")}</label>
        <label>
          <input type="checkbox" checked={underConstruction} onChange={(e) => setUnderConstruction(e.target.checked)} data-testid="path-under-construction" /> also under construction
        </label>
      </section>
      {map.error ? <p className="error">{map.error}</p> : null}
      <div
        className="path-result"
        data-testid="path-result"
        data-length-km={result?.lengthKm ?? ""}
        data-estimate={result ? String(result.lengthIsEstimate) : ""}
        data-corridors={pathCorridors.join(" ")}
      >
        {from && to && from !== to
          ? path.loading
            ? "finding the shortest path…"
            : path.error
              ? path.error
              : result
                ? `${result.from.name} → ${result.to.name}: ${km(result.lengthKm)}${result.lengthIsEstimate ? " (partly estimated)" : ""} by ${result.modes.map(words).join(", ")}, ${legs.length} legs${pathCorridors.length ? `, on ${corridorList(pathCorridors)}` : ""}`
                : "No path between these nodes over these segments."
          : "Pick two nodes (on the map or in the lists) for the shortest path between them, across every corridor."}
      </div>
      <div className="map-body">
        <svg viewBox={`0 0 ${W} ${H}`} className="map" data-testid="map" role="img" aria-label="Trade corridors on a map">
          <rect width={W} height={H} className="sea" />
          {countries.features.map((f, i) => {
            const iso = isoOf(f.id);
            const of = (iso && members.get(iso)) || [];
            return (
              <path
                key={iso ?? `f${i}`}
                d={draw(f) ?? undefined}
                className={of.length ? "country member" : "country"}
                style={of.length ? { fill: colour.get(of[0]) } : undefined}
                data-testid="country-shape"
                data-iso={iso ?? ""}
                data-member={of.length ? "true" : "false"}
                data-corridors={of.join(" ")}
              >
                <title>
                  {f.properties.name}
                  {of.length ? `: member of ${corridorList(of)}` : ""}
                </title>
              </path>
            );
          })}
          {visible.map((s) => {
            const of = legCorridors(s);
            const d = line(s);
            if (!d) return null;
            const drawnAs = of.find(shown)!;
            return (
              <g key={s.id} data-testid="segment" data-id={s.id} data-mode={s.mode} data-status={s.status} data-corridors={of.join(" ")} data-colour={colour.get(drawnAs)}>
                <path
                  d={d}
                  fill="none"
                  stroke={colour.get(drawnAs)}
                  strokeOpacity={STATUS_OPACITY[s.status]}
                  strokeWidth={3}
                  strokeDasharray={MODE_DASHES[s.mode]}
                  strokeLinecap="round"
                >
                  <title>
                    {s.from.name} – {s.to.name}: {words(s.mode)}, {words(s.status)}
                    {s.lengthKm !== null ? `, ${km(s.lengthKm)}${s.lengthIsEstimate ? " (estimate)" : ""}` : ""}; {corridorList(of)}
                  </title>
                </path>
              </g>
            );
          })}
          {legs.map(({ segment: s }) => {
            const d = line(s);
            if (!d) return null;
            return (
              <g key={s.id} data-testid="path-segment" data-id={s.id}>
                <path d={d} fill="none" className="path-halo" />
                <path d={d} fill="none" stroke={colour.get(legCorridors(s)[0] ?? "") ?? "#1d2330"} strokeWidth={3.5} strokeDasharray={MODE_DASHES[s.mode]} strokeLinecap="round" />
              </g>
            );
          })}
          {nodes.map((n) => {
            const [x, y] = xy(n);
            const role = n.id === from ? "from" : n.id === to ? "to" : "";
            return (
              <g key={n.id} className={`node ${role}`} onClick={() => pick(n.id)} data-testid="node" data-id={n.id}>
                <circle cx={x} cy={y} r={role ? 7 : 5} />
                <text x={x + 8} y={y + 4}>
                  {n.name.replace(/ \(.*\)$/, "")}
                </text>
                <title>
                  {n.name} ({words(n.kind)}, {n.country?.name ?? "?"})
                </title>
              </g>
            );
          })}
        </svg>
        <aside className="map-legend" data-testid="legend">
          <h3>Corridors</h3>
          <p className="muted">Colour: the corridor; its member countries are filled in it. Untick one to hide it.</p>
          <ul>
            {corridors.map((c) => (
              <li key={c.id}>
                <label data-testid="legend-corridor" data-id={c.id}>
                  <input type="checkbox" checked={shown(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} data-testid="corridor-toggle" data-id={c.id} />
                  <span className="swatch" style={{ background: colour.get(c.id) }} data-testid="corridor-swatch" />
                  <span>
                    {c.acronym ? <strong>{c.acronym}</strong> : null} {c.acronym ? <span className="muted">{c.name}</span> : <strong>{c.name}</strong>}
                    <span className="muted">
                      {" "}
                      · {c.members.length} members, {c.segments.length} segments
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <h3>Lines</h3>
          <p className="muted">The pattern is the mode; pale is not yet operational.</p>
          <svg width={226} height={18 * 6} className="legend-lines">
            {(Object.keys(MODE_DASHES) as TransportMode[]).map((m, i) => (
              <g key={m} transform={`translate(4, ${10 + i * 18})`}>
                <line x1={0} x2={40} y1={0} y2={0} stroke="#1d2330" strokeWidth={3} strokeDasharray={MODE_DASHES[m]} strokeLinecap="round" />
                <text x={50} y={4}>
                  {words(m)}
                </text>
              </g>
            ))}
            <g transform={`translate(4, ${10 + 4 * 18})`}>
              <line x1={0} x2={40} y1={0} y2={0} stroke="#1d2330" strokeOpacity={STATUS_OPACITY.UNDER_CONSTRUCTION} strokeWidth={3} />
              <text x={50} y={4}>
                not yet operational
              </text>
            </g>
            <g transform={`translate(4, ${10 + 5 * 18})`}>
              <line x1={0} x2={40} y1={0} y2={0} className="path-halo" />
              <line x1={0} x2={40} y1={0} y2={0} stroke="#1d2330" strokeWidth={3} />
              <text x={50} y={4}>
                the shortest path
              </text>
            </g>
          </svg>
        </aside>
      </div>
      {result && legs.length ? (
        <section className="path-legs">
          <h3>
            The path, leg by leg: {km(result.lengthKm)}
            {result.lengthIsEstimate ? ", partly estimated (great-circle lengths)" : ", every length as a source states it"}
          </h3>
          <ol data-testid="path-legs">
            {legs.map(({ segment: s, a, b }) => (
              <li key={s.id} data-testid="path-leg" data-id={s.id} data-mode={s.mode} data-corridors={legCorridors(s).join(" ")}>
                {a.name} → {b.name}: {words(s.mode)}
                {s.lengthKm !== null ? `, ${km(s.lengthKm)}${s.lengthIsEstimate ? " (estimate)" : ""}` : ", length unknown"}
                {s.status !== "OPERATIONAL" ? `, ${words(s.status)}` : ""}
                {legCorridors(s).length ? <span className="muted"> · {corridorList(legCorridors(s))}</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <p className="muted credit">Map: Natural Earth via world-atlas (public domain / ISC), drawn with d3-geo. Corridors, members, nodes, segments and paths: the graph.</p>
    </div>
  );
}
