import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

/**
 * Prisma's query interpreter loads the relations of a read (`include`, nested `select`) in
 * parallel. Outside a transaction each goes to its own pooled connection; inside one they all go to
 * the transaction's single pg connection, which pg queues with a deprecation warning and pg 9 refuses.
 * Worse, after a database error a connection with queued queries can hand one query's rows to
 * another. So each transaction runs its statements strictly one after the other.
 */
export function withSerialTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialAdapter(await factory.connect()),
  };
}

function serialAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: async (isolationLevel) =>
      serialTransaction(await adapter.startTransaction(isolationLevel)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
  };
}

function serialTransaction(transaction: Transaction): Transaction {
  let last: Promise<unknown> = Promise.resolve();
  // Each step starts once the previous one has settled, whether it succeeded or failed.
  const inTurn = <T>(step: () => Promise<T>): Promise<T> => {
    const result = last.then(step, step);
    last = result.catch(() => undefined);
    return result;
  };
  const savepoint = (step: ((name: string) => Promise<void>) | undefined) =>
    step && ((name: string) => inTurn(() => step(name)));
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query: SqlQuery) => inTurn(() => transaction.queryRaw(query)),
    executeRaw: (query: SqlQuery) => inTurn(() => transaction.executeRaw(query)),
    commit: () => inTurn(() => transaction.commit()),
    rollback: () => inTurn(() => transaction.rollback()),
    createSavepoint: savepoint(transaction.createSavepoint?.bind(transaction)),
    rollbackToSavepoint: savepoint(transaction.rollbackToSavepoint?.bind(transaction)),
    releaseSavepoint: savepoint(transaction.releaseSavepoint?.bind(transaction)),
  };
}
