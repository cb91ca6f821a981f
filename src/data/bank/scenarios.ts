import type { BankQuestion } from './types.ts';

/**
 * Role-specific scenario prompts ("what would you do if…" in a situation typical of one field),
 * answered with a short approach and then a real past example told in CARL, plus four culture
 * and values questions.
 */
export const SCENARIOS_QUESTIONS: readonly BankQuestion[] = [
  {
    id: 'scenario-production-outage',
    question: 'What would you do if a production system went down while you were on call?',
    paraphrases: [
      "Walk me through how you'd handle a production outage.",
      "How would you handle a production outage while you're on call?",
      'What do you do first when production goes down on your on-call shift?',
      'Tell me about a production outage you handled on call.',
      'Describe a production outage you dealt with as the on-call engineer.',
      "Our main system goes down while you're on call. What do you do?",
      "What's your approach to a production outage?",
      'How do you respond when a system you own goes down in production?',
      'Talk me through your first hour when production goes down.',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you stay methodical under time pressure: restoring service before hunting the root cause, communicating while you work, and preventing a repeat afterwards.',
    howToAnswer:
      'Open with your order of work in one or two sentences: stabilise, communicate, diagnose, then review. Prove it with a real incident you owned, naming the system, the impact and how long recovery took. Finish with the change you made so it could not happen the same way again.',
    framework: 'carl',
    structure:
      'Approach (stabilise, communicate, diagnose, review) -> CARL: the incident and its impact, your steps as responder, time to recovery and cost, what you changed -> question back',
    pitfalls: [
      'Describing a heroic overnight debugging session instead of a fast rollback or failover.',
      'Leaving out communication with support, customers or stakeholders during the incident.',
      'Naming the colleague whose change caused the outage instead of the process gap.',
      'Stopping at recovery without the post-incident fix that prevents a repeat.',
    ],
    followUps: [
      'How did you decide between rolling back and fixing forward?',
      'Who did you keep informed, and how often?',
      'What did the post-incident review change in your team?',
      'How would you handle it if the rollback had failed too?',
    ],
    exampleAnswer:
      'My first move would be to stop the damage before looking for the cause: roll back or switch traffic, tell people what is happening, and only then dig into the root cause. That is how I handled the biggest outage I have owned. Last March I was the on-call engineer for the checkout service at Larkspur, an online furniture retailer, when the error rate jumped to 40% on a Saturday evening. I opened an incident channel, named myself incident lead and asked a colleague to post an update to the support team every fifteen minutes. The deploy log showed a configuration change from that afternoon, so I rolled it back instead of debugging it live. Checkout recovered within 22 minutes, and because baskets were saved, about £9,000 of orders were delayed rather than lost. On Monday I ran a blameless review, found that the change had skipped the staging check, and added an automated config validation step to the pipeline. We have had no configuration outage in the eleven months since. It taught me that the fastest fix is usually the last known good state, and that steady updates calm a room more than a clever diagnosis. How is on-call organised for this team?',
  },
  {
    id: 'scenario-messy-codebase',
    question:
      'How would you approach inheriting a large codebase with no tests and little documentation?',
    paraphrases: [
      'What would you do if you inherited a legacy codebase with no tests?',
      'Tell me about a time you inherited a legacy codebase and made it maintainable.',
      'You inherit a codebase with no tests and no documentation. Where do you start?',
      'How do you get to grips with a legacy codebase that nobody documented?',
      "Walk me through how you'd learn an undocumented legacy codebase you inherited.",
      'Would you refactor or rewrite a legacy codebase you inherited? How do you decide?',
      'Describe inheriting a legacy codebase whose original developers had moved on.',
      'If we handed you an undocumented codebase with no tests, how would you tackle it?',
      'How do you clean up an inherited legacy codebase without breaking it?',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you respect working software while improving it: learning before changing, reducing risk with tests, and making steady progress alongside delivery instead of demanding a rewrite.',
    howToAnswer:
      'State your approach briefly: understand how the code behaves in production, protect the riskiest parts with tests, then improve in small steps alongside feature work. Back it with a system you inherited, what you did in the first weeks, and a measure such as bugs, coverage or release time. Speak about the previous authors with respect.',
    framework: 'carl',
    structure:
      'Approach (learn, protect with tests, improve in small steps) -> CARL: the system you inherited and the risk, your first steps, measured improvement, what you learned -> question back',
    pitfalls: [
      'Proposing a full rewrite before you understand what the code does.',
      'Criticising the developers who wrote it.',
      'Describing refactoring for its own sake with no link to bugs, speed or delivery.',
      'Giving no measure of improvement.',
    ],
    followUps: [
      'How did you decide which parts to fix first?',
      'How did you balance refactoring against feature requests?',
      'When would you argue for a rewrite?',
      'How did you share what you learned with the rest of the team?',
    ],
    exampleAnswer:
      'I would resist rewriting it. First I learn what it does in production, then I put tests around the parts that change most often, and I improve it in small steps alongside feature work. I did exactly that in 2022, when I joined a logistics start-up as the second backend developer and took over a six-year-old PHP billing system. The original authors had moved on, there were no tests, and most releases broke something in invoicing. In my first two weeks I read the error logs and the git history to find the twelve files that changed most, and I wrote characterisation tests for those before touching them. I kept a short architecture note in the repository and updated it whenever I learned a new rule. Then I agreed with my manager that a fifth of each sprint would go to refactoring the riskiest module. Within five months test coverage of the billing code went from zero to 65%, and invoicing bugs reported by customers fell from about eight a month to one. A release that used to take an afternoon now takes twenty minutes. It taught me that old code holds business rules nobody wrote down, so I now treat it as documentation before I treat it as debt. What does the oldest part of your stack look like today?',
  },
  {
    id: 'scenario-misleading-metric',
    question:
      'What would you do if a stakeholder asked you for a number you believed was misleading?',
    paraphrases: [
      'A stakeholder wants a headline number that you believe is misleading. How do you handle it?',
      'How do you respond when a stakeholder asks you for a misleading number?',
      'Tell me about a time a stakeholder asked you for a misleading number.',
      'Suppose a director asks for a misleading number without the caveats. What would you say?',
      "How would you handle a stakeholder's request for a misleading number?",
      'As an analyst, what do you do when a stakeholder requests a misleading number?',
      "What do you do when you're asked to report a number you believe is misleading?",
      'Have you ever been asked for a number you felt was misleading? What happened?',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Your analytical integrity and your tact: whether you protect decisions from bad numbers while keeping the stakeholder on side and leaving the final call with them.',
    howToAnswer:
      'Say that you would provide what was asked alongside the figure that answers the real question, and explain the gap in plain words. Prove it with a case where you did this, showing how you raised it privately and early, and what decision changed as a result. Avoid sounding like the data police: the goal is a better decision, not winning.',
    framework: 'carl',
    structure:
      'Approach (give both numbers, explain the gap, leave the choice informed) -> CARL: the request and why it misled, how you raised it, the decision and its value, your habit since -> question back',
    pitfalls: [
      'Refusing the request outright or lecturing the stakeholder.',
      'Quietly producing the misleading number to avoid friction.',
      'Raising the concern in a public meeting instead of privately first.',
      'Explaining the statistics in jargon the stakeholder cannot follow.',
    ],
    followUps: [
      'What would you have done if the director had insisted on the headline figure?',
      'How do you explain statistical caveats to non-analysts?',
      'How did this affect your working relationship with that stakeholder?',
      'Where do you draw the line between framing and misrepresenting?',
    ],
    exampleAnswer:
      'I would give them the number they asked for next to the number that answers their real question, and explain the difference in one sentence, so the choice stays theirs but is informed. Last year, as a data analyst at a regional gym chain, our marketing director asked me for sign-up growth from a new referral scheme for the board pack. The headline figure was up 30%, but almost all of it came from two new clubs that had opened that quarter. I rebuilt the analysis on like-for-like clubs, which showed growth of 6%. Two days before the deadline I booked fifteen minutes with the director, put both figures on one slide and walked her through the cause. I proposed presenting the 6% as the referral effect and the new clubs separately. She agreed, and the board approved a targeted rollout instead of a national launch, which saved about £40,000 in referral bonuses that quarter. She now sends me board figures a week early for a check. It taught me that a concern lands better as a second chart than as an objection, so I now prepare the alternative view before I raise a doubt. How does your team handle caveats when numbers go to senior leaders?',
  },
  {
    id: 'scenario-deteriorating-patient',
    question:
      'What would you do if a patient started to deteriorate while your ward was short-staffed?',
    paraphrases: [
      "You're on a short-staffed ward and one of your patients starts to deteriorate. Talk me through it.",
      'How do you prioritise a deteriorating patient when the ward is understaffed?',
      'Tell me about a time a patient deteriorated during a short-staffed shift.',
      'Describe how you escalate a deteriorating patient when the whole ward is stretched.',
      "A patient's early warning score is climbing and the ward is short-staffed. What are your next steps?",
      "How would you keep your other patients safe while one patient deteriorates and you're short of staff?",
      'Can you give an example of a patient who started to deteriorate on a short-staffed ward?',
      'Walk me through managing a deteriorating patient on an understaffed ward.',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Clinical judgement and safe escalation: whether you recognise deterioration early, call for help in a structured way, and protect your other patients when resources are thin.',
    howToAnswer:
      'Start with your priorities: the deteriorating patient first, early structured escalation, and an open request for help with your other patients. Then tell a real shift, with the observations that worried you, who you called and how, and what happened to the patient and to the rest of your caseload. Close with what you now do differently.',
    framework: 'carl',
    structure:
      'Approach (recognise, escalate with SBAR, ask for help, protect the rest of the caseload) -> CARL: the shift and the observations, your steps, patient outcome and safety of others, your changed practice -> question back',
    pitfalls: [
      'Waiting to be sure before escalating, or describing coping alone as a virtue.',
      'Forgetting the other patients on your list.',
      'Presenting the staffing shortage as a complaint about management.',
      'Leaving out the clinical detail that shows your judgement.',
    ],
    followUps: [
      'What made you escalate at that point rather than later?',
      'How did you hand over your other patients?',
      'What would you do if the outreach team could not come?',
      'How did you document and report the staffing gap?',
    ],
    exampleAnswer:
      "I would treat the deteriorating patient as the priority, escalate early with a structured handover, and ask for help openly rather than absorb the gap quietly. On a night shift last winter on a 28-bed surgical ward at St Anne's, we were two nurses short and I had nine patients. At 3 a.m. a man two days after bowel surgery had an early warning score that rose from 2 to 7 within an hour, with a falling blood pressure. I called the outreach team using SBAR, started the sepsis bundle they advised, and asked the nurse in charge to cover observations for my two most stable patients while I stayed at the bedside. I also phoned the site manager to report the staffing gap, and a bank nurse arrived on the ward within 40 minutes. The patient received antibiotics and fluids inside the first hour, was transferred to high dependency before 5 a.m., and went home eight days later. None of my other patients missed their observations that night. It taught me that asking for help early is part of the clinical response, and since then I flag a rising score to the nurse in charge at the first change, not the second. How does escalation to outreach work on your wards?",
  },
  {
    id: 'scenario-unhappy-family',
    question:
      'How would you handle a family member who is unhappy with the care their relative is receiving?',
    paraphrases: [
      "A patient's daughter says the family is unhappy with her mother's care. What do you do?",
      'Tell me about a time a relative was unhappy with the care on your ward.',
      "How do you respond when a patient's family is unhappy with their care?",
      'Describe a time a family member was dissatisfied with the care and how you resolved it.',
      'Suppose a family member is unhappy with the care their father is receiving. Talk me through your response.',
      "What's your approach when relatives feel a family member isn't receiving good care?",
      "Can you share an example of rebuilding trust with a family member unhappy with a relative's care?",
      "How would you handle a family member's complaint about their relative's care?",
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Compassion under criticism: whether you listen without getting defensive, check the facts, fix what is wrong and keep the family informed, while respecting confidentiality and your colleagues.',
    howToAnswer:
      'Describe your approach: listen somewhere private, find the specific concern, check the facts, agree one concrete change and a time you will come back. Then give a real example with the concern, what you found, what you changed and how the family responded. Never defend the ward at the family’s expense or blame a colleague.',
    framework: 'carl',
    structure:
      'Approach (listen privately, check facts, agree a change, follow up) -> CARL: the relative and the concern, your steps, measured change and how the complaint ended, your habit since -> question back',
    pitfalls: [
      'Becoming defensive or explaining why the ward is busy.',
      'Blaming a colleague or another shift in front of the family.',
      'Promising things outside your control.',
      'Forgetting to follow up after the first conversation.',
    ],
    followUps: [
      'What would you do if the family member became aggressive?',
      'How do you balance confidentiality with keeping relatives informed?',
      'When would you involve the nurse in charge or the complaints team?',
      'How did you share what you found with the rest of the team?',
    ],
    exampleAnswer:
      "I would listen first, in a quiet room rather than at the nurses' station, find out exactly what worries them, check the facts, and agree one concrete change with a time when I will come back to them. In my current role as a staff nurse on an elderly care ward, a patient's son told me last autumn that his father was going hungry and that nobody explained anything to him. I sat down with him, let him finish, and wrote down his three concerns. I checked the food chart and found his father had missed two lunches because he could not open the packaging and no one had been assigned to help. I apologised for that, arranged a red tray so the healthcare assistants would support him at every meal, and booked a ten-minute call with the consultant for the son that afternoon. I also phoned him each evening for the next four days with an update. His father's intake went from about a third of each meal to almost all of it within a week, and the son withdrew the formal complaint he had started. It taught me that most complaints come from not knowing, so since then I offer relatives a daily update time on admission. How does your ward involve families in care planning?",
  },
  {
    id: 'scenario-client-threatens-to-leave',
    question:
      'What would you do if your biggest client told you they were about to move to a competitor?',
    paraphrases: [
      'A key client threatens to move to a competitor. How do you handle that?',
      'Tell me about a time your biggest client was about to move to a competitor.',
      'How would you respond if your biggest client said they would move to a competitor for a better deal?',
      'Describe how you won back a key client who planned to move to a competitor.',
      'Suppose your top client says they will move to a competitor. What are your next steps?',
      "Walk me through how you'd stop your biggest client going to a competitor.",
      'What do you do when your biggest client is at risk of going to a competitor?',
      'Can you give an example of saving a key client who was about to move to another supplier?',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Commercial judgement under pressure: whether you find the real reason behind the threat, act fast, protect margin and rebuild the relationship rather than buy it back with a discount.',
    howToAnswer:
      'Give your approach first: meet quickly, find the real driver, fix the cause and only then talk price. Prove it with a named account, its value, what you uncovered and what you changed internally. Finish with the renewal outcome in numbers and the habit you now use to spot risk earlier.',
    framework: 'carl',
    structure:
      'Approach (meet fast, find the real driver, fix the cause, protect margin) -> CARL: the account and its value, your steps, renewal and growth, your early-warning habit -> question back',
    pitfalls: [
      'Leading with a discount as the whole answer.',
      'Blaming the delivery or support team in front of the interviewer.',
      'Giving no value for the account or the outcome.',
      'Missing the lesson about catching risk earlier.',
    ],
    followUps: [
      'How far would you have gone on price?',
      'How did you get internal teams to prioritise this client?',
      'What signs of risk did you miss earlier?',
      'Tell me about an account you lost. What happened?',
    ],
    exampleAnswer:
      'I would get in front of the client within a day, find out what is really driving the threat, and come back with a plan that fixes the cause rather than a discount alone. In 2023 I was an account manager at a payroll software firm, and our largest customer, a care group worth £180,000 a year, told me they had a cheaper offer from a competitor and planned not to renew in eight weeks. I visited their finance director that week and asked what had changed. Price was the stated reason, but the deeper issue was three late payroll runs caused by slow answers to support tickets. I took that back internally, secured them a named support engineer and a two-hour response target, and offered a price freeze rather than the 20% cut they had asked for. I then held a call with them every fortnight until the renewal date. They renewed for three years, and the account grew by 15% the following year when they added two sites. It taught me that a price complaint is often a service complaint underneath, so I now run a health check with every major account six months before renewal. How early does your team start renewal conversations with key accounts?',
  },
  {
    id: 'scenario-behind-sales-target',
    question:
      'What would you do if you were halfway through a quarter and well behind your sales target?',
    paraphrases: [
      "It's halfway through the quarter and you're at 35% of your sales target. Walk me through your plan.",
      'Tell me about a quarter when you were behind your sales target and how you recovered.',
      "How do you respond when your pipeline won't get you to your sales target this quarter?",
      'Describe a time you were behind on your sales target and had to close the gap.',
      "Suppose you're well behind your sales target with six weeks of the quarter left. What changes?",
      'How would you handle being behind target midway through the quarter?',
      'Can you share an example of catching up on a sales target late in the quarter?',
      "What do you do when your forecast says you'll miss your sales target this quarter?",
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you manage your own number with discipline and honesty: an accurate forecast, a concrete recovery plan, early communication with your manager, and activity that builds future pipeline too.',
    howToAnswer:
      'Lead with how you would diagnose the gap and split your effort between deals that can close now and new pipeline. Then tell a real quarter, with the size of the gap, what you changed in your week and how you kept your manager informed. Give the final attainment and the forecasting habit it left you with.',
    framework: 'carl',
    structure:
      'Approach (size the gap, qualify what can close, rebuild pipeline, be honest with your manager) -> CARL: the quarter and the gap, your steps, final attainment and pipeline built, your habit since -> question back',
    pitfalls: [
      'Blaming the territory, the product or the market.',
      'Relying on heavy discounting to pull deals forward.',
      'Giving no numbers for the gap or the finish.',
      'Hiding the shortfall from your manager until the last week.',
    ],
    followUps: [
      'What would you have done if you had still missed?',
      'How much did you discount to close those deals?',
      'How do you decide which deals to drop from your forecast?',
      'How did the next quarter go?',
    ],
    exampleAnswer:
      'I would go back to the numbers before the phone: work out how big the gap is, which deals can close in time, and where new pipeline has to come from, then tell my manager the plan rather than a hope. In the third quarter of last year I was a field sales rep selling commercial coffee machines in the Midlands, and at week six I was at 38% of a £210,000 quota after two large deals slipped into the next year. I went through every open opportunity with my manager and cut my forecast to the eleven deals with a confirmed budget and a decision date. For those, I booked site demos within ten days and offered a free first service to customers who signed before quarter end. To rebuild pipeline, I called every customer whose lease ended within six months, about sixty accounts, and asked for upgrade meetings. I finished the quarter at 104% of target, and the lease calls produced £90,000 of pipeline for the next quarter. It taught me that an honest forecast early buys help, so since then I review my pipeline against target every Friday instead of at month end. How does your team forecast, and how often do you review it with reps?',
  },
  {
    id: 'scenario-class-will-not-settle',
    question: 'What would you do with a class that will not settle down to work?',
    paraphrases: [
      "How would you handle a class that won't settle down?",
      'Tell me about a time you took on a class that would not settle.',
      'How do you get a disruptive class to settle down to work?',
      "Describe how you've handled a class that refused to settle down.",
      "Suppose a class talks over you and won't settle. What's your plan?",
      'Walk me through how you would get a noisy class to settle.',
      'What strategies would you use with a class that will not settle to work?',
      'Can you give an example of getting a difficult class to settle down?',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Your classroom management: whether you use consistent routines, relationships and the school’s systems to get learning going, and whether you seek support and measure improvement.',
    howToAnswer:
      'Name your approach in a sentence or two: predictable routines, consistent use of the school’s system, and relationships with the students who set the tone. Then describe a real class, what you changed in the first weeks and who you asked for support. Give evidence of improvement, such as time to settle, behaviour points or attainment.',
    framework: 'carl',
    structure:
      'Approach (routines, consistency, relationships, support) -> CARL: the class and what was happening, your steps, measured change in behaviour and learning, your habit since -> question back',
    pitfalls: [
      'Talking about the students or the previous teacher negatively.',
      'Relying on shouting or one dramatic sanction as the turning point.',
      'Giving no evidence that behaviour or learning improved.',
      'Presenting yourself as needing no help from colleagues.',
    ],
    followUps: [
      'What did you do with the student who still would not cooperate?',
      'How did you involve parents?',
      'How do you keep routines going when you are tired at the end of term?',
      'How would you adapt this for a younger or older age group?',
    ],
    exampleAnswer:
      "I would make the start of every lesson predictable, set a few routines and apply them the same way every time, and build relationships with the three or four students who set the tone. In my second year teaching science at a comprehensive in Leeds, I took over a Year 9 class mid-year after their teacher went on maternity leave, and the first ten minutes of most lessons went on noise. I met them at the door, put a silent starter task on every desk, and used the school's warning system identically each lesson. I phoned home with good news for the four students the others followed, before any problem call, and gave two of them jobs in practicals. I also asked my head of department to observe a lesson and give me feedback on my transitions. Within six weeks lessons were starting within three minutes of the bell, behaviour points for the class fell from 31 in the first half term to 9 in the second, and their end-of-year test average went up by eight percentage points. It taught me that consistency matters more than strictness, and I now plan routines for a new class before I plan content. How does your department support teachers with behaviour?",
  },
  {
    id: 'scenario-parent-disputes-grade',
    question: 'How would you respond to a parent who disputes the grade you gave their child?',
    paraphrases: [
      'A parent emails to dispute the grade you gave their son. What do you do?',
      'Tell me about a time a parent challenged a grade you gave.',
      'How do you handle a parent who insists their child deserved a higher grade?',
      'Describe a time a parent disputed a grade you gave and how you resolved it.',
      "Suppose a parent asks you to change their child's grade. How do you respond?",
      "Walk me through a meeting with a parent who disputes their daughter's grade.",
      "What's your approach when a parent questions the grade you gave?",
      'Can you give an example of explaining a disputed grade to a frustrated parent?',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you can defend professional judgement calmly and fairly: checking your own marking, explaining it with evidence, and turning the conversation towards what the student needs next.',
    howToAnswer:
      'Say how you would handle it: meet rather than argue by email, check the mark yourself first, show the work against the criteria, and change it only if it is wrong. Then give a real case, including any second marking, how the meeting went and what the student achieved afterwards. End with the habit you adopted.',
    framework: 'carl',
    structure:
      'Approach (meet, check the mark, show the evidence, focus on next steps) -> CARL: the dispute, your preparation and the meeting, the student’s later result, your habit since -> question back',
    pitfalls: [
      'Changing a correct grade to make the complaint go away.',
      'Becoming defensive or dismissing the parent’s view.',
      'Leaving the student out of the conversation about improvement.',
      'Skipping any check of your own marking.',
    ],
    followUps: [
      'What would you do if the parent went straight to the head teacher?',
      'Have you ever changed a grade after a parent challenged it?',
      'How do you make your marking criteria clear to families in advance?',
      'How do you handle a parent who remains unhappy after the meeting?',
    ],
    exampleAnswer:
      "I would meet them rather than reply by email, show the mark scheme and the work side by side, and keep the conversation on what the student needs next. If a mark is wrong I change it; if it is right I explain it and stand by it. Two years ago, as an English teacher at a secondary school, a father wrote to me that his daughter's coursework grade of 5 was too low, since she had been getting 7s in class tests. I invited him and his daughter in that week. Before the meeting I asked a colleague to blind-mark the essay, and she gave it the same grade. In the meeting I showed them the band descriptors and two highlighted paragraphs where the argument lost focus, and I asked his daughter what she noticed. She spotted the gaps herself. We agreed on three short redrafting sessions at lunchtime. Her final coursework piece scored a 7, two grades higher, and her father emailed the head to thank the department. It taught me that second marking before a meeting turns an argument about fairness into a conversation about evidence, and since then I moderate any borderline mark before I return work. How does your school handle grade queries from parents?",
  },
  {
    id: 'scenario-supplier-fails-before-peak',
    question:
      'What would you do if a key supplier failed to deliver right before your busiest period?',
    paraphrases: [
      'Your main supplier fails to deliver a week before peak. How do you keep the operation running?',
      'Tell me about a time a supplier failed to deliver ahead of your busiest period.',
      'How would you handle a supplier failing to deliver right before Black Friday?',
      "Describe how you've dealt with a supplier failing to deliver at peak.",
      'Suppose a key supplier cancels days before your busiest week. What are your next steps?',
      'Walk me through your response when a key supplier fails to deliver before your busiest period.',
      "What's your plan if a key supplier fails to deliver ahead of the holiday rush?",
      'Can you give an example of managing a supplier failure before your busiest period?',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Operational problem-solving under time pressure: whether you quantify the gap fast, work several alternatives in parallel, protect the most important orders and build resilience afterwards.',
    howToAnswer:
      'Start with your approach: size the gap precisely, protect priority orders, and work alternative supply and workarounds in parallel. Then tell a real peak, with dates, volumes and the trade-offs you accepted on cost. Close with delivery performance and the change you made to your supplier base.',
    framework: 'carl',
    structure:
      'Approach (size the gap, protect priority orders, work alternatives in parallel) -> CARL: the peak and the failure, your steps, on-time performance and cost, the resilience you added -> question back',
    pitfalls: [
      'Blaming the supplier instead of describing what you did.',
      'Working one option at a time when the clock is running.',
      'Leaving out the cost of the fix or the value at risk.',
      'Forgetting to tell customers or internal teams early.',
    ],
    followUps: [
      'How did you decide which orders to protect?',
      'What did the premium cost you, and who signed it off?',
      'How did you handle the relationship with the original supplier afterwards?',
      'What contingency would you set up in your first month here?',
    ],
    exampleAnswer:
      'I would first size the gap precisely, protect the orders that matter most, and then work alternatives in parallel: other suppliers, substitutes and early messages to customers. In November 2022 I was operations supervisor at a distribution centre for a toy retailer, and ten days before Black Friday our packaging supplier told us a machine failure meant they could deliver only 40% of our cardboard order. Without boxes we could not ship. I mapped our box stock against the order forecast, which showed we would run out on the second day of peak. That afternoon I called three local packaging firms and secured 30,000 boxes from two of them at a 12% premium. I agreed with the merchandising team to switch small items to padded mailers, and I changed the pick sequence so large orders used the scarce boxes first. Through peak week we dispatched 96% of orders on time against a target of 95%, and the extra packaging cost about £6,000 against roughly £250,000 of sales at risk. It taught me that single-source consumables are as critical as stock, so since then I keep a second approved supplier for every packaging line. Which parts of your supply chain are single-sourced today?',
  },
  {
    id: 'scenario-error-in-sent-report',
    question:
      'What would you do if you found an error in a report that had already gone to senior leadership?',
    paraphrases: [
      'You spot an error in a report you sent to the executive team yesterday. What happens next?',
      'Tell me about a time you found an error in a report after it had been sent.',
      'How would you handle finding an error in a board report that has already gone out?',
      'Describe how you corrected a financial report that had already been sent to senior managers.',
      'Suppose you find a formula error in a report you already sent to the CFO. What do you do?',
      'How would you tell senior leadership that a report they already have contains an error?',
      'What steps do you take when you find an error in a report that has already been sent?',
      'Can you give an example of correcting an error in a report after it had gone out?',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Integrity and control: whether you disclose quickly and clearly, correct before anyone acts on the wrong number, and fix the process so it cannot recur.',
    howToAnswer:
      'Give your sequence first: confirm the error and its size, tell your manager, correct it for every recipient before it is used, and explain what changed. Then prove it with a real report, the size of the error, how fast you acted and the control you added. Own the error plainly without over-apologising.',
    framework: 'carl',
    structure:
      'Approach (confirm, tell your manager, correct for all recipients, fix the control) -> CARL: the report and the error, your steps and timing, outcome and accuracy since, the control you built -> question back',
    pitfalls: [
      'Hoping nobody notices or correcting it silently in the next version.',
      'Blaming the source system or a colleague for the error.',
      'Over-apologising without saying what you fixed.',
      'Leaving out the control that prevents a repeat.',
    ],
    followUps: [
      'How did your finance director react?',
      'What if a decision had already been made on the wrong figure?',
      'How do you review your own work before it goes out?',
      'How do you decide whether an error is material enough to reissue?',
    ],
    exampleAnswer:
      'I would confirm the error and its size quickly, tell the people who received the report before they act on it, and send a corrected version with one line explaining what changed and why. Last year, as a management accountant at a hotel group, I found on a Tuesday morning that the monthly report sent to the executive team the previous Friday overstated gross margin for the spa division by 3.5 points, because I had pulled one revenue line twice. Within an hour I had checked the effect on every page. I went to my finance director first, explained the cause and the fix, and sent a correction to all nine recipients before the 11 a.m. pricing meeting where the figures were due to be used. I then added a reconciliation tab that ties each division to the ledger and asked a colleague to review it every month before release. As a result, the pricing meeting used the correct margin, and over the next fourteen months my reports needed no corrections. It taught me that fast disclosure costs far less than a decision made on a wrong number, and I now build a check into any report before I trust it. How does your team review reports before they go to leadership?',
  },
  {
    id: 'scenario-short-staffed-full-house',
    question: "It's a fully booked Saturday and two of your team call in sick. What would you do?",
    paraphrases: [
      'How would you run a fully booked night in the restaurant with two staff off sick?',
      'Tell me about a busy service when two of your team called in sick and you were fully booked.',
      'Describe how you coped when two staff called in sick on a fully booked night.',
      'Suppose the hotel is fully booked and two front desk staff call in sick. Walk me through your evening.',
      'What do you do when sickness leaves you two staff short on a fully booked night?',
      'Can you give an example of a fully booked Saturday when two of your team were off sick?',
      'How would you reorganise the floor if two servers called in sick an hour before a fully booked service?',
      'Walk me through keeping guests happy on a sold-out Saturday when two of your team are off sick.',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'final'],
    assesses:
      'Whether you can protect the guest experience and the team when resources drop: finding cover, simplifying the operation, communicating early and leading from the floor.',
    howToAnswer:
      'Describe your order of work: try to find cover, then reduce the offer to what the team can deliver well, and tell guests early. Back it with a real night, including covers, what you changed on the menu or floor plan and your own role on the shift. Finish with a service measure such as ticket times or complaints, and the plan you now keep ready.',
    framework: 'carl',
    structure:
      'Approach (find cover, simplify the offer, tell guests early, lead from the floor) -> CARL: the night and the gap, your steps, service outcome in numbers, the plan you keep ready -> question back',
    pitfalls: [
      'Complaining about the staff who called in sick.',
      'Promising the full offer and letting quality and timings collapse.',
      'Describing only your own effort and not how you protected the rest of the team.',
      'Giving no measure of how the service went.',
    ],
    followUps: [
      'How did the rest of the team feel at the end of that shift?',
      'How do you decide what to take off the menu?',
      'How do you follow up with staff absence afterwards?',
      'What would you do if no cover at all had been available?',
    ],
    exampleAnswer:
      'I would look for cover first, then cut the offer down to what the remaining team can deliver well, and tell guests early rather than let them find out at the table. Last December I was assistant manager at a 90-seat bistro in Bath, with 180 covers booked for a Saturday, when a chef de partie and a server called in sick by 3 p.m. I phoned our part-timers and got one server in from 6 p.m. I agreed with the head chef to run a reduced menu of eight dishes instead of fourteen, which took the pressure off the short section. I redrew the floor into three sections instead of four, moved myself onto the pass to run food, and had the host text every late booking to offer a slot fifteen minutes earlier or later to spread the kitchen load; 22 tables accepted. We served all 180 covers, average ticket time stayed under 18 minutes, and we had one complaint against our usual two or three on a Saturday. It taught me that a smaller menu done well beats a full one done late, and since then I keep a reduced menu agreed in advance for any short-staffed night. How do you handle cover for sickness across your sites?',
  },
  {
    id: 'scenario-site-differs-from-plans',
    question:
      'What would you do if you arrived on a job and the site was nothing like the plans or the quote?',
    paraphrases: [
      "You turn up on a job and the site doesn't match the plans. How do you handle it?",
      "Tell me about a job where the site didn't match your quote.",
      'How do you deal with a site that is nothing like the plans?',
      'Describe a time the site was different from the plans or the quote.',
      'Suppose you arrive on a job and the site is nothing like the quote. What next?',
      "Walk me through how you handle a job where the site doesn't match the plans.",
      "What's your approach when the site doesn't match the plans or the quote?",
      'Can you give an example of a job where the site was nothing like what you had quoted for?',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'final'],
    assesses:
      'Whether you handle variations honestly and safely: stopping before costs run away, documenting what you found, and giving the customer clear priced options in writing.',
    howToAnswer:
      'Say what you do first: stop, record the conditions with photos and measurements, and talk to the customer the same day with options and prices. Prove it with a real job, naming the trade, the quote and what you found. Give the final cost and time against the quote, how the customer responded, and what you now check at survey.',
    framework: 'carl',
    structure:
      'Approach (stop, record, offer priced options in writing) -> CARL: the job and what you found, your steps with the customer, final cost and time against the quote, what you now check -> question back',
    pitfalls: [
      'Carrying on and presenting a surprise bill at the end.',
      'Blaming the previous trades or the surveyor.',
      'Agreeing changes verbally with nothing in writing.',
      'Leaving out cost and time against the original quote.',
    ],
    followUps: [
      'What if the customer had refused to pay for the extra work?',
      'How do you write variations into your quotes now?',
      'How do you handle it when the main contractor is the one asking for the change?',
      'What safety checks do you do when you find something unexpected?',
    ],
    exampleAnswer:
      'I would stop before the change becomes expensive, record what I found with photos and measurements, and talk to the customer that day with the options and their costs, so nothing gets done on an assumption. In spring 2023 I was running my own plumbing and heating business and had quoted £7,800 to replace a boiler and radiators in a 1930s house. When I lifted the floorboards on day one, the pipework was old steel rather than the copper the survey had shown, and it ran under a concrete section of floor. I stopped work, photographed every run, and sat down with the owners that evening. I gave them two options in writing: re-pipe the whole house for an extra £2,400, or re-pipe upstairs only and reroute the ground floor along the skirting for £1,100. They chose the second. As a result, the job finished two days later than planned and £1,100 over the original quote, all agreed in writing, and the couple later referred two neighbours to me. It taught me to lift a board or two during the survey on any pre-war house, and I now put a clause about hidden pipework in every quote. How do you handle variations with customers on your jobs?',
  },
  {
    id: 'scenario-underperforming-campaign',
    question: 'What would you do if a campaign you launched was underperforming halfway through?',
    paraphrases: [
      'A campaign you launched is underperforming two weeks in. How do you respond?',
      'Tell me about a time a campaign you ran was underperforming halfway through.',
      'How do you decide whether to pause a campaign that is underperforming halfway through?',
      'Describe how you rescued a campaign that was underperforming halfway through.',
      'Suppose a campaign you launched is underperforming on cost per lead. What do you do?',
      "Walk me through how you'd fix a campaign that's underperforming halfway through.",
      "What's your process when a campaign you launched starts underperforming?",
      'Can you give an example of rescuing a marketing campaign that was underperforming?',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you manage campaigns with data rather than hope: diagnosing where the funnel breaks, testing changes, moving budget quickly and reporting honestly along the way.',
    howToAnswer:
      'Start with your diagnostic approach: find where the funnel breaks, change one thing at a time and move budget to what works. Then give a real campaign with the target, the gap, what you found and what you changed. End with the final numbers against plan and the practice you now build into launches.',
    framework: 'carl',
    structure:
      'Approach (diagnose the funnel, test changes, move budget, report early) -> CARL: the campaign and the gap, your steps, final results against plan, the launch habit you adopted -> question back',
    pitfalls: [
      'Waiting for the end-of-campaign report before acting.',
      'Changing everything at once so nothing can be attributed.',
      'Blaming the creative agency or the sales team.',
      'Reporting vanity metrics instead of cost and conversions.',
    ],
    followUps: [
      'How did you know the landing page was the problem and not the audience?',
      'When would you stop a campaign altogether?',
      'How did you report the shortfall to your stakeholders?',
      'What would you test first in our current campaigns?',
    ],
    exampleAnswer:
      'I would first check whether the problem is the audience, the message or the landing page, change one thing at a time against a control, and move budget to what works rather than wait for the final report. In spring last year I was marketing manager at a meal-kit company and ran a six-week paid social campaign for a new vegetarian range. After two weeks the cost per acquisition was £48 against a target of £25. I broke the results down by ad set and found the creative was performing, but 70% of clicks landed on a generic home page and dropped off. I had a dedicated landing page built in three days with the first-box discount at the top, paused the two weakest audiences and moved their budget to the lookalike audience that was converting. I sent the numbers and the plan to the sales director in a short note that same week. By week five the cost per acquisition fell to £23, and the campaign finished with 1,900 new subscribers against a plan of 1,600. It taught me to test the landing page before launch, not only the ads, and since then every campaign I run starts with a two-day soft launch. Which channels are carrying most of your acquisition right now?',
  },
  {
    id: 'scenario-reports-public-disagreement',
    question:
      'What would you do if two of your direct reports had a heated disagreement in front of the rest of the team?',
    paraphrases: [
      'Two of your direct reports start arguing in a team meeting. How do you handle it?',
      'Tell me about a time two of your direct reports had a disagreement in front of the team.',
      'How would you deal with two direct reports openly disagreeing in front of the team?',
      'Describe how you handled two direct reports arguing in front of the whole team.',
      'Suppose two of your direct reports argue heatedly in front of everyone on a group call. What do you do?',
      "Walk me through what you'd do when two direct reports argue in public at a team meeting.",
      'As a manager, how do you respond when two of your reports have a heated disagreement in public?',
      'Can you give an example of calming a heated argument between two of your direct reports?',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Your people management: whether you de-escalate calmly in the moment, stay fair to both sides, look for the cause behind the clash, and restore the team’s confidence.',
    howToAnswer:
      'Give your approach first: stop it calmly, take it out of the room, hear each person separately, then agree a way forward together. Prove it with a real clash, the cause you found and how you involved both people in the fix. Close with the outcome for the work and for the relationship, and what you now watch for.',
    framework: 'carl',
    structure:
      'Approach (de-escalate, take it offline, hear both, agree together) -> CARL: the team and the clash, your steps, outcome for the work and the relationship, what you now watch for -> question back',
    pitfalls: [
      'Picking a side in front of the team.',
      'Letting it run in the meeting or ignoring it afterwards.',
      'Describing either person as difficult instead of describing behaviour.',
      'Forgetting to address the rest of the team who witnessed it.',
    ],
    followUps: [
      'What would you have done if one of them was clearly in the wrong?',
      'How did you follow up with the rest of the team?',
      'When would you escalate to HR?',
      'How did the two of them work together afterwards?',
    ],
    exampleAnswer:
      'I would stop the argument calmly in the moment, take it out of the room, and hear each person separately before bringing them together to agree how they will work, because the whole team watches how I handle it. Two years ago I managed a customer service team of twelve at an energy supplier. In a Monday stand-up my two team leads disagreed loudly about who owned a backlog of 300 complaints, and everyone else went quiet. I said we would take it offline and moved the meeting on. That afternoon I met each lead separately, and both had a fair point, because our handover process did not say who owned escalated complaints. I then met them together, we wrote a one-page ownership rule, and they presented it to the team the next day. I also told the team that I should have set that rule earlier. The backlog was cleared within two weeks, and the two leads later ran our onboarding programme together. It taught me that a public clash between capable people usually points to a gap in the process, so I now check ownership whenever a new type of work appears. How does your team handle disagreements between leads?',
  },
  {
    id: 'scenario-conflicting-priorities',
    question:
      'What would you do if your manager and another senior leader gave you conflicting priorities?',
    paraphrases: [
      'Your manager and another senior leader give you conflicting priorities. How do you handle that?',
      'Tell me about a time two senior people gave you conflicting priorities.',
      'How do you resolve conflicting priorities from your manager and another senior leader?',
      'Describe a situation where you were caught between two senior leaders with conflicting priorities.',
      'Suppose your manager and another senior leader each say their work is the top priority. What do you do?',
      "Walk me through how you'd handle conflicting priorities from two senior leaders.",
      "What's your approach when your manager's priorities conflict with a senior leader's?",
      'Can you give an example of getting two senior people to agree on conflicting priorities?',
    ],
    category: 'scenario',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Your judgement and upward communication: whether you surface the conflict early, make the trade-off visible and get the right people to decide, instead of quietly choosing or trying to do both badly.',
    howToAnswer:
      'Explain that you would not choose a winner yourself: you would lay out both requests with deadlines and the cost of delay, ask the two people to agree the order, and confirm it in writing. Then tell a real case with what was at stake and how the decision was made. End with the outcome and the habit that keeps priorities clear.',
    framework: 'carl',
    structure:
      'Approach (make the trade-off visible, get both to decide, confirm in writing) -> CARL: the two requests and the stakes, your steps, outcome for both pieces of work, your habit since -> question back',
    pitfalls: [
      'Quietly picking the more senior person without telling the other.',
      'Promising both and delivering both late.',
      'Portraying either leader as unreasonable.',
      'Leaving out how the decision was confirmed.',
    ],
    followUps: [
      'What if they could not agree?',
      'How did your manager feel about you going to the director?',
      'How do you prevent this from happening again?',
      'How do you handle it when the conflict comes from the same person?',
    ],
    exampleAnswer:
      "I would not pick a winner myself. I would lay out both requests with their deadlines and the cost of each delay, ask the two people to agree the order, ideally together, and confirm it in writing. Last year I was a project coordinator at an engineering consultancy. My line manager wanted a tender for a hospital contract finished by Friday, and in the same week the operations director asked me to prepare the quarterly client audit pack, also due on Friday. Each task needed about three days. I put both on one page with the hours needed, the deadlines and what slipping each would cost, sent it to both of them and asked for ten minutes together. In that meeting the director agreed that the tender, worth £1.2 million, came first, and arranged for an analyst to take half the audit pack. I confirmed the decision by email within the hour. We submitted the tender a day early, the audit pack went out the following Tuesday with the client's agreement, and we won the contract. It taught me that making the trade-off visible removes most of the tension, and since then I keep a shared priorities list that my manager reviews every Monday. How are priorities set across projects in this team?",
  },
  {
    id: 'culture-values-clash',
    question: 'Tell me about a time your values clashed with a decision at work. What did you do?',
    paraphrases: [
      'Have you ever had your values clash with a decision at work?',
      'Describe a moment when a decision your employer made clashed with your values.',
      'Give me an example of a company decision that clashed with your values.',
      'What did you do when your employer made a decision that clashed with your values?',
      'Walk me through a time your values clashed with a business decision.',
      'Tell me about a time you spoke up because a management decision clashed with your principles.',
      'How have you handled it when your values clashed with a management decision?',
      'Can you share a time your values clashed with a decision your company made?',
    ],
    category: 'culture',
    stages: ['hiring-manager', 'final'],
    assesses:
      'Whether you have real values and act on them constructively: raising a concern through the right channel, with evidence and alternatives, while staying loyal and professional.',
    howToAnswer:
      'Choose a real case where something mattered to you but nobody acted in bad faith. Explain the value at stake, how you checked the facts and raised it through the right channel with an alternative, and what changed. Keep the tone respectful towards the people who made the call, and close with what you learned about raising concerns.',
    framework: 'carl',
    structure:
      'CARL: the decision and the value at stake, how you checked facts and raised it with an alternative, what changed (with a number), what you learned about raising concerns -> question back',
    pitfalls: [
      'Choosing a trivial preference instead of a genuine value.',
      'Describing the decision-makers as unethical or uncaring.',
      'Telling a story where you complained but offered no alternative.',
      'Picking a case where you broke rules or went public first.',
    ],
    followUps: [
      'What would you have done if your proposal had been rejected?',
      'Where is your line between disagreeing and refusing?',
      'How did your area manager respond to being challenged?',
      'What values would you expect to see from us?',
    ],
    exampleAnswer:
      'Two years ago I was a store manager for a sportswear chain, and head office announced that staff would no longer be paid for the cash-up after closing, to save on hours. It sat badly with me, because that time was real work, mostly done by our youngest team members. Before objecting, I checked the facts: I timed the cash-up for two weeks and it averaged eighteen minutes. I then wrote to my area manager with the numbers, the section of our own HR policy on working time, and two alternatives: move the cash-up inside paid hours by closing tills ten minutes earlier, or keep paying for it and drop a quiet Tuesday morning shift instead. I kept the tone factual and offered to trial the first option in my store. She took it to the regional meeting, and the earlier till closure was adopted across 14 stores, which kept the saving and paid people for all their time. Staff turnover in my store fell from five leavers that year to two the next. It taught me that a concern about values gets heard when it comes with evidence and a workable alternative, and since then I bring an option, not a protest. How does your company handle concerns raised from the shop floor?',
  },
  {
    id: 'culture-peer-feedback',
    question: 'How do you give difficult feedback to a peer? Can you give me an example?',
    paraphrases: [
      'Tell me about a time you had to give a peer critical feedback.',
      "Describe how you gave critical feedback to a peer you don't manage.",
      "How would you give difficult feedback to a peer when you aren't their boss?",
      'Walk me through the last time you gave honest feedback to a peer.',
      'Can you share an example of giving tough feedback to a peer rather than to someone you manage?',
      "When a peer's habits affect your work, how do you give them honest feedback?",
      "What's your approach to giving a peer critical feedback about their work?",
      'Give an example of critical feedback you delivered to a peer about their performance.',
    ],
    category: 'culture',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you contribute to a culture of candour: raising issues directly and kindly with equals, focusing on behaviour and impact, and keeping the relationship intact.',
    howToAnswer:
      'Describe your method in a sentence: private, prompt, specific behaviour and its impact, then ask for their view. Then tell a real conversation with a peer, what you said, how they responded and what changed. Show that the relationship survived or improved, and name what you learned about giving feedback.',
    framework: 'carl',
    structure:
      'Method (private, prompt, behaviour and impact, ask) -> CARL: the peer and the issue, the conversation, what changed (with a number), what you learned -> question back',
    pitfalls: [
      'Going to the manager first instead of the person.',
      'Telling a story where the peer is painted as lazy or careless.',
      'Describing feedback as a personality judgement rather than specific behaviour.',
      'Leaving out the peer’s side of the story.',
    ],
    followUps: [
      'What would you have done if he had rejected the feedback?',
      'When would you involve your manager?',
      'How do you like to receive feedback yourself?',
      'How do you give feedback to someone more senior than you?',
    ],
    exampleAnswer:
      'I ask for a private conversation soon after the moment, describe the specific behaviour and its effect, and ask for their view before suggesting anything. Last year I was one of four senior developers at a fintech firm, and a peer’s code reviews had become one-line approvals, and two bugs had reached production in a month. I felt uneasy raising it, since we had the same title. I asked him for a coffee and opened with what I had seen: in the last six reviews he had approved changes within minutes, and two of those changes caused the bugs. I said the effect was that I had stopped relying on reviews as a safety net, and asked what was going on. He explained he was covering two teams and reviewing between meetings. We agreed he would hand half his reviews to me for a month, and I suggested a short review checklist, which he then shared with the whole team. Production bugs from reviewed code fell from six that quarter to one the next, and he later asked me for the same candour about his own designs. It taught me that feedback lands when I describe the effect and then ask, instead of guessing the reason. How does feedback between peers work in your team?',
  },
  {
    id: 'culture-admitted-wrong',
    question: 'Tell me about a time you realised you were wrong and admitted it.',
    paraphrases: [
      'Describe a time you realised you were wrong about something you had argued for, and admitted it.',
      'Give me an example of admitting you were wrong after someone showed you.',
      'When did you last realise you were wrong and admit it to a colleague?',
      'Walk me through a time you publicly admitted you were wrong.',
      'Have you ever realised you were wrong and admitted it to your team?',
      'Can you share an example of realising you were wrong and admitting it mid-discussion?',
      'How do you handle realising you were wrong in front of others?',
      'When was the last time you admitted at work that you were wrong?',
    ],
    category: 'culture',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Humility and psychological safety: whether you can change your mind on evidence, say so openly, credit others, and make it easier for people around you to speak up.',
    howToAnswer:
      'Pick a case where you held a clear position and evidence changed your mind. Say how you admitted it, to whom, and how you credited the person who was right. Show the result of the better idea and what your admission did for the team, then the habit it left you with.',
    framework: 'carl',
    structure:
      'CARL: the position you held, the evidence that changed your mind and how you admitted it, the result of the better idea (with a number), what you do differently -> question back',
    pitfalls: [
      'Choosing a trivial case or one where you were only partly wrong.',
      'Admitting it privately but never crediting the person who was right.',
      'Turning it into a story about someone else’s mistake.',
      'Confusing this with a general mistake story and skipping the change of mind.',
    ],
    followUps: [
      'Why did you resist the idea at first?',
      'How did the person who was right react?',
      'How do you make it easy for your team to challenge you?',
      'When did you last hold your ground and turn out to be right?',
    ],
    exampleAnswer:
      'In my first year as a shift supervisor at a parcel depot, I argued firmly against a proposal from one of our loaders, Priya, to sort parcels by postcode zone at the unloading bay instead of at the conveyor. I said it would slow unloading, and my manager parked the idea. Three weeks later I watched the night shift at our sister depot using the same method, and their trailers cleared faster than ours. I timed it: about 25 minutes quicker per trailer. At the next shift briefing I told the team I had been wrong, credited Priya by name, and asked her to help me set up a two-week trial on two bays. I measured every trailer myself during the trial. Average unload-to-dispatch time fell from 95 minutes to 70, and we rolled the method out to all eight bays the following month. Two other loaders brought me ideas in the next quarter, and one of them cut our mis-sorts by a fifth. It taught me that the way I admit being wrong decides whether people keep bringing ideas, so since then I ask for a trial before I argue against a suggestion. How does your team test ideas that come from the front line?',
  },
  {
    id: 'culture-better-team',
    question: 'How have you contributed to making a team a better place to work?',
    paraphrases: [
      'Tell me about something you did that made your team a better place to work.',
      "What's your personal contribution to making your workplace better for everyone?",
      'Describe a contribution you made to making your team a better place to work.',
      'Give an example of how you made a workplace better for your colleagues.',
      'Name one change you introduced that made your team a better place to be.',
      'Walk me through an initiative you started that made your workplace a better place.',
      'How did you leave your last team a better place to work than you found it?',
      'Can you share how you contributed to making your team a better place?',
    ],
    category: 'culture',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Whether you add to a culture rather than only consume it: noticing what makes work harder for others, taking ownership of a fix, and sustaining it.',
    howToAnswer:
      'Choose something you started or owned, not a company programme you attended. Explain what you noticed, what you did week by week, and how you know it helped, ideally with survey scores, retention or a behaviour that changed. Finish with what it taught you about how culture is built.',
    framework: 'carl',
    structure:
      'CARL: what was making work harder, what you started and kept going, evidence it helped (with a number), what it taught you about culture -> question back',
    pitfalls: [
      'Describing social events alone as culture.',
      'Claiming credit for a company-wide initiative you only joined.',
      'Giving no evidence that anything improved.',
      'Criticising the team as it was before you arrived.',
    ],
    followUps: [
      'How did you keep it going once the novelty wore off?',
      'Who else did you get involved?',
      'What would you start in your first three months here?',
      'What kind of team culture brings out your best work?',
    ],
    exampleAnswer:
      'At my last job I was a pharmacy technician in a busy hospital dispensary, and our staff survey showed that only 40% of the team felt comfortable raising concerns, mostly because new starters were unsure who to ask. I offered to set up a buddy scheme. I wrote a one-page guide to the first month, paired each new starter with an experienced technician for six weeks, and started a fifteen-minute Friday huddle where anyone could raise a near miss without names attached. I ran the huddle myself for the first three months and closed each one by thanking whoever had raised something. Within a year the share of the team who felt able to speak up rose from 40% to 78%. Reported near misses went up from about four a month to eleven, which our lead pharmacist welcomed because problems surfaced earlier, and none of the five new starters that year left in their first six months. It taught me that culture changes through small rituals that happen every week, not a one-off away day, and since then I look for one routine I can own in every team I join. What does this team do to welcome new people?',
  },
];
