/** Complete answers written for the rule tables: each passes the structure rules. */
export const GOOD_CARL =
  'Last spring, as the shift lead on a 30-bed surgical ward, we were two nurses short for six weeks. ' +
  'I rebuilt the rota around peak admission hours and I set up a ten-minute huddle at every handover. ' +
  'As a result, missed medication rounds fell from nine a week to one, and overtime dropped by 25%. ' +
  'It taught me to fix the schedule before asking people to work harder. ' +
  'How does your ward handle staffing gaps today?';

export const GOOD_WEAKNESS =
  'My weakness is public speaking: I get nervous in front of large groups. ' +
  'To limit it, I rehearse with a checklist and ask a colleague to review my slides the day before. ' +
  'I also joined Toastmasters last year and now volunteer to present at our monthly team meeting. ' +
  'How often would this role present to leadership?';

import { tailor } from '../../tailor/tailor.ts';
import type { InterviewContext } from '../../tailor/answer.ts';

/** A posting written for the interview rules' tables: a ward manager at a fictional hospital. */
export const WARD_POSTING = `Charge Nurse, Surgical Ward
About Riverbend Health
Our mission is to give every family in the valley safe, unhurried care close to home.

What you'll do
- Lead a team of 14 nurses on a 30-bed surgical ward
- Reduce patient wait times for post-operative assessment
- Build the staffing rota and cover gaps during peak admissions
- Coach new graduate nurses through their first year

Requirements
- Active RN license and BLS certification
- 3+ years of acute care experience
- Experience with Epic electronic health records
- Strong communication and conflict resolution skills

Benefits
- Dental insurance, 401(k) match and paid time off`;

export const WARD_INTERVIEW: InterviewContext = {
  tailoring: tailor({ posting: WARD_POSTING, companyName: 'Riverbend Health' }),
};
