import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import readme from "../../README.md?raw";
import { GRAPHQL_URL } from "./api.js";
import { readmeExamples } from "./readme-examples.js";

type Params = { query: string; variables?: Record<string, unknown> | null; operationName?: string | null };

/** GraphiQL talks to the gateway on this page's origin, passing the headers typed in its header editor. */
async function fetcher(params: Params, opts?: { headers?: Record<string, unknown> }) {
  const res = await fetch(GRAPHQL_URL, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...(opts?.headers as Record<string, string>) },
    body: JSON.stringify(params),
  });
  return res.json();
}

const tabs = readmeExamples(readme).map((e) => ({ query: e.query }));

createRoot(document.getElementById("graphiql")!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility={false} />
  </StrictMode>,
);
