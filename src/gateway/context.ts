import { randomUUID } from "node:crypto";

/** What the gateway knows of a client request and forwards to every subgraph call. */
export interface GatewayContext {
  requestId: string;
  authorization?: string;
  /** The client's address, as the gateway's HTTP layer determined it (trust proxy). */
  clientIp?: string;
}

/** The gateway context of an HTTP request: its id (given or new), Authorization header and address. */
export function gatewayContext(headers: Record<string, string | string[] | undefined>, requestId?: string, clientIp?: string): GatewayContext {
  const id = headers["x-request-id"];
  const auth = headers["authorization"];
  return {
    requestId: requestId ?? (typeof id === "string" && id.length <= 200 ? id : randomUUID()),
    authorization: typeof auth === "string" ? auth : undefined,
    clientIp,
  };
}
