import type { BankQuestion } from './types.ts';

/** Motivation, fit, goals and culture: why this job, why you, why now. */
export const MOTIVATION_QUESTIONS: readonly BankQuestion[] = [
  {
    id: 'career-goals-alignment',
    question: "How do your career goals align with our organisation's vision?",
    paraphrases: [
      'How do your ambitions align with our vision?',
      'How do your ambitions fit with our mission?',
      'How well do your ambitions align with our vision and mission?',
      'Why does our vision matter to your ambitions?',
      'How would working toward our mission serve your own ambitions?',
      'Where do your ambitions and our vision overlap?',
      "Talk me through how our company's direction fits your ambitions.",
      "How aligned is your career direction with our organisation's direction?",
      'What connects your ambitions to our mission?',
      'Does our vision align with the direction you want to go in?',
    ],
    category: 'career-goals',
    stages: ['hiring-manager', 'final'],
    assesses:
      'Whether your motivation will last, because where you want to go overlaps with where the organisation is going. It also shows whether you have read their strategy rather than only the job advert.',
    howToAnswer:
      "Find the organisation's stated vision or strategy (annual report, leaders' interviews, the careers page) and pick the part that meets your own goal. Say what you want to build in your career, show a step you have already taken towards it, and connect it to a named part of their plan. Ask where the role sits in that plan.",
    framework: 'motivation',
    structure:
      'Your goal in one line -> the part of their vision it meets (named) -> one proof you are already moving that way -> a question back',
    pitfalls: [
      'Reciting the mission statement back without saying what it means for you.',
      'Goals that lead away from the organisation, such as starting your own business.',
      'Claiming perfect alignment with no evidence that you have acted on your goal.',
      'A vision so general ("to grow and learn") that it fits every employer.',
    ],
    followUps: [
      'Which part of our strategy do you think is hardest to deliver?',
      'What would you do if our direction changed next year?',
      'How does this role move you towards that goal in the first year?',
      'Where did you learn about our plans?',
    ],
    exampleAnswer:
      'My goal over the next few years is to move from running a front office into revenue and operations planning, with a focus on making hotels cheaper and cleaner to run. That is why the Larchmont Hotels plan to cut energy use per room night by 40% by 2030 caught my attention: it turns sustainability into an operations problem, which is exactly where I want to build my career. I have already started down that road. As front office manager at a 120-room hotel in Glasgow, I saw that we heated and cleaned every floor even on nights when we were half full. I worked with housekeeping and our engineer to fill rooms floor by floor on quiet nights and close the top two floors, and over one winter that cut our gas bill by 18% with no drop in guest scores. Last year I also completed a revenue management certificate, because pricing and occupancy decide how many floors you can close. So the overlap is direct: your vision needs people who can connect booking patterns to energy use, and that is the skill I want to deepen. Where does this role sit in the 2030 plan, and who owns the energy targets day to day?',
  },
  {
    id: 'experience-relevance',
    question: 'How does your past experience relate directly to this role?',
    paraphrases: [
      'Which parts of your previous experience are most relevant to this job?',
      'How has your past experience prepared you for what we need here?',
      'Can you connect your past experience to the requirements of this role?',
      'Which of your past projects relates most directly to what you would be doing here?',
      'How does your previous experience relate to this job?',
      'Walk me through how your past experience matches this job.',
      'What in your track record is directly relevant to this role?',
      'Why is your past experience relevant to this team?',
      'How would your previous experience help you hit the ground running here?',
      'Tell me which of your past experiences relate most closely to this role.',
    ],
    category: 'experience',
    stages: ['recruiter-screen', 'hiring-manager', 'panel'],
    assesses:
      'Whether you can do the job from early on, and whether you understand the role well enough to see which of your experiences matter for it.',
    howToAnswer:
      'Read the job description for its two or three main demands and match each with one piece of your experience, with a fact or number. Put the closest match first. Be honest about one gap and how you would close it, then ask which of the demands matters most.',
    framework: 'motivation',
    structure:
      'The two or three demands of the role -> your matching experience for each (one proof with a number) -> an honest gap and how you would close it -> a question back',
    pitfalls: [
      'Walking through your CV in order instead of picking what matters for this role.',
      'Listing duties ("I was responsible for…") instead of what you achieved.',
      'Stretching unrelated experience to fit, which the interviewer will notice.',
      'Ignoring an obvious gap and hoping it does not come up.',
    ],
    followUps: [
      'Which part of this role would be new to you?',
      'How would you close that gap in your first months?',
      'Tell me more about the project you mentioned: what exactly was your part?',
      'What from your experience would not work here?',
    ],
    exampleAnswer:
      "Three parts of my experience line up closely with this job. The first is scale: for the past four years I have run the night shift at a 200,000-square-foot grocery distribution centre, with 60 pickers and loaders and about 18,000 cases dispatched each night. Kestrel's Daventry site is a similar size, so the rhythm of the work will be familiar. The second is chilled goods. Eighteen months ago I led the conversion of one of our three chambers to chilled storage: I rewrote the pick paths, trained every team leader on temperature checks and set up the log that our auditors now use as the reference for the site. We passed our first BRC audit for chilled with no major findings. The third, and the closest to what you described in the first interview, is improving picking accuracy on an ageing system. Last year I introduced a daily error review with the team leaders, and our mis-picks fell from 1.2% to 0.4% in six months. Where my experience is thinner is opening a new site, and I would want to learn from the people who opened your Leeds centre. Which of those three matters most for the first year at Daventry?",
  },
  {
    id: 'tell-me-about-yourself',
    question: 'Tell me about yourself.',
    paraphrases: [
      'Walk me through your background.',
      'Could you introduce yourself?',
      'Give me a quick summary of your background.',
      'Talk me through your CV.',
      'How would you sum up your career so far?',
      'Take me through your CV and background.',
      'Could you start by telling us about yourself?',
      'Describe yourself in a nutshell.',
      'Introduce yourself as you would to a new colleague.',
      'Give us an overview of yourself and your career so far.',
    ],
    category: 'experience',
    stages: ['recruiter-screen', 'hiring-manager', 'panel', 'final'],
    assesses:
      'Whether you can tell your own story briefly and choose what matters for this role. The first two minutes also set the impression the rest of the interview is read through.',
    howToAnswer:
      'Keep it to about ninety seconds and to your working life. Start with what you do now, give one achievement with a number, say in a sentence how you got here, and finish with why this role is the next step. Hand the conversation back with a question.',
    framework: 'motivation',
    structure:
      'Present (what you do now) -> one proof with a number -> how you got here, in a sentence -> why this role next -> a question back',
    pitfalls: [
      'Starting with your childhood or your whole education.',
      'Reading out every job on your CV in order.',
      'Personal details that do not help the hiring decision.',
      'Ending without saying why you are in this room for this job.',
    ],
    followUps: [
      'Why did you move from your first career step to the next?',
      'What are you proudest of in that time?',
      'What is missing from your current job?',
      'Tell me more about the project you mentioned.',
    ],
    exampleAnswer:
      "I am a site project manager in residential construction, and for the past six years I have delivered housing schemes of between 40 and 120 homes for Calder Homes in West Yorkshire. I started out as an apprentice joiner, and that still shapes how I run a site: I spend the first hour of each day walking it with the trade foremen, because most delays are visible on the ground before they show up in the programme. My most recent scheme was 86 homes on a former mill site with poor ground. I re-sequenced the foundations around the piling rig's availability, and we handed over five weeks early, which saved the client about £90,000 in finance costs. Over the last two years I have also taken on the commercial side, so I now manage budgets of up to £14 million and report to the board each month. What I am looking for next is larger, mixed-use work, and that is why this role at Ferrow Construction appeals to me. Your riverside scheme in Wakefield combines housing, shops and a health centre, which is the complexity I want to take on. I hold an SMSTS certificate and I am halfway through chartership with the CIOB. How is the project team on the Wakefield scheme set up?",
  },
  {
    id: 'company-knowledge',
    question: 'What do you know about our company?',
    paraphrases: [
      'What do you know about us so far?',
      'How much research have you done on us?',
      'What do you know about what we do?',
      'How much do you know about our business?',
      'What have you read or heard about us?',
      'What did your research tell you about our company?',
      'What do you know about our products and customers?',
      'How well do you know our company?',
      'What did your research on us turn up?',
      'Tell me what you know about us.',
    ],
    category: 'motivation',
    stages: ['recruiter-screen', 'hiring-manager'],
    assesses:
      'How much effort you put into preparing, which hiring managers read as a sign of real interest, and whether you understand the business well enough to see where you would fit.',
    howToAnswer:
      'Go beyond the About page: mention what the company sells and to whom, one recent development, and something you saw for yourself (a store visit, the product, a talk). Then link one fact to what you bring, and ask a question that only someone who did the research could ask.',
    framework: 'motivation',
    structure:
      'What they do and for whom -> one recent development and one thing you saw yourself -> how it connects to what you bring (one proof) -> an informed question back',
    pitfalls: [
      'Reciting facts from the website with no view of your own.',
      'Getting a basic fact wrong, such as the size of the business or its main product.',
      'Stopping at the facts without linking them to the role.',
      'Flattery ("you are the market leader") instead of knowledge.',
    ],
    followUps: [
      'Who do you see as our main competitors?',
      'What do you think we could do better?',
      'Which of our products or services would you use yourself?',
      'What did you find out about the team you would join?',
    ],
    exampleAnswer:
      'Cairn Outdoor started as a single climbing shop in Kendal in 1994 and now has 42 stores, most of them in towns close to national parks, plus an online shop that your last annual report says makes up about a third of sales. What stands out to me is the repair and resale side. The Cairn Mend service fixes around 30,000 items a year, and the buy-back scheme you launched in 2023 means a customer can trade in a jacket that someone else buys second-hand in the same store. I visited your Keswick and Ambleside stores last month. In both, the repair counter was busier than the tills on a wet Saturday morning, and the staff knew the kit from using it, not from a script. That matches how I run a shop floor. As assistant manager at a sports retailer in Carlisle, I set up a weekly product session where one colleague demonstrates a piece of kit to the rest, and our average basket rose by 12% over the following six months. I also understand the pressure to grow online without emptying the stores, since your report mentions footfall falling by 4% last year. How is the Penrith store, the one this role would run, using its repair counter to bring people in?',
  },
  {
    id: 'why-hire-you',
    question: 'Why should we hire you?',
    paraphrases: [
      'Why should we hire you over the other applicants?',
      'What makes you stand out from the other applicants?',
      'Why are you the right person for this job?',
      "Convince me you're the right person for this role.",
      'Why should we hire you rather than someone else?',
      'Give me one reason we should hire you.',
      'Why would we be right to hire you?',
      'Sell me on hiring you.',
      'Make the case for why we should hire you.',
      'What value would you add if we hired you?',
    ],
    category: 'motivation',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Whether you understand what the team needs and can show, with evidence, that you meet it better than other candidates, without arrogance.',
    howToAnswer:
      'Start from their problem, not your CV: name what the role needs most, as you understood it from the job description and the interviews. Match it with two pieces of evidence, one with a number, and add what makes you different. Close with a question about the priority you named.',
    framework: 'motivation',
    structure:
      'What the role needs most -> your evidence for it (one proof with a number) -> what sets you apart -> a question back',
    pitfalls: [
      'Generic claims ("I am hard-working and a fast learner") with no proof.',
      'Comparing yourself to other candidates you have never met.',
      'Talking about what the job would do for you rather than for them.',
      'Repeating your CV instead of connecting it to their needs.',
    ],
    followUps: [
      'What would your first priority be if you started on Monday?',
      'What is the one thing that could make you a poor hire?',
      'Who is the strongest competitor for this job, and why are you stronger?',
      'What would your references say about you?',
    ],
    exampleAnswer:
      'You need someone who can keep three packing lines running and cut the unplanned stoppages you mentioned, and that is the work I have done for the last seven years. I am a multi-skilled maintenance engineer at a bakery in Wigan, qualified in both electrical and mechanical work, so I can fix a fault on a servo drive and a worn gearbox on the same shift without waiting for a second engineer. When I joined, our lines lost about 40 hours a month to breakdowns. I built a planned-maintenance schedule in our maintenance system for every critical part, trained the operators to do daily checks and started a weekly review of each stoppage with the production manager. Within a year unplanned downtime fell to 12 hours a month, and line efficiency went from 71% to 83%. I also know food-safety rules from the inside: I wrote the site procedure for working on lines during hygiene cleans, and it passed our last two BRC audits. The Greenfold Foods site runs the same kind of slicers and flow-wrappers as ours, so I can be useful from the first week, and I want to mentor apprentices, which your advert mentions. What are the most frequent causes of stoppages on your lines at the moment?',
  },
  {
    id: 'next-role',
    question: 'What are you looking for in your next role?',
    paraphrases: [
      'What do you want from your next job?',
      'What do you need from your next position?',
      'Describe your ideal next job.',
      'What are you hoping your next role will give you?',
      'What would make your next job a success for you?',
      'What kind of role are you looking for next?',
      'If you could design your next job, what would it include?',
      'What needs to be true about your next job for you to accept it?',
      'What are your must-haves in your next position?',
      'What are you looking for in your next career move?',
    ],
    category: 'career-goals',
    stages: ['recruiter-screen', 'hiring-manager'],
    assesses:
      'Whether what you want matches what this job offers, so that you will accept, settle and stay. It also shows how clearly you have thought about your own direction.',
    howToAnswer:
      'Name two or three concrete things you want from your next role, ideally ones this job offers, and show where each comes from with one example from your work. Avoid leading with pay or perks. Connect the list to this role and ask a question that tests the match.',
    framework: 'motivation',
    structure:
      'Two or three things you want -> where that comes from (one proof) -> how this role offers them -> a question back',
    pitfalls: [
      'A wish list that describes a different job.',
      'Leading with salary, benefits or remote work.',
      'Answers so vague ("a good team and a challenge") that they fit any job.',
      'Describing what you want to get away from instead of what you want.',
    ],
    followUps: [
      'What would make you turn this job down?',
      'What is missing in your current job?',
      'How does this role compare with the others you are considering?',
      'What do you need from a manager?',
    ],
    exampleAnswer:
      "I am looking for three things in my next role: more continuity with patients, more clinical independence, and a team that invests in wound care, which is the area I want to specialise in. For five years I have worked on an acute medical ward, where I rarely see a patient again after discharge. Two years ago I became the ward's tissue viability link nurse. I audited our pressure-ulcer cases, ran short training sessions for healthcare assistants on repositioning and skin checks, and over twelve months our hospital-acquired pressure ulcers fell from 14 to 5. I enjoyed that work more than anything else in my job, and it showed me that I want to follow patients over weeks, not days. A community post with Valebridge Community Health offers all three: your district nurses manage their own caseloads, you run the leg-ulcer clinic in Hexham, and the job description mentions support for the non-medical prescribing course. On the ward I already make first-line decisions at night when the on-call doctor is across the hospital, so working alone in patients' homes is a step I am ready for. What does a typical caseload look like for a nurse in the first six months with the team?",
  },
  {
    id: 'what-motivates-you',
    question: 'What motivates you at work?',
    paraphrases: [
      'What drives you in your job?',
      'What gets you motivated in the morning for work?',
      'What keeps you motivated from day to day?',
      'What kind of work motivates you most?',
      'What drives you at work?',
      'What inspires you and keeps you motivated at work?',
      'What keeps you motivated on a hard day at work?',
      'Which parts of your work motivate you most?',
      'Where does your motivation at work come from?',
      'What is your biggest source of motivation at work?',
    ],
    category: 'motivation',
    stages: ['recruiter-screen', 'hiring-manager', 'panel'],
    assesses:
      'What keeps you engaged, and whether this job will supply it. A hiring manager also uses it to learn how to manage you well.',
    howToAnswer:
      'Name one or two real motivators that this job offers, and prove each with a moment from your work when it drove you to do something well. Avoid motivators that this role cannot provide. Connect them to what you know of the job and ask how the team measures success.',
    framework: 'motivation',
    structure:
      'What motivates you, in one line -> a moment that shows it (one proof with a number) -> how this role offers it -> a question back',
    pitfalls: [
      'Money or status as the only motivator.',
      'A motivator the job cannot offer, such as working alone in a team role.',
      'Clichés ("I love a challenge") with no example.',
      'A long list that shows no priority.',
    ],
    followUps: [
      'What demotivates you?',
      'Tell me about a time your motivation dropped. What did you do?',
      'How would your manager keep you motivated?',
      'What part of this job do you expect to enjoy least?',
    ],
    exampleAnswer:
      'What motivates me most is solving a customer problem that they had stopped expecting anyone to solve, and then seeing the numbers prove it. I sell packaging to food producers for a mid-sized supplier, and last year one of my accounts, a cheese maker in Somerset, was losing about 3% of its product to packs damaged in transit. Other suppliers had offered them cheaper boxes. I spent a day on their packing line, filmed where the packs failed, and worked with our design team on a tray that held each wheel in place. Damage fell to under 0.5%, which saved them around £60,000 a year, and they moved their whole account to us. That result mattered more to me than the commission: their production manager now calls me before she calls anyone else. I am also driven by a clear target. I like to know where I stand each week, and I have hit my annual number four years running. That is why the account manager role at Tallis Packaging appeals to me. Your customers are mostly food manufacturers, and your reusable-crate trial means there are real problems to solve with them. How does the team here measure success beyond the sales number?',
  },
  {
    id: 'first-90-days',
    question: 'What would your first 90 days in this role look like?',
    paraphrases: [
      'How would you approach your first three months here?',
      'What would you focus on in your first three months with us?',
      'Walk me through your plan for the first 90 days.',
      'If we hired you, what would you do in your first 90 days?',
      'How would you settle in during your first three months in this job?',
      'What impact could you make in your first 90 days?',
      'What would you want to have delivered after your first three months?',
      'How would you spend your first 90 days on the team?',
      'What would you aim to achieve in your first 90 days in this position?',
      "What's your plan for your first three months in the role?",
    ],
    category: 'motivation',
    stages: ['hiring-manager', 'final'],
    assesses:
      'Whether you understand the role well enough to plan for it, how you balance learning with delivering, and whether you will build trust before you change things.',
    howToAnswer:
      'Give a short plan in stages: what you would learn first and from whom, what you would agree with your manager, and one early result you would aim for. Use what you heard in earlier interviews, and back the plan with how you started well in a past job. Ask what they would most want to see after 90 days.',
    framework: 'motivation',
    structure:
      'Learn (first month: people, data, customers) -> agree priorities (second month) -> one visible result (third month), with a proof from a past start -> a question back',
    pitfalls: [
      'Promising big changes before you know the team or the reasons behind how things are done.',
      'A plan with no result in it, only meetings and reading.',
      'A generic plan that ignores what the interviewers told you about their problems.',
      'Criticising how things are done today.',
    ],
    followUps: [
      'Who would you want to meet in your first week?',
      'What would you do if the team resisted your first change?',
      'How would you know you were on track after 30 days?',
      'What would you need from me as your manager?',
    ],
    exampleAnswer:
      'In the first 30 days I would focus on learning how the contact centre runs before changing anything. I would sit with advisers on the phones for at least one shift a week, meet each of the six team leaders one to one, and read the last three months of complaints, because the reasons behind your eleven-minute average wait will be in there. By day 60 I would agree two or three priorities with you, based on what the data and the team tell me. From what you said in the first interview, I expect one of them to be repeat calls about billing. By day 90 I would want one change live and measured, rather than a long plan. That is how I started in my current job at a water company. In my first quarter there, I found that 30% of our calls came from customers chasing a callback we had promised. I set up a callback tracker with the team leaders and gave each adviser a daily slot to clear their list, and within ten weeks repeat calls fell by a fifth. I would bring the same habit to Brightmoor Energy: listen first, pick one problem, fix it visibly and earn trust for the bigger changes. What would you most want to see different after my first 90 days?',
  },
  {
    id: 'colleagues-describe',
    question: 'How would your colleagues describe you?',
    paraphrases: [
      'What would your colleagues tell me about you?',
      'How would your colleagues describe working with you?',
      'If I phoned your colleagues, how would they describe you?',
      'What three words would your colleagues use to describe you?',
      'How do the people you work with see you?',
      'What would a former colleague say about working with you?',
      'How would the people you work with describe you?',
      'What reputation do you have among your colleagues?',
      'What would your colleagues say about you when you are not in the room?',
      'How would the colleagues who sit next to you describe you?',
    ],
    category: 'strengths',
    stages: ['recruiter-screen', 'hiring-manager', 'panel'],
    assesses:
      'How you work with others day to day and how self-aware you are. The hiring manager may check your answer with references, so it needs to be credible.',
    howToAnswer:
      'Pick two or three qualities your colleagues would really name, ideally ones this team needs. Back the main one with a moment that shows it, with your actions and a measured result, and mention any written feedback you have had. Link it to the role and ask how the team works together.',
    framework: 'strength',
    structure:
      'Two or three qualities colleagues would name -> one moment that shows the main one (your actions, a measured result) -> how it would help this team -> a question back',
    pitfalls: [
      'A list of flattering adjectives with no example.',
      'Qualities your references would not recognise.',
      'Only describing how you get on socially, with nothing about the work.',
      'False modesty that leaves the interviewer with nothing to go on.',
    ],
    followUps: [
      'What would a colleague who disagreed with you often say?',
      'What would they say you could do better?',
      'How would your manager describe you differently?',
      'Tell me about a time a colleague saw you at your worst.',
    ],
    exampleAnswer:
      "My colleagues would say I stay calm when the plan falls apart, and that I tell people what is happening before they have to ask. I am a transport planner for a haulier with 45 trucks, and last February heavy snow closed the A1 on a Monday morning with 30 deliveries booked for supermarket depots in the North East. I re-planned the routes through the A68 and A69 within the first hour, phoned each of the eleven affected drivers myself instead of sending a message, and called the three depots to agree later slots before they had to chase us. We delivered 27 of the 30 loads that day and the other three by eight the next morning, with no late-delivery penalties. Afterwards two drivers told my manager they had known exactly what to do all day, which meant more to me than the numbers. My last appraisal says much the same: 'calm, clear and quick to warn people'. In this role, where you plan for three depots instead of one, I would bring that habit of warning people early to a bigger network. How does your team handle disruption on the network at the moment?",
  },
  {
    id: 'strength-still-building',
    question: 'What is a strength you are still building?',
    paraphrases: [
      'Which strength are you still building up?',
      'What are you building into a strength at the moment?',
      'Tell me about a strength you are building at the moment.',
      'What strength have you been building over the past year?',
      'Which of your strengths is still a work in progress?',
      'What is a strength of yours that is still growing?',
      'Which strength are you still growing into?',
      'What skill are you building up so it becomes a strength?',
      'What strength are you building on these days?',
      'Which of your strengths is still growing?',
    ],
    category: 'strengths',
    stages: ['hiring-manager', 'panel'],
    assesses:
      'Whether you develop yourself on purpose, how honestly you judge your own level, and whether the skill you are building is one this role will use.',
    howToAnswer:
      'Choose a skill that is useful in this role and that you have already started to show, not a weakness in disguise. Give one example with your actions and a measured result, say plainly what is not there yet and how you keep practising. Link it to the role and ask how it is used on the team.',
    framework: 'strength',
    structure:
      'The strength you are building -> one example (your actions, a measured result) -> what is still missing and how you practise -> how it helps in this role -> a question back',
    pitfalls: [
      'Naming a weakness and calling it a strength in progress.',
      'Choosing a skill with no link to the job.',
      'Claiming progress without an example of using the skill.',
      'Overstating your level, which the follow-up questions will expose.',
    ],
    followUps: [
      'What does "fully built" look like for that skill?',
      'Who is helping you develop it?',
      'When did that skill let you down?',
      'How would this role help you build it further?',
    ],
    exampleAnswer:
      "A strength I am still building is explaining technical work to people who are not engineers. I have been a backend developer for four years, and for most of that time I let our product manager translate for me. Last year our support team was swamped with tickets about failed bank imports, so I offered to help. I wrote a one-page guide to the five most common import errors, with screenshots and the fix a customer could apply themselves, and I ran three short sessions with the support agents. Tickets about imports fell by 35% over the next two months, and the support lead asked me for two more guides. Since then I have presented our team's work at two company all-hands meetings, and I ask the support lead for feedback after each one. It is not yet as quick as I want it to be: a new guide still takes me a full day. In this role, where developers work directly with your clients' finance teams, that skill would shorten the back-and-forth on every integration. How much contact do developers here have with clients in a typical week?",
  },
  {
    id: 'culture-best-work',
    question: 'What kind of culture do you thrive in at work?',
    paraphrases: [
      'Describe the work environment where you thrive.',
      'What kind of culture brings out the most in you?',
      'In what kind of culture are you most productive?',
      'What kind of working environment do you need to thrive?',
      "Which company cultures suit you, and which don't?",
      'What sort of culture suits you?',
      'How would you describe a culture where you thrive?',
      'In what kind of environment are you at your most effective?',
      'What kind of culture helps you do great work?',
      'What kind of culture do you feel most at home in?',
    ],
    category: 'culture',
    stages: ['recruiter-screen', 'hiring-manager', 'final'],
    assesses:
      'Whether you will be effective and stay in this team as it really is, and how well you know what you need to work well.',
    howToAnswer:
      'Be honest: name two or three features of a culture that help you work well, and show one with a moment when it did. Check what you know of their culture first and mention something specific you saw or heard. Ask how the team handles the feature that matters most to you.',
    framework: 'motivation',
    structure:
      'The two or three features you need -> a moment when they helped you (one proof) -> what you have seen of their culture -> a question back',
    pitfalls: [
      'Describing the perfect workplace that no real team offers.',
      'Saying "any culture suits me", which tells them nothing.',
      'Describing a culture that clearly differs from theirs without acknowledging it.',
      'Defining a good culture by the faults of your current one.',
    ],
    followUps: [
      'Tell me about a time you worked in a culture that did not suit you.',
      'What would you do if our culture turned out to be different from what you expect?',
      "How do you contribute to a team's culture?",
      'What kind of manager brings out the most in you?',
    ],
    exampleAnswer:
      'I do my best work in a culture where feedback is direct and early, and where ideas are tested against real results rather than opinions. At my current agency, my most productive period was on a charity account where the client let us run every fundraising email in two versions. I wrote both versions, the strategist and I read the results together each Friday, and over six months the donation rate from our emails rose from 1.8% to 2.6%. What made that work was not the testing tool. It was that everyone, from the junior designer to the client, said what they thought on Monday rather than in a final review. I also need some protected time: I block two mornings a week for writing, and that is when my strongest drafts happen. From your blog and from what Maya told me in the first interview, the team at Halyard runs a critique session every Tuesday where any piece of work can be pulled apart, and you publish your test results in your case studies. That is the kind of environment I want to be part of. How does the team balance open critique with protecting time for focused writing?',
  },
  {
    id: 'values-at-work',
    question: 'What values matter most to you at work?',
    paraphrases: [
      'Which values matter to you most in a job?',
      'What core values and principles do you bring to work?',
      'What values matter most to you in an employer?',
      'Tell me about the values that matter to you at work.',
      'Which workplace values are most important to you?',
      'What values are most important to you in how you work?',
      'What are your core values at work?',
      'Which core values would you never compromise on at work?',
      'What principles are most important to you in your job?',
      'If we watched you work for a month, which values would we see in action?',
    ],
    category: 'culture',
    stages: ['hiring-manager', 'panel', 'final'],
    assesses:
      'Whether your values fit how the team really works, and whether you act on them when it costs something, not only when it is easy.',
    howToAnswer:
      "Name one or two values and prove the main one with a short story in which acting on it had a cost. Link your values to something specific you know about how the organisation works. Close by asking how that value shows up in the team's normal week.",
    framework: 'motivation',
    structure:
      'One or two values -> a short story where you acted on one (what you did, what happened) -> how it matches their values (named) -> a question back',
    pitfalls: [
      'A list of abstract nouns ("integrity, respect, excellence") with no example.',
      "Copying the company's values back without showing that you live them.",
      'A story where the value cost you nothing.',
      'Values that quietly criticise your current employer.',
    ],
    followUps: [
      'Tell me about a time your values clashed with what you were asked to do.',
      'Which of our values do you think is hardest to live up to?',
      'What would you do if a colleague ignored one of those values?',
      'How would your colleagues see those values in your work?',
    ],
    exampleAnswer:
      "The two values that matter most to me are honesty about mistakes, including my own, and treating clients' money as carefully as if it were mine. The first was tested two years ago, when I was an audit senior at a mid-sized accounting firm in Bristol. A week after we signed off a client's accounts, I found that I had misread a lease schedule, and the error understated their liabilities by £85,000. It did not change our opinion on the accounts, and nobody else had spotted it. I told my manager that afternoon, drafted the correction with her, and we explained it to the client's finance director before the filing deadline. The client stayed with us, and our partner now uses the case in training on raising errors early. Since then I keep a short log of every judgement I make on a file, so anyone can check my reasoning. I read that Marsh & Calloway lists candour as the first of its values, and that your partners share their review findings with the whole audit team each quarter. That matches how I want to work. How does that openness show up in a normal week for the team?",
  },
  {
    id: 'career-change',
    question: 'Why do you want to move into this field?',
    paraphrases: [
      'What is behind your career change?',
      'Why are you switching careers?',
      'What made you want to change industries?',
      'Why move into this line of work now?',
      'What sparked your career change into this field?',
      'Why move into this industry?',
      'Your background is in a different field: why move into this one?',
      'What is drawing you to this field from a different one?',
      'Why are you making a career switch at this point?',
      'What led you to retrain and move into this field?',
    ],
    category: 'motivation',
    stages: ['recruiter-screen', 'hiring-manager', 'final'],
    assesses:
      'Whether the move is considered and lasting, what you have already done to prepare, and which of your past skills will transfer.',
    howToAnswer:
      'Present the change as a move towards this field, not away from the old one. Show the moment the interest became real, the concrete steps you have already taken (courses, projects, volunteering) with one result, and the skills from your first career that give you an edge. Ask how newcomers are supported.',
    framework: 'motivation',
    structure:
      'What draws you to the field -> when it became real, and what you have done since (one proof) -> what you bring from your first career -> why this company -> a question back',
    pitfalls: [
      'Explaining the change mainly by what you disliked in your old career.',
      'No evidence of preparation beyond interest.',
      'Discarding your past experience instead of showing what transfers.',
      'Sounding as if you might switch again in a year.',
    ],
    followUps: [
      'What will you miss about your old career?',
      'What has been hardest about learning the new field?',
      'How do you feel about starting at a more junior level?',
      'What would make you go back?',
    ],
    exampleAnswer:
      'I taught secondary science for eight years, and the part of the job I came to enjoy most was designing how students learn, more than standing at the front of the room. In 2022 our school moved Year 9 science online for a term, and I built the course in our learning platform: short videos, quizzes that branched depending on the answer, and weekly written feedback. Completion ran at 91%, and end-of-unit test scores were eight points higher than the year before. That project showed me I wanted to design learning full time. Since then I have completed a certificate in learning design, built a portfolio of four modules in Articulate Rise, and redesigned a safety induction for a local manufacturer as a volunteer project, which cut their induction from a full day to three hours. So I am moving towards learning design rather than away from teaching. That is why Brightpath Learning appeals to me: you build science courses for schools, so my classroom experience is useful from day one, and I would get to design for far more students than one school can reach. How do your learning designers work with teachers when they test a new course?',
  },
];
