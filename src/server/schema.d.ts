import 'fastify';

declare module 'fastify' {
  interface FastifySchema {
    /** What the route does: GET /api lists it, as the API's documentation. */
    description?: string;
  }
}
