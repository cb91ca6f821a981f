import type { BankQuestion } from './types.ts';

/**
 * Core behavioural questions beyond the guide's nine: challenges, problem-solving, leadership,
 * achievement, decisions, conflict and failure. All are CARL stories.
 */
export const BEHAVIOURAL_CORE_QUESTIONS: readonly BankQuestion[] = [
  // --- challenge ---------------------------------------------------------------------------
  {
    id: 'creative-solution',
    question: 'Tell me about a problem you solved in a creative or unconventional way.',
    paraphrases: [
      'Describe a creative solution you found to a problem at work.',
      'Can you give an example of a problem you solved in a creative way?',
      'Got an example of a creative solution you came up with?',
      'When have you had to find a creative solution to a problem?',
      "What's the most creative solution you've found to a problem?",
      "Tell me about a creative solution you used when the usual fix wasn't possible.",
      'Have you ever solved a problem in an unconventional or creative way?',
      'Walk me through a creative solution you found when the obvious one was off the table.',
      "What creative solution have you found when the standard one wasn't available?",
    ],
    category: 'challenge',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you can find a workable answer when the standard one is blocked by budget, time or rules, and whether your ideas are practical rather than clever for their own sake.',
    howToAnswer:
      'Pick a problem where the usual fix was unavailable and say why in one sentence, so the creativity has a reason. Spend most of the answer on how you reached the idea and how you tested it before committing. Close with a measured result and what the experience changed in how you look for solutions.',
    framework: 'carl',
    structure:
      'CARL: the problem and why the usual fix was out -> your idea, how you found and tested it -> the measured result -> what you now do first',
    pitfalls: [
      'Describing a clever idea that was never tried or never worked.',
      'Leaving out the constraint, so the unusual approach looks like novelty for its own sake.',
      'Giving the team the idea and yourself no clear part in it.',
      'Stopping at the idea without the result it produced.',
    ],
    followUps: [
      'How did you convince others to try something untested?',
      'What would you have done if the idea had failed?',
      'Where did the idea come from?',
      'Has the solution stayed in place since?',
    ],
    exampleAnswer:
      "In the summer of 2022 I was assistant manager at a 60-room seaside hotel, and on Saturdays we had up to 45 arrivals between three and five o'clock. The lobby had one desk and two terminals, so guests queued for up to 35 minutes, and check-in was the most common complaint in our reviews. There was no budget for extra staff or a bigger desk, so I looked at what we already had. Our terrace bar sat empty until six. I moved Saturday check-in out there with two tablets running our booking system, and the bar staff served a welcome drink while guests waited. I also had the night porter pre-assign rooms on Friday night, so on the day each check-in needed a signature and a key card instead of a search for a free room. I tested the setup on two Saturdays before using it for the rest of the season. By August the average wait fell from 35 minutes to 9, complaints about check-in dropped from 14 a month to 2, and Saturday bar sales rose 18% from the welcome drinks. It taught me to look at the space and the people I already have before asking for more of either. Where do you see the biggest bottleneck in this team's week right now?",
  },
  {
    id: 'went-badly-wrong',
    question: 'Tell me about a time something went badly wrong at work. How did you respond?',
    paraphrases: [
      'Think of a time something went badly wrong at work. What did you do in response?',
      'How did you respond the last time something went badly wrong on the job?',
      'Give me an example of a situation that went badly wrong and how you responded.',
      'Walk me through how you responded when something went badly wrong.',
      'What did you do in the first hours after something went badly wrong at work?',
      'Can you give an example of a project that went badly wrong and how you responded?',
      'When did something last go badly wrong at work, and how did you respond?',
      'Talk me through your response when a plan went badly wrong.',
      'Tell me about a day when things went badly wrong and how you responded.',
    ],
    category: 'challenge',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'How you behave in the first hours of a crisis: whether you stay calm, get the facts, protect what matters most and communicate, and whether you learn enough to make the next one less likely.',
    howToAnswer:
      'Choose a real incident with clear stakes and set the scene fast, because the interest is in your response. Give your steps in order: what you checked, what you prioritised and why, and who you told. End with the measured outcome and the safeguard you put in place afterwards.',
    framework: 'carl',
    structure:
      'CARL: what went wrong and what was at stake -> your first steps and priorities in order -> the measured outcome -> the safeguard you added afterwards',
    pitfalls: [
      'Spending most of the answer on the drama and little on what you did.',
      'Pointing at whoever caused the problem.',
      'Claiming everything was saved when the honest outcome was partial.',
      'Leaving out what changed afterwards to stop it happening again.',
    ],
    followUps: [
      'What was the first thing you did, and why that?',
      'Who did you keep informed, and how?',
      'What would you do differently if it happened tomorrow?',
      'How did you find out what caused it?',
    ],
    exampleAnswer:
      'In November 2023 I was night shift manager at a distribution centre supplying 120 grocery stores. At 1 a.m., on our busiest night before a bank holiday, the warehouse management system went down, with 180 store orders due on trucks by 5 a.m. and no scanners working. First I called the IT on-call engineer and got a straight answer: no fix before 4 a.m. at the earliest. I decided not to wait. I printed the order lists from the last backup, split our 60 pickers into six zones with a supervisor each, and put chilled and frozen orders first because those could not be held over. I rang the transport office to hold two trucks back for the late loads and called the duty manager of each affected store to agree what they needed most. Every pick was written on paper so the morning shift could key it back in. As a result, 164 of the 180 orders left on time, the remaining 16 went out within two hours, and we lost no chilled stock. Since then I keep a printed fallback pack in the office and run a 30-minute outage drill with each shift twice a year. How does your operation plan for a system outage at peak?',
  },

  // --- problem-solving -----------------------------------------------------------------------
  {
    id: 'approach-complex-problem',
    question: 'How do you approach a complex problem? Walk me through an example.',
    paraphrases: [
      "What's your approach to a complex problem? Give me a real example.",
      "Walk me through how you approach complex problems, using one you've solved.",
      'When you face a complex problem, how do you approach it? Show me with an example.',
      'Describe your approach to solving a complex problem at work.',
      'How do you break down and approach a complex problem? Talk me through a real one.',
      'Take me through how you approach a complex problem, with an example.',
      'How do you tackle complex problems? Walk me through a recent one.',
      "Explain your approach to complex problems using one you've faced.",
      'Give me an example of how you approached a complex problem step by step.',
    ],
    category: 'problem-solving',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you have a repeatable way of working through problems: defining them, breaking them down, testing ideas against evidence and deciding, rather than jumping to the first fix.',
    howToAnswer:
      'Name your approach in one sentence, then prove it with one real case instead of describing it in the abstract. Show each step on that case: how you framed the problem, split it, measured and chose. Finish with the measured result and the habit it left you with.',
    framework: 'carl',
    structure:
      'CARL: your approach in one line -> one complex problem -> how you framed, split, measured and chose -> the measured result -> the habit it confirmed',
    pitfalls: [
      'Describing a method in general terms with no real case behind it.',
      'Picking a problem that was not complex, so the method looks like overkill.',
      'Jumping from the problem to the answer without showing how you got there.',
      'Skipping how you checked the solution worked.',
    ],
    followUps: [
      'How did you decide which part to tackle first?',
      'What options did you reject, and why?',
      'Who else did you involve?',
      'How would you approach a problem where you cannot measure much?',
    ],
    exampleAnswer:
      'I start by writing the problem down in one sentence, then I split it into parts I can measure. Last year, as a backend engineer at a payroll software company with 3,000 business customers, our month-end invoice run had crept up to 19 hours and was finishing after customers logged in on the first of the month. Several teams had theories, from the database to the PDF library. Rather than pick one, I broke the run into its four stages and added timing to each, which showed that 70% of the time went into tax calculations, not PDFs. Inside that stage I found we were recalculating the same rates for every line item. I wrote a short plan with two options, a cache or a rewrite, and estimated the effort and risk of each with our tech lead. We chose the cache because it could ship in two weeks behind a feature flag. I ran it in parallel with the old code for one cycle and compared every invoice total. The next month-end run went from 19 hours to 3 hours 40 minutes, with zero mismatches. It taught me to measure before I redesign, and I now add timing to any slow process before I form an opinion on it. What does a complex problem typically look like for this team?',
  },
  {
    id: 'data-driven-solution',
    question: 'Tell me about a time you used data to solve a problem.',
    paraphrases: [
      'Describe a problem you solved using data.',
      'Give me an example of using data to solve a problem at work.',
      'How have you used data to solve a problem? Walk me through it.',
      'Can you share a time data helped you solve a problem?',
      'Tell me about a problem you solved by digging into the data.',
      'When have you analysed data to solve a problem?',
      'Walk me through a time the data showed you how to solve a problem.',
      "What's an example of you solving a business problem with data?",
      'Describe how you used numbers and data to solve a problem.',
    ],
    category: 'problem-solving',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you reach for evidence before opinions, can turn raw numbers into a clear finding, and can get others to act on it.',
    howToAnswer:
      'Start with the problem and the assumption people held about it, so the data has something to test. Explain what data you gathered, how you cut it, and the one finding that mattered, in plain words. Show how you turned the finding into action and measure the result with the same data.',
    framework: 'carl',
    structure:
      'CARL: the problem and the common assumption -> the data you gathered and how you cut it -> the finding and the action it led to -> the measured result -> what you now do routinely',
    pitfalls: [
      'Listing tools and dashboards instead of the finding.',
      'Drowning the answer in numbers the interviewer cannot follow.',
      'Stopping at the insight without the action and result.',
      'Presenting the data as proof of a conclusion you had already reached.',
    ],
    followUps: [
      'How did you know the data was reliable?',
      'How did you explain the finding to people who do not work with data?',
      'What did the data not tell you?',
      'What would you measure differently next time?',
    ],
    exampleAnswer:
      "Two years ago I taught maths at a secondary school of 1,100 pupils and coordinated Year 10 for the department. Our mock results showed only 58% of the year reaching a pass, and the general view was that the papers had been too hard. I wanted to know where the marks were lost, so I exported every pupil's question-level scores from the last three assessments into a spreadsheet, about 9,000 rows, and grouped them by topic. The picture was clear: pupils were losing 40% of their marks on two topics alone, algebraic fractions and ratio, while everything else was close to target. Comparing classes, I also found the gap was widest in groups that had covered those topics right before a long holiday. I shared the findings with the five teachers in a 20-minute meeting, and together we planned a six-week cycle of ten-minute starters on those two topics, with a short quiz every Friday that I tracked in the same sheet. By the summer exams the pass rate went from 58% to 74%. It taught me to ask the data a precise question before deciding what the problem is, and I now build a topic breakdown after every assessment. How does your team use data when results dip?",
  },
  {
    id: 'root-cause',
    question: 'Tell me about a time you found the root cause of a recurring issue.',
    paraphrases: [
      'Describe a recurring problem and how you found its root cause.',
      'Give me an example of getting to the root cause of an issue that kept recurring.',
      'How have you tracked down the root cause of a recurring issue?',
      'Walk me through a time you found the root cause of a problem instead of treating the symptoms.',
      'Tell me about an issue that kept coming back and how you found its root cause.',
      'When have you used root-cause analysis to stop a recurring problem?',
      'Can you share a time you dug into a recurring issue to find what was causing it?',
      "What's a recurring issue you solved for good by finding the root cause?",
      'Describe getting to the root of a problem that kept recurring.',
    ],
    category: 'problem-solving',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you fix causes rather than symptoms, can investigate methodically when a quick fix is available, and make the fix stick.',
    howToAnswer:
      'Show the cost of the repeat problem and the quick fix everyone had settled for. Walk through how you investigated: what you logged, the pattern you found, and how you confirmed the cause. Finish with the measured drop in the problem and the habit it gave you.',
    framework: 'carl',
    structure:
      'CARL: the recurring issue and its cost -> how you investigated and confirmed the cause -> the permanent fix -> the measured drop -> the habit you kept',
    pitfalls: [
      'Describing a one-off fault rather than a recurring one.',
      'Naming the cause without showing how you proved it.',
      'Fixing the symptom again and calling it the root cause.',
      'Leaving out whether the problem stayed fixed.',
    ],
    followUps: [
      'What other causes did you rule out, and how?',
      'How long did the investigation take, and how did you justify the time?',
      'Did the same cause show up anywhere else?',
      'What do you do when you cannot find the root cause?',
    ],
    exampleAnswer:
      "In 2021 I was a maintenance electrician at a food factory running three shifts, and one packing line tripped out two or three times a week. Each time, the shift reset the breaker and the line ran again, so it had become part of normal life, but every stop cost about 40 minutes and a batch of wasted film. I started a simple log: time, shift, product and what had been running nearby. After three weeks a pattern showed up: every trip happened within an hour of the wash-down at the end of a shift. I traced the supply cable along the line and found a junction box mounted low on a frame, with a cracked seal, where water from the hoses was getting in. I replaced it with a sealed, higher-rated unit, moved it 60 centimetres higher and added it to the wash-down checklist. I also checked the other four lines, found the same mounting on one of them and fixed it before it failed. The line then ran for six months without a single trip, which saved around 100 hours of downtime that year. Since then I log every repeat fault instead of resetting it, because the pattern usually points to the cause. What are the recurring issues that take up most of this team's time?",
  },

  // --- leadership ----------------------------------------------------------------------------
  {
    id: 'informal-leadership',
    question:
      'Tell me about a project you led as a peer, without formal authority over the people on it.',
    paraphrases: [
      'Describe a time you led a project among peers without formal authority.',
      'Have you led a project as a peer, without formal authority?',
      'Give me an example of leading a project of peers without being their manager.',
      'Walk me through a project you led among peers without the title of manager.',
      'Can you describe a time you acted as the informal lead on a project among peers?',
      'Tell me about leading a project among peers when none of them reported to you.',
      'When have you taken the lead on a project among peers without formal authority?',
      'How did you lead a project when you had no formal authority over your peers?',
      "Describe leading your peers on a project without a manager's title.",
    ],
    category: 'leadership',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you take ownership of work that falls between people, and can organise peers through clarity and trust rather than rank.',
    howToAnswer:
      'Explain why the work needed a lead and why nobody had one, then how you took it on openly rather than by stealth. Show the concrete tools you used in place of authority: a shared goal, named owners, a rhythm of check-ins, doing some of the hard parts yourself. Give the measured result and what it taught you about leading without a title.',
    framework: 'carl',
    structure:
      'CARL: the work nobody owned -> how you took it on and organised peers without authority -> the measured result -> what you learned about leading without a title',
    pitfalls: [
      'Telling a story about persuading one stakeholder instead of leading a piece of work.',
      'Sounding as if you took over without asking or informing your manager.',
      'Describing the group in "we" so your own part disappears.',
      'Giving no result beyond "it went well".',
    ],
    followUps: [
      'How did you handle someone who did not deliver their part?',
      'How did you keep your own manager informed?',
      'What would you have done if a peer had refused to take part?',
      'Would you lead it differently with formal authority?',
    ],
    exampleAnswer:
      'Last year I was one of four marketing executives at a garden-furniture retailer, and our product pages had a 74% bounce rate on traffic from paid ads. No one owned the pages: copy sat with us, photos with the studio, and layout with the web developer. I offered to coordinate a fix and asked my manager for six weeks to prove it. Nobody reported to me, so I started by showing each person the same numbers and asking what they would change in their part. I wrote a one-page plan with named owners and dates everyone had agreed to, and I ran a 15-minute check-in every Tuesday. When the studio had no slot for three weeks, I booked a half day in our warehouse and photographed the top 20 products myself. We rebuilt the 40 best-selling pages in five weeks. The bounce rate on those pages fell from 74% to 51%, and sales from paid ads rose by 22% over the next quarter. It taught me that when nobody has to follow you, a shared number and clear owners do the work a title would. Since then I offer to coordinate cross-team fixes early instead of waiting for someone to be assigned. How is work that crosses several teams owned here?',
  },
  {
    id: 'team-morale',
    question: "Tell me about a time you kept a team's morale up through a hard period.",
    paraphrases: [
      'How have you kept team morale up through a hard period?',
      "Describe a time your team's morale was low and what you did to lift it.",
      'Give me an example of keeping team morale high through a hard period.',
      "What did you do the last time your team's morale dropped during a hard period?",
      'Walk me through how you kept team morale up during a hard few months.',
      "Can you tell me about lifting a team's morale when things were hard?",
      'How did you keep team morale from collapsing through a period of cuts or upheaval?',
      'Describe how you rebuilt team morale after a hard period.',
      'Tell me about raising the morale of a demoralised team during a hard period.',
    ],
    category: 'leadership',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Whether you notice when a team is wearing down, act on the real causes rather than offering pep talks, and look after people while still getting the work done.',
    howToAnswer:
      'Show what the hard period was and how you knew morale was low, ideally with a sign you could see or measure. Describe how you found out what was wearing people down and the specific, small things you changed or protected. Give a measured result, such as sickness, turnover or survey scores, and the lesson you carry about morale.',
    framework: 'carl',
    structure:
      'CARL: the hard period and the signs of low morale -> how you found the causes and what you changed -> the measured result -> what you learned about morale',
    pitfalls: [
      'Relying on pizza, speeches or team outings as the whole answer.',
      'Describing the low morale in a way that blames the organisation or senior leaders.',
      'Giving no evidence that morale improved.',
      'Forgetting to show how the work itself still got done.',
    ],
    followUps: [
      'How did you know morale was low before people told you?',
      'What did you do for the people who were struggling most?',
      'What was outside your control, and how did you handle that?',
      'How did you look after your own energy during that time?',
    ],
    exampleAnswer:
      "In the winter of 2022 I was a charge nurse on a 28-bed respiratory ward, running with five nursing vacancies out of 22 posts. Sickness had climbed to 9%, agency nurses filled the gaps, and in the staff survey only 31% of the ward would recommend it as a place to work. I held a five-minute one-to-one with each nurse and asked what made a shift feel unmanageable. Three answers kept coming up: missed breaks, a handover that overran by half an hour, and nobody noticing good work. I set up a break board at the nurses' station, assigned a protected 30-minute break to every nurse at the start of each shift and covered the first one myself. I replaced the long handover with a ten-minute safety huddle, and every Friday I pinned up a short note naming specific pieces of care from that week. I also took the rota requests to the matron and secured two fixed weekends off a month for everyone. By April sickness fell from 9% to 4.5%, we filled three vacancies with nurses who had trained on the ward, and the recommend score rose to 68%. It taught me that morale on a hard ward comes from small promises kept every shift, and I now protect breaks before anything else on a busy rota. How does this team look after its people during the busiest months?",
  },
  {
    id: 'underperformer',
    question: 'Tell me about a time you had to deal with an underperforming member of your team.',
    paraphrases: [
      'How have you handled an underperforming member of your team?',
      'Describe a time you had to manage someone who was underperforming.',
      'Give me an example of managing an underperforming employee.',
      'Walk me through how you addressed poor performance in someone on your team.',
      'What did you do when someone was underperforming in your team?',
      'Tell me about coaching an underperforming employee back to standard.',
      'How did you deal with an underperforming person in your team?',
      'Have you ever had to address poor performance from a direct report?',
      'Can you share how you turned around an underperforming member of your team?',
    ],
    category: 'leadership',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Whether you address performance early, fairly and directly, look for the cause before judging, and still hold a clear standard.',
    howToAnswer:
      'Describe the gap factually, with numbers, and keep the person anonymous or respectfully described. Show how you found the cause, agreed a clear plan with measurable goals, supported it and were honest about consequences. Give the measured outcome, whether the person improved or moved on, and what you now do earlier.',
    framework: 'carl',
    structure:
      'CARL: the performance gap in facts -> the conversation, the cause and the plan you agreed -> support and follow-up -> the measured outcome -> what you now catch earlier',
    pitfalls: [
      'Speaking about the person in a way that sounds like blame or gossip.',
      'Skipping the conversation and jumping to a formal process.',
      'Telling a story where you fixed it for them instead of helping them improve.',
      'Leaving the standard vague, so success cannot be measured.',
    ],
    followUps: [
      'What would you have done if the numbers had not improved?',
      'How did you document the plan?',
      'How did the rest of the team react?',
      'How do you spot a performance issue before it becomes serious?',
    ],
    exampleAnswer:
      "Two years ago I led a team of eight account executives selling practice software to dental clinics. One of my most consistent reps, Daniel, had dropped from 110% of target to 45% over two quarters, and the rest of the team had started to notice. I booked a private hour with him and opened with the numbers and a question rather than a verdict: what had changed? He told me that since our price rise he was losing deals on the final call and had stopped believing in the pitch. I listened to six of his recorded calls with him, and we agreed two changes: qualifying budget in the first meeting and walking through our return-on-investment calculator before price came up. I wrote a 60-day plan with weekly targets for demos and proposals, joined two of his calls a week for the first month, and told him plainly what would happen if the numbers did not move, so there would be no surprises. By the end of the 60 days he was at 92% of target, and he finished the year at 104%. It taught me to treat a sudden drop as a question to answer quickly, and I now review every rep's pipeline trend each month, not only their closed deals. How does your team handle performance concerns in the early stages?",
  },
  {
    id: 'delegation',
    question: 'Tell me about a time you delegated an important piece of work.',
    paraphrases: [
      'How do you decide which important work to delegate? Give me an example.',
      'Describe a time you delegated an important task.',
      'Can you give an example of delegating important work?',
      'Walk me through how you delegated an important project and followed up on it.',
      "What's an important piece of work you've delegated, and how did it go?",
      'Tell me about a time you had to delegate important work and trust someone else with it.',
      "When you couldn't do it all yourself, how have you delegated important work?",
      'Describe how you delegate an important task, using a specific case.',
      'Give me an example of delegating an important task to someone less experienced.',
    ],
    category: 'leadership',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you multiply your impact through others: choosing what to hand over, matching it to the right person, setting them up to succeed and letting go of control.',
    howToAnswer:
      'Explain why you needed to delegate and how you chose what only you should keep. Show how you matched the work to a person, briefed them, agreed check-in points and then stepped back. Give the measured result for the work and for the person, and what you used the freed time for.',
    framework: 'carl',
    structure:
      'CARL: why you needed to delegate -> what you handed to whom, and how you set them up -> the measured result for the work and the person -> how you delegate now',
    pitfalls: [
      'Delegating only the tasks you disliked and calling it development.',
      'Describing delegation followed by redoing the work yourself.',
      'Leaving out how you checked progress without taking the work back.',
      'Taking all the credit for the result the other person delivered.',
    ],
    followUps: [
      'What did you keep for yourself, and why?',
      'What would you have done if the work had come back wrong?',
      'How did the person you delegated to grow from it?',
      'What do you find hardest to delegate?',
    ],
    exampleAnswer:
      'In 2023 I was finance manager for a 250-person engineering firm, and month-end close took eight working days, largely because I prepared the accruals, the intercompany reconciliations and the board pack myself. That left no time for the forecasting our directors were asking for. I listed every close task with the hours it took and asked which ones needed my judgement. Only three did. I handed the intercompany reconciliations to Priya, a part-qualified accountant with a sharp eye for detail, and the accruals to our assistant accountant. For each task I wrote a one-page guide, worked through the first month side by side with them, and agreed a review point on day three rather than checking every line at the end. I told them they owned the result and could come to me with questions at any time. By the third month the close went from eight days to five, and I used the time I got back to build a rolling 12-month forecast that the board now reviews monthly. Priya passed her final exams that year and now trains new starters on the reconciliations. It taught me that delegating well means handing over the outcome, not only the task, and I now ask whether a recurring job needs me before I pick it up. How is work shared out in the finance team here?',
  },

  // --- achievement ---------------------------------------------------------------------------
  {
    id: 'above-and-beyond',
    question: 'Tell me about a time you went above and beyond your role to get a result.',
    paraphrases: [
      "What's a result you got by going above and beyond your role?",
      'Give me an example of going beyond your job description to get a result.',
      'When have you gone above and beyond your role at work?',
      'Tell me about a time you did more than your role expected to get a result.',
      'Can you share an example of going above and beyond what your role required?',
      'Walk me through a result you got by going well beyond your role.',
      'Have you ever gone above and beyond your job to get a result?',
      'Describe a result you got by doing far more than your job required.',
      "What's a time you stepped outside your role and went beyond what was expected to get a result?",
    ],
    category: 'achievement',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'How much ownership you take of an outcome beyond your job description, and whether your extra effort is well judged rather than heroics that hide a planning problem.',
    howToAnswer:
      'Set up what was at stake and what your normal role covered, so the extra step is visible. Describe the specific things you did beyond that role and how you kept them safe and agreed with the right people. Give the measured result and what you changed so the next time needs less heroics.',
    framework: 'carl',
    structure:
      'CARL: what was at stake and what your role covered -> the extra steps you took and who you agreed them with -> the measured result -> what you changed so it is less needed next time',
    pitfalls: [
      'Listing long hours as the achievement instead of the result.',
      'Describing extra effort that bypassed safety rules or your manager.',
      'Choosing something that was simply your job.',
      'Sounding like a martyr or hinting that others did less.',
    ],
    followUps: [
      'How did you balance it with your normal duties?',
      'Would you do the same again?',
      'What did you do so it would not be needed next time?',
      'How did your manager respond?',
    ],
    exampleAnswer:
      "In August 2022 I was site supervisor for a contractor refurbishing a primary school kitchen, due to hand over five days before the start of term. Nine days out, the tiling subcontractor's van was written off in a road accident and their crew could not reach us for a week. Without the kitchen, 420 pupils would have had no hot lunches. My job was to supervise, not to tile, but I had kept my tiling qualification from my apprenticeship. I agreed with our contracts manager that I would tile the wall areas myself in the evenings, after my site duties, and I re-sequenced the electricians and plumbers so they worked in the rooms I had finished. I also called the school business manager every evening with a two-line update so she could plan the first week with confidence. As a result, we handed the kitchen over three days before term, and the first lunch service ran for all 420 pupils on day one. The school trust later invited us to bid for two more kitchens. It taught me to keep my trade skills current, because they can rescue a programme, and since then I keep a list of backup firms for every key trade on my sites. How does your team cover it when a subcontractor drops out late?",
  },
  {
    id: 'process-improvement',
    question: 'Tell me about an improvement you made to a process that people still use today.',
    paraphrases: [
      'Describe an improvement you made to a process that is still in use.',
      'Give me an example of a process you improved that people still use.',
      "What's a process you improved that your team still uses today?",
      'Tell me about a time you improved a process and people still use it.',
      'Have you ever streamlined a process that colleagues still use? Walk me through it.',
      'Can you describe a lasting improvement you made to a work process?',
      'Walk me through a process you improved that is still in use.',
      'What process have you improved that people continue to use today?',
      'Tell me about a process you redesigned that people still use as the standard.',
    ],
    category: 'achievement',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you improve how work is done, not only the work itself, and whether your changes are good enough and well enough adopted to outlast your attention.',
    howToAnswer:
      'Describe the old process and what it cost in time, errors or risk. Show how you designed the change with the people who would use it, trialled it and adjusted it. Give a measured before-and-after and the evidence that it is still used, then the lesson about making change stick.',
    framework: 'carl',
    structure:
      'CARL: the old process and its cost -> how you designed and trialled the change with its users -> the measured before-and-after and proof it lasted -> what you learned about making change stick',
    pitfalls: [
      'Describing a change nobody adopted, or that faded once you stopped pushing it.',
      'Presenting the old process as the fault of the people who ran it.',
      'Giving no before-and-after measure.',
      'Leaving out the people who used the process and helped shape it.',
    ],
    followUps: [
      'Who resisted the change, and how did you bring them along?',
      'How do you know it is still in use?',
      'What would you change about it now?',
      'How did you document it for new starters?',
    ],
    exampleAnswer:
      "In 2021 I was a staff nurse on a 30-bed surgical ward where the shift handover ran for 45 minutes, with the whole set of notes read aloud at the desk. Key items such as pending bloods or falls risks could get lost in the detail, and we had two incidents in six months linked to handover information. I asked to lead a small review and observed ten handovers, noting which information the incoming nurse used in the first hour. From that I drafted a one-page sheet based on SBAR, with fixed boxes for escalations, pending results and discharge plans, and I moved handover to the bedside so patients could correct details. I ran a four-week trial in one bay, collected feedback twice a week and revised the sheet three times before the ward manager approved it for the whole ward. Handover fell from 45 minutes to 25, and we recorded no handover-related incidents in the following year. Two other surgical wards adopted the sheet, and three years on it is still their template and part of every new starter's induction. It taught me that a change lasts when the people who use it help shape it, so I now trial any new process with its future owners before it goes live. How does your team decide which process changes to keep?",
  },

  // --- decision ------------------------------------------------------------------------------
  {
    id: 'incomplete-information',
    question: 'Tell me about a decision you had to make with incomplete information.',
    paraphrases: [
      'Describe a decision you made with incomplete information.',
      'Give me an example of making a decision when the information was incomplete.',
      'How do you decide when your information is incomplete? Use a real example.',
      'Walk me through how you decided something important with incomplete information.',
      "Tell me about a time you had to decide with incomplete information because you couldn't wait.",
      'Have you had to make a call on incomplete information? What happened?',
      "What's a decision you made on limited or incomplete information, and how did it turn out?",
      'Can you share a time you made a judgement call with incomplete information?',
      'Describe an important call you had to make with incomplete information.',
    ],
    category: 'decision',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Whether you can decide at the right moment rather than waiting for certainty, weigh the cost of acting against the cost of waiting, and own the outcome either way.',
    howToAnswer:
      'Explain why waiting for full information was not an option and what was at stake on both sides. Say what you did know, what you could not know, and how you weighed the risks before deciding. Give the outcome with a number, and what you set up afterwards to make the next such decision faster or safer.',
    framework: 'carl',
    structure:
      'CARL: the decision and why it could not wait -> what you knew, what you did not, and how you weighed it -> the decision and its measured outcome -> what you now prepare in advance',
    pitfalls: [
      'Choosing a story where the decision was obvious once all the facts were in.',
      'Presenting a lucky guess as judgement.',
      'Leaving out the risks you weighed and how you limited them.',
      'Not saying what you would have done if the decision had proved wrong.',
    ],
    followUps: [
      'What information would have changed your decision?',
      'How did you limit the damage if you were wrong?',
      'How did you explain the decision to others at the time?',
      'When do you wait for more information instead?',
    ],
    exampleAnswer:
      'Last March I was operations manager for a bakery chain with 14 shops and a central kitchen. On a Thursday afternoon a customer reported a piece of blue plastic in a sandwich, and our lab needed 48 hours to tell us where it came from. About 2,300 sandwiches from the same production run were already in the shops for the weekend. I could not get more information in time, so I set out what I did know: the plastic matched the colour of our scraper blades, and one scraper on that line had been reported chipped the day before. I weighed the cost of pulling the run, about £6,500 in stock and lost sales, against the risk of a second customer finding plastic and the harm to someone who swallowed it. I decided to withdraw the whole run that evening, rang each shop manager myself and had a notice put up in every shop explaining why. We cleared all 2,300 sandwiches from the shelves within four hours. Two days later the lab confirmed the fragment came from the chipped scraper, and we received no further complaints. It taught me to decide on the evidence I have when waiting costs more than being wrong, and since then I keep a written withdrawal plan so the next decision takes minutes. How does your team handle decisions that cannot wait for full data?',
  },
  {
    id: 'decision-others-disagreed',
    question: 'Tell me about a decision you made that others disagreed with.',
    paraphrases: [
      'Describe a decision you made even though colleagues disagreed with it.',
      'Have you made a decision that colleagues disagreed with? How did you handle it?',
      'Give me an example of standing by a decision when others disagreed.',
      'Talk me through a decision you made that your colleagues disagreed with.',
      "What's a decision you made that others disagreed with, and how did it turn out?",
      'Tell me about a decision your colleagues disagreed with.',
      'How did you handle it when your team disagreed with a decision you made?',
      'Can you share a time you held firm on a decision others disagreed with?',
      'Describe a decision you stood by even though others disagreed with it.',
    ],
    category: 'decision',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Whether you can make and hold a decision under disagreement while still listening, explaining your reasoning and bringing people with you, and whether you would change course if the evidence said so.',
    howToAnswer:
      'Set out the decision, who disagreed and why their view was reasonable. Show how you listened, shared your evidence, offered a trade-off or a checkpoint, and then committed. Give the measured result and what you learned about making decisions people can accept even when they disagree.',
    framework: 'carl',
    structure:
      'CARL: the decision and the disagreement -> how you listened, explained and set a checkpoint -> the measured result -> what you learned about deciding under disagreement',
    pitfalls: [
      'Casting those who disagreed as wrong or obstructive.',
      'Telling a story where you overruled everyone without listening.',
      'Choosing an example where you gave in, so there was no decision to hold.',
      'Claiming you were proved right without a measured result.',
    ],
    followUps: [
      'What would have made you change your mind?',
      'How did the people who disagreed feel afterwards?',
      'Have you ever held a decision and been proved wrong?',
      'How do you decide when to compromise?',
    ],
    exampleAnswer:
      'In 2022 I was tech lead for a team of six building a booking app for fitness studios. Three weeks before a major feature launch, I decided to pause new features for two sprints to fix our automated tests, which failed at random in about one run in four. Most of the team and our product manager disagreed, with good reason: the launch date had already been announced to studio owners. I did not settle it by rank in a meeting. I showed the numbers: the month before, we had spent 31 hours re-running builds and shipped two bugs the tests should have caught. I offered a trade-off, keeping the launch date by cutting one secondary feature, and I took the hardest test fixes myself. I also set a checkpoint: if the tests were not stable after one sprint, we would stop and return to features. After one sprint the failure rate fell from 25% of runs to under 2%, we launched on the announced date, and over the next quarter we shipped features 30% faster. It taught me that people can accept a decision they disagree with when they see the evidence and a clear exit point, and I now attach both to any unpopular call. How does this team settle disagreements about technical priorities?',
  },
  {
    id: 'competing-priorities',
    question: 'Tell me about a time you had to choose between two competing priorities.',
    paraphrases: [
      'Describe a time two competing priorities clashed and you had to pick one.',
      'Give me an example of choosing between two competing priorities.',
      'How did you decide which priority came first when two priorities competed?',
      'Walk me through a time two competing priorities pulled you in opposite directions.',
      'Tell me about a trade-off you made between two competing priorities.',
      'What do you do when two priorities compete for the same resources? Give an example.',
      'Have you had to put one priority on hold to protect a competing priority?',
      'Describe a choice between competing priorities that you had to make yourself.',
      'Can you share a time you weighed two competing priorities and committed to one?',
    ],
    category: 'decision',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you can make a clear trade-off between two things that both matter, using criteria rather than whoever shouts loudest, and manage the people on the losing side.',
    howToAnswer:
      'Name the two priorities and why both mattered, so the choice is real. Explain the criteria you used to decide, such as value, risk or deadlines, and how you handled the priority you put second. Give the measured result for both sides and the rule of thumb you now use.',
    framework: 'carl',
    structure:
      'CARL: the two priorities and why both mattered -> the criteria you used and the choice -> how you handled the side you put second -> the measured result -> the rule of thumb you now use',
    pitfalls: [
      'Claiming you did both in full, so no trade-off was made.',
      'Deciding by instinct with no criteria you can explain.',
      'Forgetting the people affected by the priority you dropped.',
      'Confusing this with a busy week of many small tasks.',
    ],
    followUps: [
      'Who did you consult before deciding?',
      'How did the people on the losing side react?',
      'Would you make the same choice again?',
      'How do you prioritise when the criteria point both ways?',
    ],
    exampleAnswer:
      'Last autumn I was key account manager at a drinks distributor, looking after 30 hotel and restaurant accounts. A supplier shortage left us with 600 cases of a popular craft lager for November instead of the usual 1,400. Two priorities collided: our largest account, a hotel group, wanted its full 500 cases for conference season, and my sales target rewarded opening new venues, where I had 12 launches lined up. I could not do both. I pulled the last 12 months of sales and found that the hotel group brought in 38% of my margin and had a renewal due in January, while the new venues could start on a substitute lager we had in stock. I gave the hotel group 450 cases, called each of the 12 new venues myself to offer the substitute at a launch discount, and agreed with my sales director to move the new-venue target to December. I kept the remaining 150 cases for existing accounts that had no alternative. The hotel group renewed in January for two years at 9% higher volume, and 10 of the 12 new venues opened on schedule with the substitute. It taught me to put the numbers for both options side by side and tell everyone affected early, and I now agree in advance with my director which priority wins when stock is short. How does your team weigh retention against new business when the two compete?',
  },

  // --- conflict ------------------------------------------------------------------------------
  {
    id: 'coworker-conflict',
    question: 'Tell me about a conflict you had with a coworker and how you resolved it.',
    paraphrases: [
      'Describe a conflict with a colleague and how you resolved it.',
      'Give me an example of a conflict with a coworker and how you worked it out.',
      'Have you ever had a conflict with a colleague? How did you handle it?',
      'Walk me through a conflict with a coworker and how you resolved it.',
      "How did you resolve a conflict with a colleague you didn't see eye to eye with?",
      'Tell me about a time you clashed with a coworker and how you resolved the conflict.',
      'What happened the last time you had a conflict with a colleague?',
      'Can you share how you handled tension or conflict with a coworker?',
      'Describe working through a conflict with a colleague at your level.',
    ],
    category: 'conflict',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you handle friction with peers directly and calmly, own your part, and fix the working relationship and the underlying issue rather than avoiding or escalating.',
    howToAnswer:
      'Describe the disagreement neutrally, as two reasonable views, and say what it was costing the work. Show how you raised it privately, started with your own part and looked for the shared goal. Give the measured result and what you now do to keep similar friction from building.',
    framework: 'carl',
    structure:
      'CARL: the disagreement, told neutrally, and its cost -> the private conversation and what you agreed -> the measured result -> what you do now to prevent it',
    pitfalls: [
      'Telling the story so the coworker is the villain.',
      'Describing a conflict you avoided or handed to a manager straight away.',
      'Ending with a truce but no change in how you work together.',
      'Choosing a trivial disagreement that shows nothing.',
    ],
    followUps: [
      'What was your own part in the conflict?',
      'How is your relationship with that person now?',
      'When would you involve your manager?',
      'What would you do if they had not been willing to talk?',
    ],
    exampleAnswer:
      "In 2023 I was front-of-house supervisor at a 90-cover restaurant, and Friday service had become tense between the sous chef and me. My hosts were seating tables in bursts, the kitchen received 12 tickets at once, and mains reached the pass up to 25 minutes late. We had both raised our voices during service, and the rest of the floor noticed. On the Monday I asked him for a coffee away from service and started by owning my part: I had been seating guests as fast as they arrived. Then I asked what a good Friday looked like from the kitchen's side. We worked out that the line could take about six new tickets every ten minutes, so I built a staggered seating plan around that, and we agreed a signal: if open tickets passed 15, he would ring the bell once and I would slow seating and send out bread and drinks. Over the next two months average ticket times fell from 38 minutes to 24, and complaints about slow food dropped by two thirds. It taught me to hold the hard conversation away from the heat of the moment and to start with my own part, and since then I agree those signals with the kitchen before every new menu. How do front and back of house work together here?",
  },
  {
    id: 'disagree-with-manager',
    question: 'Tell me about a time you disagreed with your manager. What did you do?',
    paraphrases: [
      'Describe a time you disagreed with your boss.',
      'Have you ever disagreed with your manager? How did it go?',
      'Give me an example of disagreeing with your manager respectfully.',
      'Walk me through a time you and your manager disagreed.',
      'How do you handle disagreeing with your manager? Use a real example.',
      'Tell me about a time you told your manager you disagreed.',
      'What did you do the last time you disagreed with your boss?',
      "Can you share a time you disagreed with your manager's plan?",
      'Describe how you raised it when you disagreed with your boss.',
    ],
    category: 'conflict',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you can disagree upward with evidence and respect, in the right setting, and then support the final decision even if it goes against you.',
    howToAnswer:
      'State the disagreement and why it mattered to the work, without criticising your manager. Show how you prepared evidence, raised it privately, offered options and left the decision where it belonged. Give the outcome with a number and what you learned about disagreeing well.',
    framework: 'carl',
    structure:
      'CARL: the instruction and why you disagreed -> how you prepared and raised it, and who decided -> the measured outcome -> what you learned about disagreeing upward',
    pitfalls: [
      'Making your manager look foolish or yourself the only sensible person.',
      'Describing disagreement raised in public or over their head.',
      'Choosing a story where you refused to follow a final decision.',
      'Offering no evidence beyond your own opinion.',
    ],
    followUps: [
      'What would you have done if your manager had kept the original plan?',
      'How did it affect your relationship?',
      'Have you ever disagreed and been wrong?',
      'How do you know when a disagreement is worth raising?',
    ],
    exampleAnswer:
      "In 2022 I was a financial analyst at a regional chain of 40 pharmacies, and my manager asked me to build next year's budget assuming sales would grow 8%, in line with the previous two years. When I modelled it store by store, I saw that most of that growth had come from testing and vaccination services that were winding down. I disagreed, but the assumption was hers to set, so I prepared before raising it. I built two versions of the budget, one at 8% and one excluding the one-off services, which came out at 2% growth, and I asked for 20 minutes with her instead of raising it in the team meeting. I opened with what we both wanted, an accurate budget for the board, walked her through the store data and left the decision with her. She asked me to test the figures with two store managers, who confirmed the fall in service income. We presented the 2% version, actual growth for the year came in at 1.8%, and we avoided committing about £600,000 of spending against sales that were unlikely to arrive. It taught me to bring a disagreement with evidence, in private, and with the decision left where it belongs, and I now show one-off items separately in every forecast I build. How does your team usually work through disagreements about the numbers?",
  },
  {
    id: 'difficult-stakeholder',
    question: 'Tell me about a time you worked with a difficult stakeholder.',
    paraphrases: [
      'Describe a difficult stakeholder relationship and how you repaired it.',
      'How have you handled a difficult, demanding stakeholder? Give an example.',
      'Give me an example of working with a stakeholder who was difficult to please.',
      'Walk me through working with a difficult stakeholder.',
      'Have you ever had to work with a stakeholder who was difficult? What did you do?',
      'Tell me about a difficult stakeholder relationship you had to manage.',
      'Describe how you won over a difficult stakeholder.',
      'Can you share a time you had to work closely with a difficult stakeholder?',
      'What did you do the last time a stakeholder was difficult to work with?',
    ],
    category: 'conflict',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Whether you can keep a demanding relationship productive by understanding what the other person needs, and change your own approach instead of escalating or complaining.',
    howToAnswer:
      'Describe the behaviour and its cost to the work in neutral terms, without judging the person. Show how you found out what drove them, often a goal or pressure you had not seen, and what you changed in how you worked with them. Give the measured result and the habit you now use with every stakeholder.',
    framework: 'carl',
    structure:
      'CARL: the stakeholder and the cost of the friction, told neutrally -> how you found their real need and changed your approach -> the measured result -> the habit you now use',
    pitfalls: [
      'Describing the stakeholder with labels such as unreasonable or impossible.',
      'Solving it only by escalating to someone more senior.',
      'Giving in to every demand and calling it relationship management.',
      "Leaving out what you learned about the stakeholder's own pressures.",
    ],
    followUps: [
      'What did you learn about their goals that you had missed?',
      'When would you escalate instead?',
      'How is the relationship now?',
      'How do you handle two stakeholders who want opposite things?',
    ],
    exampleAnswer:
      'Last year I was marketing manager at an outdoor-clothing brand, and every campaign in the northern region needed sign-off from our regional sales director. Four of my five campaigns for his region came back with major changes in the final week, and launches were slipping by an average of three weeks. Rather than escalate, I asked to spend a day with him visiting two of his largest stores. I learned his region was measured on full-price sell-through, so my discount-led campaigns were working against his targets. I changed the process for his region: I brought him in at the brief stage instead of final sign-off, added a sell-through estimate to every plan, and in return we agreed a 48-hour turnaround for his feedback. The next four campaigns were approved at the first review and launched on time, and sell-through on campaign lines in his region rose from 61% to 70%. It taught me that a stakeholder who pushes back late usually has a target I have not seen, and I now ask each approver what they are measured on before I write the brief. Who would the key stakeholders be for this role?',
  },
  {
    id: 'mediate-team-conflict',
    question: 'Tell me about a time you resolved a conflict between two members of your team.',
    paraphrases: [
      'How have you resolved a conflict between two people on your team?',
      'Describe a time you mediated a conflict between two team members.',
      'Give me an example of stepping in when two team members were in conflict.',
      'Walk me through how you settled a conflict between two people you managed.',
      'What did you do when two of your team members clashed?',
      'Have you had to referee a conflict between two teammates? What happened?',
      'Can you share a time you resolved a conflict between two colleagues on your team?',
      'Tell me about defusing a conflict between two people in your team.',
      'Describe how you resolved friction between two members of your team.',
    ],
    category: 'conflict',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you step in to conflict between others early and fairly, look for the cause behind the personalities, and leave the people able to work together without you.',
    howToAnswer:
      'Describe the conflict and its effect on the work without taking sides. Show how you heard each person separately, found the shared cause, and then had them agree the fix together. Give a measured result and the principle you now apply when people clash.',
    framework: 'carl',
    structure:
      'CARL: the conflict and its cost to the work -> separate conversations, the shared cause, a joint fix -> the measured result -> the principle you now apply',
    pitfalls: [
      'Taking one side or describing one person as the problem.',
      'Imposing a solution without hearing both people.',
      'Ending with a handshake but no change to how they work.',
      'Sharing personal details that should stay private.',
    ],
    followUps: [
      'What would you have done if one of them refused to engage?',
      'How did you stay neutral?',
      'When would you involve HR?',
      'How did you follow up afterwards?',
    ],
    exampleAnswer:
      "In 2022 I was transport planning lead at a parcel depot with a team of nine planners, and two of my senior planners, Marta and Kofi, had stopped talking beyond the bare minimum. Marta built the morning routes, Kofi handled afternoon collections, and each saw the other's changes as undoing their own work. Handover errors had doubled to about ten a week, and drivers were waiting at the gate. I met each of them separately first and asked for specific examples rather than opinions. Both described the same gap: nobody owned a route once it moved from the morning plan to the afternoon one. I then brought them together with a printout of one week's errors and asked them to design the handover rules themselves. They agreed a single cut-off at 11:30, a shared change log and a five-minute stand-up at the handover point, and I checked in with both every Friday for a month. Within six weeks handover errors fell from ten a week to two, and driver waiting time at the gate dropped by 40%. Marta and Kofi later ran the induction for new planners together. It taught me that most clashes in a team sit on top of a process gap, so I now look for the missing rule before I look at personalities. How does your team handle friction between shifts?",
  },

  // --- failure -------------------------------------------------------------------------------
  {
    id: 'time-you-failed',
    question: 'Tell me about a time you failed.',
    paraphrases: [
      'Describe a time you failed at work and what you took from it.',
      'What would you call your biggest failure at work?',
      'Give me an example of a time you failed.',
      'Walk me through a time you failed and what you learned.',
      'Tell me about a goal you failed to reach.',
      'Have you ever failed at work? What happened after?',
      'Can you tell me about a failure and what you learned from it?',
      "What's a failure you learned the most from?",
      'Describe a time you failed and how you handled it.',
    ],
    category: 'failure',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Whether you can own a real failure without excuses, analyse why it happened, and change how you work as a result.',
    howToAnswer:
      'Pick a real failure with real stakes, not a disguised success, and own your part plainly. Spend the middle on how you found out why it failed and what you changed. Finish with the measured improvement that followed and the lesson in one sentence.',
    framework: 'carl',
    structure:
      'CARL: what you aimed for and how it failed -> how you found out why and what you changed -> the measured improvement afterwards -> the lesson in one sentence',
    pitfalls: [
      'Offering a disguised success or a trivial failure.',
      'Blaming circumstances, clients or colleagues for the failure.',
      'Dwelling on the failure without showing what you changed.',
      'Choosing a failure that goes to the heart of the role you are applying for.',
    ],
    followUps: [
      'What would you do differently from the start?',
      'How did your manager react?',
      'How did you feel when it happened?',
      'Have you seen the same warning signs since?',
    ],
    exampleAnswer:
      "In 2021 I was bid manager at a facilities company, and I led our tender for a three-year cleaning contract with a university worth £2.4 million. It would have been our largest contract, and I lost it. We scored top on price but fourth of five on quality, mainly in the sections on social value and staff wellbeing, which I had filled with standard text. I asked the university for a debrief, read the published summary of the winning bid, and then reviewed our last eight bids against their scoring sheets. Six of them showed the same pattern: strong on price, weak on the quality sections that carried 40% of the marks. I rebuilt our bid library around those sections, interviewed our site supervisors for real examples and figures, and introduced a review three days before every deadline in which a colleague scored our draft against the buyer's criteria. Over the next year our win rate went from one tender in five to two in five, including a £1.8 million hospital contract. It taught me that I had been writing bids around what we wanted to say instead of how they would be marked, and since then I start every bid from the scoring criteria. How does your team review a bid after a loss?",
  },
  {
    id: 'mistake-handled',
    question: 'Tell me about a mistake you made at work and how you handled it.',
    paraphrases: [
      'Describe a mistake you made at work and what you did next.',
      'Give me an example of a mistake you made and how you put it right.',
      "What's the biggest mistake you've made at work, and how did you handle it?",
      'Walk me through a time you made a mistake and had to own it.',
      'Have you ever made a mistake that affected other people? How did you handle the mistake?',
      'Tell me about a time you had to own up to a mistake you made at work.',
      'Can you share a mistake you made and what you changed afterwards?',
      'Last time you made a mistake at work, how did you handle it?',
      'Describe an error or mistake you made on the job and how you corrected it.',
    ],
    category: 'failure',
    stages: ['recruiter-screen', 'hiring-manager', 'panel'],
    assesses:
      'Whether you own mistakes quickly and honestly, limit the harm to others, and fix the cause so it does not happen again.',
    howToAnswer:
      'Name the mistake plainly and own it in the first sentences, without softening. Show the order of your response: limit the damage, tell the people affected, fix the cause. Give a measured result for the repair and for the prevention, and what the mistake changed in how you check your work.',
    framework: 'carl',
    structure:
      'CARL: the mistake, owned plainly -> how you limited the damage and who you told -> the fix to the cause -> the measured result -> the check you now use',
    pitfalls: [
      "Choosing a mistake that was really someone else's.",
      'Minimising the impact or hiding how it was found.',
      'Stopping at the apology without fixing the cause.',
      'Picking a mistake so small it shows nothing.',
    ],
    followUps: [
      'How did you feel when you realised?',
      'How did the people affected react?',
      'What check would have caught it earlier?',
      'How do you make sure it cannot happen again?',
    ],
    exampleAnswer:
      'In 2022 I was payroll officer for a care-home group with 650 staff. In the March run I applied a new pay rate to the wrong grade, and 38 night-shift carers were underpaid by an average of £140. I learned of it the morning after payday, when the first carer called me. I confirmed the cause within the hour, went straight to my manager with the figures and a plan, and proposed an emergency payment run that afternoon. I wrote to all 38 carers myself, explaining what had happened, what they would receive and when, and gave them my direct number. All 38 were paid in full within 24 hours, and I arranged refunds for the two carers who had been charged overdraft fees. Then I looked at why my checks had missed it: I had reviewed the totals but not individual rates. I added a rate-change report that a second person signs before every run, and we have had no rate errors in the 26 runs since. It taught me that owning a mistake quickly matters as much as fixing it, and I now treat every rate change as a two-person job. How does your team check changes before they go live?',
  },
  {
    id: 'missed-deadline',
    question: 'Tell me about a time you missed a deadline.',
    paraphrases: [
      'Describe a deadline you missed and what you did about it.',
      'Have you ever missed an important deadline? What happened?',
      'Give me an example of a deadline you missed at work.',
      'Walk me through a piece of work you delivered late, after missing the deadline.',
      'What did you do the last time you realised you would miss a deadline?',
      'Tell me about a time you missed a deadline you had promised.',
      'Can you share a time you missed a deadline and how you dealt with the fallout?',
      'How have you handled missing a deadline that other people depended on?',
      'Describe a time you missed a deadline for work you owned.',
    ],
    category: 'failure',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you flag risks early, communicate honestly when a date slips, protect the people depending on you, and plan better afterwards.',
    howToAnswer:
      'Own the miss and explain its cause in one or two sentences without excuses. Show when you raised it, who you told, and what you delivered on the original date to limit the impact. Give the measured outcome and the change to how you estimate or flag risk now.',
    framework: 'carl',
    structure:
      'CARL: the commitment and why it slipped -> when you flagged it and how you limited the impact -> the measured outcome -> how you plan or flag risk now',
    pitfalls: [
      'Pretending you have never missed a deadline.',
      'Blaming another team, a supplier or the client for the delay.',
      'Leaving out when you told people, since late warnings are the real problem.',
      'Describing no change to how you plan since.',
    ],
    followUps: [
      'When did you first know the date was at risk?',
      'How did the people depending on you react?',
      'What would you have done if no interim option existed?',
      'How do you estimate work now?',
    ],
    exampleAnswer:
      'Last year I was a mobile developer at a food-delivery startup, and I committed to shipping in-app tipping for couriers by 1 June, a date our operations team had announced to 3,000 couriers. Two weeks before, I found that the payment provider required a compliance review of the new payment flow, which I had not planned for and which took ten working days. I told my manager and the operations lead that same afternoon, with a new date of 12 June and what we could still deliver on time. I proposed an interim step: tipping through a simple web link that needed no new review, which I built in three days. I also wrote the message to couriers with the operations team, explaining the delay and the new date. The web version went live on 1 June and handled 4,100 tips in its first ten days, and the full in-app version shipped on 11 June, a day ahead of the revised date. It taught me that I had estimated the code but not the approvals around it, so I now list every external review in my estimates and flag a risk on the day I see it. How does your team handle it when a committed date is at risk?',
  },
  {
    id: 'hardest-feedback',
    question: "What's the hardest feedback you've received, and what did you do with it?",
    paraphrases: [
      "What's the most critical feedback you've received, and what did you do with it?",
      'Tell me about critical feedback you received and how you acted on it.',
      "Describe the hardest criticism you've received at work and what you changed.",
      'Give me an example of hard feedback you received and what you did with it.',
      'Of all the feedback you have received, which was the hardest to hear?',
      'Walk me through negative feedback you received and how you acted on it.',
      'How did you react the last time you received critical feedback on your work?',
      "Can you share the hardest criticism you've received and how it changed your work?",
      "Tell me about the toughest feedback you've received and what you did with it.",
    ],
    category: 'failure',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Whether you can hear criticism without defending yourself, turn it into a concrete change, and measure whether the change worked.',
    howToAnswer:
      'Quote the feedback plainly and admit how it felt, briefly. Show what you did with it: how you checked it, the specific change you made and how you got further feedback. Give a measured sign of improvement and what it taught you about asking for feedback.',
    framework: 'carl',
    structure:
      'CARL: the feedback and the context -> how you checked it and what you changed -> the measured improvement -> how you seek feedback now',
    pitfalls: [
      'Choosing feedback that is a disguised compliment.',
      'Explaining why the feedback was unfair.',
      'Describing the feelings at length and the change briefly.',
      'Giving no evidence that anything improved.',
    ],
    followUps: [
      'How did you react in the moment?',
      'Did you agree with all of it?',
      'How do you ask for feedback now?',
      'What feedback have you given someone else that was hard to deliver?',
    ],
    exampleAnswer:
      'In 2019, in my second year as a secondary English teacher, my head of department observed a Year 9 lesson and told me I had talked for 32 of the 50 minutes, and that the pupils had done very little thinking of their own. It was hard to hear, because I had planned that lesson carefully and thought it had gone well. I asked her to help me set a goal, and we agreed I would keep teacher talk under 15 minutes a lesson. I started timing myself with a stopwatch on my desk, rebuilt my lesson plans around paired and written tasks, and asked a colleague to observe me twice each half-term and count my talk time. Within a term my talk time was down to 14 minutes on average, and my next formal observation was graded good with outstanding features. By the summer, the share of my Year 9 class working at or above target rose from 55% to 71%. It taught me that the feedback that stings is often the most useful, and I now invite a colleague into my classroom every term rather than waiting for the formal cycle. How does feedback usually work in your team?',
  },
];
