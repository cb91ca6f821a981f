import { buildApp } from './app.ts';

/** Starts the API on a port of this machine only (127.0.0.1 unless HOST says otherwise). */
export async function startServer(port: number, host = '127.0.0.1'): Promise<string> {
  const app = await buildApp({ logger: { level: process.env.LOG_LEVEL ?? 'warn' } });
  const close = (): void => void app.close().then(() => process.exit(0));
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  return app.listen({ port, host });
}
