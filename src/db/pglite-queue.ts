import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** One frontend message waiting for PGlite, as pglite-socket 0.2.17 queues it. */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData(data: Uint8Array): void;
  resolve(bytes: number): void;
  reject(err: unknown): void;
}

/** pglite-socket's QueryQueueManager: the fields this module reads and the methods it replaces. */
interface QueryQueue {
  db: PGlite;
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/** Messages that open or continue an extended-protocol batch (Parse, Bind, Describe, Execute, Close, Flush). */
const EXTENDED = new Set(["P", "B", "D", "E", "C", "H"].map((c) => c.charCodeAt(0)));
/** Messages that end one: Sync, or a simple Query (which ends any batch in progress). */
const ENDS_BATCH = new Set(["S", "Q"].map((c) => c.charCodeAt(0)));

/**
 * pglite-socket serializes PGlite's one session per *message*, and keeps a connection's messages
 * together only while a transaction is open (electric-sql/pglite#1046, open). An extended-protocol
 * batch (Parse/Bind/Execute/Sync) is not a transaction, so two pools' batches interleave: one
 * pool's Parse replaces the unnamed statement between another's Parse and Bind, which then binds to
 * the wrong statement ("malformed array literal", wrong rows). It also leaves the queue stuck for
 * ever after one failed message. Both showed under concurrent requests on `npm start`.
 *
 * This replaces the queue's scheduling on one server: a connection that has begun a batch keeps
 * PGlite until its Sync (or while its transaction is open), and a failure rejects that message and
 * goes on. Checked against the shape of pglite-socket 0.2.17: anything else stops start-up, so an
 * upgrade is noticed rather than silently unpatched.
 */
export function keepExtendedBatchesTogether(server: PGLiteSocketServer): void {
  const q = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!q || !Array.isArray(q.queue) || typeof q.processQueue !== "function" || typeof q.clearQueueForHandler !== "function" || !q.db) {
    throw new Error("pglite-socket's query queue is not the shape src/db/pglite-queue.ts was written for (0.2.17): check electric-sql/pglite#1046 before upgrading");
  }
  /** The connection whose extended-protocol batch is in progress, if any. */
  let batchOwner: number | null = null;

  q.processQueue = async function processQueue(this: QueryQueue): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = batchOwner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        let item: QueuedMessage | undefined;
        if (owner !== null) {
          const at = this.queue.findIndex((m) => m.handlerId === owner);
          // The owner's next message has not arrived yet: the others wait; its enqueue resumes the queue.
          if (at === -1) break;
          item = this.queue.splice(at, 1)[0];
        } else {
          item = this.queue.shift();
        }
        if (!item) break;
        const type = item.message[0];
        if (EXTENDED.has(type)) batchOwner = item.handlerId;
        else if (ENDS_BATCH.has(type)) batchOwner = null;
        let bytes = 0;
        try {
          await this.db.runExclusive(() => this.db.execProtocolRawStream(item.message, { onRawData: (data: Uint8Array) => ((bytes += data.length), item.onData(data)) }));
        } catch (err) {
          if (batchOwner === item.handlerId) batchOwner = null;
          item.reject(err);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = q.clearQueueForHandler.bind(q);
  q.clearQueueForHandler = (handlerId: number) => {
    // A connection that went away mid-batch must not hold PGlite.
    if (batchOwner === handlerId) batchOwner = null;
    clear(handlerId);
    void q.processQueue();
  };
}
