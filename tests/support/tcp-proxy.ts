import net from "node:net";

/**
 * A TCP proxy a test controls, between a client (a subgraph's database pool) and a server (the
 * database), to cause a real network fault:
 *   cut()       destroys every open connection and resets new ones at once (a crashed server);
 *   blackhole() keeps new connections open but silent, and stops forwarding on open ones
 *               (a partitioned network: only timeouts notice);
 *   restore()   forwards again (held-back bytes of open connections are delivered then).
 */
export interface TcpProxy {
  port: number;
  /** postgres:// URL of the target with host and port replaced by the proxy's. */
  urlFor(targetUrl: string): string;
  cut(): void;
  blackhole(): void;
  restore(): void;
  /** Connections currently open through the proxy. */
  readonly open: number;
  /** Connections accepted since the proxy started. */
  readonly accepted: number;
  close(): Promise<void>;
}

type Mode = "forward" | "cut" | "blackhole";

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: Mode = "forward";
  let accepted = 0;
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket | null }>();

  const server = net.createServer((client) => {
    accepted++;
    client.on("error", () => {});
    if (mode === "cut") {
      client.resetAndDestroy();
      return;
    }
    const pair = { client, upstream: null as net.Socket | null };
    pairs.add(pair);
    client.on("close", () => {
      pairs.delete(pair);
      pair.upstream?.destroy();
    });
    if (mode === "blackhole") {
      client.pause(); // accept, then say nothing
      return;
    }
    const upstream = net.connect(target.port, target.host);
    pair.upstream = upstream;
    upstream.on("error", () => client.destroy());
    upstream.on("close", () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    urlFor(targetUrl) {
      const u = new URL(targetUrl);
      u.hostname = "127.0.0.1";
      u.port = String(port);
      return u.toString();
    },
    cut() {
      mode = "cut";
      for (const p of pairs) {
        p.client.resetAndDestroy();
        p.upstream?.destroy();
      }
      pairs.clear();
    },
    blackhole() {
      mode = "blackhole";
      for (const p of pairs) {
        // Stop both directions without closing: bytes sent now are never answered.
        p.client.unpipe();
        p.upstream?.unpipe();
        p.client.pause();
        p.upstream?.pause();
      }
    },
    restore() {
      mode = "forward";
      for (const p of pairs) {
        if (!p.upstream) {
          // Accepted during the blackhole and never connected onwards: its client gave up long ago.
          p.client.destroy();
        } else if (!p.client.destroyed && !p.upstream.destroyed) {
          // The partition heals: what was held back on either side is delivered now.
          p.client.pipe(p.upstream);
          p.upstream.pipe(p.client);
          p.client.resume();
          p.upstream.resume();
        }
      }
    },
    get open() {
      return pairs.size;
    },
    get accepted() {
      return accepted;
    },
    async close() {
      for (const p of pairs) {
        p.client.destroy();
        p.upstream?.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
