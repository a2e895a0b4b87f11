import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Security headers on every answer (console HTML, assets, GraphQL): a CSP the console passes —
 * its own scripts only, WebAssembly for the solver, inline styles for Ant Design's CSS-in-JS —
 * no framing, no MIME sniffing, no referrer outside the origin, and HSTS when served over TLS.
 *
 * Helmet computes them once at start (they never vary per request): @fastify/helmet built a new
 * helmet middleware, CSP parsing included, for every request.
 */
export function registerSecurityHeaders(fastify: FastifyInstance, options: { graphiql: boolean }): void {
  const headers = helmetHeaders();
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    // GraphiQL (development only) loads its editor from a CDN.
    if (options.graphiql && request.url.startsWith('/graphiql')) reply.removeHeader('content-security-policy');
    done(null, payload);
  });
}

function helmetHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = { setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)), removeHeader: () => undefined };
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // Sent by the hook only over TLS: on plain HTTP it means nothing and misleads.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  })({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return headers;
}
