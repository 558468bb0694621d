import { createServer, type Server, type Socket } from 'node:net';

export interface StalledEndpoint {
  url: string;
  /** Connections accepted so far. */
  accepted(): number;
  close(): Promise<void>;
}

/** A TCP endpoint on loopback that accepts every connection and never answers (a stalled identity provider). */
export function startStalledEndpoint(path = '/v1/.well-known/openidconfiguration'): Promise<StalledEndpoint> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server: Server = createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}${path}`,
        accepted: () => accepted,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** A JWT that passes the adapter's first checks (issuer, shape) so that it goes on to fetch the signing keys; its signature is garbage. */
export function unsignedChannelToken(appId: string): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'attacker-key' })}.${part({ iss: 'https://api.botframework.com', aud: appId, nbf: now - 60, exp: now + 3600, serviceurl: 'https://smba.trafficmanager.net/emea/' })}.c2lnbmF0dXJl`;
}

/** The public cloud's authentication settings with the signing keys fetched from `metadataUrl` (botbuilder takes all or none of them). */
export function authSettingsWithMetadata(metadataUrl: string): Record<string, string | boolean> {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
    CallerId: 'urn:botframework:azure',
  };
}
