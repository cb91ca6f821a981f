import type { BankQuestion } from './types.ts';

/** The nine questions of the second-round guide, with their fixed ids. */
export const SEED_QUESTIONS: readonly BankQuestion[] = [
  {
    id: 'why-this-company',
    question:
      'Why do you want to work here, and why do you think you are a good fit for this role?',
    paraphrases: [
      'Why do you want to work for us?',
      'Why this company?',
      'What attracts you to our organization?',
      'Why are you interested in this position?',
      'What makes you a good fit for this job?',
      'Why do you want to join our team?',
      'What interests you about working at our company?',
      'Why did you apply for this role?',
      'What drew you to this opportunity?',
      'Why our company in particular, and why this job?',
    ],
    category: 'motivation',
    stages: ['recruiter-screen', 'hiring-manager', 'final'],
    assesses:
      'Whether you chose this employer on purpose, having done your research, and whether what you bring matches what the team needs. A hiring manager also reads it as a sign of how long you are likely to stay.',
    howToAnswer:
      'Name something concrete about the company (a product, a project, how they work, their mission in their own words) and say why it matters to you. Then give one piece of evidence that you can help with it, tied to the job description. Finish by asking about the team or the problem you would work on.',
    framework: 'motivation',
    structure:
      'What draws you to this company (one specific detail) -> what you bring, with one proof -> why here and now -> a question back',
    pitfalls: [
      'Praise that fits any employer ("great culture", "industry leader") with no detail you could only know from research.',
      'Talking only about what the job gives you (salary, location, growth) and never about what you give it.',
      'Reciting the About page without linking it to your own experience.',
      'Claiming to be a good fit without a single example that shows it.',
    ],
    followUps: [
      'What else are you looking at, and how does this role compare?',
      'Which part of our work would you want to get involved in first?',
      'What do you know about the challenges we are facing right now?',
      'What would make you turn down an offer from us?',
    ],
    exampleAnswer:
      'I have used the Fernway app on my commute for three years, and the live-crowding feature you launched last spring is what made me apply: it turns a hard data problem into a calmer journey for thousands of riders. That is the kind of product I want to build. For the past four years I have been a backend engineer at a parcel-tracking company, where I own the service that takes in about two million location updates a day. Last year I redesigned its message queue so that updates reach customers in under five seconds instead of forty, which is close to the real-time problem your team solves with vehicle positions. I also read the engineering blog post on publishing your timetables as open GTFS-Realtime feeds. That approach matters to me, because transit data serves riders best when other apps and councils can build on it. So the fit works in both directions: I bring streaming and reliability experience that you will need as Fernway expands to new cities, and I get to work on a product I rely on every morning. What is the biggest reliability challenge the team expects as you add those cities?',
  },
  {
    id: 'strengths',
    question: 'What are your strengths and how do you leverage them in your work?',
    paraphrases: [
      'What is your greatest strength?',
      'What are your biggest strengths?',
      'What would you say you are best at?',
      'What strengths would you bring to this role?',
      'What are you good at?',
      'What is your strongest skill?',
      'What would your colleagues say is your greatest strength?',
      'Which of your skills sets you apart from other candidates?',
      'What is your superpower at work?',
      'What skills are you good at that set you apart?',
    ],
    category: 'strengths',
    stages: ['recruiter-screen', 'hiring-manager', 'panel'],
    assesses:
      'Whether you know what you do well, can prove it with a real result, and can see how it would help with the problems of this team.',
    howToAnswer:
      'Pick one or two strengths that the job description asks for, not a list of adjectives. Prove the main one with a short example: what you did and what changed, with a number. Then say where it would help in this role and ask what the team most needs.',
    framework: 'strength',
    structure:
      'The strength in one line -> one example (your actions, a measured result) -> how you would use it in this role -> a question back',
    pitfalls: [
      'A list of traits ("hard-working, reliable, a team player") with no example behind any of them.',
      'A strength the role does not need, or one every candidate will claim.',
      'An example where "we" did everything and your part is unclear.',
      'Stopping at the past without saying how the strength would help this team.',
    ],
    followUps: [
      'Can you give me another example of that strength?',
      'When has that strength worked against you?',
      'How would your last manager describe that strength?',
      'Which strength do you want to develop next?',
    ],
    exampleAnswer:
      'My strongest skill is turning a busy, error-prone routine into a simple one that a whole team follows. I am a charge nurse on a 28-bed surgical ward, and last year our shift handovers ran to 45 minutes while details still slipped through. I sat in on ten handovers, listed what we covered every time and what we missed, and drafted a one-page handover sheet with two senior nurses. I then ran a four-week trial on nights, collected comments each morning and cut every item that nobody used. After the trial, handover time fell to 25 minutes, and missed or late medication doses dropped from six a month to one over the following quarter. The ward still uses the sheet on every shift, and two other wards have adopted it. I apply the same method whenever a problem happens twice: watch the work, simplify it, and test the change with the people who do it. In this role, with the day-surgery unit growing to three theatres, I would bring that habit to the admission and discharge process you said is under strain. Which part of that process causes your team the most delays today?',
  },
  {
    id: 'five-years',
    question: 'Where do you see yourself in 5 years?',
    paraphrases: [
      'Where do you see yourself in five years?',
      'What are your long-term career goals?',
      'What are your career goals?',
      'Where would you like to be in your career five years from now?',
      'How does this role fit into your career plans?',
      'What do you want to achieve in the next few years?',
      'Where do you want your career to go?',
      'What does your ideal career path look like?',
      'What are your professional goals for the future?',
      'What professional goals do you want to achieve in the next few years, and where do you want your career to go?',
    ],
    category: 'career-goals',
    stages: ['recruiter-screen', 'hiring-manager', 'final'],
    assesses:
      'Whether you plan to grow and whether that growth can happen here, so that the time they invest in you pays off. It also shows whether your ambitions are realistic for the role.',
    howToAnswer:
      'Describe the skills and responsibility you want to add over the next few years, and show the first steps you are already taking. Tie the plan to this team and the paths it offers, not to a different career or your own business. Close by asking how people in this role usually grow.',
    framework: 'motivation',
    structure:
      'Where you want to grow -> what you are already doing about it (one proof) -> how that growth fits this company -> a question back',
    pitfalls: [
      'Naming a job that makes this one a short stopover ("I want to start my own agency").',
      "Aiming at the interviewer's own job, or an unrealistic title.",
      'A vague answer ("wherever the company needs me") that shows no plan.',
      'Only personal goals (a house, travel) with nothing about your work.',
    ],
    followUps: [
      'What skills do you need to get there?',
      'What will you do if that path does not open up here?',
      'How would you know you were on track after two years?',
      'What would make you leave a job before five years?',
    ],
    exampleAnswer:
      'In five years I want to be leading the paid-acquisition side of a marketing team, and I would like that to be here. Right now my depth is in paid social: for three years at an online furniture retailer I have run campaigns worth about £40,000 a month on Meta and TikTok, and last year I rebuilt our audience structure and cut the cost per order by 22%. What I have not done yet is own search and video, and those are the channels your job description puts at the centre of this role. So for the first two years I want to get properly good at them. I am halfway through the Google Ads search certification, and I edit short product videos in the evenings, three of which we now run as ads. After that, I would like to take on responsibility for the whole paid budget and start mentoring a junior marketer, the way my current lead mentored me. I want to build that over several years in one place rather than move every eighteen months, and the way your team promotes from within, which Priya described in my first interview, is a big part of why I applied. What does growth usually look like for someone who joins your team in this role?',
  },
  {
    id: 'major-challenge',
    question: 'Tell us about a time you faced a major challenge at work. How did you handle it?',
    paraphrases: [
      'Describe a difficult challenge you faced at work and how you overcame it.',
      'What is the biggest challenge you have faced in your career?',
      'Tell me about a time you dealt with a difficult problem at work.',
      'Give an example of an obstacle you overcame.',
      'Describe a hard problem you faced on the job and how you handled it.',
      'Tell me about a setback at work and how you handled it.',
      'What was the toughest situation you have handled at work?',
      'How did you deal with a major obstacle in a project?',
      'Tell me about a time things went wrong and what you did.',
      'How did you deal with the toughest situation you have faced at work?',
    ],
    category: 'challenge',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'How you behave when a plan breaks: whether you take ownership, think clearly under pressure and act, and whether you learn from it. The size of the obstacle tells them how much weight to give your actions.',
    howToAnswer:
      'Choose a real, work-related obstacle with something at stake, and say plainly what made it hard. Spend most of the answer on the steps you took yourself, then give the outcome with a number. End with what you do differently since, and a question about how the team handles similar problems.',
    framework: 'carl',
    structure:
      'CARL: Context (role, when, what was at stake) -> Action (your own steps) -> Result (measured) -> Learning (what you do differently now) -> a question back',
    pitfalls: [
      'A "challenge" with no real obstacle, which sounds like routine work.',
      'Blaming a colleague, supplier or client for causing the problem.',
      'Telling what the team did without ever saying what you did.',
      'No outcome, or no lesson: the story stops when the crisis ends.',
    ],
    followUps: [
      'What would you do differently if it happened again?',
      'Who else was involved, and how did you keep them informed?',
      'What was the hardest moment, and how did you decide what to do?',
      'How did you stop the same problem from happening again?',
    ],
    exampleAnswer:
      "In 2022 I was the lead electrician for a regional contractor on the refurbishment of a secondary school. Three weeks before handover, the building inspector found that the fire-alarm cabling installed in an earlier phase did not meet the current standard, which put the school's reopening for the new term at risk. I walked the building with the inspector that afternoon and mapped all 140 cable runs that needed replacing. I then re-planned the work into two shifts, ordered fire-rated cable from two wholesalers so that one late delivery could not stop us, and brought in two electricians I had worked with before. Each morning I met the head teacher to agree which rooms we needed next, so her staff could keep preparing classrooms around us. We finished the rewiring in sixteen days, passed the re-inspection first time and handed the building over two days before pupils returned, within the original budget. It taught me to check inherited work in the first week of a job, not the last. Since then I survey every installation I take over before I plan anything else. How does your team handle work inherited from other contractors?",
  },
  {
    id: 'leadership',
    question:
      'Have you ever managed a team or led a project? How did you handle the leadership responsibilities?',
    paraphrases: [
      'Tell me about a time you led a team.',
      'Describe your experience leading a project team.',
      'Give an example of when you showed leadership.',
      'Describe how you took a leadership role.',
      'How would you describe your leadership style?',
      'Tell me about a time you had to lead people through a difficult project.',
      'Have you ever supervised other people?',
      'Tell me about a time you stepped up to lead.',
      'How do you motivate a team you are leading?',
      'Describe a situation where you managed a team of people.',
    ],
    category: 'leadership',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'How you lead people, not only tasks: how you set direction, share the work, support and motivate others, and what results the team gets under your lead.',
    howToAnswer:
      "Pick a project where you were responsible for other people, formally or not. Show how you organised the work and how you supported individuals (delegating, coaching, feedback, regular check-ins), then give the team's measured result. End with what the experience taught you about leading, and ask about the team you would lead here.",
    framework: 'carl',
    structure:
      'CARL: Context (team, goal, constraint) -> Action (how you set direction and supported each person) -> Result (measured) -> Learning (your leadership lesson) -> a question back',
    pitfalls: [
      'Describing leadership as giving orders, with nothing about the people you led.',
      'Taking credit for everything the team achieved.',
      'A story with no difficulty, so your leadership was never tested.',
      'Describing a style in general terms without one real example.',
    ],
    followUps: [
      'How did you handle someone on the team who was not performing?',
      'What feedback have you had on your leadership?',
      'How do you decide what to delegate and what to keep?',
      'What would your team say you could do better as a leader?',
    ],
    exampleAnswer:
      'At my previous job I was deputy manager of a supermarket with 40 staff, and in 2023 I led the team through a twelve-week refit while the store stayed open. The risk was that every aisle moved at least once, so customers could not find anything and the team spent the day answering the same questions. I split the store into four zones and delegated each zone to a supervisor, who owned the night moves and the signage for it. I held a ten-minute huddle at the start of every shift with a map of what would move that night, and I met with each supervisor one-on-one every week to sort out staffing and listen to what was not working. Two of them were new to supervising, so I coached them on running a huddle and gave them feedback after their first few. We finished the refit a week early, sales stayed within 3% of the same weeks the year before, and nobody on the team left during the project. It taught me that people cope with disruption far better when they know what tomorrow looks like. Since then I share a one-week look-ahead on every project I lead. How is the team here structured, and how many people would report to this role?',
  },
  {
    id: 'proudest-achievement',
    question: 'What is a project or achievement you are particularly proud of?',
    paraphrases: [
      'What accomplishment are you proudest of?',
      'What are you most proud of in your career?',
      'Tell me about your biggest achievement at work.',
      'What project are you proudest of?',
      'Describe an accomplishment you are proud of.',
      'What is the achievement you are most proud of so far?',
      'Tell me about a success you had at work.',
      'What is the most significant thing you have accomplished?',
      'Of everything you have achieved, what would you most want us to remember?',
      'Tell me about the most significant success you have had at work.',
    ],
    category: 'achievement',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'What you count as success and what you value, the size of impact you can have, and whether the skills behind it are the ones this role needs.',
    howToAnswer:
      'Choose an achievement that uses skills the job asks for and where your own part is clear. Describe what you did, give the impact with a number, and say in one sentence why it matters to you. Close with what it taught you and a question that links it to their team.',
    framework: 'carl',
    structure:
      'CARL: Context (the goal and why it was hard) -> Action (your steps) -> Result (measured) -> why it matters to you and what you learned -> a question back',
    pitfalls: [
      'An achievement from long ago or unrelated to the role, when a recent relevant one exists.',
      'A team win told so that your own contribution is invisible.',
      'No number, so the impact is impossible to judge.',
      'Forgetting to say why it matters to you, which is half of what the question asks.',
    ],
    followUps: [
      'What was the hardest part of it?',
      'What would you do differently now?',
      'Who else contributed, and how?',
      'How would you repeat that result in this role?',
    ],
    exampleAnswer:
      "The achievement I am proudest of comes from my second year teaching Year 4 at a primary school in Leeds. In September, eleven of my thirty pupils were reading below the expected level for their age, and several of them had started to avoid books altogether. I set up a twenty-minute reading session every morning in small groups matched to each child's level. I trained our two teaching assistants to run the phonics groups, recruited four parent volunteers to hear readers twice a week, and tested every child every three weeks so that I could move them between groups as they improved. I also let the reluctant readers choose the class library books for a term, which got them talking about reading at break time. By July, 26 of the 30 were reading at or above the expected level, up from 19 in September, and the school rolled the model out across Key Stage 2 the following year. It matters to me because two of those children told their parents they liked reading for the first time. It taught me that short, daily practice beats occasional big interventions, and I now plan every catch-up programme that way. How does your school support teachers who want to try an idea like this?",
  },
  {
    id: 'tough-decision',
    question:
      'Tell me about a time when you had to make an especially tough decision and how you handled it.',
    paraphrases: [
      'Describe a difficult decision you had to make.',
      'Tell me about a hard choice you made at work.',
      'Describe a decision you found genuinely hard to make.',
      'Give an example of a tough call you had to make.',
      'What is the hardest decision you have made in your career?',
      'Tell me about a decision you made that was unpopular.',
      'How do you make difficult decisions?',
      'Tell me about a hard call where both options had a downside.',
      'Describe a tough decision you made during a project.',
      'Walk me through a hard decision you made at work where every option had a cost.',
    ],
    category: 'decision',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Your judgement when no option is clean: how you gather information, weigh the trade-offs, involve others, commit, and own the consequences.',
    howToAnswer:
      'Pick a decision with real costs on each side and name the options you weighed. Explain how you gathered facts and who you consulted, what you chose and why, and how you communicated it. Give the measured outcome, what you learned about making such calls, and ask how decisions like this are made on their team.',
    framework: 'carl',
    structure:
      'CARL: Context (the decision and what was at stake) -> Action (options weighed, facts gathered, choice made) -> Result (measured) -> Learning -> a question back',
    pitfalls: [
      'A decision that was not really hard, because one option was obviously right.',
      'Leaving out the options you rejected, so the reasoning is invisible.',
      'Hiding behind "we decided" when the call was yours.',
      'Skipping the consequences, especially if the choice cost something.',
    ],
    followUps: [
      'What would you have done if the outcome had gone the other way?',
      'Who disagreed with you, and how did you handle it?',
      'What information did you wish you had?',
      'How quickly do you usually make calls like that?',
    ],
    exampleAnswer:
      'In 2023 I led a team of six engineers at a payroll software company, and two days before a major release to 300 customers our tests showed that the new tax calculation was wrong for part-time staff in two states. The options were to ship on schedule and ask support to correct payslips by hand, or to delay the whole release by a week, which would have broken promises to our largest clients. I weighed both with our support lead and product manager that evening. I pulled the account data and found that only 38 customers had part-time staff in those states. So I chose a third path: we shipped everything else on time and kept the tax module switched off behind a feature flag for those 38 accounts. I phoned the five biggest of them myself to explain the delay and the date. The release went live on time for 262 customers, the fix followed six days later, and not one incorrect payslip went out. It taught me that a hard either-or decision often hides a smaller one, if you split the problem by who it affects. Since then I ask for a feature flag on every risky change before a release. How does your team decide when to hold back part of a release?',
  },
  {
    id: 'why-you-left',
    question: 'Can you explain why you left your previous company?',
    paraphrases: [
      'Why did you leave your last job?',
      'Why are you looking to leave your current job?',
      'Why are you looking for a new job?',
      'Why do you want to leave your current role?',
      'What made you decide to leave your previous employer?',
      'Why are you leaving your current position?',
      'Why did you quit your last position?',
      'What prompted you to start looking for a new opportunity?',
      'Why are you on the job market right now?',
      'What is making you move on from your current job?',
    ],
    category: 'why-left',
    stages: ['recruiter-screen', 'hiring-manager'],
    assesses:
      'Whether you are moving towards something or running away from something, and whether the same reason would make you leave them. They also listen for how you talk about a former employer.',
    howToAnswer:
      'Give the reason in one or two factual, neutral sentences, without complaints about people or pay. Spend the rest of the answer on what you are looking for next, with a proof of what you bring, and why this role offers it. Finish with a question about the role.',
    framework: 'motivation',
    structure:
      'The reason in one neutral sentence -> what you want next and what you bring (one proof) -> why this role -> a question back',
    pitfalls: [
      'Criticising a former manager, colleagues or the company, even lightly.',
      'A long account of what went wrong, which makes the answer about the past.',
      'An answer that suggests you would leave this job for the same reason.',
      'Being evasive about a redundancy or a dismissal instead of stating it plainly.',
    ],
    followUps: [
      'What would your previous manager say about you?',
      'What would have made you stay?',
      'How long were you looking before you applied here?',
      'What did you learn in that job that you will bring here?',
    ],
    exampleAnswer:
      'I left Brightwater Foods in March after five years, on good terms. The company was acquired last year, and the new owner moved most of the finance work to its shared-service centre in Manchester. I was offered a transfer, and I turned it down, because the new role would have been mostly transaction processing, while the work I enjoy most is analysis: building forecasts and helping operations managers see where the money goes. In my last year there I built a monthly margin report for our three factories, and it helped the operations director find £180,000 a year of waste on one packaging line. That kind of partnership with operations is what I am looking for next. This position, as finance business partner to your supply chain team, puts it at the centre of the job rather than at the edges. I have used the months since leaving to complete the strategic level of my CIMA qualification, so I am ready to start quickly. Brightwater still sends me their quarterly results, and my former director is one of my references. How does the supply chain team work with finance today?',
  },
  {
    id: 'weaknesses',
    question: 'What are your weaknesses?',
    paraphrases: [
      "What's your biggest weakness?",
      'What is your greatest weakness?',
      'What are your areas for improvement?',
      'What would your manager say you need to work on?',
      'Tell me about a weakness and how you are working on it.',
      'What is one thing you would like to improve about yourself?',
      'What skills are you still developing?',
      'What aspect of your work needs the most improvement?',
      'Where do you think you fall short professionally?',
      'What development areas have come up in your appraisals?',
    ],
    category: 'weaknesses',
    stages: ['recruiter-screen', 'hiring-manager', 'panel'],
    assesses:
      'Self-awareness and honesty: whether you can name a real weakness, whether it matters for this job, and whether you manage it and keep improving on purpose.',
    howToAnswer:
      "Name one real weakness that is not central to the role, plainly and without turning it into a strength. Say what you do today to limit its effect (a tool, a routine, a colleague's review) and what you are doing to improve, with a sign of progress. Close by asking how the team handles the area concerned.",
    framework: 'weakness',
    structure:
      'The weakness in one plain sentence -> how you limit it today -> how you are improving (with progress) -> a question back',
    pitfalls: [
      'A strength in disguise ("I\'m a perfectionist", "I work too hard").',
      'A weakness that is essential to the job, such as poor numeracy for an accountant.',
      'Naming the weakness with no sign of what you do about it.',
      'Claiming to have no weaknesses at all.',
    ],
    followUps: [
      'Can you give me an example of when that weakness caused a problem?',
      'How will we notice it if you join the team?',
      'What other weakness would your colleagues mention?',
      'How do you know you are improving?',
    ],
    exampleAnswer:
      'I tend to write proposals that are longer than they need to be. As an account manager selling warehouse software, I want clients to see every detail, so my first drafts often run to twelve pages when the buyer reads two. Last year a procurement manager told me she had gone straight to the price table, so I checked our data: my proposals took about 30% longer to get a reply than the team average. Today I work from a template with a one-page summary at the front and a limit of five pages. Before I send any proposal over £20,000, I ask a colleague in pre-sales to strike out whatever she would skip as a buyer. In January I also signed up for a business writing course, and I practise by rewriting one old proposal each week. My reply times are now close to the team average, although I still catch myself adding appendices that nobody asked for. Does your team use a standard proposal format, or does each account manager build their own?',
  },
];
