// Vitest global setup: one throwaway PostgreSQL server for the whole run (test files each make
// their own database on it: see test/helpers/postgres.ts).
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../helpers/pg-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
