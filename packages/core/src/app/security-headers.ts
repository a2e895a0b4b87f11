import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every answer (console HTML, assets, GraphQL): a CSP the console passes —
 * its own scripts only, WebAssembly for the solver, inline styles for Ant Design's CSS-in-JS —
 * no framing, no MIME sniffing, no referrer outside the origin, and HSTS when served over TLS.
 */
export async function registerSecurityHeaders(fastify: FastifyInstance, options: { graphiql: boolean }): Promise<void> {
  await fastify.register(helmet, {
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
    // Sent below only over TLS: on plain HTTP it means nothing and misleads.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    // GraphiQL (development only) loads its editor from a CDN.
    if (options.graphiql && request.url.startsWith('/graphiql')) reply.removeHeader('content-security-policy');
    done(null, payload);
  });
}
