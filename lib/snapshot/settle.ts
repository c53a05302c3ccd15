/**
 * Waits until a client-side navigation has rendered the new profile: the page
 * text mentions the expected handle and the DOM has been quiet for a moment
 * (or a time limit passes). Keeps the previous person off the panel.
 */
export function waitForProfile(doc: Document, handle: string, signal?: AbortSignal, opts = { quietMs: 120, maxMs: 4000 }): Promise<void> {
  return new Promise((resolve) => {
    const needle = '@' + handle.toLowerCase();
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      resolve();
    };
    const check = () => {
      clearTimeout(timer);
      const ready = (doc.body?.textContent ?? '').toLowerCase().includes(needle);
      if (ready || Date.now() - started > opts.maxMs) timer = setTimeout(done, ready ? opts.quietMs : 0);
    };
    const observer = new MutationObserver(check);
    if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    const limit = setTimeout(done, opts.maxMs);
    signal?.addEventListener('abort', done);
    check();
  });
}
