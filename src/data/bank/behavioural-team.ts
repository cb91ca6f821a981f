import type { BankQuestion } from './types.ts';

/**
 * Behavioural questions about working with others and under strain: teamwork, pressure,
 * ambiguity, influence without authority, customer focus and learning. All are CARL stories.
 */
export const BEHAVIOURAL_TEAM_QUESTIONS: readonly BankQuestion[] = [
  // Teamwork
  {
    id: 'team-project-contribution',
    question: 'Tell me about a successful team project and the part you played in it.',
    paraphrases: [
      'Describe a successful team project and your contribution to it.',
      'What was your contribution to a successful team project?',
      'Walk me through a team project that succeeded and the part you played.',
      'Give me an example of a team project where your part made a difference.',
      'Tell me what you contributed to a successful team project.',
      'Which team project went well for you, and what part did you play in it?',
      'How did you contribute to a successful project as part of a team?',
      'What part did you play in a successful team effort?',
      'Talk me through your contribution to a team project that went well.',
    ],
    category: 'teamwork',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you work well inside a team and can name your own contribution without taking all the credit or hiding behind "we". The interviewer is also picturing how you would fit into their team.',
    howToAnswer:
      'Pick a project with a clear shared goal and a visible result, then spend most of the answer on what you did yourself: "I" for your steps, "we" only for the joint outcome. Show how your work connected to other people\'s work through handovers, agreements and help given or received. Close with the team result in numbers and what the project taught you about working in a team.',
    framework: 'carl',
    structure:
      'CARL: the project and the team goal -> your specific part and how you worked with the others -> the team result with a number -> what you learned about teamwork',
    pitfalls: [
      'Telling the whole story in "we", so the interviewer cannot tell what you did.',
      'Claiming the whole success as yours and leaving your teammates out.',
      'Describing the project plan in detail but not the collaboration.',
      'Choosing a project with no measurable outcome.',
    ],
    followUps: [
      'What would the project have looked like without you?',
      'How did the team split the work, and who made that call?',
      'What was the hardest point for the team, and how did you respond?',
      'What would your teammates say you were like to work with?',
    ],
    exampleAnswer:
      'Last year I was the content marketer in a five-person team at Fernway, a kitchenware brand, launching our first subscription box. We had eight weeks from sign-off to launch, and the team was a designer, a paid-media specialist, an email marketer, a product lead and me. My part was the launch content: the landing page, twelve product stories and the onboarding emails. Early on I noticed each of us was describing the offer differently, so I drafted a one-page message guide with the price, the three benefits and the words we would avoid, and I got everyone to agree it in a 30-minute session. I then paired with the designer every Tuesday so copy and layouts moved together instead of bouncing back and forth, and I wrote the first two onboarding emails early so the email marketer could test them with a pilot group. We launched on schedule, and the box reached 1,400 subscribers in its first month against a target of 1,000. My onboarding emails had a 52% open rate, the highest in the company that quarter. It taught me that on a team the most useful thing I can make is often a shared reference rather than another deliverable, and since then I start every joint project with a one-page brief that everyone agrees. How does your marketing team usually split the work on a launch?',
  },
  {
    id: 'different-working-style',
    question:
      'Tell me about a time you worked with someone whose working style was very different from yours.',
    paraphrases: [
      'Describe working with a colleague whose style was very different from yours.',
      'How do you work with someone whose working style is different from your own?',
      'Give an example of adjusting to a colleague with a different work style.',
      'Tell me about a coworker whose style of working was completely different to yours.',
      'Walk me through how you worked with someone who had a very different style.',
      'Have you had a colleague whose working style was the opposite of yours? How did you make it work?',
      "What did you do when a teammate's working style was different from yours?",
      'How have you got on with people whose work styles differ from yours?',
      'Can you describe adjusting your working style to fit a very different colleague?',
    ],
    category: 'teamwork',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you can work productively with people unlike you without turning a difference into a conflict. The interviewer is listening for flexibility and respect, not a story about fixing someone else.',
    howToAnswer:
      'Describe the difference neutrally, as two valid ways of working, and never cast the other person as the problem. Focus on what you changed in your own habits and what the two of you agreed, then give the result for the work. End with what you now do when you start working with someone new.',
    framework: 'carl',
    structure:
      'CARL: the two styles and what was at stake -> how you adjusted and what you agreed together -> the shared result with a number -> what it taught you about working with different styles',
    pitfalls: [
      'Describing the other person as difficult or wrong rather than different.',
      'A story in which only the other person changed.',
      'Turning the answer into a conflict story, which is a different question.',
      'No outcome beyond "we got along in the end".',
    ],
    followUps: [
      'What did you find hardest about working with them?',
      'What did you pick up from their way of working?',
      'How would that person describe working with you?',
      'What do you do in your first week with a new colleague to learn how they work?',
    ],
    exampleAnswer:
      "In 2023 I was a backend developer at a logistics software company, and I was paired with Priya, a senior front-end developer, to rebuild the route screen in our drivers' app. I like to plan in detail before writing code; Priya prefers to build a rough prototype on the first day and learn from it. In our first week that difference cost us time: I was writing a design document while she was building screens against an API that did not exist yet. I suggested we talk about how we each work rather than about the code, and we agreed a rhythm. She prototyped in the mornings, I turned what she learned into an API contract by 3 p.m., and we reviewed both together before leaving. I also started sharing half-finished designs, which felt uncomfortable at first but let her react to them early. We delivered the route screen in five weeks instead of the eight we had estimated, and support tickets about routing dropped by 30% the following month. It taught me that a planner and a prototyper cover each other's blind spots when the handovers are explicit. Since then I ask new colleagues in our first meeting how they like to work, and I share my own habits. How would you describe the working styles on this team?",
  },
  {
    id: 'helping-struggling-colleague',
    question: 'Describe a time you helped a colleague who was struggling.',
    paraphrases: [
      'Tell me about a time you helped a struggling colleague.',
      'Give an example of helping a colleague who was struggling with their workload.',
      'Have you ever noticed a colleague struggling? What did you do?',
      'How have you helped a teammate who was struggling?',
      'Walk me through how you supported a colleague who was struggling at work.',
      'What did you do the last time you saw a coworker struggling?',
      'Describe how you helped a teammate who was stuck or falling behind.',
      'Can you share an example of stepping in to help a colleague who was out of their depth?',
      'When a coworker is struggling, how do you help? Give an example.',
    ],
    category: 'teamwork',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you notice when others need help and act on it without taking over or making them look bad. It shows how you contribute to a team beyond your own tasks.',
    howToAnswer:
      "Choose a peer rather than someone you managed, so the story is about support and not supervision. Show how you noticed, how you offered help respectfully, and what you did that made them more capable rather than dependent on you. Give the result for them and for the work, and keep the colleague's dignity intact throughout.",
    framework: 'carl',
    structure:
      'CARL: who was struggling and why it mattered -> how you noticed and what you did to help -> the outcome for them and for the work, with a number -> what you learned about supporting peers',
    pitfalls: [
      'Making the colleague sound incapable so that you look good.',
      'Doing their work for them instead of helping them get better at it.',
      'Picking someone you managed, which turns it into a leadership answer.',
      'Sharing private details about the colleague.',
    ],
    followUps: [
      'How did you know they were struggling?',
      'How did you balance helping them with your own workload?',
      'What would you have done if they had turned your help down?',
      'How is that colleague doing now?',
    ],
    exampleAnswer:
      "Two years ago I was a staff nurse on a 28-bed surgical ward, and a newly qualified nurse joined us in the middle of the winter pressures. By her third week her morning medication round was taking almost two hours, and I found her in the clean utility room close to tears. I asked if she wanted to talk it through after handover, and she told me she was checking every chart twice because she was frightened of making an error. I did not take over her patients. Instead I shadowed one of her rounds and saw that she walked back to the trolley for every patient, so I showed her how I group the medications by bay before setting off. I also agreed with the ward sister that I would be her named buddy for a month, and we had a ten-minute debrief at the end of each shift. Within three weeks her round took 45 minutes instead of nearly two hours, and she had no medication incidents. She stayed on the ward and now mentors new starters herself. It taught me that a struggling colleague often needs a better method more than reassurance, and since then I offer to shadow a new starter's routine in their first fortnight. How do you support newly qualified nurses on this unit?",
  },
  {
    id: 'cross-department-collaboration',
    question:
      'Give an example of a time you collaborated with another department to get something done.',
    paraphrases: [
      'Tell me about a time you worked with another department to get something done.',
      'Describe a project where you collaborated across departments.',
      'How have you collaborated with other departments? Give an example.',
      'Take me through a project where you collaborated with another department.',
      'Give an example of working with other departments to get something done.',
      'Can you share an example of collaborating with other departments on a shared project?',
      'Have you had to rely on another department to get your work done? How did you collaborate?',
      'Tell me about a cross-functional collaboration with another department.',
      'What is an example of good collaboration between your department and another department?',
    ],
    category: 'teamwork',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you can get work done with people who have different goals, vocabulary and priorities, and whether you see the whole organisation rather than only your own team.',
    howToAnswer:
      'Set out what each department needed and why those needs did not line up, in neutral terms. Describe the concrete steps you took to build a shared picture: a visit, a joint metric, a shared list, a named contact. Finish with the result for both sides and what you now do at the start of any cross-team work.',
    framework: 'carl',
    structure:
      'CARL: the departments and the shared goal -> how you aligned them and what you did -> the outcome for both sides, with a number -> what you learned about working across teams',
    pitfalls: [
      'Presenting the other department as the obstacle.',
      'Describing meetings without saying what changed because of them.',
      'Leaving out what the other team gained.',
    ],
    followUps: [
      'What did the other department care about most?',
      'Where did the two teams disagree, and how was it settled?',
      'Who owned the outcome at the end?',
      'How do you keep a cross-team relationship going after the project?',
    ],
    exampleAnswer:
      "In my previous role as returns supervisor at a distribution centre for an online fashion retailer, refunds were taking an average of 14 days, and customer service was receiving over 600 chasing calls a week. Their agents could not see where a parcel was once it reached us, and my team could not see which refunds customers were chasing. I asked the customer service manager if we could sit in on each other's operations for a morning. I spent three hours listening in on their calls, and she walked our returns floor with me. From that we agreed two changes. I added a scan at our inbound dock that updated the order status both customers and agents could see, and we created a shared list of the 50 most-chased orders each morning, which my team processed first. I also set up a fortnightly 20-minute call between the two teams' leads. Within two months the average refund time fell from 14 days to 6, and chasing calls dropped by 40%. It taught me that most friction between departments comes from what each side cannot see, and since then I start any joint work by swapping a shift or a walk-through before we discuss solutions. How do your operations and customer-facing teams work together here?",
  },

  // Pressure and deadlines
  {
    id: 'working-under-pressure',
    question: 'Tell me about a time you had to work under a lot of pressure.',
    paraphrases: [
      'How do you work under pressure? Give me an example.',
      'Describe a time you worked under a lot of pressure.',
      'Give an example of performing well under pressure.',
      'Walk me through a time you had to work under intense pressure.',
      'Tell me about a time you performed under high pressure at work.',
      'How do you handle working under pressure?',
      'What is the most pressure you have been under at work, and what did you do?',
      'Can you share an example of working well under pressure?',
      'How do you perform when the pressure is on?',
    ],
    category: 'pressure',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'How you perform when workload, stakes or scrutiny rise: whether you keep your judgement and standards or let quality slip. The interviewer is also checking that you know what pressure looks like in their role.',
    howToAnswer:
      'Name where the pressure came from (volume, stakes, time or visibility) so the interviewer can judge how heavy it was. Describe the specific methods you used to stay effective, such as splitting the work, cutting non-essentials or asking for help early. Give the result, then the habit you kept, and do not present constant overwork as a virtue.',
    framework: 'carl',
    structure:
      'CARL: the source and size of the pressure -> the specific methods you used to keep performing -> the result with a number -> the habit you kept for pressured periods',
    pitfalls: [
      'Claiming you never feel pressure.',
      'Glorifying long hours instead of describing a method.',
      'A story where the pressure came from your own poor planning, with no lesson.',
      'Describing the stress in detail but not what you did about it.',
    ],
    followUps: [
      'How do you notice when pressure is starting to affect your work?',
      'What did you drop or delay to cope?',
      'How did you look after the rest of the team?',
      'What pressure do you expect in this role?',
    ],
    exampleAnswer:
      'Last June I was sous chef at a 90-cover hotel restaurant, and on the morning of a 160-guest wedding our head chef called in sick. I was suddenly in charge of the wedding breakfast and the normal restaurant service on the same night, with a kitchen team of six. I spent the first twenty minutes with the menu and a notepad rather than cooking. I split the work into what had to be fresh on the night and what could be prepped by 4 p.m., and I moved the restaurant to a reduced menu so the line could focus. I called the events manager to bring the speeches forward by ten minutes, which gave us a clean gap between starters and mains. Then I gave each cook one station and one person to report to: me. During service I stayed on the pass and called every table myself. All 160 mains left the kitchen within 22 minutes, the restaurant served 74 covers alongside the wedding, and the couple wrote to the hotel afterwards to thank the kitchen. It taught me that under pressure the most useful thing I do is plan before I pick up a knife, and since then I keep a written contingency plan for every large event. What does a high-pressure week look like in this kitchen?',
  },
  {
    id: 'multiple-deadlines',
    question: 'Tell me about a time you had several deadlines at once. How did you prioritise?',
    paraphrases: [
      'Describe a time you were juggling multiple deadlines.',
      'How do you prioritise when you have several deadlines at once? Give an example.',
      'Give me an example of handling competing deadlines.',
      'Walk me through how you prioritised multiple deadlines that landed together.',
      'Tell me about a week when you had several deadlines competing for your time.',
      'What do you do when multiple deadlines fall on the same day?',
      'Can you share an example of balancing several deadlines at once?',
      'How have you handled many competing deadlines?',
      'When several deadlines hit at once, how do you prioritise?',
    ],
    category: 'pressure',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'How you prioritise, plan and communicate when demands compete, and whether you renegotiate early instead of quietly missing something.',
    howToAnswer:
      'Show your prioritisation method (impact, dependencies, who is waiting) rather than saying you worked harder. Include the moment you told someone a date had to move or asked for help, because that is what interviewers listen for. Give the result for each deadline and the system you still use.',
    framework: 'carl',
    structure:
      'CARL: the competing deadlines and what each was worth -> how you ranked, planned and renegotiated -> what was delivered and when, with numbers -> the prioritisation habit you kept',
    pitfalls: [
      'Offering "I stayed late" as the whole method.',
      'Hiding a missed deadline or a quietly dropped task.',
      'Listing tools without showing any judgement about priority.',
      'No mention of keeping the people waiting informed.',
    ],
    followUps: [
      'What did you push back, and how did that person react?',
      'How do you tell what is truly urgent?',
      'What tool or system do you use to track deadlines?',
      'What happens when your manager and another stakeholder both say theirs comes first?',
    ],
    exampleAnswer:
      "In January last year I was a management accountant at a 300-person engineering firm, and in the same fortnight I had the year-end close, the auditors' first request list and the draft budget for the board. All three had fixed dates, and the close alone normally took me eight working days. On the first morning I listed every task with its due date and who depended on it. The audit requests were the easiest to start early, so I sent the auditors 70% of their list in the first two days from last year's files, which bought me room. I then asked my finance director to move the budget draft from the 20th to the 24th, and I showed her the task list so she could see the trade-off. She agreed and lent me a junior analyst for the accruals. I blocked mornings for the close and afternoons for audit queries so I was not switching every hour. The close was completed in seven days, one day faster than the year before, every audit item was answered on time, and the budget reached the board on the agreed date. It taught me that renegotiating one date early protects the other two, and since then I map every deadline on one sheet at the start of each month. How does your team plan around the year-end peak?",
  },
  {
    id: 'tight-deadline',
    question: 'Describe a time you met a very tight deadline.',
    paraphrases: [
      'Tell me about a time you had to meet a tight deadline.',
      'Give me an example of delivering work on a very tight deadline.',
      'Have you ever had to meet a tight deadline at short notice? What did you do?',
      'Walk me through a tight deadline you met and how you did it.',
      'How did you cope the last time you were given a tight deadline?',
      'Describe a time you had only days to meet a tight deadline.',
      'What is the shortest deadline you have ever had to meet, and how did you meet it?',
      'Can you share an example of a tight deadline you delivered on?',
      'Describe how you met a deadline at short notice.',
    ],
    category: 'pressure',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you can plan and cut scope sensibly when time is short and still deliver work of an acceptable standard. The interviewer also wants to hear how you communicated what would and would not be ready.',
    howToAnswer:
      'State the deadline and why it could not move, then show the plan: what you cut, what you ran in parallel and who you brought in. Be honest about any trade-off in scope or polish. Give the date you delivered and the outcome, then the lesson about planning for short timelines.',
    framework: 'carl',
    structure:
      'CARL: the deadline and why it was fixed -> your plan, cuts and parallel work -> what you delivered and when, with a number -> what you now do when time is short',
    pitfalls: [
      'Celebrating an all-nighter without describing any planning.',
      'Hiding the corners you cut.',
      'Picking a deadline that was tight only because of your own delay, without owning that.',
    ],
    followUps: [
      'What did you leave out to make the date?',
      'Would you make the same trade-offs again?',
      'How did the quality hold up afterwards?',
      'How did you keep the client or your manager informed along the way?',
    ],
    exampleAnswer:
      "Three years ago I was a self-employed electrician, and a bakery owner called me on a Thursday: the landlord's inspection had failed the shop's wiring, and the bakery could not open on Monday without a new certificate. A rewire of a shop that size usually takes me a week. That evening I walked the site with the owner and split the work into what the certificate required and what could wait, such as moving two sockets for a new display. I ordered the cable and a new consumer unit for 7 a.m. collection, and I booked an apprentice I trust for Friday and Saturday. We ran the new circuits room by room so the baker could keep prepping in the kitchen while we worked at the front. On Saturday evening I tested every circuit twice and booked the inspector for Sunday morning. The shop passed inspection at 11 a.m. on Sunday and opened on Monday as planned, after three days of work instead of the usual seven. I came back the following week to move the sockets. It taught me that a short deadline is manageable when I separate the must-haves from the nice-to-haves on day one, and since then I write that split down with the customer before I quote. How do you handle urgent jobs that come in at short notice here?",
  },
  {
    id: 'calm-in-crisis',
    question: 'Tell me about a time you had to stay calm in a crisis at work.',
    paraphrases: [
      'Describe how you stayed calm during an emergency at work.',
      'Give an example of staying calm when a crisis hit.',
      'Walk me through how you kept calm in a crisis.',
      'Can you share a time you kept others calm during an emergency?',
      'How do you stay calm in a crisis? Give me an example.',
      'How do you remain calm and composed in a crisis?',
      'What did you do the last time you faced a real emergency at work?',
      'Tell me about a time you kept calm when a crisis hit at work.',
      'Have you ever been first to respond in an emergency at work? What did you do?',
    ],
    category: 'pressure',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you keep your judgement when something sudden and serious happens: how you triage, communicate and act while others may be panicking.',
    howToAnswer:
      'Pick a real incident with clear stakes and tell it in order: what happened, the first thing you did, then the next steps. Show calm through actions such as setting priorities, giving clear instructions and sending updates, rather than by saying you are calm. Finish with the outcome and the change you made afterwards so it is less likely to happen again.',
    framework: 'carl',
    structure:
      'CARL: the incident and what was at risk -> your first steps, priorities and communication -> how it ended, with a number -> what you changed afterwards',
    pitfalls: [
      'Saying "I stay calm" without the steps that show it.',
      'Dramatising the incident and losing the thread of your own actions.',
      'Leaving out what you did to stop it happening again.',
      'Blaming whoever caused the crisis.',
    ],
    followUps: [
      'What was the first thing you did, and why that?',
      'Who did you inform, and when?',
      'What would you do differently if it happened tomorrow?',
      'How did you recover afterwards?',
    ],
    exampleAnswer:
      "Two summers ago I was exams officer at a secondary school of 1,100 students, and twenty minutes into a GCSE maths paper a burst pipe started flooding the sports hall where 180 students were sitting it. Under the exam rules, if students talked or saw each other's papers, the whole sitting could be void. I asked the invigilators to stop the clock and keep everyone silent, and I walked the room so the students could see someone was in charge. I phoned the site manager to shut off the water and then called the exam board's emergency line, which allowed a supervised move as long as the students stayed silent and under observation. I had the library and two classrooms cleared, and I took the students across in rows of twenty with an invigilator at each end. The move took 14 minutes, every student received the full remaining time, and the board accepted all 180 papers with no special consideration needed. Afterwards I wrote a one-page relocation plan for every exam room, and we now rehearse it with the invigilators each May. It taught me that people stay calm in a crisis when they can see a clear next step, so I give instructions early and out loud. How does your team prepare for incidents like that?",
  },

  // Ambiguity
  {
    id: 'unclear-instructions',
    question: 'Tell me about a time you were given a task with unclear instructions or goals.',
    paraphrases: [
      'Describe a task where the instructions were unclear. What did you do?',
      'How do you handle a task when the instructions are vague? Give me an example.',
      'Give an example of working on a task with unclear goals and instructions.',
      'Walk me through a time you had to clarify unclear instructions.',
      'Tell me about a project that started with a vague brief.',
      'What do you do when the instructions for a task are unclear?',
      'Give an example of turning a vague brief into a clear plan.',
      'Have you been handed a task with unclear or ambiguous instructions? How did you proceed?',
      'How do you deal with ambiguity when the instructions are unclear? Give an example.',
    ],
    category: 'ambiguity',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you can turn a vague request into a clear objective by asking good questions and testing assumptions, rather than waiting for perfect instructions or guessing in silence.',
    howToAnswer:
      'Describe what was unclear and why it mattered, without criticising whoever gave the brief. Show the steps you took to reduce the ambiguity: the questions you asked, the assumptions you wrote down, the early draft you showed. Give the result and the habit you now use whenever a brief is vague.',
    framework: 'carl',
    structure:
      'CARL: the vague task and what was at stake -> how you clarified it (questions, written assumptions, early drafts) -> the result with a number -> the habit you now use with unclear briefs',
    pitfalls: [
      'Complaining about the person who gave the unclear brief.',
      'Showing that you waited for someone else to clarify it.',
      'Guessing, delivering the wrong thing, and drawing no lesson.',
      'Not explaining how you checked your interpretation.',
    ],
    followUps: [
      'What questions did you ask first?',
      'How did you know you had understood the goal correctly?',
      'What would you have done if nobody could answer your questions?',
      'How much ambiguity do you like in a role?',
    ],
    exampleAnswer:
      'Eighteen months into my role as a data analyst at a project-management software company, the head of product asked me to "look into churn" before a quarterly review three weeks away. There was no definition of churn, no question attached and no agreed output. I booked 20 minutes with her and asked three questions: which decision the analysis would feed, which customers mattered most to her, and what she would do differently depending on the answer. The real question turned out to be whether small teams on our cheapest plan were leaving because of price or because they had not set up a first project. I wrote my assumptions on one page, sent it to her and two product managers that day, and asked them to correct anything wrong by Friday. I then built a rough first cut in four days and showed it before polishing it. The analysis showed that 62% of the customers who left had not created a single project, and the company moved two engineers onto onboarding. Churn on that plan fell from 7.5% to 5.8% a month over the next quarter. It taught me that a vague brief usually hides a decision, and since then I open every analysis request by asking which decision it will inform. How do requests usually reach the analysts on this team?',
  },
  {
    id: 'adapting-to-change',
    question: 'Describe a time you had to adapt to a big change at work.',
    paraphrases: [
      'Tell me about a big change you faced and how you adapted.',
      'How do you adapt to change? Give an example.',
      'Give an example of adapting to a major change in your workplace.',
      'Walk me through how you adapted to a big change overnight.',
      'Describe how you adapted to a big change such as a restructure.',
      'How have you coped with a big change you did not choose?',
      'What is the biggest change you have had to adapt to in your career?',
      'Can you share an example of adapting to a major change like a new system?',
      'How did you respond to a major change in your organisation?',
    ],
    category: 'ambiguity',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Your adaptability: whether you engage constructively with change you did not choose, help others through it and find what works in the new situation, rather than resisting or quietly disengaging.',
    howToAnswer:
      'Pick a real change that affected your daily work, and be honest about your first reaction without dwelling on it. Focus on the steps you took to get up to speed and to help others adjust. Show the result in the new set-up and what you now do when a change is announced.',
    framework: 'carl',
    structure:
      'CARL: the change and how it affected your work -> the steps you took to adapt and to help others -> the result in the new set-up, with a number -> how you now approach change',
    pitfalls: [
      'Criticising the decision or the people who made it.',
      'Claiming you love every change, which sounds rehearsed.',
      'Describing the change but not your own adjustment.',
    ],
    followUps: [
      'What was your honest first reaction?',
      'What did you find hardest to let go of?',
      'How did you help colleagues who resisted it?',
      'What change would you expect in this role in the first year?',
    ],
    exampleAnswer:
      'In spring 2022 I was a shift supervisor at a supermarket with 40 staff when six of our eight staffed tills were replaced with self-checkouts over one weekend. My shifts changed overnight: fewer people on tills, more customers needing help, and a new job for me running the self-checkout area. My first reaction was concern for the older customers who relied on a staffed till, so I used that concern as a starting point. I asked the regional trainer for an extra session and learned every error code on the machines in my first week. I saw that the same five faults caused most of the alerts, so I wrote a one-page card for colleagues on how to clear them, and I kept one staffed till open at the busiest hours for customers who preferred it. I also paired confident colleagues with those who were nervous about the new system for their first three shifts. Within six weeks the average wait at peak times fell from nine minutes to four, and complaints about the checkouts dropped by half. It taught me that the fastest way through a change is to become useful in the new set-up early, and since then I volunteer to learn any new system first. What changes is the business planning over the next year?',
  },
  {
    id: 'no-process-in-place',
    question: 'Tell me about a time you had to start something with no process in place.',
    paraphrases: [
      'Describe a time you started something from scratch with no process in place.',
      'Have you ever had to set something up with no process in place? What did you do?',
      'Give me an example of putting a process in place where none existed.',
      'Walk me through starting something from scratch with no process to follow.',
      'Tell me about a time you had to put a process in place from nothing.',
      'How do you get started when there is no process to follow?',
      'Can you share an example of starting something from scratch with no process?',
      'Describe a situation where there was no process, template or guidance.',
      'What have you started from scratch when there was no process in place?',
    ],
    category: 'ambiguity',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you can create order without a template: how you work out what is needed, build a simple first version and improve it, instead of waiting for someone to hand you a process.',
    howToAnswer:
      'Explain what was missing and what having no process cost. Show how you found out what was needed (talking to the people affected, looking at how others do it), built a simple first version and refined it after trying it. Finish with the measured effect and what you learned about building processes from scratch.',
    framework: 'carl',
    structure:
      'CARL: what was missing and why it mattered -> how you gathered needs, built a first version and refined it -> the result with a number -> what you learned about building from scratch',
    pitfalls: [
      'Designing an elaborate process that nobody used.',
      'Not saying how you tested the first version.',
      'Implying that the people before you had been careless.',
    ],
    followUps: [
      'Who did you involve in designing it?',
      'What did the first version get wrong?',
      'Is the process still in use?',
      'How do you tell when a process has become too heavy?',
    ],
    exampleAnswer:
      'When I joined a 25-person architecture practice as office manager in 2021, the firm was about to grow to 40 people within a year, and there was no onboarding process. New starters often arrived before their laptop and software licences, and it took about two weeks before they could record billable time on a project. I interviewed the last six people who had joined and the three partners, and I asked each of them what had slowed them down in their first fortnight. From that I built a simple checklist in a shared spreadsheet, with tasks starting two weeks before day one: ordering the laptop, requesting CAD licences, booking a desk and naming a buddy. I tested it on the next two starters, asked them for feedback on their fifth day, and added a welcome pack with the project filing rules, which both had asked about. Over the next year we onboarded 15 people, and the time before a new starter could bill fell from ten working days to three. The checklist is still in use. It taught me to build the first version of a process small and test it on real people quickly, and since then I run two trial runs before I call any process finished. What does onboarding look like here at the moment?',
  },

  // Influence without authority
  {
    id: 'influence-without-authority',
    question:
      'Tell me about a time you persuaded stakeholders to adopt your idea when you had no authority over them.',
    paraphrases: [
      'Describe a time you influenced stakeholders without any authority over them.',
      'How do you persuade people when you have no authority over them? Give an example.',
      'Give me an example of influencing without authority.',
      'Walk me through how you persuaded stakeholders to back your idea.',
      'Tell me about a time you got stakeholders to adopt your idea without authority.',
      'Can you share an example of persuading colleagues to adopt your idea when you were not their manager?',
      'Have you ever had to influence people you had no authority over?',
      'How do you influence stakeholders who do not report to you?',
      'Describe how you persuaded several stakeholders to adopt your idea.',
    ],
    category: 'influence',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'How you influence people you cannot instruct: whether you understand what they care about, build a case and allies, and gain real commitment rather than reluctant compliance.',
    howToAnswer:
      'Name the idea, the people whose agreement you needed and why you could not simply require it. Show how you learned what each group cared about and shaped the proposal, or a small pilot, around that. Give the result, including how many adopted it, and the lesson about influence that you still use.',
    framework: 'carl',
    structure:
      'CARL: your idea and whose agreement you needed -> how you learned their interests, found allies and made the case -> the adoption and its effect, with a number -> what you learned about influence',
    pitfalls: [
      "Calling it influence when you went over people's heads to someone with authority.",
      'Presenting the stakeholders as opponents to be beaten.',
      'Stopping at agreement without saying whether the idea worked.',
    ],
    followUps: [
      'Who was the hardest person to bring on board, and why?',
      'What did you change in your idea because of their input?',
      'What would you have done if they had said no?',
      'How do you keep support once the idea is adopted?',
    ],
    exampleAnswer:
      "In 2023 I was a project coordinator for a main contractor building a 60-unit apartment block, and I wanted all eleven subcontractors to use one shared programme, updated weekly, instead of their own spreadsheets. They were independent firms, so I had no authority to require it. I first met the four biggest trade foremen on site and asked what cost them the most time. All four named the same thing: arriving to find the area they needed still occupied by another trade. So I pitched the shared programme as a way to protect their crews' days rather than as a reporting tool. I built a simple version in an app that worked on their phones and asked the electrical foreman, who was the most respected person on site, to trial it with me for two weeks. When his crew lost no days to clashes in that period, I asked him to show it at the Monday coordination meeting. Within a month nine of the eleven firms were updating it weekly, and trade clashes fell from about six a week to one. The block was handed over three weeks early. It taught me that people adopt an idea when it solves their problem rather than mine, and since then I start every proposal by asking what it saves the people I need. How do projects here coordinate the different trades?",
  },
  {
    id: 'changing-mind-with-evidence',
    question: "Tell me about a time you used evidence to change someone's mind.",
    paraphrases: [
      "Describe a time you used data to change someone's mind.",
      "Give me an example of changing someone's mind with evidence rather than argument.",
      "How have you used evidence to change someone's mind? Walk me through it.",
      "Can you share a time your evidence changed someone's mind?",
      "Have you ever changed someone's mind by showing them the evidence?",
      "Give an example of using evidence to change a colleague's mind.",
      "When did you last change someone's thinking with hard evidence?",
      'Describe how you used evidence to make someone change their mind.',
      "Tell me about a time you presented evidence that changed someone's opinion.",
    ],
    category: 'influence',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you can gather and present evidence that changes a view while respecting the other person, and whether you stay open to the evidence going against you.',
    howToAnswer:
      "Explain the other person's view fairly and why it mattered. Describe how you gathered the evidence, how you presented it in terms they cared about, and how you let them reach the conclusion themselves. Give the outcome of the changed decision in numbers and what you learned about persuading with data.",
    framework: 'carl',
    structure:
      'CARL: the view you wanted to change and why -> how you gathered and presented the evidence -> the changed decision and its result, with a number -> what you learned about persuading with evidence',
    pitfalls: [
      'Framing the other person as foolish for their original view.',
      'Burying them in data instead of choosing the one figure that mattered to them.',
      'Ignoring evidence that cut against your own position.',
    ],
    followUps: [
      'What would you have done if the data had supported their view?',
      'How did the other person react at first?',
      'How did you check that your evidence was sound?',
      'How is your working relationship with that person now?',
    ],
    exampleAnswer:
      "Last autumn I was an e-commerce merchandiser for a homeware retailer, and our trading director wanted to repeat the previous year's site-wide 25% Black Friday discount. He remembered it as our best week, and on revenue it was. I suspected the margin told a different story, so I spent two days pulling order-level data for that week and the four weeks after it. The data showed that 40% of the discounted orders came from customers who had the items in their baskets before the sale started, and that returns in December ran at twice the usual rate. I did not send him a spreadsheet. I asked for 15 minutes and showed him one chart: gross profit per week, with the sale week below an ordinary week once returns were counted. I also brought an alternative: deeper discounts on 120 overstocked lines and full price elsewhere. He asked me to test it on our Irish site first, and when that held its margin, he approved it for the UK. Black Friday revenue came in 8% lower than the year before, but gross profit rose by 18% and returns fell by a third. It taught me to show the one number the other person is accountable for rather than everything I found. How does your team use data in trading decisions?",
  },
  {
    id: 'sceptical-senior-buy-in',
    question:
      'Tell me about a time you got buy-in from a senior person who was sceptical of your idea.',
    paraphrases: [
      'Describe a time you got buy-in from a sceptical senior manager.',
      'How did you get buy-in from a senior person who doubted your idea?',
      'Give me an example of convincing a sceptical senior colleague.',
      'Walk me through pitching your idea to a sceptical senior person.',
      'Have you ever won buy-in for an idea from a skeptical senior manager?',
      'Tell me about getting buy-in from senior management for your idea.',
      'Can you share an example of earning buy-in from a senior director who was sceptical?',
      'What did you do the last time a senior colleague was sceptical of your plan?',
      'Describe how you secured buy-in from a senior person who was sceptical.',
    ],
    category: 'influence',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      "Whether you can manage upward: understand a senior person's concerns, respect their time and judgement, and earn a decision through preparation rather than persistence alone.",
    howToAnswer:
      'Say who the senior person was (by role), what your idea was and what specifically worried them. Show how you answered that concern directly, for example with a small pilot, a risk plan or a cost comparison, instead of repeating your pitch more loudly. Give the result of their decision and what you now do before taking an idea upward.',
    framework: 'carl',
    structure:
      "CARL: your idea and the senior person's doubt -> how you addressed their specific concern -> their decision and its result, with a number -> what you now do before pitching upward",
    pitfalls: [
      'Treating scepticism as stubbornness.',
      'Winning by going around the person to someone more senior.',
      'Not naming the concern you answered.',
      'Stopping at "they agreed" without the result.',
    ],
    followUps: [
      'What exactly was their objection?',
      'What would you have done if they had still said no?',
      'How did you prepare for the meeting?',
      'How do you prefer to communicate with senior people?',
    ],
    exampleAnswer:
      'Two years ago I was a Year 2 teacher and reading lead at a primary school of 400 pupils, and I wanted to replace our reading scheme with a structured phonics programme costing about £6,000 in books and training. Our head teacher was sceptical: the school had changed schemes four years earlier without any gain in results, and she did not want staff to spend another year learning a new system. I asked her what evidence would change her mind. She said she needed to see it work with our own children, without disrupting the timetable. So I proposed a one-term pilot in my class only, using £400 of materials borrowed from a partner school, and I agreed with her in advance how we would measure it: phonics check scores compared with the parallel class. I sent her a half-page update every three weeks. By Easter, 24 of my 30 pupils were on track for the phonics check, against 16 of 30 in the parallel class. She approved the full programme for Key Stage 1, and the next year our phonics pass rate rose from 71% to 88%. It taught me that a sceptical senior person usually wants a risk removed rather than a better pitch, and since then I ask what evidence they would need before I build the case. How do new ideas usually reach the senior team here?',
  },

  // Customer focus
  {
    id: 'customer-extra-mile',
    question: 'Tell me about a time you went out of your way for a customer.',
    paraphrases: [
      'Describe a time you went out of your way to look after a customer.',
      'Give me an example of going out of your way for a customer.',
      'Can you share a time you went out of your way to help a customer?',
      'Walk me through a time you went the extra mile for a customer.',
      'Tell me about a time you went the extra mile to help a customer.',
      'How have you gone out of your way for a customer or client?',
      'What is the furthest you have gone out of your way for a customer or client?',
      'Have you ever gone out of your way to help a customer or guest?',
      'What is the most you have done to help a customer?',
    ],
    category: 'customer',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Your customer focus: whether you notice what a customer really needs and act on it with judgement, while keeping the effort sustainable and within the rules of the business.',
    howToAnswer:
      'Choose a case where the extra effort was a deliberate choice that made a real difference to the customer, not a routine part of the job. Explain what you noticed about their need, what you did beyond the standard and how you kept it within policy and cost. Give the outcome for the customer and for the business, and the habit it left you with.',
    framework: 'carl',
    structure:
      'CARL: the customer and their need -> what you did beyond the standard, and how you kept it sensible -> the outcome for the customer and the business, with a number -> the habit you kept',
    pitfalls: [
      'Breaking policy or giving money away without showing judgement.',
      'A story where the extra effort was simply your normal job.',
      'No outcome beyond "they were happy".',
      'Making it sound unsustainable, as if you work unpaid every weekend.',
    ],
    followUps: [
      'Where do you draw the line on going the extra mile?',
      'Did anyone need to approve what you did?',
      'How did that customer respond afterwards?',
      'How would you offer the same service at scale?',
    ],
    exampleAnswer:
      "Last year I was front office supervisor at a 120-room city hotel, and on a Friday evening a guest checked in for her sister's wedding the next day and found that the airline had sent her suitcase, with her bridesmaid dress inside, to another city. The airline's delivery estimate was Sunday. I took the baggage reference, called the airline's lost-property desk myself, and learned the case could be on a flight landing at 7 a.m. on Saturday if someone collected it in person. We had no policy for that, so I asked the duty manager to approve a taxi charged to the guest's room at our corporate rate, and I agreed the cost with the guest first. I also called a tailor we use for events in case the dress needed pressing after the journey. I was on shift again at 6 a.m., so I sent the taxi myself, and the suitcase was in her room by 8:40, five hours before the ceremony. The guest left a review naming me, and as a result her family booked 14 rooms with us for a christening the following spring. It taught me that the best service often means taking one phone call off a stressed customer's hands, and since then I own lost-luggage cases personally instead of handing the guest a phone number. How does your team look after guests who arrive with a problem like that?",
  },
  {
    id: 'angry-customer',
    question: 'Tell me about a time you dealt with an angry or difficult customer.',
    paraphrases: [
      'Describe a time you handled an angry customer.',
      'How do you deal with an upset or angry customer? Give an example.',
      'Give me an example of calming down an angry customer.',
      'Walk me through how you handled an angry or difficult customer.',
      'Tell me about the most difficult customer you have dealt with.',
      'Can you share an example of handling an upset, angry customer?',
      'What did you do the last time you dealt with an angry customer?',
      'Have you had to deal with a furious, difficult customer? How did it end?',
      'Describe how you handled a complaint from an angry customer.',
    ],
    category: 'customer',
    stages: ['recruiter-screen', 'hiring-manager', 'panel'],
    assesses:
      'How you handle emotion and friction with customers: whether you stay respectful, listen, take ownership and solve the underlying problem while protecting the business.',
    howToAnswer:
      "Describe the customer's frustration fairly and never mock or criticise them. Show the sequence: listening fully, acknowledging the problem, taking ownership, then offering a concrete fix with a clear next step. Finish with how it ended, with a number if possible, and what you now do with upset customers.",
    framework: 'carl',
    structure:
      'CARL: the customer and what upset them -> how you listened, took ownership and fixed it -> how it ended, with a number -> what you now do with upset customers',
    pitfalls: [
      'Describing the customer as rude, crazy or impossible.',
      'Giving in to every demand to end the conversation.',
      'Forgetting to fix the cause of the upset.',
      'Passing the customer on without owning the outcome.',
    ],
    followUps: [
      'What did you say first?',
      'What would you have done if they had stayed angry?',
      'Where do you draw the line with abusive behaviour?',
      'Did you change anything so it would not happen again?',
    ],
    exampleAnswer:
      'In 2022 I was a service advisor at a car dealership, and on a Monday morning a customer came to the desk and raised his voice in front of other customers. His car had been in for a brake repair on Friday, the same warning light had come back on the motorway, and he had missed a client visit because of it. I asked him to come to a quieter desk, let him finish without interrupting, and repeated back what had happened so he knew I had understood. I told him plainly that I was sorry, that I would own this until it was fixed, and that the return visit was free of charge. I arranged a courtesy car within 20 minutes so he could get to his afternoon meeting, and I asked our senior technician to look at the car that morning. The fault was a sensor that had been disturbed during the first repair. I called him at 3 p.m. with the explanation and had the car ready by 5. He scored us 9 out of 10 in the service survey and booked his next two services with me by name. It taught me that an angry customer first needs to be heard and then needs a next step with a time on it, and since then I give every upset customer a specific call-back time. How does your team follow up on repeat repairs?',
  },
  {
    id: 'customer-feedback-change',
    question: 'Tell me about a time you acted on customer feedback to make something better.',
    paraphrases: [
      'Describe a time you acted on customer feedback.',
      'Give me an example of turning customer feedback into something concrete.',
      'How have you acted on customer feedback? Walk me through one case.',
      'Can you share a time customer feedback led you to fix something?',
      'Tell me about a time customer feedback led you to rework a service.',
      'What have you done differently because of customer feedback?',
      'Give an example of using customer feedback to make something better.',
      'How do you act on customer feedback? Give an example.',
      'Describe a time you collected feedback from customers and acted on it.',
    ],
    category: 'customer',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you listen to customers systematically and turn what they say into a concrete change with a measurable effect, rather than treating feedback as noise or a one-off complaint.',
    howToAnswer:
      'Show where the feedback came from and how you confirmed it was a pattern rather than one loud voice. Describe the change you made or championed, who you involved and how you tested it. Close with the measured effect on customers and how you now gather or use feedback.',
    framework: 'carl',
    structure:
      'CARL: the feedback and how you confirmed it was a pattern -> the change you made and how you tested it -> the effect on customers, with a number -> how you now use customer feedback',
    pitfalls: [
      'Acting on one complaint as if it were a trend.',
      'Describing the feedback but not the change.',
      'Not checking whether the change worked.',
      'Treating the customers who complained as a nuisance.',
    ],
    followUps: [
      'How did you know the feedback was representative?',
      'Was there feedback you chose not to act on?',
      'How did you tell customers about the change?',
      'How do you collect customer feedback day to day?',
    ],
    exampleAnswer:
      'Two years ago I became assistant manager of a leisure centre with about 3,000 members, and in my first month I read every comment from the previous six monthly member surveys. One theme came up in 41 of 180 comments: members could not get into evening classes, because places opened at midnight a week ahead and the popular ones filled within minutes. I checked the booking data and confirmed it: the 6 p.m. classes filled within ten minutes, yet a fifth of those bookings ended in no-shows. I proposed two changes to the centre manager: open bookings at 7 a.m. instead of midnight, and release a place automatically if a member had not checked in five minutes before the start, with the waiting list notified by text. I tested both on spin classes for a month before rolling them out. No-shows fell from 20% to 6%, class attendance rose by 15%, and the theme dropped to four comments in the next survey. I also wrote to every member who had raised it to tell them what we had changed. It taught me that a survey is only useful when someone owns each theme, and since then I pick the top theme each month and report back on what we did about it. How does your organisation collect feedback from customers today?',
  },
  {
    id: 'saying-no-to-customer',
    question:
      'Tell me about a time you had to say no to a customer while keeping the relationship.',
    paraphrases: [
      'Describe a time you had to say no to a customer without losing the relationship.',
      'How do you say no to a customer? Give a real example.',
      "Give me an example of declining a customer's request while keeping the relationship.",
      'Walk me through a time you had to say no to a customer.',
      'Have you ever turned down a customer request? How did you keep the relationship?',
      'Can you share a time you said no to a customer and kept their business?',
      "Tell me about a time you turned down a customer's request but kept the relationship.",
      'How do you say no to a customer without damaging the relationship?',
      'What did you do the last time you had to turn down a client request?',
    ],
    category: 'customer',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you can protect the business and be honest with a customer at the same time: saying no clearly, explaining why, and offering an alternative that keeps their trust.',
    howToAnswer:
      'Explain what the customer asked for and why the answer had to be no, in terms of policy, cost, risk or fairness to other customers. Show how you said it (promptly, ideally in person or by phone, with the reason) and what you offered instead. Give the outcome for the relationship in numbers and what you now do when a refusal is needed.',
    framework: 'carl',
    structure:
      'CARL: the request and why it could not be met -> how you said no and what you offered instead -> the outcome for the relationship, with a number -> what you now do when you have to refuse',
    pitfalls: [
      'Hiding behind "it\'s company policy" without explaining the reason.',
      'Saying yes to avoid the conversation, then failing to deliver.',
      'Making the customer sound unreasonable.',
      'Offering no alternative.',
    ],
    followUps: [
      'Who else did you involve before saying no?',
      'How did the customer take it at first?',
      'When would you have said yes?',
      'How do you tell a request you should refuse from one you should escalate?',
    ],
    exampleAnswer:
      "Last year I was an account manager at a company selling scheduling software to care providers, and our second-largest customer, a group of 30 care homes, asked for a 30% discount at renewal. Their budget had been cut, and they told me they would move to a cheaper competitor otherwise. A discount that size would have broken our pricing for similar customers, and my sales director and I agreed it was not possible. Before I replied, I went through their usage data and found they were paying for 600 licences while only 410 people logged in each month. I called their operations director rather than emailing, told her clearly that we could not change the price per licence, and explained why in one sentence: other care groups pay the same rate. Then I showed her the usage data and proposed reducing the contract to 450 licences, with a free training session to bring the unused sites up to speed. Their annual cost fell by 25%, which met their budget, and they signed a two-year renewal instead of one. Within a year their active users grew back to 520, and they bought 70 more licences. It taught me that a clear no lands better when it arrives with a better yes, and since then I review a customer's usage before every renewal conversation. How do your account managers handle pricing pressure at renewal?",
  },

  // Learning a new skill
  {
    id: 'learning-new-skill-quickly',
    question: 'Tell me about a time you had to learn a new skill or tool quickly.',
    paraphrases: [
      'Describe a time you had to learn a new tool quickly.',
      'Give me an example of learning a new skill fast.',
      'How quickly can you learn a new skill? Walk me through a real case.',
      'Can you share a time you had to learn new software quickly?',
      'Tell me about the fastest you have ever had to learn a new skill.',
      'How do you learn a new tool quickly when a project needs it?',
      'Give an example of teaching yourself a new tool quickly.',
      'Have you had to pick up a new tool quickly on the job? How did you do it?',
      'Describe how you learned a new skill or system in a short time.',
    ],
    category: 'learning',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'How you learn: whether you have a method for becoming useful quickly (focusing on what the work needs, practising on real tasks, using people and resources) rather than waiting for formal training.',
    howToAnswer:
      'Say what you had to learn, by when and why. Describe your learning method in steps: what you focused on first, how you practised on real work, who or what you learned from, and how you checked you were good enough. Give the result with a number and the learning habit you kept.',
    framework: 'carl',
    structure:
      'CARL: what you had to learn and by when -> your learning method, step by step -> what you delivered with the new skill, with a number -> the learning habit you kept',
    pitfalls: [
      'Saying "I learn quickly" without showing a method.',
      'Listing courses without showing the skill applied to real work.',
      'Choosing a trivial tool that anyone picks up in an hour.',
    ],
    followUps: [
      'How did you know you were competent enough?',
      'Which resources helped you most?',
      'What would you need to learn first in this role?',
      'How do you learn best?',
    ],
    exampleAnswer:
      'Eighteen months ago I was a marketing executive at an online language-learning company, and the analyst who built our campaign reports moved on two weeks before our biggest spring campaign. The reports came straight from the database, and nobody else in marketing wrote SQL. I had never written a query, so I gave myself ten working days. In the first two evenings I worked through a free beginner course, but only the chapters on selecting, filtering, joining and grouping, because those were what our reports used. Then I took the five existing report queries, ran them, and rewrote each one line by line until I could explain it. I asked a data engineer for a 30-minute review each Friday and kept a notebook of every error I hit and its fix. By day nine I produced the campaign dashboard myself, and I added a report on trial-to-paid conversion by channel. The campaign went live on schedule. My conversion report showed that podcast ads converted twice as well as display, so we moved 20% of the budget to podcasts, and trial sign-ups rose by 12% over the campaign. It taught me to learn a tool through the exact tasks I need it for, and since then I start any new tool by rebuilding one real piece of work with it. Which tools would I need to learn first here?',
  },
  {
    id: 'something-completely-new',
    question: 'Tell me about a time you took on something completely new to you.',
    paraphrases: [
      'Describe a time you took on something you had never done before.',
      'Give me an example of taking on something completely new.',
      'Have you ever taken on something completely unfamiliar? How did it go?',
      'Walk me through a time you said yes to something completely new to you.',
      'Tell me about taking on something new that was outside your experience.',
      'Can you share an example of something you took on that was entirely new to you?',
      'What completely unfamiliar work have you taken on, and how did it go?',
      'How did you approach something you had never done before?',
      'Describe a time you volunteered for something completely new.',
    ],
    category: 'learning',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Your willingness to stretch and how you handle being a beginner: whether you take on new ground deliberately, find help, manage the risk of inexperience and grow from it.',
    howToAnswer:
      'Pick something that was genuinely new to you and that mattered, and say why you took it on. Show how you handled being new: learning the basics, finding an expert, starting small and checking your work. Give the result and what the experience changed in how you work.',
    framework: 'carl',
    structure:
      'CARL: what was new and why you took it on -> how you learned, got help and limited the risk -> the result with a number -> how it changed the way you work',
    pitfalls: [
      'Choosing something only slightly different from your usual work.',
      'Pretending there was no learning curve.',
      'Not explaining how you limited the risk of your inexperience.',
    ],
    followUps: [
      'When did you feel most out of your depth?',
      'Who helped you, and how did you find them?',
      'Would you take on something that new again?',
      'What in this role would be new to you?',
    ],
    exampleAnswer:
      "Two years ago I had run my own plumbing and heating business for nine years, fitting gas boilers almost exclusively, when a long-standing customer asked me to quote for an air-source heat pump. I had never installed one. Heat pumps need a heat-loss calculation for every room and often larger radiators, so quoting on guesswork would have been a risk for both of us. I told the customer straight away that it would be my first, and I asked for six weeks. I booked a five-day manufacturer's installer course, and I paid an experienced heat-pump engineer to work alongside me on the job and check my design before I ordered anything. I did the room-by-room heat-loss survey myself, and he found two radiators I had undersized, which I corrected. The system went in on time, and over the first winter the customer's heating bills came in 35% lower than with the old boiler. Since then I have installed 22 heat pumps, and they now make up about a third of my turnover. It taught me that the safest way into unfamiliar work is to pay an expert to check the first job, and I now do that whenever I add a new service. What new skills is your team building at the moment?",
  },
  {
    id: 'keeping-skills-current',
    question: 'How do you keep your skills up to date? Give me a recent example.',
    paraphrases: [
      'How do you keep your skills current? Give me an example.',
      'What do you do to keep your skills up to date?',
      'Describe how you kept your professional skills up to date over the last year.',
      'Give me an example of how you keep your knowledge current.',
      'How do you keep your skills current in your field? Give a specific example.',
      'What was the last thing you learned to keep your skills sharp, and how did you use it?',
      'Tell me about a course you completed recently to keep your skills up to date.',
      'How do you keep learning and stay up to date? Give an example.',
      'Can you share an example of keeping your skills current in your profession?',
    ],
    category: 'learning',
    stages: ['recruiter-screen', 'hiring-manager'],
    assesses:
      'Whether you take ownership of your own development and apply what you learn, which tells the interviewer how you will grow in the role without being pushed.',
    howToAnswer:
      'Answer with a story rather than a list of websites: a specific recent thing you chose to learn, why, how you fitted it into your routine and how you applied it at work. Give the effect in numbers and describe the ongoing habit behind it, so the interviewer sees a system rather than a one-off.',
    framework: 'carl',
    structure:
      'CARL: what you chose to learn and why -> how you learned it and applied it at work -> the effect with a number -> the ongoing habit that keeps you current',
    pitfalls: [
      'Listing newsletters and podcasts with no example of applying anything.',
      'Relying only on training your employer provided.',
      'Choosing something irrelevant to the role.',
      'Describing learning plans rather than something already done.',
    ],
    followUps: [
      'What are you learning at the moment?',
      'How do you choose what to learn next?',
      'How do you make time for it?',
      'Which skill will matter most in this field in three years?',
    ],
    exampleAnswer:
      "As a senior front-end developer at an online travel agency, I set myself one learning topic each quarter, chosen from what our users or our roadmap will need next. Last spring I chose web accessibility, because new European accessibility rules were coming into force and our booking flow had not been audited. Over eight weeks I spent two lunchtimes a week on a recognised accessibility course and passed its certification exam in May. More usefully, I tested our own checkout with a screen reader and with the keyboard only, and I logged 37 issues, from unlabelled buttons to a date picker that could not be used without a mouse. I fixed the twelve most serious ones myself and ran two one-hour sessions for the other eight developers so the rest could be shared out. By July the automated accessibility score on the checkout went from 64 to 96, and completed bookings by keyboard-only users rose by 9%. I also added three accessibility checks to our pull-request template, so the standard holds. It taught me that learning sticks when I apply it to our own product within weeks, and since then I pick each quarter's topic from our backlog rather than from whatever is fashionable. How does your team make time for learning?",
  },
];
