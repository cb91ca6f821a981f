import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './commands/analyze.ts';
import { registerPractice } from './commands/practice.ts';
import { registerBuild } from './commands/build.ts';
import { registerQuestions } from './commands/questions.ts';
import { registerStages } from './commands/stages.ts';
import { registerThankYou } from './commands/thank-you.ts';
import { registerTailor } from './commands/tailor.ts';
import { registerServe } from './commands/serve.ts';
import { registerAdmin } from './commands/admin.ts';
import { UsageError } from './io.ts';
import { DatabaseOpenError } from '../db/database.ts';

// Output piped into \`head\` and the like: stop quietly when the reader has gone.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command('secondround')
  .description('An offline coach for second-round (hiring-manager) interviews.')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ outputError: (s, write) => write(s) });

registerAnalyze(program);
registerQuestions(program);
registerStages(program);
registerBuild(program);
registerThankYou(program);
registerTailor(program);
registerServe(program);
registerAdmin(program);
registerPractice(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else if (e instanceof UsageError) {
    process.stderr.write(`secondround: ${e.message}\n`);
    process.exitCode = 2;
  } else if (e instanceof DatabaseOpenError) {
    process.stderr.write(`secondround: ${e.message}\n`);
    process.exitCode = 1;
  } else {
    throw e;
  }
}
