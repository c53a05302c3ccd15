/**
 * The pages' side of the service protocol: `call(request)` sends it to the
 * background and validates the answer with its operation's schema before
 * anyone uses it. The transport is given (browser.runtime.sendMessage in the
 * extension, the server itself in tests).
 */
import { t } from '../i18n';
import { FILE_CHANNEL_PREFIX, FileTextSchema, RESPONSE_SCHEMAS, SERVICE_CHANNEL, ServiceReplySchema, type RequestOf, type ResponseOf, type ServiceFile, type ServiceOp } from './protocol';

export type Transport = (message: unknown) => Promise<unknown>;

/** A failed call: `message` is for the user (the library's own message, or why the answer was unusable). */
export class ServiceError extends Error {
  override name = 'ServiceError';
}

export type ServiceCall = <O extends ServiceOp>(request: RequestOf<O>) => Promise<ResponseOf<O>>;

export function createClient(send: Transport): ServiceCall {
  return async <O extends ServiceOp>(request: RequestOf<O>): Promise<ResponseOf<O>> => {
    let raw: unknown;
    try {
      raw = await send({ channel: SERVICE_CHANNEL, request });
    } catch (e) {
      throw new ServiceError(t('serviceUnavailable', e instanceof Error ? e.message : String(e)));
    }
    const reply = ServiceReplySchema.safeParse(raw);
    if (!reply.success) throw new ServiceError(t('serviceUnavailable', 'no answer'));
    if (!reply.data.ok) throw new ServiceError(reply.data.error);
    const value = RESPONSE_SCHEMAS[request.op].safeParse(reply.data.value);
    if (!value.success) throw new ServiceError(t('serviceBadAnswer', request.op));
    return value.data as ResponseOf<O>;
  };
}

/** The extension's client: messages to the background. */
export function extensionClient(): ServiceCall {
  const runtime = (globalThis as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser?.runtime;
  return createClient((m) => (runtime ? runtime.sendMessage(m) : Promise.reject(new Error('no extension runtime'))));
}

/**
 * An export file from the background. Its text comes on a BroadcastChannel
 * of this request's own (a structured clone, far cheaper than a runtime
 * message for a large library), validated here like any answer; where there
 * is no BroadcastChannel it comes in the answer itself.
 */
export async function fetchFile(call: ServiceCall, request: RequestOf<'export'>, opts: { timeoutMs?: number } = {}): Promise<ServiceFile> {
  if (typeof BroadcastChannel === 'undefined' || typeof crypto?.randomUUID !== 'function') return call(request);
  const name = FILE_CHANNEL_PREFIX + crypto.randomUUID();
  const channel = new BroadcastChannel(name);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const text = new Promise<string>((resolve) => {
    channel.onmessage = (e: MessageEvent) => {
      const m = FileTextSchema.safeParse(e.data);
      if (m.success) resolve(m.data.text);
    };
  });
  try {
    const file = await call({ ...request, replyChannel: name });
    if (!file.sent) return file;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ServiceError(t('serviceUnavailable', 'the file did not arrive'))), opts.timeoutMs ?? 60_000);
    });
    return { fileName: file.fileName, mime: file.mime, count: file.count, text: await Promise.race([text, late]) };
  } finally {
    clearTimeout(timer);
    channel.close();
  }
}

/**
 * "Import" after a preview: commits what the background read for the preview
 * (by its token); when the background no longer holds it (the service worker
 * restarted, or another preview came since), sends the file again.
 */
export async function commitPreviewedImport(call: ServiceCall, previewed: { token: string; text: string }): Promise<ResponseOf<'import-commit'>> {
  const done = await call({ op: 'import-commit', token: previewed.token });
  return !done.ok && done.expired ? call({ op: 'import-commit', text: previewed.text }) : done;
}
