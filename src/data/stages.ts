import type { Category, StageId } from './bank/types.ts';

export interface Stage {
  id: StageId;
  name: string;
  /** Position in a typical process, from 1. */
  order: number;
  whoYouMeet: string;
  whatTheyDecide: string;
  typicalLength: string;
  whatToPrepare: readonly string[];
  /** How this stage differs from the one before it. */
  howItDiffers: string;
  /** Question categories this stage leans on, most important first: what a plan draws from. */
  focus: readonly Category[];
}

/** The four stages of a typical hiring process. */
export const STAGES: readonly Stage[] = [
  {
    id: 'recruiter-screen',
    name: 'Recruiter screen',
    order: 1,
    whoYouMeet: 'A recruiter or talent partner, often on a short phone or video call.',
    whatTheyDecide:
      'Whether you meet the basic requirements on paper and are genuinely interested, so that the hiring manager\u2019s time is well spent on you.',
    typicalLength: '15 to 30 minutes',
    whatToPrepare: [
      'A two-minute walk through your background that ends with why this role, now.',
      'The must-have requirements of the posting, each matched to a line of your resume.',
      'Your availability, notice period, location or remote needs, and a salary range you can defend.',
      'Two questions about the process and the team, to show interest and learn the timeline.',
    ],
    howItDiffers:
      'The first conversation: it checks the resume and your interest; depth comes later.',
    focus: ['motivation', 'experience', 'why-left', 'career-goals', 'strengths'],
  },
  {
    id: 'hiring-manager',
    name: 'Hiring manager interview (the second round)',
    order: 2,
    whoYouMeet:
      'The person you would report to. They usually wrote or approved the job description, and they make the final hiring decision.',
    whatTheyDecide:
      'Whether you can solve the problems that made them open this role, whether they want to work with you every day, and whether you will stay and grow.',
    typicalLength: '45 to 60 minutes',
    whatToPrepare: [
      'Re-read the job description as its author would: find the two or three pain points behind it.',
      'Four or five CARL stories with measured results that map to those pain points.',
      'A specific answer to "why this company": its mission, a product, a recent piece of work.',
      'What you know about the interviewer: where they studied, where they worked before, people you both know.',
      'Three questions for them, starting with the biggest problem the new hire should solve.',
    ],
    howItDiffers:
      'Where the recruiter checked fit on paper, the hiring manager tests depth and long-term potential: harder behavioural questions, how you approach problems, how your experience maps to this role, and whether your goals match where the team is going. Fewer candidates reach it; estimates of the odds at this stage range from about one in four to one in two.',
    focus: [
      'motivation',
      'problem-solving',
      'challenge',
      'experience',
      'career-goals',
      'achievement',
      'leadership',
      'decision',
      'strengths',
      'weaknesses',
      'why-left',
      'scenario',
      'conflict',
      'failure',
    ],
  },
  {
    id: 'panel',
    name: 'Panel or team interviews',
    order: 3,
    whoYouMeet:
      'Future peers, people from neighbouring teams, sometimes a skills test or a presentation.',
    whatTheyDecide:
      'Whether you can do the work at the level you claimed and whether the team wants to work with you.',
    typicalLength: 'One to several hours, sometimes split across interviewers',
    whatToPrepare: [
      'Stories about teamwork, conflict and working across departments, with your own part made clear.',
      'The technical or practical skills of the role, rehearsed out loud or on a real exercise.',
      'Questions for each interviewer about how the team works day to day.',
    ],
    howItDiffers:
      'You meet the people you would work beside; they test collaboration and hands-on skill more than motivation.',
    focus: [
      'teamwork',
      'conflict',
      'influence',
      'customer',
      'pressure',
      'ambiguity',
      'learning',
      'scenario',
      'culture',
    ],
  },
  {
    id: 'final',
    name: 'Final or executive interview',
    order: 4,
    whoYouMeet: 'A senior leader: a director, a vice-president, the founder.',
    whatTheyDecide:
      'Whether to approve the offer: values, judgement and the long view, rather than the detail of your skills.',
    typicalLength: '30 to 60 minutes',
    whatToPrepare: [
      'The company\u2019s strategy and results, and how your role contributes to them.',
      'Stories that show judgement: a hard decision, a failure you learned from, a values clash.',
      'Where you want to be in a few years, and how that fits the organisation\u2019s direction.',
      'A confident close: why you want the job, and what happens next.',
    ],
    howItDiffers:
      'The last check before an offer: shorter and broader, about judgement, values and commitment.',
    focus: ['culture', 'decision', 'failure', 'career-goals', 'leadership', 'motivation'],
  },
];
