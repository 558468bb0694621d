/** Resolves once the bot on `port` answers /healthz with 200; rejects after `timeoutMs`. */
export async function waitUntilHealthy(port: number | string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`bot on port ${port} did not become healthy within ${timeoutMs} ms`);
}
