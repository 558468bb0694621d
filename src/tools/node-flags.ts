/**
 * Node flags for starting the bot: restify 11 loads spdy, which reads
 * process.binding('http_parser') and makes Node print DEP0111 (twice, once per
 * binding it reads) at every start. Harmless on Node 20 (docs/STACK-NOTES); the
 * same flag is in `npm start`.
 */
export const QUIET = ['--disable-warning=DEP0111'] as const;
