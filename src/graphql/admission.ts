import { getHeapStatistics } from "node:v8";
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { E_TIMEOUT, Semaphore, withTimeout, type SemaphoreInterface } from "async-mutex";
import { GraphQLError, type DocumentNode, type GraphQLSchema } from "graphql";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Redis } from "ioredis";
import { listCostFor, type ListSizes } from "./limits.js";

/**
 * Admission control: what keeps one process alive under any load. An operation's list-aware cost
 * (src/graphql/limits.ts) stands for the memory its answer takes, so the process admits operations
 * by cost, not by count:
 *
 * - an operation over the server's cost limit is refused outright (QUERY_TOO_COMPLEX, the plugin below);
 * - heavy operations (cost over `lightCost`) share a budget of cost in flight per process, and one
 *   client (IP) may hold at most `maxCostPerClient` of it; over the client's share the answer is
 *   429 RATE_LIMITED with Retry-After, and a full budget queues the operation (at most `maxQueued`
 *   waiting, each for at most `queueTimeoutMs`) or answers a fast 503 SERVICE_UNAVAILABLE;
 * - heavy operations are also shed (503) while the V8 heap is over `heapFraction` of its limit;
 * - a client's heavy operations draw on a budget of cost per window (`costPerWindow`), so one IP
 *   cannot keep the budget full for ever;
 * - light operations (a record by key, a short page) never wait behind heavy ones: they are bounded
 *   only by `maxLightInFlight`, so a client behind the same NAT as an attacker is still served.
 *
 * Release happens when the response is sent, whatever happened in between. One process has one
 * Admission: with the gateway and the subgraphs in one process they share it, as they share a heap.
 */
export interface AdmissionSettings {
  /** Cost in flight per process across heavy operations. */
  maxCostInFlight: number;
  /** Cost in flight per client (IP) across heavy operations. */
  maxCostPerClient: number;
  /** Heavy operations waiting for the budget; more are refused at once. */
  maxQueued: number;
  queueTimeoutMs: number;
  /** Operations at or under this cost are light. */
  lightCost: number;
  /** Light operations in flight per process. */
  maxLightInFlight: number;
  /** Shed heavy operations while heap used is over this fraction of the heap limit. */
  heapFraction: number;
  /** Cost per client (IP) per `windowSeconds` across heavy operations; 0 turns it off. */
  costPerWindow: number;
  windowSeconds: number;
  /** Shares the per-window budget across instances. */
  redis?: Redis;
  prefix?: string;
}

/** The context fields admission reads: who is calling, and whether the gateway already admitted this work. */
export interface AdmissionContext extends BaseContext {
  clientIp?: string;
  /** Set for operations the gateway of this same process hands to its subgraphs (already admitted). */
  admitted?: boolean;
}

function overloaded(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds, http: { status: 503, headers: new HeaderMap([["retry-after", String(retryAfterSeconds)]]) } },
  });
}

function throttled(message: string, retryAfterSeconds: number, extra: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "RATE_LIMITED", retryAfterSeconds, ...extra, http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfterSeconds)]]) } },
  });
}

/** The most units the admission semaphore counts (see Admission.unit). */
const SEMAPHORE_STEPS = 1024;

export class Admission {
  private readonly budget: SemaphoreInterface;
  private readonly heapLimit = getHeapStatistics().heap_size_limit;
  private readonly perClient = new Map<string, number>();
  private readonly window: RateLimiterAbstract | null;
  private queued = 0;
  private light = 0;

  /**
   * Cost units per unit of the semaphore. async-mutex walks every unit of its free value on each
   * release (Semaphore._drainUnlockWaiters loops from the value down to 1), so with the default
   * budget of 80,000 each heavy operation's release cost 80,000 steps: 1.8% of Q2's CPU (#14). The
   * semaphore counts in units of at most 1,024 steps; an operation's weight is rounded up to whole
   * units, so the budget admits at most one unit (79 cost at the default) less per operation.
   */
  private readonly unit: number;

  constructor(readonly s: AdmissionSettings) {
    this.unit = Math.max(1, Math.ceil(s.maxCostInFlight / SEMAPHORE_STEPS));
    this.budget = withTimeout(new Semaphore(Math.floor(s.maxCostInFlight / this.unit)), s.queueTimeoutMs);
    if (s.costPerWindow > 0) {
      const keyPrefix = `${s.prefix ?? "rg"}:rl:cost`;
      const memory = new RateLimiterMemory({ points: s.costPerWindow, duration: s.windowSeconds, keyPrefix });
      this.window = s.redis ? new RateLimiterRedis({ storeClient: s.redis, points: s.costPerWindow, duration: s.windowSeconds, keyPrefix, insuranceLimiter: memory }) : memory;
    } else {
      this.window = null;
    }
  }

  /** Whether an operation of `cost` is light: admitted or refused at once, never queued (admit). */
  isLight(cost: number): boolean {
    return cost <= this.s.lightCost;
  }

  /** Waits for room for an operation of `cost` from `client`; resolves with its release, or throws a coded error. */
  async admit(cost: number, client: string): Promise<() => void> {
    if (this.isLight(cost)) {
      if (this.light >= this.s.maxLightInFlight) {
        throw overloaded(`The server is busy (${this.light} operations in flight); retry shortly.`, 1);
      }
      this.light++;
      return once(() => void this.light--);
    }
    const weight = Math.min(Math.max(1, Math.ceil(cost)), this.s.maxCostInFlight);
    const held = this.perClient.get(client) ?? 0;
    // A client with nothing in flight may always run one operation (the cost limit bounds it): the
    // share limits how much one client runs at once, never whether it can run at all.
    if (held > 0 && held + weight > this.s.maxCostPerClient) {
      throw throttled(`Too much work in flight from this client: ${held} of ${this.s.maxCostPerClient} cost units are running, and this operation costs ${weight}. Retry after 1 s.`, 1, { limit: this.s.maxCostPerClient, measured: held + weight });
    }
    // Claimed at once, before anything below awaits: a burst of one client's operations must not
    // all pass the check above while none has been counted yet.
    this.perClient.set(client, held + weight);
    const unclaim = () => {
      const left = (this.perClient.get(client) ?? weight) - weight;
      if (left > 0) this.perClient.set(client, left);
      else this.perClient.delete(client);
    };
    let release: () => void;
    try {
      if (this.window) {
        try {
          await this.window.consume(client, weight);
        } catch (rejection) {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
          const retry = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
          throw throttled(`Too much work from this client: the limit is ${this.s.costPerWindow} cost units per ${this.s.windowSeconds} s. Retry after ${retry} s.`, retry, { limit: this.s.costPerWindow, measured: rejection.consumedPoints });
        }
      }
      if (heapUsed() > this.s.heapFraction * this.heapLimit) {
        throw overloaded("The server is low on memory; retry shortly.", 1);
      }
      const units = Math.min(Math.ceil(weight / this.unit), Math.floor(this.s.maxCostInFlight / this.unit));
      if (this.budget.getValue() < units && this.queued >= this.s.maxQueued) {
        throw overloaded(`The server is busy (${this.queued} heavy operations waiting); retry shortly.`, 1);
      }
      this.queued++;
      try {
        [, release] = await this.budget.acquire(units);
      } catch (err) {
        if (err !== E_TIMEOUT && (err as Error)?.message !== E_TIMEOUT.message) throw err;
        throw overloaded(`The server is busy: this operation waited ${this.s.queueTimeoutMs} ms for room; retry shortly.`, 1);
      } finally {
        this.queued--;
      }
    } catch (err) {
      unclaim();
      throw err;
    }
    return once(() => {
      release();
      unclaim();
    });
  }
}

/**
 * The V8 heap in use, read at most every 50 ms: process.memoryUsage() reads /proc and was 1.2% of a
 * busy server's CPU when called per operation. A heap that grows past the threshold within 50 ms
 * is caught on the next read.
 */
let heapRead = { at: -Infinity, used: 0 };
function heapUsed(): number {
  const now = performance.now();
  if (now - heapRead.at > 50) heapRead = { at: now, used: process.memoryUsage().heapUsed };
  return heapRead.used;
}

function once(f: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    f();
  };
}

/**
 * Costs already computed, per parsed document (Apollo Server hands the same DocumentNode for the
 * same query text from its document store) and per operation name and variables. Walking the
 * document was 4% of a simple lookup's CPU. A few variable sets are kept per document.
 */
const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
const VARIABLE_SETS_PER_DOCUMENT = 32;
const MAX_CACHED_KEY = 2048;
export function cachedCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined, sizes: ListSizes = {}): number {
  let bySchema = costs.get(schema);
  if (!bySchema) costs.set(schema, (bySchema = new WeakMap()));
  let byVariables = bySchema.get(document);
  if (!byVariables) bySchema.set(document, (byVariables = new Map()));
  const key = JSON.stringify([operationName ?? null, variables]);
  // Large variables (`_entities` representations) are rarely sent twice: priced, not kept.
  if (key.length > MAX_CACHED_KEY) return listCostFor(schema, document, variables, operationName, sizes);
  let cost = byVariables.get(key);
  if (cost === undefined) {
    cost = listCostFor(schema, document, variables, operationName, sizes);
    if (byVariables.size >= VARIABLE_SETS_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value!);
    byVariables.set(key, cost);
  }
  return cost;
}

/**
 * An operation's cost (cachedCost) and whether it is over `maxCost`: the one comparison of the cost
 * plugin below and of the in-process runner (src/graphql/in-process-execution.ts). Undefined when
 * the variables do not fit the operation: execution reports them as BAD_USER_INPUT.
 */
export function priced(
  schema: GraphQLSchema,
  maxCost: number,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  sizes: ListSizes = {},
): { cost: number; over: boolean } | undefined {
  let cost: number;
  try {
    cost = cachedCost(schema, document, variables ?? {}, operationName ?? undefined, sizes);
  } catch {
    return undefined;
  }
  return { cost, over: cost > maxCost };
}

/**
 * The plugin that prices each operation before it runs: over `maxCost` it is refused; otherwise
 * it is admitted by `admission` (when given) and released when its response is sent.
 */
export function costAndAdmission<C extends AdmissionContext>(maxCost: number, admission?: Admission, sizes: ListSizes = {}): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      // One listener per operation: its release lives here.
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          const price = priced(schema, maxCost, document, request.variables, request.operationName, sizes);
          if (!price) return;
          const { cost } = price;
          if (price.over) {
            throw new GraphQLError(`Query too complex: the cost limit is ${maxCost}; this query costs ${cost} (lists count their likely size, every field counts).`, {
              extensions: { code: "QUERY_TOO_COMPLEX", limit: maxCost, measured: cost, http: { status: 400 } },
            });
          }
          if (!admission || contextValue.admitted) return;
          release = await admission.admit(cost, contextValue.clientIp ?? "unknown");
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
