import type { StageId } from './bank/types.ts';

/** What a question to the interviewer is for. */
export type AskPurpose =
  | 'problem'
  | 'role'
  | 'team'
  | 'manager'
  | 'growth'
  | 'culture'
  | 'success'
  | 'next-steps'
  | 'closing';

export interface QuestionToAsk {
  id: string;
  question: string;
  purpose: AskPurpose;
  /** Stages where it fits best. */
  stages: readonly StageId[];
  /** When to ask it (and when not to). */
  whenItFits: string;
  /** What the answer tells you about the job. */
  whatItTellsYou: string;
}

/** Questions to ask at the end of an interview, by purpose. */
export const QUESTIONS_TO_ASK: readonly QuestionToAsk[] = [
  // problem
  {
    id: 'biggest-problem-to-solve',
    question:
      "What's the biggest problem you're facing that you're hoping the person taking on this role will solve?",
    purpose: 'problem',
    stages: ['hiring-manager', 'final'],
    whenItFits:
      'Ask it early in your own questions with the hiring manager, since their answer lets you tie your experience to the pain they feel. Skip it with a recruiter, who usually only knows the job description.',
    whatItTellsYou:
      'You learn what you would actually be judged on and can link one of your stories to it on the spot. A vague answer or "nothing in particular" can mean the role is poorly defined.',
  },
  {
    id: 'what-is-not-working',
    question: "What isn't working as well as you'd like today, and how does it affect the team?",
    purpose: 'problem',
    stages: ['hiring-manager', 'panel'],
    whenItFits:
      'Use it once the interviewer has spoken openly about the work, so it sounds like curiosity rather than criticism. Avoid it in the first minutes or with someone who seems guarded.',
    whatItTellsYou:
      'It shows how honest the team is about its weak spots and where your first months of effort would go. Be wary if everything is described as perfect or if the blame falls on one person who has left.',
  },
  {
    id: 'what-has-been-tried',
    question: 'What has already been tried to fix that, and why do you think it did not stick?',
    purpose: 'problem',
    stages: ['hiring-manager'],
    whenItFits:
      'Ask it as a follow-up right after the interviewer names a problem. On its own, without a problem on the table, it makes no sense.',
    whatItTellsYou:
      'You hear whether the obstacles are technical, political or a lack of resources, and how much room you would have to try something new. Repeated failed attempts with no clear lesson suggest the real issue sits above the team.',
  },
  {
    id: 'why-role-open-now',
    question: 'Is this a new position, or is it open because someone moved on?',
    purpose: 'problem',
    stages: ['recruiter-screen', 'hiring-manager'],
    whenItFits:
      'It is a natural early question with the recruiter and fine to confirm with the hiring manager. Keep the tone neutral so it does not sound like you are digging for gossip.',
    whatItTellsYou:
      'A new role points to growth or a fresh need; a backfill tells you what the last person did well or not. Listen for several people leaving the same seat in a short time, which is a warning sign.',
  },
  // role
  {
    id: 'typical-week',
    question: 'What does a typical week look like for someone in this role?',
    purpose: 'role',
    stages: ['recruiter-screen', 'hiring-manager'],
    whenItFits:
      'It works at any point after the basics of the job are clear. Do not lead with it if the job description already spells out the routine in detail; ask about what it leaves out instead.',
    whatItTellsYou:
      'You get a picture of meetings, focus time and who you deal with each day, which you can compare with how you like to work. A reply that is only a list of meetings, or that nobody can describe, is worth noting.',
  },
  {
    id: 'first-ninety-days',
    question: 'What would you want me to have achieved in my first 90 days?',
    purpose: 'role',
    stages: ['hiring-manager', 'final'],
    whenItFits:
      'Ask it once you have shown you understand the role, ideally with the person you would report to. It loses value with a recruiter, who rarely owns those goals.',
    whatItTellsYou:
      'The answer shows whether expectations are realistic and whether there is a plan for getting you up to speed. Be careful if the manager expects full output in week one or cannot name a single concrete goal.',
  },
  {
    id: 'planned-vs-unplanned-work',
    question:
      'How much of the work in this role is planned ahead, and how much comes in as urgent requests?',
    purpose: 'role',
    stages: ['hiring-manager', 'panel'],
    whenItFits:
      'It suits roles where interruptions are common, such as support, operations or client work. Skip it if the interviewer has already described the rhythm of the job.',
    whatItTellsYou:
      'It tells you how much control you would have over your own time. Constant firefighting described as normal, with no plan to reduce it, can mean long hours and burnout.',
  },
  {
    id: 'hardest-part-of-the-job',
    question: "What's the hardest part of this job that doesn't show up in the job description?",
    purpose: 'role',
    stages: ['hiring-manager', 'panel'],
    whenItFits:
      'Peers on a panel often answer it most frankly, and managers respect it when asked in a curious tone. Avoid it if it would follow several other questions about problems, or you will sound negative.',
    whatItTellsYou:
      'You hear about the unwritten demands of the role, from tricky stakeholders to tight deadlines. Someone who claims there is no hard part is either not being open or does not know the job well.',
  },
  // team
  {
    id: 'who-is-on-the-team',
    question: 'Who else is on the team? How would you characterize how you work together?',
    purpose: 'team',
    stages: ['hiring-manager', 'panel'],
    whenItFits:
      'Ask it once you have covered the work itself, so the team question builds on what you already know. Keep it short in a panel where the team members are in the room.',
    whatItTellsYou:
      'You learn the size, skills and seniority mix of the group and whether people lean on each other or work alone. A manager who struggles to describe the team or speaks of it coldly is worth a second thought.',
  },
  {
    id: 'closest-collaborators',
    question: 'Outside your own team, which people or groups would I work with most closely?',
    purpose: 'team',
    stages: ['hiring-manager', 'panel'],
    whenItFits:
      'It fits roles that depend on other departments, such as product, sales or finance partners. For a narrow individual role with few contacts it adds little.',
    whatItTellsYou:
      'The answer shows how the role connects to the rest of the company and where friction might come from. Listen for tension with a partner team that is described as a fight rather than a shared goal.',
  },
  {
    id: 'how-work-is-shared',
    question: 'How does the team split up the work, and how do you keep each other in the loop?',
    purpose: 'team',
    stages: ['panel', 'hiring-manager'],
    whenItFits:
      'Best asked to future peers, who live the process day to day. If the team has already walked you through its rituals, ask about one of them in more depth instead.',
    whatItTellsYou:
      'You find out whether work is assigned, chosen or negotiated, and how much written or spoken coordination there is. Duplicate work, dropped handoffs or "we just figure it out" are signs of a team without clear ownership.',
  },
  {
    id: 'what-peers-enjoy',
    question: 'What do you enjoy most about working with this group?',
    purpose: 'team',
    stages: ['panel', 'final'],
    whenItFits:
      'A warm question for the people who would be your colleagues, good near the end of a panel. It is less useful with someone who does not work with the team every day.',
    whatItTellsYou:
      'Specific, unprompted praise of colleagues suggests trust within the team. Long pauses, sighs, or answers that only mention perks or pay are worth weighing.',
  },
  // manager
  {
    id: 'management-style',
    question: "What's your management style?",
    purpose: 'manager',
    stages: ['hiring-manager'],
    whenItFits:
      'Ask it only of the person you would report to, and after you have talked about the work so it feels like a natural next step. It has no place with a recruiter or a peer.',
    whatItTellsYou:
      'You learn how closely you would be supervised and how decisions are handed down. Ask for an example if the reply is only a label, and watch for a style that clearly clashes with how you do your best work.',
  },
  {
    id: 'how-you-give-feedback',
    question: 'How do you usually give feedback, and how often would we meet one-on-one?',
    purpose: 'manager',
    stages: ['hiring-manager'],
    whenItFits:
      'A good follow-up to the management style question, or a gentler alternative to it. Not for a recruiter, who cannot speak for the manager.',
    whatItTellsYou:
      'It shows whether feedback is regular and direct or saved for the yearly review. Rare one-on-ones, or feedback that only arrives when something goes wrong, are things to note.',
  },
  {
    id: 'how-reports-describe-you',
    question: 'How do you think the people on your team would describe working for you?',
    purpose: 'manager',
    stages: ['hiring-manager'],
    whenItFits:
      'Ask it once there is some rapport, since it invites the manager to reflect on themselves. If the conversation has felt stiff, choose the feedback question instead.',
    whatItTellsYou:
      'A self-aware answer that admits a flaw or two is a good sign. Be cautious if the manager cannot imagine any criticism or only repeats how demanding they are.',
  },
  {
    id: 'when-someone-is-stuck',
    question:
      'When someone on your team is stuck or has made a mistake, how would you like them to bring it to you?',
    purpose: 'manager',
    stages: ['hiring-manager'],
    whenItFits:
      'Useful for roles with real risk, where problems need to surface fast. Frame it around how you like to work so it does not sound as if you expect to fail.',
    whatItTellsYou:
      'The answer reveals how safe it is to raise bad news on this team. Look for a clear and calm process; any hint that mistakes are met with blame is a serious red flag.',
  },
  // growth
  {
    id: 'learning-and-development',
    question:
      'What learning and development opportunities are there to further develop this position?',
    purpose: 'growth',
    stages: ['hiring-manager', 'final'],
    whenItFits:
      'Ask it after you have shown real interest in the role as it is today; opening with it can suggest you are already looking past the job. It fits well late in the hiring manager round.',
    whatItTellsYou:
      'You hear whether training, mentoring and stretch work are actually used or only exist on paper. A reply that starts and ends with a course budget nobody has time to spend is telling.',
  },
  {
    id: 'where-people-go-next',
    question: 'Where have people who were in this role before gone next?',
    purpose: 'growth',
    stages: ['hiring-manager', 'final'],
    whenItFits:
      'Good with a manager who has been in the company for a while. Do not ask it if the role is brand new; ask how the manager sees it growing instead.',
    whatItTellsYou:
      'Concrete examples of promotions or moves into other teams show that growth happens. If everyone in the seat has left the company, ask gently why.',
  },
  {
    id: 'taking-on-more',
    question: 'How does someone in this role take on bigger responsibilities over time?',
    purpose: 'growth',
    stages: ['hiring-manager'],
    whenItFits:
      'It works once the interviewer has a sense of your ability, ideally after a strong answer of yours. Asked too early, it can sound as if the current role is beneath you.',
    whatItTellsYou:
      'You learn whether growth is planned with the manager or left to chance. Unclear criteria or "it depends on budget" every year can mean a long wait for the next step.',
  },
  {
    id: 'how-role-will-change',
    question: 'How do you see this role changing over the next year or two?',
    purpose: 'growth',
    stages: ['hiring-manager', 'final'],
    whenItFits:
      'Suits new or fast-changing roles, and pairs well with questions about company plans in a final round. Skip it if the manager has just described a stable, well-defined position.',
    whatItTellsYou:
      'It reveals whether the manager has a view of the future and how the job might grow with you. No view at all, or plans that depend on a reorganization nobody can explain, deserve attention.',
  },
  // culture
  {
    id: 'how-decisions-are-made',
    question: 'How are decisions usually made on this team, and who has the final say?',
    purpose: 'culture',
    stages: ['panel', 'hiring-manager'],
    whenItFits:
      'Ask it when you want to know how much say you would have, especially for senior roles. With a recruiter it rarely gets a useful answer.',
    whatItTellsYou:
      'You learn whether decisions rest on data, consensus or one person, and how fast they happen. Decisions that keep getting reversed from above, or that nobody can trace, point to frustration ahead.',
  },
  {
    id: 'recent-disagreement',
    question:
      'Can you tell me about a recent time the team disagreed on something, and how it was settled?',
    purpose: 'culture',
    stages: ['panel', 'final'],
    whenItFits:
      'Good with peers or a senior leader once the tone is relaxed. Avoid it if the interviewer has been short on time or very formal.',
    whatItTellsYou:
      'A real story of open debate that ended in a clear decision is healthy. "We never disagree" usually means people keep quiet, and a story that ends with someone being sidelined is a warning.',
  },
  {
    id: 'what-the-team-celebrates',
    question: 'What does the team celebrate, and what was the last win you marked together?',
    purpose: 'culture',
    stages: ['panel', 'final'],
    whenItFits:
      'A light question that works well near the end of a panel or a long day of interviews. It is less useful in a short recruiter call.',
    whatItTellsYou:
      'What a team celebrates shows what it truly values, whether customer results, shipping fast or helping each other. If nobody can recall the last celebration, effort may go unnoticed.',
  },
  {
    id: 'what-keeps-you-here',
    question: 'What has kept you here, and what is one thing you would change if you could?',
    purpose: 'culture',
    stages: ['panel', 'final'],
    whenItFits:
      'Ask anyone who has been at the company for a year or more, peers especially. Drop the second half if the interviewer seems uneasy talking about the company candidly.',
    whatItTellsYou:
      'The reasons people stay are a good guide to the real culture. Answers about only the salary or the product, or a change they want that sounds deep and long-standing, are worth weighing.',
  },
  // success
  {
    id: 'how-performance-is-measured',
    question: 'How is performance measured in this role, and how often is it reviewed?',
    purpose: 'success',
    stages: ['hiring-manager'],
    whenItFits:
      'Ask the hiring manager, who sets the targets. It fits after you have discussed the work, so it reads as wanting to do well rather than worrying about reviews.',
    whatItTellsYou:
      'You see whether goals are clear and measurable or left to impression. Metrics outside your control, or no formal check-in at all, can make it hard to show your value.',
  },
  {
    id: 'good-versus-great',
    question: 'What separates someone who is good in this role from someone who is great?',
    purpose: 'success',
    stages: ['hiring-manager', 'final'],
    whenItFits:
      'A strong question for the hiring manager at almost any point after the opening. Ask it once only; if you have already asked about the 90-day goals, choose another success question.',
    whatItTellsYou:
      'The answer names the behaviours the manager prizes most, which you can echo in a closing summary or a thank-you note. A reply about working late or always being available suggests long hours are the real measure.',
  },
  {
    id: 'right-hire-in-a-year',
    question: 'A year from now, what would make you say that hiring me was the right call?',
    purpose: 'success',
    stages: ['hiring-manager', 'final'],
    whenItFits:
      'Works near the end of a conversation that has gone well, as it asks the manager to imagine you in the job. If the interview felt rocky, a general question about success is safer.',
    whatItTellsYou:
      'You hear the outcome that matters most to the manager in their own words. A clear, specific goal is a good sign; a long list of unrelated hopes suggests the role is trying to do too much.',
  },
  {
    id: 'why-people-struggled',
    question: 'When people have struggled in this role before, what usually got in their way?',
    purpose: 'success',
    stages: ['hiring-manager', 'panel'],
    whenItFits:
      'Best after the manager has talked about what success looks like, as its natural flip side. Skip it for a brand-new role with no history.',
    whatItTellsYou:
      'It points to the traps in the role, such as unclear ownership or a hard stakeholder, and whether the manager sees their own part in them. Blaming every past struggle on the people alone is a red flag.',
  },
  // next-steps
  {
    id: 'next-steps-in-process',
    question: 'What are the next steps in the process from here?',
    purpose: 'next-steps',
    stages: ['recruiter-screen', 'hiring-manager'],
    whenItFits:
      'Ask it near the end of each round, after your questions about the job. With a recruiter it can come earlier, since they own the process.',
    whatItTellsYou:
      'You learn how many rounds remain and who decides, so you can prepare. A process that keeps changing or that no one can describe may reflect how the company runs in general.',
  },
  {
    id: 'decision-timeline',
    question: 'What is your timeline for making a decision on this role?',
    purpose: 'next-steps',
    stages: ['recruiter-screen', 'final'],
    whenItFits:
      'Especially useful when you have other offers or interviews in progress. Keep it matter-of-fact, and avoid pressing for a date in a round with a peer who has no say.',
    whatItTellsYou:
      'It tells you when to follow up and whether the company is moving fast. A timeline that is very vague or keeps stretching can mean the role is not a top priority.',
  },
  {
    id: 'who-else-will-i-meet',
    question:
      'Who else will I meet before a decision is made, and is there anything I should prepare for those conversations?',
    purpose: 'next-steps',
    stages: ['recruiter-screen', 'hiring-manager'],
    whenItFits:
      'Good when the later rounds have not been explained yet. Skip it if the recruiter has already sent a full schedule.',
    whatItTellsYou:
      'You can plan your stories for each audience, from peers to senior leaders. Interviewers who are open with tips want you to succeed; a reply that gives nothing away is neutral, not a bad sign.',
  },
  {
    id: 'when-to-expect-news',
    question:
      "When should I expect to hear back, and is it all right to check in if I haven't by then?",
    purpose: 'next-steps',
    stages: ['hiring-manager', 'final'],
    whenItFits:
      'Ask it as the last practical point before you close. Do not ask it in the same conversation as the timeline question; pick one.',
    whatItTellsYou:
      'A clear date and permission to follow up make your next move simple. If the interviewer is reluctant to commit to anything, plan a polite check-in about a week later anyway.',
  },
  // closing
  {
    id: 'anything-not-covered',
    question:
      "Is there anything I didn't cover in our conversation today that you would have liked me to touch on?",
    purpose: 'closing',
    stages: ['recruiter-screen', 'hiring-manager', 'panel', 'final'],
    whenItFits:
      'Use it as your final question in every round. Leave enough time to give a real answer to whatever the interviewer raises.',
    whatItTellsYou:
      'It exposes any gap in your story while you can still fill it. If the interviewer names a skill, give a short example right then; if they say no, you have likely covered what they needed.',
  },
  {
    id: 'concerns-about-fit',
    question: 'Do you have any concerns about my fit that I could address?',
    purpose: 'closing',
    stages: ['hiring-manager', 'final'],
    whenItFits:
      'Best with the hiring manager or a final decision maker, when you can handle whatever comes back calmly. Avoid it if you are short on time, since a concern left unanswered is worse than none raised.',
    whatItTellsYou:
      'You hear doubts directly and can respond with evidence instead of leaving them to the debrief. A specific, fair concern is useful; a gap that cannot be closed, such as a required licence, tells you where you stand.',
  },
  {
    id: 'how-i-compare',
    question:
      'From what we discussed today, how well do I match what you had in mind for this role?',
    purpose: 'closing',
    stages: ['hiring-manager', 'final'],
    whenItFits:
      'Use it instead of the concerns question if that one feels too blunt for the room. Only ask it if you are ready to hear an honest answer and respond briefly.',
    whatItTellsYou:
      'The answer shows where you stand and which strengths made the biggest impression. Guarded answers are common and not a bad sign in themselves, but a clear mismatch is worth knowing now.',
  },
  {
    id: 'may-i-sum-up',
    question:
      'Before we wrap up, could I take a minute to sum up why I am excited about this role?',
    purpose: 'closing',
    stages: ['hiring-manager', 'final'],
    whenItFits:
      'Ask it only when a few minutes remain, and keep the summary under a minute. Skip it if the interviewer is clearly running late for their next meeting.',
    whatItTellsYou:
      'It is less about the answer than about leaving a clear last impression that links your strengths to their biggest problem. An interviewer who listens with interest is engaged; one who cuts you short may simply be pressed for time.',
  },
];
