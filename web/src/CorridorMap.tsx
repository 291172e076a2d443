import { geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { useMemo, useState } from "react";
import { km, words } from "./format.js";
import { CorridorList, CorridorMap, CorridorPathQuery, type MapNode, type MapSegment, type SegmentStatus, type TransportMode } from "./operations.js";
import { useQuery } from "./useQuery.js";

const W = 1000;
const H = 470;
export const MODE_COLOURS: Record<TransportMode, string> = { RAIL: "#c0392b", ROAD: "#d68910", SEA: "#2471a3", INLAND_WATERWAY: "#17a589" };
const countries = feature(world, world.objects.countries);

type Located = MapNode & { latitude: number; longitude: number };
const located = (n: MapNode): n is Located => n.latitude !== null && n.longitude !== null;

export function CorridorMapView() {
  const list = useQuery(CorridorList, {});
  const [corridorId, setCorridorId] = useState("instc");
  const map = useQuery(CorridorMap, { id: corridorId });
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [underConstruction, setUnderConstruction] = useState(false);
  const statuses: SegmentStatus[] = underConstruction ? ["OPERATIONAL", "UNDER_CONSTRUCTION"] : ["OPERATIONAL"];
  const path = useQuery(CorridorPathQuery, from && to && from !== to ? { from, to, statuses } : null);

  const segments: MapSegment[] = map.data?.corridor?.segments ?? [];
  const nodes = useMemo(() => {
    const byId = new Map<string, Located>();
    for (const s of segments) for (const n of [s.from, s.to]) if (located(n)) byId.set(n.id, n);
    return [...byId.values()].sort((x, y) => x.name.localeCompare(y.name));
  }, [segments]);

  // Fit the projection to the corridor's nodes, with room around them.
  const projection = useMemo(() => {
    const points: GeoPermissibleObjects = { type: "MultiPoint", coordinates: nodes.map((n) => [n.longitude, n.latitude]) };
    const p = geoMercator();
    if (nodes.length) p.fitExtent([[200, 30], [W - 200, H - 30]], points);
    else p.fitSize([W, H], countries);
    return p;
  }, [nodes]);
  const draw = geoPath(projection);
  const xy = (n: Located) => projection([n.longitude, n.latitude]) ?? [0, 0];
  const onPath = new Set(path.data?.corridorPath?.segments.map((s) => s.id) ?? []);

  const pick = (id: string) => {
    if (!from || (from && to)) {
      setFrom(id);
      setTo("");
    } else setTo(id);
  };
  const nodeSelect = (value: string, set: (v: string) => void, testid: string) => (
    <select value={value} onChange={(e) => set(e.target.value)} data-testid={testid}>
      <option value="">choose a node…</option>
      {nodes.map((n) => (
        <option key={n.id} value={n.id}>
          {n.name} ({n.country?.code ?? "?"})
        </option>
      ))}
    </select>
  );
  const result = path.data?.corridorPath;

  return (
    <div className="map-view">
      <section className="controls">
        <label>
          Corridor{" "}
          <select value={corridorId} onChange={(e) => setCorridorId(e.target.value)} data-testid="corridor-pick">
            {(list.data?.corridors ?? [{ id: corridorId, name: corridorId, acronym: null }]).map((c) => (
              <option key={c.id} value={c.id}>
                {c.acronym ? `${c.acronym}: ` : ""}
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>From {nodeSelect(from, setFrom, "path-from")}</label>
        <label>to {nodeSelect(to, setTo, "path-to")}</label>
        <label>
          <input type="checkbox" checked={underConstruction} onChange={(e) => setUnderConstruction(e.target.checked)} data-testid="path-under-construction" /> also under construction
        </label>
      </section>
      {map.error ? <p className="error">{map.error}</p> : null}
      <div className="path-result" data-testid="path-result" data-length-km={result?.lengthKm ?? ""}>
        {from && to && from !== to
          ? path.loading
            ? "finding the shortest path…"
            : path.error
              ? path.error
              : result
                ? `${result.from.name} → ${result.to.name}: ${km(result.lengthKm)}${result.lengthIsEstimate ? " (partly estimated)" : ""} by ${result.modes.map(words).join(", ")}, ${result.segments.length} segments`
                : "No path between these nodes over these segments."
          : "Pick two nodes (on the map or in the lists) for the shortest path between them."}
      </div>
      <svg viewBox={`0 0 ${W} ${H}`} className="map" data-testid="map" role="img" aria-label={`${map.data?.corridor?.name ?? "Corridor"} on a map`}>
        <rect width={W} height={H} className="sea" />
        {countries.features.map((f, i) => (
          <path key={f.id ?? i} d={draw(f) ?? undefined} className="country" data-testid="country-shape">
            <title>{f.properties.name}</title>
          </path>
        ))}
        {segments.map((s) => {
          if (!located(s.from) || !located(s.to)) return null;
          const [x1, y1] = xy(s.from);
          const [x2, y2] = xy(s.to);
          return (
            <g key={s.id} data-testid="segment" data-id={s.id} data-mode={s.mode} data-status={s.status}>
              {onPath.has(s.id) ? <line x1={x1} y1={y1} x2={x2} y2={y2} className="path-halo" data-testid="path-segment" /> : null}
              <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={MODE_COLOURS[s.mode]} strokeWidth={3} strokeDasharray={s.status === "OPERATIONAL" ? undefined : "7 5"} strokeLinecap="round">
                <title>
                  {s.from.name} – {s.to.name}: {words(s.mode)}, {words(s.status)}
                  {s.lengthKm !== null ? `, ${km(s.lengthKm)}${s.lengthIsEstimate ? " (estimate)" : ""}` : ""}
                </title>
              </line>
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
        <g className="legend" transform={`translate(16, ${H - 110})`}>
          <rect x={-8} y={-18} width={190} height={104} rx={4} />
          {(Object.keys(MODE_COLOURS) as TransportMode[]).map((m, i) => (
            <g key={m} transform={`translate(0, ${i * 18})`}>
              <line x1={0} x2={30} y1={0} y2={0} stroke={MODE_COLOURS[m]} strokeWidth={3} />
              <text x={38} y={4}>
                {words(m)}
              </text>
            </g>
          ))}
          <g transform="translate(0, 72)">
            <line x1={0} x2={30} y1={0} y2={0} stroke="#555" strokeWidth={3} strokeDasharray="7 5" />
            <text x={38} y={4}>
              under construction
            </text>
          </g>
        </g>
      </svg>
      <p className="muted credit">Map: Natural Earth via world-atlas (public domain / ISC), drawn with d3-geo. Nodes, segments and paths: the graph.</p>
    </div>
  );
}
