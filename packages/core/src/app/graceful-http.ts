import type { FastifyInstance } from 'fastify';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stopping HTTP the way a load balancer and keep-alive clients expect: from the signal on,
 * every new request gets 503 with `Connection: close` and every answer in flight closes its
 * connection behind it. Idle connections are left a moment to be closed that way, because a
 * client may be writing a request on one just now (closing it would reset that request); then the
 * server stops listening, waits for what is in flight, and force-closes at the grace period.
 */
export function gracefulHttp(fastify: FastifyInstance, graceSeconds: number): { stop(): Promise<void> } {
  let stopping = false;
  fastify.addHook('onRequest', (_request, reply, done) => {
    if (!stopping) return done();
    void reply.code(503).header('connection', 'close').header('retry-after', '1').send({ error: 'Service Unavailable', message: 'The server is shutting down' });
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (stopping) reply.header('connection', 'close');
    done(null, payload);
  });
  const connections = () => new Promise<number>((done) => fastify.server.getConnections((error, count) => done(error ? 0 : count)));

  return {
    async stop() {
      stopping = true;
      const deadline = Date.now() + graceSeconds * 1000;
      const lingerUntil = Date.now() + Math.min(graceSeconds * 1000, 1500);
      while (fastify.server.listening && Date.now() < lingerUntil && (await connections()) > 0) await sleep(50);
      const force = setTimeout(() => fastify.server.closeAllConnections(), Math.max(0, deadline - Date.now()));
      force.unref();
      try {
        await fastify.close();
      } finally {
        clearTimeout(force);
      }
    },
  };
}
