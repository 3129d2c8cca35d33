// Every handler guarded: a handler that throws or rejects answers with an error response (a
// request) or is dropped (a notification), and says why in the log. Nothing a client sends ends
// the server.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { ServiceError } from '../service/features/errors';

type Log = (message: string) => void;

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

function asResponseError(e: unknown): ResponseError<void> {
  if (e instanceof ResponseError) return e;
  if (e instanceof ServiceError) {
    return new ResponseError(
      e.kind === 'invalidParams' ? ErrorCodes.InvalidParams : ErrorCodes.InvalidRequest,
      e.message,
    );
  }
  return new ResponseError(ErrorCodes.InternalError, `verbatim: ${e instanceof Error ? e.message : String(e)}`);
}

/** Wraps a request handler: its failures become error responses. */
export function guardRequest(log: Log) {
  return <P extends unknown[], R>(name: string, handler: (...params: P) => R | Promise<R>) =>
    async (...params: P): Promise<R | ResponseError<void>> => {
      try {
        return await handler(...params);
      } catch (e) {
        if (!(e instanceof ServiceError)) log(`${name} failed: ${describe(e)}`);
        return asResponseError(e);
      }
    };
}

/** Wraps a notification handler: its failures are logged. */
export function guardNotification(log: Log) {
  return <P extends unknown[]>(name: string, handler: (...params: P) => unknown) =>
    (...params: P): void => {
      try {
        const r = handler(...params);
        if (r instanceof Promise) r.catch((e: unknown) => log(`${name} failed: ${describe(e)}`));
      } catch (e) {
        log(`${name} failed: ${describe(e)}`);
      }
    };
}

/** Process-level last resort: an unhandled rejection or exception is logged, and the server goes on. */
export function logUncaught(log: Log): void {
  process.on('unhandledRejection', (e) => log(`unhandled rejection: ${describe(e)}`));
  process.on('uncaughtException', (e) => log(`uncaught exception: ${describe(e)}`));
}
