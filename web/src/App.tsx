import { useEffect, useState } from "react";
import { CorridorMapView } from "./CorridorMap.js";
import { RelationView } from "./RelationView.js";

type View = "relation" | "map";
const viewOf = (hash: string): View => (hash === "#/map" ? "map" : "relation");

export function App() {
  const [view, setView] = useState<View>(viewOf(location.hash));
  useEffect(() => {
    const onHash = () => setView(viewOf(location.hash));
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);
  return (
    <>
      <header className="top">
        <h1>relations-graph</h1>
        <nav>
          <a href="#/relation" className={view === "relation" ? "active" : ""} data-testid="nav-relation">
            Relation
          </a>
          <a href="#/map" className={view === "map" ? "active" : ""} data-testid="nav-map">
            Corridor map
          </a>
          <a href="/graphiql" data-testid="nav-graphiql">
            GraphiQL
          </a>
        </nav>
        <span className="hint">Everything here comes from the public GraphQL endpoint, /graphql.</span>
      </header>
      <main>{view === "map" ? <CorridorMapView /> : <RelationView />}</main>
    </>
  );
}
