import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './commands/analyze.ts';
import { registerPractice } from './commands/practice.ts';
import { registerQuestions } from './commands/questions.ts';
import { UsageError } from './io.ts';

const program = new Command('secondround')
  .description('An offline coach for second-round (hiring-manager) interviews.')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ outputError: (s, write) => write(s) });

registerAnalyze(program);
registerQuestions(program);
registerPractice(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else if (e instanceof UsageError) {
    process.stderr.write(`secondround: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
