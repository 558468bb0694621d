/**
 * Where the Bot Framework and Teams send from: replies go back to these.
 * Teams: smba.trafficmanager.net and smba.infra.*.teams.microsoft.*; Bot
 * Framework channels (Web Chat, Direct Line, Emulator's cloud services) under
 * botframework.com and its government clouds.
 */
// Not *.trafficmanager.net: anyone can create a Traffic Manager profile there.
const SERVICE_HOST_SUFFIXES = ['.botframework.com', '.botframework.us', '.botframework.azure.us', '.teams.microsoft.com', '.teams.microsoft.us'] as const;
const SERVICE_HOSTS = ['botframework.com', 'smba.trafficmanager.net'] as const;

export interface ServiceUrlPolicy {
  /** No app id: the activity is not signed, so its serviceUrl is whatever the sender wrote. */
  authMode: 'none' | 'botframework';
  /** Also accept http(s) on this machine (Agents Playground, the evaluator, tests). */
  ALLOW_LOCAL_SERVICE_URL: boolean;
}

/**
 * Why the bot must not send its replies to this serviceUrl, or undefined when
 * it may. Only unauthenticated mode restricts it: there anyone who reaches the
 * port could otherwise make the bot POST anywhere (and wait ~10 s per turn).
 * Authenticated, the serviceUrl is a claim of Microsoft's signed token.
 */
export function serviceUrlProblem(serviceUrl: unknown, policy: ServiceUrlPolicy): string | undefined {
  if (policy.authMode !== 'none' || serviceUrl === undefined) return undefined;
  if (typeof serviceUrl !== 'string') return 'serviceUrl not allowed';
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return 'serviceUrl not allowed';
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (isLoopback(host)) return policy.ALLOW_LOCAL_SERVICE_URL ? undefined : 'serviceUrl not allowed (local service URLs are off: ALLOW_LOCAL_SERVICE_URL=false)';
  const known = (SERVICE_HOSTS as readonly string[]).includes(host) || SERVICE_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix));
  if (!known || url.protocol !== 'https:' || (url.port !== '' && url.port !== '443')) return 'serviceUrl not allowed';
  return undefined;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
