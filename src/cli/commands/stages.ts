import type { Command } from 'commander';
import { pickQuestionsToAsk, STAGES } from '../../core/index.ts';
import { parseCount, printJson } from '../io.ts';
import { c, wrap } from '../render.ts';
import { requireStage, stageIds } from './questions.ts';

export function registerStages(program: Command): void {
  program
    .command('stages')
    .description(
      'The four stages of a hiring process: who you meet, what they decide, what to prepare.',
    )
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }) => {
      if (options.json) return printJson(STAGES);
      for (const s of STAGES) {
        process.stdout.write(
          [
            c.bold(`${s.order}. ${s.name}`) + c.dim(`  (${s.id}, ${s.typicalLength})`),
            `   ${c.bold('Who you meet')}    ${wrap(s.whoYouMeet, 74, '                   ')}`,
            `   ${c.bold('What they decide')} ${wrap(s.whatTheyDecide, 74, '                   ')}`,
            `   ${c.bold('How it differs')}  ${wrap(s.howItDiffers, 74, '                   ')}`,
            `   ${c.bold('Prepare')}`,
            ...s.whatToPrepare.map((p) => `     - ${wrap(p, 84, '       ')}`),
            '',
          ].join('\n') + '\n',
        );
      }
    });

  program
    .command('ask')
    .description('Questions to ask the interviewer at the end, chosen for a stage.')
    .requiredOption('-s, --stage <stage>', `the stage (${stageIds()})`)
    .option('-n, --count <n>', 'how many, 1-10', '5')
    .option('--seed <n>', 'vary the choice (the same seed gives the same list)', '1')
    .option('--json', 'print as JSON')
    .action((options: { stage: string; count: string; seed: string; json?: boolean }) => {
      const stage = requireStage(options.stage);
      const picks = pickQuestionsToAsk({
        stage: stage.id,
        count: parseCount(options.count, '--count', 1, 10),
        seed: parseCount(options.seed, '--seed', 0, 2 ** 31),
      });
      if (options.json) return printJson({ stage: stage.id, questions: picks });
      process.stdout.write(`${c.bold(`Questions to ask in the ${stage.name.toLowerCase()}`)}\n\n`);
      picks.forEach((q, i) => {
        process.stdout.write(
          `${i + 1}. ${c.bold(q.question)}\n   ${c.dim('when:')}       ${wrap(q.whenItFits, 76, '               ')}\n   ${c.dim('listen for:')} ${wrap(q.whatItTellsYou, 76, '               ')}\n\n`,
        );
      });
    });
}
