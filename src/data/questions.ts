/**
 * The question bank. The nine questions of the second-round guide carry fixed ids;
 * paraphrases are ours and are what question recognition learns from.
 */

/** How an answer to the question is built, and so which checks apply to it. */
export type Framework = 'carl' | 'motivation' | 'strength' | 'weakness';

export interface BankQuestion {
  id: string;
  question: string;
  paraphrases: readonly string[];
  category: string;
  framework: Framework;
}

export const QUESTIONS: readonly BankQuestion[] = [
  {
    id: 'why-this-company',
    question:
      'Why do you want to work here, and why do you think you are a good fit for this role?',
    category: 'motivation',
    framework: 'motivation',
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
      'Why should we hire you?',
      'What do you know about our company and why does it appeal to you?',
    ],
  },
  {
    id: 'strengths',
    question: 'What are your strengths and how do you leverage them in your work?',
    category: 'strengths',
    framework: 'strength',
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
    ],
  },
  {
    id: 'five-years',
    question: 'Where do you see yourself in 5 years?',
    category: 'career goals',
    framework: 'motivation',
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
    ],
  },
  {
    id: 'major-challenge',
    question: 'Tell us about a time you faced a major challenge at work. How did you handle it?',
    category: 'challenge',
    framework: 'carl',
    paraphrases: [
      'Describe a difficult challenge you faced at work and how you overcame it.',
      'What is the biggest challenge you have faced in your career?',
      'Tell me about a time you dealt with a difficult problem at work.',
      'Give an example of an obstacle you overcame.',
      'Describe a hard problem you had to solve on the job.',
      'Tell me about a setback at work and how you handled it.',
      'What was the toughest situation you have handled at work?',
      'How did you deal with a major obstacle in a project?',
      'Tell me about a time things went wrong and what you did.',
    ],
  },
  {
    id: 'leadership',
    question:
      'Have you ever managed a team or led a project? How did you handle the leadership responsibilities?',
    category: 'leadership',
    framework: 'carl',
    paraphrases: [
      'Tell me about a time you led a team.',
      'Describe your experience leading a project.',
      'Give an example of when you showed leadership.',
      'Describe how you took a leadership role.',
      'How would you describe your leadership style?',
      'Tell me about a time you had to lead people through a difficult project.',
      'Have you ever supervised other people?',
      'Tell me about a time you stepped up to lead.',
      'How do you motivate a team you are leading?',
      'Describe a situation where you managed a group of people.',
    ],
  },
  {
    id: 'proudest-achievement',
    question: 'What is a project or achievement you are particularly proud of?',
    category: 'achievement',
    framework: 'carl',
    paraphrases: [
      'What is your greatest accomplishment?',
      'What are you most proud of in your career?',
      'Tell me about your biggest professional achievement.',
      'What project are you proudest of?',
      'Describe an accomplishment you are proud of.',
      'What is the achievement you are most proud of so far?',
      'Tell me about a success you had at work.',
      'What is the most significant thing you have accomplished?',
      'Which piece of work best shows what you can do?',
    ],
  },
  {
    id: 'tough-decision',
    question:
      'Tell me about a time when you had to make an especially tough decision and how you handled it.',
    category: 'decision making',
    framework: 'carl',
    paraphrases: [
      'Describe a difficult decision you had to make.',
      'Tell me about a hard choice you made at work.',
      'Describe a time you had to make a decision without all the information.',
      'Give an example of a tough call you had to make.',
      'What is the hardest decision you have made in your career?',
      'Tell me about a decision you made that was unpopular.',
      'How do you make difficult decisions?',
      'Tell me about a time you had to choose between two options.',
      'Describe a tough decision you made during a project.',
    ],
  },
  {
    id: 'why-you-left',
    question: 'Can you explain why you left your previous company?',
    category: 'motivation',
    framework: 'motivation',
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
      'Why do you want to change jobs?',
    ],
  },
  {
    id: 'weaknesses',
    question: 'What are your weaknesses?',
    category: 'weaknesses',
    framework: 'weakness',
    paraphrases: [
      "What's your biggest weakness?",
      'What is your greatest weakness?',
      'What are your areas for improvement?',
      'What would your manager say you need to work on?',
      'Tell me about a weakness and how you are working on it.',
      'What is one thing you would like to improve about yourself?',
      'What skills are you still developing?',
      'What do you find most difficult at work?',
      'Where do you think you fall short professionally?',
      'What feedback have you received about areas to develop?',
    ],
  },
];
