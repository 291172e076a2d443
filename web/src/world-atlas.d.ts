declare module "world-atlas/countries-110m.json" {
  import type { Topology, GeometryCollection } from "topojson-specification";
  const topology: Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
  export default topology;
}
