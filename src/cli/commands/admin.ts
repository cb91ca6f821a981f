import type { Command } from 'commander';
import { AccountsRepository } from '../../db/accounts.ts';
import { isPostgresUrl, openDatabase } from '../../db/database.ts';
import { RESET_TTL_MS } from '../../server/auth/accounts.ts';
import { printJson, UsageError } from '../io.ts';

/** Tasks of whoever runs a multi-user secondround: no mail server needed. */
export function registerAdmin(program: Command): void {
  const admin = program
    .command('admin')
    .description('Administer a multi-user secondround on PostgreSQL.');
  admin
    .command('reset-link')
    .description('Make a one-time link (valid 24 hours) that lets a user set a new password.')
    .requiredOption('--email <email>', "the account's email")
    .option('--database-url <url>', 'the PostgreSQL server (default: DATABASE_URL)')
    .option('--base-url <url>', 'where users open the app', 'http://127.0.0.1:4173')
    .option('--json', 'print { "email", "link", "expiresAt" } as JSON')
    .action(
      async (options: { email: string; databaseUrl?: string; baseUrl: string; json?: boolean }) => {
        const url = options.databaseUrl ?? process.env.DATABASE_URL;
        if (!url || !isPostgresUrl(url))
          throw new UsageError(
            'give the PostgreSQL server: --database-url postgres://… or DATABASE_URL',
          );
        if (!/^https?:\/\//.test(options.baseUrl))
          throw new UsageError('--base-url must start with http:// or https://');
        const email = options.email.trim().toLowerCase();
        const database = await openDatabase(url);
        try {
          const token = await new AccountsRepository(database.db).createReset(email, RESET_TTL_MS);
          if (!token) throw new UsageError(`no account has the email ${email}`);
          const link = `${options.baseUrl.replace(/\/+$/, '')}/#/reset/${token}`;
          const expiresAt = new Date(Date.now() + RESET_TTL_MS).toISOString();
          if (options.json) printJson({ email, link, expiresAt });
          else
            process.stdout.write(
              `Send this link to ${email}; it works once, until ${expiresAt}:\n${link}\n`,
            );
        } finally {
          await database.close();
        }
      },
    );
}
