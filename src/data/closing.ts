import type { Category } from './bank/types.ts';

/**
 * A question to hand the conversation back after an answer, by the theme of the question
 * answered: it turns the story into a conversation about the interviewer's team.
 */
export const CLOSING_QUESTIONS: Readonly<Record<Category, string>> = {
  achievement: 'What would a result like that look like in this role in its first year?',
  ambiguity: 'How much of this role is defining the work, and how much is delivering it?',
  challenge: 'What is the hardest problem your team is facing at the moment?',
  conflict: 'How does your team usually work through disagreements?',
  culture: 'How would you describe the way this team works together day to day?',
  customer: 'What do your customers tell you most often about the service today?',
  decision: 'How are decisions like that made on your team?',
  experience: 'Which parts of my background would matter most to you in this role?',
  failure: 'How does the team handle it when something goes wrong?',
  influence: 'Who are the people this role most needs to bring along?',
  leadership: 'How would you describe your own leadership style?',
  learning: 'What would the first few months of learning look like for the person in this role?',
  motivation: 'What made you decide to work here yourself?',
  'career-goals': 'Where have people in this role gone on to grow within the company?',
  pressure: 'When are the busiest periods for the team, and how do you plan for them?',
  'problem-solving': 'What kinds of problems would land on my desk first?',
  scenario: 'How often does a situation like that come up in this role?',
  strengths: 'Which qualities matter most to you in the person who takes on this role?',
  teamwork: 'Who would I be working with most closely, and how do you work together?',
  weaknesses: 'How does the team support people who are building a new skill?',
  'why-left': 'What does growth look like for someone who joins your team?',
};
