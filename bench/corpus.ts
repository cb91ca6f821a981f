import { seededRandom } from '../src/core/random.ts';
/**
 * A synthetic, deterministic benchmark corpus of interview answers.
 *
 * Every fragment below was written for this benchmark. Answers are composed from them with a
 * seeded PRNG, so the same seed always yields the same corpus. The corpus exercises the
 * analyzer's code paths (context, actions, results with and without numbers, lessons, closing
 * questions, fillers and hedges, STAR headings, bullet lines, weakness and motivation answers)
 * across several fields; it is for timing, not for measuring accuracy.
 */

export interface BenchAnswer {
  id: string;
  field: string;
  kind: Kind;
  question: string;
  answer: string;
  words: number;
}

export interface CorpusOptions {
  /** Number of answers (default 360). */
  size?: number;
  /** PRNG seed (default 20240611). */
  seed?: number;
}

export const MIN_WORDS = 50;
export const MAX_WORDS = 400;

type Kind =
  | 'challenge'
  | 'conflict'
  | 'failure'
  | 'achievement'
  | 'pressure'
  | 'leadership'
  | 'customer'
  | 'improvement'
  | 'weakness'
  | 'motivation';

const KINDS: Kind[] = [
  'challenge',
  'conflict',
  'failure',
  'achievement',
  'pressure',
  'leadership',
  'customer',
  'improvement',
  'weakness',
  'motivation',
];

/** Slot values for one field; each list is picked from once per answer. */
interface Field {
  id: string;
  role: string[];
  org: string[];
  team: string[];
  boss: string[];
  peer: string[];
  /** Plural: the people the work is for. */
  people: string[];
  /** Singular word used in questions ("a difficult ..."). */
  personWord: string;
  /** Noun phrases: what was going wrong. */
  problem: string[];
  /** Noun phrases: what was at stake or due. */
  stake: string[];
  /** A difficult person and their situation, as a noun phrase. */
  upset: string[];
  /** Full first-person sentences specific to the field. */
  actions: string[];
  tool: string[];
  /** Rate-like measures that were good to raise. */
  good: string[];
  /** Measures that were good to lower. */
  bad: string[];
  /** Results without numbers. */
  soft: string[];
  decision: string[];
  /** Past-tense verb phrases completing "I ...". */
  mistake: string[];
  /** Past-tense verb phrases completing "when I ...". */
  win: string[];
  /** Clauses completing "What draws me to this role is that ...". */
  motive: string[];
}

const FIELDS: Field[] = [
  {
    id: 'software',
    role: [
      'backend developer',
      'full-stack engineer',
      'QA engineer',
      'mobile developer',
      'site reliability engineer',
    ],
    org: [
      'a logistics software company',
      'a small fintech start-up',
      'an online travel agency',
      'a public-sector digital team',
      'a mid-sized online retailer',
    ],
    team: ['the payments team', 'the platform team', 'the checkout squad', 'the mobile team'],
    boss: ['my engineering manager', 'our tech lead', 'the head of product', 'my team lead'],
    peer: [
      'a senior developer',
      'our product owner',
      'one of the testers',
      'the designer on the team',
      'a colleague from the data team',
    ],
    people: ['users', 'customers', 'our support agents', 'the sales team'],
    personWord: 'stakeholder',
    problem: [
      'a release process that broke almost every other week',
      'a checkout page that kept timing out at peak hours',
      'a backlog of more than two hundred open bug reports',
      'a legacy billing service that nobody wanted to touch',
      'flaky integration tests that blocked nearly every merge',
      'an API that was sending stale data to the mobile app',
    ],
    stake: [
      'a launch date we had already announced to customers',
      'the renewal of our largest enterprise contract',
      'the seasonal traffic peak in November',
      'an external security audit',
    ],
    upset: [
      'a client whose team had lost a morning of work because of a bug on our side',
      'a product manager from another department who felt we kept ignoring his requests',
      'a customer who had emailed support five times about the same billing error',
    ],
    actions: [
      'I added tracing to the slowest endpoints so we could see where the time was really going.',
      'I wrote a short design document comparing three options and circulated it before the planning meeting.',
      'I paired with a junior developer for a week so that the knowledge would not sit with me alone.',
      'I put the change behind a feature flag so we could release it to five percent of users first.',
      'I broke the migration into small steps that could each be rolled back on their own.',
      'I rewrote the worst of the flaky tests and quarantined the rest until someone could look at them properly.',
      'I ran a blameless review after the incident and wrote up the timeline while it was still fresh.',
      'I agreed a two-sprint freeze on new features with the product owner so we could pay down the worst debt.',
      'I added a check to the pipeline that failed the build if a migration had no rollback script.',
    ],
    tool: [
      'a shared dashboard',
      'an automated smoke test',
      'a runbook for the on-call engineer',
      'a simple alert on the error rate',
      'a checklist in our wiki',
    ],
    good: [
      'test coverage on the billing code',
      'our checkout conversion rate',
      'the share of tickets closed within a day',
      'the share of releases that went out on schedule',
    ],
    bad: [
      'the average page load time',
      'the number of failed deployments',
      'the error rate on the checkout API',
      'the time it took to onboard a new developer',
      'the number of support tickets about logging in',
    ],
    soft: [
      'The on-call rotation became noticeably calmer.',
      'Other teams started asking whether they could reuse the approach.',
      'The product owner said it was the first release in months that went out without any drama.',
    ],
    decision: [
      'whether to rewrite the service or refactor it',
      'how much testing a hotfix really needed',
      'which framework we should use for the new app',
      'how to split the work for a large migration',
    ],
    mistake: [
      'pushed a configuration change on a Friday afternoon without checking the rollback plan',
      'underestimated a database migration by about three weeks',
      'merged a change that broke the login page for some users',
      'promised a feature to a customer before checking with the rest of the team',
    ],
    win: [
      'rebuilt our deployment pipeline from scratch',
      'led the move to a new payments provider',
      'built an internal tool for tracking incidents',
      'cut the build time for our main app',
    ],
    motive: [
      'you build products that people rely on every single day',
      'your engineering blog talks openly about how you learn from incidents',
      'the role combines hands-on coding with mentoring newer developers',
    ],
  },
  {
    id: 'nursing',
    role: ['staff nurse', 'ward nurse', 'charge nurse', 'community nurse', 'theatre nurse'],
    org: [
      'a busy surgical ward',
      'a regional teaching hospital',
      'a community health service',
      'a private day-surgery clinic',
      'an elderly care unit',
    ],
    team: [
      'the night team',
      'a team of eight nurses and healthcare assistants',
      'the discharge team',
      'the ward team',
    ],
    boss: ['my ward manager', 'the matron', 'the senior sister', 'our clinical lead'],
    peer: [
      'one of the healthcare assistants',
      'a newly qualified nurse',
      'the pharmacist',
      'a physiotherapist on the ward',
      'the infection control nurse',
    ],
    people: ['patients', 'families', 'patients and their relatives', 'the doctors'],
    personWord: 'patient or relative',
    problem: [
      'handovers that regularly ran over by half an hour',
      'medication rounds that kept getting interrupted',
      'a rise in falls among our older patients',
      'discharges that were delayed until late in the evening',
      'a shortage of staff on the weekend night shifts',
      'gaps in how we documented pressure area care',
    ],
    stake: [
      'an inspection by the regulator',
      'the winter surge in admissions',
      'the opening of six extra beds',
      'a hospital-wide audit of record keeping',
    ],
    upset: [
      'a patient whose daughter was angry that her father had waited hours for pain relief',
      'an elderly patient who refused his medication and wanted to go home',
      'a relative who felt nobody on the ward was telling her anything',
    ],
    actions: [
      'I introduced a short written handover sheet so the key points were covered in the same order every time.',
      'I worked with the pharmacist to move the morning round to a quieter part of the shift.',
      'I started doing a quick falls-risk check with every new admission instead of waiting for the doctors.',
      'I wore a red "do not disturb" tabard during the drug round, which we had trialled on another ward.',
      'I sat with the newly qualified nurses for ten minutes at the start of each shift to go through their patients.',
      'I made sure each patient had a named nurse and that their family knew who that was.',
      'I raised the staffing gap through the incident reporting system so it was on record.',
      'I began planning discharges on the day of admission rather than the day before the patient left.',
    ],
    tool: [
      'a handover template',
      "a whiteboard by the nurses' station",
      'a simple falls checklist',
      'a laminated prompt card',
      'a shared shift planner',
    ],
    good: [
      'the share of discharges completed before noon',
      'our score on the documentation audit',
      'the share of handovers finished on time',
      'the completion rate of our falls assessments',
    ],
    bad: [
      'the number of falls on the ward',
      'the number of medication errors reported',
      'the average length of handover',
      'the number of complaints from families',
      'agency staff spending',
    ],
    soft: [
      'Families told us they felt much better informed.',
      'The night staff said the ward felt calmer at handover.',
      'The matron asked us to present the changes at the nursing forum.',
    ],
    decision: [
      'how to split the patients between us on a short-staffed shift',
      'whether a patient was well enough to be discharged that day',
      'how strictly to enforce visiting hours during an outbreak',
    ],
    mistake: [
      'signed for a medication round before I had double-checked one of the doses',
      'forgot to pass on that a patient was nil by mouth before surgery',
      'assumed a colleague had escalated a patient who was getting worse',
    ],
    win: [
      'helped cut the number of falls on our ward',
      'set up a nurse-led discharge clinic',
      'rewrote the induction programme for new nurses',
    ],
    motive: [
      'your hospital puts a real focus on continuity of care',
      "the unit is known for investing in its nurses' training",
      'I want to work somewhere that listens to nurses when it plans services',
    ],
  },
  {
    id: 'sales',
    role: [
      'account executive',
      'sales development representative',
      'key account manager',
      'field sales representative',
    ],
    org: [
      'a software reseller',
      'a packaging manufacturer',
      'a recruitment agency',
      'a telecoms provider',
      'a wholesale food distributor',
    ],
    team: [
      'the new business team',
      'a regional sales team of five',
      'the inside sales team',
      'the key accounts team',
    ],
    boss: ['my sales manager', 'the regional director', 'our head of sales', 'my team lead'],
    peer: [
      'a colleague in marketing',
      'our pre-sales engineer',
      'one of the account managers',
      'the finance team',
      'a more experienced rep',
    ],
    people: ['clients', 'prospects', 'our customers', 'buyers'],
    personWord: 'client',
    problem: [
      'a pipeline that had dried up after our biggest client left',
      'a long list of leads that nobody had followed up',
      'deals that kept stalling at the procurement stage',
      'a price increase that customers were pushing back on',
      'a territory that had missed its target for three quarters in a row',
    ],
    stake: [
      'the end of the financial year',
      'a quarterly target that was well behind',
      'a contract renewal worth a large part of our revenue',
      'a product launch we had promised to support',
    ],
    upset: [
      'a client who was threatening to cancel because a delivery had gone wrong',
      'a buyer who felt we had oversold what the product could do',
      'a long-standing customer who was furious about a price increase',
    ],
    actions: [
      'I went back through every deal we had lost that year and called a handful of the buyers to ask why.',
      'I rebuilt my call list so the warmest leads came first each morning.',
      'I brought our pre-sales engineer to the second meeting so the technical questions were answered on the spot.',
      'I stopped leading with discounts and started leading with the cost of doing nothing.',
      'I mapped out everyone involved in the buying decision, not just the person I usually spoke to.',
      'I agreed a clear set of next steps at the end of every call and put them in writing the same day.',
      'I proposed a smaller pilot so the client could see results before committing to the full contract.',
      'I set aside Friday mornings purely for following up with prospects who had gone quiet.',
    ],
    tool: [
      'a pipeline report',
      'a short case study',
      'a follow-up template',
      'a shared forecast sheet',
      'a one-page proposal',
    ],
    good: [
      'my conversion rate from first meeting to proposal',
      'our win rate on competitive deals',
      'the renewal rate in my territory',
      'the share of leads followed up within a day',
    ],
    bad: [
      'the average length of our sales cycle',
      'the number of deals lost on price',
      'customer churn in my accounts',
      'the time it took to send a proposal',
    ],
    soft: [
      'The client renewed and later introduced us to two of their partners.',
      'My manager asked me to walk the rest of the team through the approach.',
      'The relationship with that buyer ended up stronger than before.',
    ],
    decision: [
      'how much discount we could offer to close a deal',
      'whether to chase a large deal or several smaller ones',
      'who should own an account that crossed two territories',
    ],
    mistake: [
      'promised a delivery date to a client without checking with operations',
      "sent a proposal with last year's prices in it",
      'spent three months chasing a deal that was never going to close',
    ],
    win: [
      'won back a client we had lost the year before',
      'opened up a new region for the business',
      'closed the largest deal in the history of our team',
    ],
    motive: [
      'your product solves a problem I have seen buyers struggle with for years',
      'you sell on value rather than on price',
      'the role is focused on building long-term accounts rather than one-off deals',
    ],
  },
  {
    id: 'teaching',
    role: [
      'secondary school maths teacher',
      'primary school teacher',
      'head of year',
      'English teacher',
      'teaching assistant',
    ],
    org: [
      'an inner-city secondary school',
      'a small village primary school',
      'a sixth-form college',
      'a large academy',
      'a special educational needs school',
    ],
    team: [
      'the maths department',
      'the year nine team',
      'the pastoral team',
      'the English department',
    ],
    boss: ['my head of department', 'the deputy head', 'the head teacher', 'my line manager'],
    peer: [
      'a newly qualified teacher',
      'the special needs coordinator',
      'one of the teaching assistants',
      'a colleague in the science department',
      'the head of year',
    ],
    people: ['students', 'parents', 'the pupils', 'the students and their parents'],
    personWord: 'student or parent',
    problem: [
      'a year group whose attendance had dropped sharply after the holidays',
      'a class that had fallen well behind in reading',
      'homework that hardly anyone was handing in',
      'low-level disruption that was eating into every lesson',
      'a new curriculum we had to introduce with very little notice',
    ],
    stake: [
      'the final exams in the summer',
      'an inspection that had just been announced',
      "the parents' evening at the end of term",
      'the move to a new timetable in September',
    ],
    upset: [
      'a parent who was angry that her son had been moved down a set',
      'a student who had stopped handing in any work and was rude in lessons',
      'a father who felt the school was ignoring bullying his daughter had reported',
    ],
    actions: [
      'I started each lesson with a five-minute retrieval quiz so I could see straight away who was struggling.',
      'I phoned the parents of every student who had missed more than three days, rather than sending a letter.',
      'I set up a lunchtime reading club and asked older students to act as reading buddies.',
      'I agreed a simple seating plan and the same three classroom rules with every teacher who took that class.',
      'I broke the new unit into weekly chunks and shared the plans with the rest of the department.',
      'I met the student one to one to find out what was going on outside school.',
      'I used the assessment data to group students by the topics they found hardest, not by their overall grade.',
      'I asked the special needs coordinator to observe a lesson and give me honest feedback.',
    ],
    tool: [
      'a shared scheme of work',
      'a weekly progress tracker',
      'a behaviour log',
      'a short parent newsletter',
      'a set of revision booklets',
    ],
    good: [
      'attendance in that year group',
      'the share of students handing in homework',
      'the pass rate in the mock exams',
      'the share of the class reading at their expected level',
    ],
    bad: [
      'the number of behaviour referrals',
      'the number of students missing coursework deadlines',
      'the gap between our lowest and highest sets',
      'lateness to morning registration',
    ],
    soft: [
      'Several parents wrote in to say their children were enjoying the subject again.',
      'The class became much calmer, and I could actually teach for the whole lesson.',
      'The head of department adopted the approach for the whole year group.',
    ],
    decision: [
      'how to set students for the new year',
      'whether to exclude a student after a serious incident',
      'how much homework to set in the exam year',
    ],
    mistake: [
      'marked a set of mock papers against the wrong mark scheme',
      'let a behaviour issue go for too long before involving the parents',
      'planned a unit that was far too hard for the class I was teaching',
    ],
    win: [
      'turned around the results of a class that everyone had written off',
      'started a maths club that now runs every week',
      'redesigned the year seven curriculum with two colleagues',
    ],
    motive: [
      'the school puts so much weight on pastoral care',
      'your department shares its planning instead of everyone working alone',
      'I want to work with students who have had a difficult start',
    ],
  },
  {
    id: 'retail',
    role: ['store supervisor', 'assistant store manager', 'sales assistant', 'department manager'],
    org: [
      'a large supermarket',
      'a high-street fashion chain',
      'a garden centre',
      'an electronics store',
      'a busy pharmacy',
    ],
    team: [
      'the weekend team',
      'a team of twelve sales assistants',
      'the stockroom team',
      'the customer service desk',
    ],
    boss: ['my store manager', 'the area manager', 'our department manager', 'the duty manager'],
    peer: [
      'one of the part-time staff',
      'the stockroom supervisor',
      'a colleague on the tills',
      'a new starter',
      'the visual merchandiser',
    ],
    people: ['customers', 'shoppers', 'regular customers', 'the staff on the shop floor'],
    personWord: 'customer',
    problem: [
      'queues at the tills that stretched to the back of the store every Saturday',
      'stock that was arriving but not making it onto the shelves',
      'a high turnover among the weekend staff',
      'a rise in items going missing from the store',
      'online orders that were not ready when customers came to collect them',
    ],
    stake: [
      'the Christmas trading period',
      'a visit from the regional director',
      'the launch of a big seasonal promotion',
      'the annual stock count',
    ],
    upset: [
      'a customer who was shouting at the till because his refund had been refused',
      'a regular customer who had been sent the wrong item twice',
      'a shopper who was upset that an advertised offer had already ended',
    ],
    actions: [
      'I changed the rota so we had an extra person on the tills between eleven and two.',
      'I walked the shop floor every hour and noted which gaps on the shelves needed filling first.',
      'I set up a buddy system so each new starter shadowed someone experienced for their first three shifts.',
      'I moved the click-and-collect orders to a separate area by the entrance.',
      'I talked to the team about why the missing stock mattered, rather than just adding more rules.',
      'I kept the customer at the desk, listened to the whole story and then explained what I could do.',
      'I agreed with the stockroom that deliveries would be unpacked in the order the shop floor needed them.',
      "I started a short huddle at the start of every shift to go through the day's priorities.",
    ],
    tool: [
      'a shift rota',
      'a replenishment list',
      'a short training checklist',
      'a board in the staff room',
      'a collection log',
    ],
    good: [
      'our customer satisfaction score',
      'on-shelf availability',
      'the share of collection orders ready on time',
      'staff retention on the weekend team',
    ],
    bad: [
      'the average wait at the tills',
      'shrinkage in our department',
      'the number of customer complaints',
      'the number of items reduced because they went out of date',
    ],
    soft: [
      'Regular customers started commenting on how much easier the store was to shop in.',
      'The area manager used our store as an example for the others in the region.',
      'The team seemed a lot happier, and far fewer people called in sick.',
    ],
    decision: [
      'how to share out the weekend shifts fairly',
      'whether to accept a return without a receipt',
      'how to lay out the new seasonal range',
    ],
    mistake: [
      'ordered double the amount of a seasonal product that then did not sell',
      'left the store without checking that the safe had been locked',
      'put a new starter on the tills alone before they had been properly trained',
    ],
    win: [
      'turned around a department that had been losing money',
      'trained up three members of staff who went on to become supervisors',
      'ran the store on my own while the manager was on leave over Christmas',
    ],
    motive: [
      'your stores have a reputation for looking after their staff',
      'the role is a step up into running a whole store',
      'I like that you promote people from the shop floor',
    ],
  },
  {
    id: 'finance',
    role: [
      'financial analyst',
      'accounts assistant',
      'management accountant',
      'credit controller',
      'auditor',
    ],
    org: [
      'a regional building society',
      'a property management company',
      'a manufacturing group',
      'a mid-sized accountancy practice',
      'a charity with several shops',
    ],
    team: [
      'the finance team',
      'the accounts payable team',
      'the audit team',
      'a team of four accountants',
    ],
    boss: [
      'the finance director',
      'my line manager',
      'the audit manager',
      'the financial controller',
    ],
    peer: [
      'a colleague in procurement',
      'one of the budget holders',
      'the payroll manager',
      'a junior analyst',
      'the IT team',
    ],
    people: ['budget holders', 'suppliers', 'our clients', 'the directors'],
    personWord: 'client',
    problem: [
      'a month-end close that was taking ten working days',
      'a pile of supplier invoices that had gone unpaid for months',
      'forecasts that were regularly wrong by a wide margin',
      'bank reconciliations that had not been done since the spring',
      'a spreadsheet model that only one person understood',
    ],
    stake: [
      'the year-end audit',
      'a board meeting where the budget would be signed off',
      'a deadline for the tax return',
      'a funding review with the bank',
    ],
    upset: [
      'a supplier who was threatening legal action over late payments',
      'a client who was angry about a large fee they had not expected',
      'a budget holder who felt finance was blocking every request she made',
    ],
    actions: [
      'I went through the reconciliations line by line and cleared the oldest differences first.',
      'I built a simple model that linked the forecast to the actual figures each month.',
      'I met each budget holder for half an hour to go through their numbers with them.',
      'I wrote down every step of the month-end process and timed each one.',
      'I set up a weekly payment run so invoices stopped piling up.',
      'I checked a sample of the transactions myself before signing off the figures.',
      'I moved the most repetitive journals into a template so they took minutes rather than hours.',
      'I explained the figures to the directors in plain language instead of sending another spreadsheet.',
    ],
    tool: [
      'a month-end checklist',
      'a reconciliation template',
      'a forecast model',
      'a short monthly report',
      'an aged debt report',
    ],
    good: [
      'the share of invoices paid within terms',
      'forecast accuracy',
      'the share of debt collected within thirty days',
      'the share of reconciliations completed on time',
    ],
    bad: [
      'the time it took to close the month',
      'the number of overdue invoices',
      'the number of audit adjustments',
      'our outstanding debt',
    ],
    soft: [
      'The auditors commented that our working papers were the clearest they had seen from us.',
      'The directors started actually using the monthly report in their meetings.',
      'Budget holders stopped seeing finance as an obstacle and started asking for advice earlier.',
    ],
    decision: [
      'how to treat a large one-off cost in the accounts',
      'whether to chase a long-standing client for an overdue payment',
      'how prudent our forecast for next year should be',
    ],
    mistake: [
      'posted a large journal to the wrong cost centre just before the board pack went out',
      'missed a duplicate payment to a supplier',
      'sent out a forecast without checking a formula that had been overwritten',
    ],
    win: [
      'cut the month-end close nearly in half',
      'rebuilt the budgeting process for the whole company',
      'led the finance side of moving to a new accounting system',
    ],
    motive: [
      'the role is much closer to the business than a pure reporting job',
      'you are investing in better systems instead of more spreadsheets',
      'I want to help people make decisions, not just produce numbers',
    ],
  },
  {
    id: 'trades',
    role: ['electrician', 'plumber', 'site supervisor', 'maintenance technician', 'carpenter'],
    org: [
      'a building contractor',
      'a housing association',
      'a small electrical firm',
      'a facilities management company',
      'a commercial fit-out company',
    ],
    team: ['a crew of six', 'the maintenance team', 'the site team', 'a small team of apprentices'],
    boss: ['the site manager', 'my supervisor', 'the contracts manager', 'the owner of the firm'],
    peer: [
      'one of the apprentices',
      'the site foreman',
      'a subcontractor',
      'the health and safety officer',
      'a plasterer on the job',
    ],
    people: ['tenants', 'homeowners', 'clients', 'the other trades on site'],
    personWord: 'customer',
    problem: [
      'a job that was running three weeks behind schedule',
      'materials that kept arriving late or in the wrong quantities',
      'a backlog of repair requests from tenants',
      'near misses on site that nobody was reporting',
      'callbacks to fix work that had not been done properly the first time',
    ],
    stake: [
      'a handover date written into the contract',
      'a safety inspection',
      'a block of flats that tenants were due to move into',
      'the winter, when boiler breakdowns always spike',
    ],
    upset: [
      'a homeowner who was angry that the kitchen was still not finished',
      'a tenant who had been without hot water for four days',
      'a client who disputed the final invoice',
    ],
    actions: [
      'I walked the site with the foreman every morning to agree what each trade was doing that day.',
      'I ordered materials a week earlier than usual and checked each delivery against the list myself.',
      'I sorted the repair requests by urgency and grouped the jobs by area to cut down on driving.',
      'I started a quick toolbox talk at the beginning of each week about one specific hazard.',
      'I took photos of every finished job and went through a short checklist before leaving.',
      'I explained to the homeowner exactly what had caused the delay and gave a realistic new date.',
      'I showed the apprentices how to test each circuit properly instead of just telling them.',
      'I agreed with the other trades which rooms we would each have on which days.',
    ],
    tool: [
      'a daily job sheet',
      'a materials checklist',
      'a near-miss reporting card',
      'a shared calendar for the trades',
      'a photo log of finished work',
    ],
    good: [
      'the share of repairs fixed on the first visit',
      'the share of jobs finished on time',
      'our score on the safety audit',
      'the share of tenants rating the service as good',
    ],
    bad: [
      'the number of callbacks',
      'the number of days lost to waiting for materials',
      'the repair backlog',
      'the number of accidents on site',
    ],
    soft: [
      'The client asked for us by name on the next job.',
      'The apprentices started spotting problems before I did.',
      'The site felt a lot more organised, and the other trades noticed it too.',
    ],
    decision: [
      'whether to cover up work that had not been inspected yet',
      'how to sequence the trades in a small space',
      'whether a repair could wait until after the weekend',
    ],
    mistake: [
      'ordered the wrong size of pipe for a whole floor of flats',
      'started a job without checking the drawings had been updated',
      'told a customer a job would take a day when it took three',
    ],
    win: [
      'rewired an old school over the summer holidays and finished before term started',
      'trained two apprentices who both passed their final assessments first time',
      'took over a failing job and got it handed over on the contract date',
    ],
    motive: [
      'you take safety seriously instead of treating it as paperwork',
      'the role includes training apprentices',
      'you work on bigger commercial jobs, which is where I want to grow',
    ],
  },
  {
    id: 'hospitality',
    role: [
      'restaurant supervisor',
      'front-of-house manager',
      'hotel receptionist',
      'sous chef',
      'bar manager',
    ],
    org: [
      'a busy city-centre restaurant',
      'a seaside hotel',
      'a conference venue',
      'a small chain of cafes',
      'a country pub with rooms',
    ],
    team: ['the kitchen team', 'the front-of-house team', 'the reception team', 'the bar staff'],
    boss: ['the general manager', 'the head chef', 'the owner', 'my manager'],
    peer: [
      'one of the waiting staff',
      'the head chef',
      'a new bartender',
      'the housekeeping supervisor',
      'the events coordinator',
    ],
    people: ['guests', 'diners', 'customers', 'the kitchen'],
    personWord: 'guest',
    problem: [
      'long waits for food on Friday and Saturday nights',
      'a run of bad online reviews',
      'rooms that were not ready by check-in time',
      'a lot of food being thrown away at the end of each day',
      'new staff leaving within their first month',
    ],
    stake: [
      'a wedding for two hundred guests',
      'the start of the summer season',
      'a visit from a food hygiene inspector',
      'a conference that had booked the whole venue',
    ],
    upset: [
      'a guest who was furious that his room had been given away',
      'a table of eight whose food had arrived forty minutes late',
      'a diner with a serious allergy who had been served the wrong dish',
    ],
    actions: [
      'I reorganised the pass so that orders were called in the same order they were cooked.',
      'I replied personally to every review, good or bad, within a day.',
      'I agreed with housekeeping that the rooms for early arrivals would be cleaned first.',
      'I weighed the waste every night for two weeks so we knew exactly what we were throwing away.',
      'I paired each new starter with an experienced member of staff for their first week.',
      'I apologised straight away, offered the guest a drink and made sure the right dish came out next.',
      'I introduced a short briefing before each service covering bookings, allergies and specials.',
      'I cut the menu down to the dishes we could cook consistently well on a busy night.',
    ],
    tool: [
      'a pre-service briefing sheet',
      'an allergy matrix',
      'a waste log',
      'a room status board',
      'a new booking system',
    ],
    good: [
      'our average review score',
      'the share of rooms ready by check-in time',
      'the share of new staff still with us after three months',
      'table turnover on busy nights',
    ],
    bad: [
      'the average ticket time in the kitchen',
      'food waste',
      'the number of complaints',
      'staff turnover',
    ],
    soft: [
      'The guest came back the following month and asked for me.',
      'The kitchen and the floor staff started working as one team instead of blaming each other.',
      'The owner said it was the smoothest season we had had.',
    ],
    decision: [
      'whether to take walk-in customers when the kitchen was already full',
      'how to split tips fairly between the kitchen and the floor',
      'how much to change the menu for the summer',
    ],
    mistake: [
      'double-booked the function room for the same evening',
      'forgot to pass an allergy note on to the kitchen',
      'scheduled too few staff for a bank holiday weekend',
    ],
    win: [
      'helped take the restaurant from average reviews to one of the best rated in the town',
      'ran a wedding for two hundred guests with no major problems',
      'set up the training programme for all new front-of-house staff',
    ],
    motive: [
      'you care about the guest experience more than anything else',
      'the role would let me run a whole operation rather than one shift',
      'I have eaten here and loved how relaxed but professional the service felt',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Field-independent fragments. {slot} is filled from the answer's field (picked once per
// answer); {pct}, {n}, {weeks}, {money}, {lo}, {hi}, {from}, {to} are fresh numbers each time.

const CONTEXT: Record<Kind, string[]> = {
  challenge: [
    'When I was working as a {role} at {org}, we were dealing with {problem}.',
    'A couple of years ago I joined {team} as a {role}, and the first thing I ran into was {problem}.',
    'In my last job I was a {role} at {org}, and the biggest challenge was {problem}.',
  ],
  conflict: [
    'A while ago, {peer} and I disagreed quite strongly about {decision}.',
    'When I was a {role} at {org}, I had a real disagreement with {peer} about {decision}.',
  ],
  failure: [
    'Early on in my time as a {role}, I {mistake}.',
    'When I was working at {org}, I {mistake}.',
  ],
  achievement: [
    'The thing I am proudest of is when I {win} at {org}.',
    'I would say my biggest achievement was when I {win}, while I was a {role} at {org}.',
  ],
  pressure: [
    'When I was a {role} at {org}, we had {stake} coming up in {weeks} weeks, and at the same time we were dealing with {problem}.',
    'A good example is from {org}, where I worked as a {role} and we had to get ready for {stake} at very short notice.',
  ],
  leadership: [
    'When I was a {role} at {org}, {boss} was off for about a month, and I ended up leading {team}.',
    'I was a {role} at {org}, and nobody owned the problem of {problem}, so I offered to lead on it.',
  ],
  customer: [
    'When I was a {role} at {org}, I had to deal with {upset}.',
    'One situation that stands out is from my time as a {role} at {org}, with {upset}.',
  ],
  improvement: [
    'In my role as a {role} at {org}, I noticed that we kept running into {problem}.',
    'When I joined {org} as a {role}, everyone had got used to {problem}, and I thought we could do better.',
  ],
  weakness: [],
  motivation: [],
};

const CONTEXT_EXTRA: Record<Kind, string[]> = {
  challenge: [
    'It was starting to affect {people}, and {boss} asked me to take ownership of it.',
    'On top of that we had {stake} coming up, so there was very little room for delay.',
    'My job was to get it under control without letting my normal work slip.',
  ],
  conflict: [
    'We had both dug in, and the disagreement was starting to slow the whole team down.',
    'It was getting a bit personal, and other people in {team} were starting to take sides.',
    'Neither of us was wrong exactly, we just had very different priorities.',
  ],
  failure: [
    'It was my mistake, and {people} noticed before I did.',
    'I was new, I was trying to move quickly, and I skipped a step I should not have skipped.',
    'It did not cause lasting harm, but it could have, and it knocked my confidence for a while.',
  ],
  achievement: [
    'Before that, we had been dealing with {problem} for a long time.',
    'It mattered because {people} were feeling the effects every single week.',
    'Nobody had asked me to do it, which is partly why I am proud of it.',
  ],
  pressure: [
    'There was no way to move the date, so we had to change how we worked instead.',
    'Half the team was new, which made it even harder.',
    'My part was to make sure nothing fell through the gaps while everyone was stretched.',
  ],
  leadership: [
    'I had no formal authority over the others, so I had to lead by persuasion.',
    'Some of the team had been there much longer than me, which made it a bit awkward at first.',
    'On top of that we had {stake} coming up.',
  ],
  customer: [
    'They had already been passed around between three different people before they got to me.',
    'By the time I got involved they were very upset, and honestly I could understand why.',
    'Other {people} were watching, so how I handled it mattered even more.',
  ],
  improvement: [
    'It was not a crisis, but it was wasting hours every week and frustrating {people}.',
    'Most people had decided it was just how things were done.',
    'Nobody owned the process, so nobody had ever tried to fix it.',
  ],
  weakness: [],
  motivation: [],
};

const KIND_ACTIONS: Record<Kind, string[]> = {
  challenge: [],
  conflict: [
    'I asked if we could take twenty minutes away from the rest of the team to talk it through.',
    'I started by explaining back what I understood their position to be, to check I had it right.',
    'We agreed to try both approaches on a small scale and let the results decide.',
    'I took both options to {boss} with the pros and cons of each, rather than just my own view.',
    'I admitted the parts of their argument that were right, which changed the tone of the conversation.',
  ],
  failure: [
    'I told {boss} straight away rather than trying to fix it quietly.',
    'I apologised to the people affected and explained what we were doing about it.',
    'Once it was fixed, I wrote down exactly what had gone wrong and why I had missed it.',
    'I suggested a simple check so the same thing could not happen to anyone else.',
  ],
  achievement: [
    'I put together a short proposal and asked {boss} for a few weeks to try it.',
    'I got {peer} involved early because they knew parts of the work better than I did.',
  ],
  pressure: [
    'I made a list of everything that had to be done and was honest about what could wait.',
    'I agreed with {boss} what we would drop if we ran out of time.',
    'I kept a short daily check-in so problems surfaced on the day they happened.',
  ],
  leadership: [
    'I met everyone one to one in the first week to find out what they thought the priorities were.',
    'I made sure the credit for progress went to the people who did the work.',
    'I set one clear goal for the month and repeated it until everyone could say it back.',
  ],
  customer: [
    'I let them explain the whole problem without interrupting.',
    'I told them honestly what I could and could not do that day.',
    'I gave them a specific time when I would call back, and I called back at exactly that time.',
    'I took responsibility for sorting it out myself instead of passing them on again.',
  ],
  improvement: [
    'I timed the process for a week so I had real numbers instead of opinions.',
    'I suggested a trial for one month, with a clear way to go back if it did not work.',
  ],
  weakness: [],
  motivation: [],
};

const ACTIONS: string[] = [
  'I started by finding out where the problem was actually coming from, instead of guessing.',
  'I spoke to {peer} to get a second view on what was going wrong.',
  'I set up {tool} so that everyone could see the same information.',
  'I made a short list of the three changes that would make the biggest difference and parked the rest.',
  'I checked in with {boss} every Friday with a short update on what had moved and what was stuck.',
  'I asked the people doing the work every day what slowed them down, and I wrote every answer down.',
  'I tested the idea on a small scale for a week before asking anyone else to change how they worked.',
  'When the first attempt did not work, I went back to my notes and changed the plan.',
  'I split the work into smaller pieces so that each one could be finished in a day or two.',
  'I wrote a one-page summary so nobody had to sit through a long meeting to understand it.',
  'I made sure {people} knew what was happening and when things would be sorted.',
  'I took on the least popular part of the work myself, which made it easier to ask others for help.',
  'I agreed clear responsibilities with {team}, so that every task had exactly one owner.',
  'I kept a simple log of every issue, with the date, the cause and what we did about it.',
  'I asked {boss} for two hours a week that were protected from everything else.',
  'I went through the last three months of records to see whether there was a pattern.',
  'I booked a short session to walk {team} through the new way of working.',
  'I asked for feedback after the first week and adjusted a couple of things.',
  'I documented the whole process so it would still work if I was not there.',
  'I raised the risk early with {boss} instead of hoping it would go away.',
  'I set a clear deadline for each step and shared it with everyone involved.',
  'I followed up personally with anyone who was unsure about the change.',
  'I spent one afternoon putting together {tool}, which saved hours later on.',
  'We then reviewed progress together every Monday morning, which kept everyone honest.',
  'I looked at how a neighbouring team handled the same thing and borrowed what worked.',
];

const DETAILS: string[] = [
  'That part took longer than I expected, mostly because the information was spread across several places.',
  'Not everyone was convinced at first, which was fair, because we had tried something similar before.',
  'It was not glamorous work, but it was the part that mattered most.',
  'There was a point, about halfway through, where I was not sure it would work at all.',
  'The hardest part was keeping the normal work going at the same time.',
  'The plan itself was simple; the effort was in sticking to it every day.',
  '{peer} was a big help here, especially with the details I did not know well.',
  'We had a couple of setbacks along the way, but nothing we could not recover from.',
  'To be fair, the previous team had left things in a bit of a mess.',
  'I also had to be careful not to overload people who were already stretched.',
  'Some of it was trial and error, if I am honest.',
];

const RESULTS_NUM: string[] = [
  'Within {weeks} weeks, {bad} had dropped by {pct} percent.',
  'By the end of the quarter, {good} had gone up from {from}% to {to}%.',
  'Over the next {n} months, {bad} fell by about {pct}%.',
  'In the end we cut {bad} roughly in half.',
  'Complaints about it went from around {hi} a month to {lo}.',
  'That saved us roughly {money} over the year.',
  '{good} went from {from} percent to {to} percent in about {weeks} weeks.',
  'We finished {n} days ahead of schedule, which had not happened in a long time.',
];

const RESULTS_SOFT: string[] = [
  'In the end it worked, and {boss} asked me to share the approach with other teams.',
  '{people} noticed the difference quite quickly.',
  'It made the team a lot more confident, and the problem did not come back.',
  'We got there on time, and the quality did not suffer.',
  'It was a real turning point for the team.',
];

const LESSONS: string[] = [
  'What I learned from that is to ask the people closest to the work before deciding anything.',
  'The main lesson for me was that small, visible progress keeps people on board.',
  'Looking back, I would raise the issue sooner next time.',
  'Since then, I always write down a plan B before I start anything risky.',
  'It taught me that being clear about who owns what prevents most of the confusion.',
  'I took away that it is better to over-communicate when things are uncertain.',
  'Next time I would involve {peer} from the start rather than halfway through.',
  'The biggest thing I learned was to check my assumptions before acting on them.',
];

const CLOSINGS: string[] = [
  'Does that answer your question?',
  'Is that the kind of example you were looking for?',
  'I am happy to go into more detail on any part of it.',
  'How does your team usually handle that kind of situation?',
  'Would it help if I gave another example from a different part of my job?',
  'Out of interest, what would a {role} here be working on in the first few months?',
];

interface Weakness {
  name: string;
  example: string[];
  compensate: string;
  improve: string;
  result: string;
}

const WEAKNESSES: Weakness[] = [
  {
    name: 'I would say my main weakness is that I find it hard to delegate.',
    example: [
      'As a {role}, I used to take on the tricky jobs myself because it felt quicker than explaining them.',
      'That meant I was often the bottleneck, and it was not fair on {team} either, because they missed the chance to learn.',
    ],
    compensate:
      'To manage it, I now list my open tasks every Monday and mark which ones someone else could do.',
    improve:
      'I have also been working on it with {boss}, who checks in with me each month on what I have handed over.',
    result: 'It has freed up about {n} hours a week, and two people on the team have grown a lot.',
  },
  {
    name: 'My weakness is presenting to large groups.',
    example: [
      'In small meetings I am fine, but in front of thirty people I used to rush and lose my thread.',
      'At {org} I had to present our results to the wider department, and I knew it had not gone well.',
    ],
    compensate:
      'Because of that, I prepare a short outline and rehearse it out loud the day before.',
    improve:
      'I also joined a local speaking club last year, and I have presented at {n} team meetings since then.',
    result: 'The feedback on my last presentation was much better, although I still get nervous.',
  },
  {
    name: 'I tend to spend too long polishing work that is already good enough.',
    example: [
      'At {org} I once held back {tool} for a week because I wanted it to be perfect.',
      'In the meantime, {people} were still working around the old problem.',
    ],
    compensate: 'Now I agree what "done" looks like with {boss} before I start, and I stick to it.',
    improve:
      'I am also trying to share early drafts with {peer} so I get feedback before I overinvest.',
    result: 'I hit my deadlines much more reliably now.',
  },
  {
    name: 'Honestly, I take on too much because I find it hard to say no.',
    example: [
      'As a {role}, I was the person everyone came to, and I kept saying yes.',
      'At one point I was covering three extra pieces of work, and the quality of my own work started to slip.',
    ],
    compensate:
      'I now keep a visible list of what I am working on, so when someone asks for something I can show them what would have to move.',
    improve:
      'I have been practising saying "not this week, but I can next week", and {boss} has helped me set priorities.',
    result: 'I am much less stretched, and people still know they can come to me.',
  },
  {
    name: 'One thing I am working on is patience with slow processes.',
    example: [
      'When I joined {org}, I got frustrated with {problem} and pushed for changes before I understood why things were done that way.',
      'Some of my suggestions were good, but I put a few people off by moving too fast.',
    ],
    compensate:
      'Now, before I suggest a change, I ask at least two people why the current process exists.',
    improve: 'I have also asked {peer} to tell me when I am pushing too hard, and they do.',
    result: 'My ideas get a much better hearing now, and more of them actually get adopted.',
  },
  {
    name: 'My weakness is that my written updates used to be far too brief.',
    example: [
      'As a {role}, I would send a two-line update and assume everyone had the same context as me.',
      'A couple of times {boss} had to chase me for details that I thought were obvious.',
    ],
    compensate:
      'I now use a simple structure for every update: what happened, what it means and what happens next.',
    improve:
      'I also ask a colleague to read anything important before it goes out, and I did a short writing course online.',
    result: 'I get far fewer follow-up questions than I used to.',
  },
];

const MOTIVATION_INTRO: string[] = [
  'I have been a {role} for {n} years, most recently at {org}.',
  'I am currently a {role} at {org}, and I have been in the field for about {n} years.',
];

const MOTIVATION_WHY: string[] = [
  'What draws me to this role is that {motive}.',
  'The main reason I applied is that {motive}.',
  'I have followed the organisation for a while, and what stands out is that {motive}.',
];

const MOTIVATION_FIT: string[] = [
  'I think I would be a good fit because I am used to dealing with {problem}, and I enjoy fixing that kind of thing.',
  'I think my experience with {people} is exactly what this role needs.',
  'I am looking for somewhere I can take on more responsibility, and this feels like the right next step.',
];

const MOTIVATION_STORY: string[] = [
  'A good example of what I would bring is from my current job, where we were dealing with {problem}.',
  'To give you an example, at {org} we had {stake} and a lot of pressure on {team}.',
];

const QUESTIONS: Record<Kind, string[]> = {
  challenge: [
    'Tell us about a time you faced a major challenge at work. How did you handle it?',
    'Describe a difficult problem you had to solve in your last role.',
    'Can you walk me through a situation where things did not go to plan?',
  ],
  conflict: [
    'Tell me about a time you disagreed with a colleague. What did you do?',
    'Describe a conflict within your team and how it was resolved.',
    'How do you handle disagreements with coworkers? Give me an example.',
  ],
  failure: [
    'Tell me about a mistake you made at work and what you did about it.',
    'Describe a time you failed.',
    'What is something you would do differently if you could go back?',
  ],
  achievement: [
    'What is a project or achievement you are particularly proud of?',
    'Tell me about your biggest accomplishment in your current role.',
  ],
  pressure: [
    'Tell me about a time you had to work under a tight deadline.',
    'How do you handle pressure? Can you give an example?',
  ],
  leadership: [
    'Give me an example of a time you showed leadership.',
    'Tell me about a time you had to lead a team without formal authority.',
  ],
  customer: [
    'Tell me about a time you dealt with a difficult {personWord}.',
    'Describe a situation where a {personWord} was unhappy with the service. What did you do?',
  ],
  improvement: [
    'Tell me about a time you improved a process.',
    'Give an example of when you took the initiative to change how something was done.',
  ],
  weakness: [
    'What are your weaknesses?',
    'What is your greatest weakness?',
    'What would your last manager say you need to work on?',
  ],
  motivation: [
    'Why do you want to work here, and why do you think you are a good fit for this role?',
    'Why are you interested in this {role} position?',
    'What attracts you to this role?',
  ],
};

const OPENERS = ['Um, ', 'So, ', 'So basically, ', 'Honestly, ', 'Yeah, so ', 'Well, '];
const FILLERS = ['Um, ', 'Like, ', 'You know, ', 'Basically, ', 'I mean, ', 'So, like, '];
const HEDGES = ['I think ', 'I guess ', 'Maybe ', 'I suppose ', 'Probably '];

// ---------------------------------------------------------------------------------------------

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'eight', 'ten', 'twelve'];

/** Counts words as whitespace-separated tokens that contain a letter or digit. */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[A-Za-z0-9]/.test(token)) n++;
  return n;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Fills templates for one answer: field slots are picked once, numbers are fresh each time. */
class Filler {
  private readonly bound = new Map<string, string>();
  constructor(
    private readonly rng: Rng,
    private readonly field: Field,
  ) {}

  private number(key: string): string | undefined {
    const r = this.rng;
    switch (key) {
      case 'pct':
        return String(r.int(8, 60));
      case 'n':
        return String(r.int(2, 9));
      case 'weeks':
        return r.pick(NUMBER_WORDS);
      case 'money':
        return `$${(r.int(4, 95) * 1000).toLocaleString('en-US')}`;
      case 'hi':
        return String(r.int(20, 60));
      case 'lo':
        return String(r.int(2, 12));
      case 'from': {
        const from = r.int(35, 75);
        this.bound.set('to', String(Math.min(98, from + r.int(6, 22))));
        return String(from);
      }
      default:
        return undefined;
    }
  }

  fill(template: string): string {
    const out = template.replace(/\{(\w+)\}/g, (_m, key: string) => {
      const num = key === 'to' ? undefined : this.number(key);
      if (num !== undefined) return num;
      const seen = this.bound.get(key);
      if (seen !== undefined) return seen;
      const value = (this.field as unknown as Record<string, unknown>)[key];
      let chosen: string;
      if (typeof value === 'string') chosen = value;
      else if (Array.isArray(value)) chosen = this.rng.pick(value as string[]);
      else throw new Error(`unknown slot {${key}}`);
      this.bound.set(key, chosen);
      return chosen;
    });
    return capitalise(fixArticles(out));
  }
}

/** "a English teacher" -> "an English teacher" (the fragments have no "a one", "a use..."). */
function fixArticles(s: string): string {
  return s.replace(/\b([Aa]) (?=[AEIOaeio])(?!one\b)/g, '$1n ');
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\bI am\b/g, "I'm"],
  [/\bI have (?=been|also|followed)/g, "I've "],
  [/\bI would\b/g, "I'd"],
  [/\b([Dd])id not\b/g, "$1idn't"],
  [/\b([Ww])as not\b/g, "$1asn't"],
  [/\b([Cc])ould not\b/g, "$1ouldn't"],
  [/\b([Ss])hould not\b/g, "$1houldn't"],
  [/\b([Hh])ad not\b/g, "$1adn't"],
  [/\b([Ii])t is\b/g, "$1t's"],
  [/\bdo not\b/g, "don't"],
];

/** Most people speak with contractions; some answers keep the long forms. */
function contract(text: string): string {
  let out = text;
  for (const [pattern, short] of CONTRACTIONS) out = out.replace(pattern, short);
  return out;
}

/** Adds a spoken prefix ("Um, ", "I think ") to a sentence. */
function prefix(sentence: string, lead: string): string {
  const keepCase = /^I\b|^I'/.test(sentence);
  return lead + (keepCase ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1));
}

type Layout = 'prose' | 'star' | 'bullets';

interface Sections {
  context: string[];
  actions: string[];
  results: string[];
  lessons: string[];
  closing: string[];
}

function render(s: Sections, layout: Layout, rng: Rng): string {
  if (layout === 'star') {
    const [first, ...rest] = s.context;
    const inline = rng.chance(0.5);
    const head = (label: string, body: string[]): string =>
      body.length === 0
        ? ''
        : inline
          ? `${label}: ${body.join(' ')}`
          : `${label}\n${body.join(' ')}`;
    return [
      head('Situation', first === undefined ? [] : [first]),
      head('Task', rest),
      head('Action', s.actions),
      head('Result', [...s.results, ...s.lessons]),
      s.closing.join(' '),
    ]
      .filter((p) => p)
      .join('\n\n');
  }
  if (layout === 'bullets') {
    const lead = rng.pick(['Here is what I did:', 'What I did was:', 'The main steps were:']);
    const bullet = rng.pick(['- ', '* ', '• ']);
    return [
      s.context.join(' '),
      [lead, ...s.actions.map((a) => bullet + a)].join('\n'),
      [...s.results, ...s.lessons].join(' '),
      s.closing.join(' '),
    ]
      .filter((p) => p)
      .join('\n\n');
  }
  const paragraphs: string[] = [s.context.join(' ')];
  for (let i = 0; i < s.actions.length;) {
    const size = rng.int(3, 5);
    paragraphs.push(s.actions.slice(i, i + size).join(' '));
    i += size;
  }
  paragraphs.push([...s.results, ...s.lessons].join(' '));
  paragraphs.push(s.closing.join(' '));
  return paragraphs.filter((p) => p).join(rng.chance(0.2) ? ' ' : '\n\n');
}

function totalWords(s: Sections): number {
  let n = 0;
  for (const part of [s.context, s.actions, s.results, s.lessons, s.closing])
    for (const sentence of part) n += countWords(sentence);
  return n;
}

/** The part of an answer that is grown sentence by sentence until it reaches its target. */
function actionPool(kind: Kind, field: Field, rng: Rng, f: Filler): string[] {
  const main = rng.shuffle([...KIND_ACTIONS[kind], ...field.actions, ...ACTIONS]);
  const details = rng.shuffle(DETAILS);
  // Kind-specific actions go first; details are sprinkled in between.
  const specific = new Set(KIND_ACTIONS[kind]);
  main.sort((a, b) => Number(specific.has(b)) - Number(specific.has(a)));
  const out: string[] = [];
  for (const a of main) {
    out.push(f.fill(a));
    if (details.length > 0 && rng.chance(0.3)) out.push(f.fill(details.pop()!));
  }
  return out;
}

function buildSections(kind: Kind, field: Field, target: number, rng: Rng, f: Filler): Sections {
  const s: Sections = { context: [], actions: [], results: [], lessons: [], closing: [] };
  const extraContext = target > 110 ? (target > 250 && rng.chance(0.6) ? 2 : 1) : 0;

  if (kind === 'weakness') {
    const w = rng.pick(WEAKNESSES);
    s.context.push(
      f.fill(w.name),
      ...w.example.slice(0, target > 90 ? 2 : 1).map((e) => f.fill(e)),
    );
    s.results.push(f.fill(w.compensate));
    if (target > 80) s.results.push(f.fill(w.improve));
    if (target > 130) s.results.push(f.fill(w.result));
  } else if (kind === 'motivation') {
    s.context.push(f.fill(rng.pick(MOTIVATION_INTRO)), f.fill(rng.pick(MOTIVATION_WHY)));
    if (target > 100) s.context.push(f.fill(rng.pick(MOTIVATION_FIT)));
    s.results.push(f.fill(rng.pick(rng.chance(0.6) ? RESULTS_NUM : RESULTS_SOFT)));
  } else {
    s.context.push(f.fill(rng.pick(CONTEXT[kind])));
    for (const c of rng.shuffle(CONTEXT_EXTRA[kind]).slice(0, extraContext))
      s.context.push(f.fill(c));
    const numeric = rng.chance(0.65);
    s.results.push(f.fill(rng.pick(numeric ? RESULTS_NUM : RESULTS_SOFT)));
    if (target > 160 && rng.chance(0.6)) s.results.push(f.fill(rng.pick(field.soft)));
  }
  if (rng.chance(target < 80 ? 0.4 : 0.8)) {
    const lessons = rng.shuffle(LESSONS);
    s.lessons.push(f.fill(lessons[0]!));
    if (target > 300 && rng.chance(0.4)) s.lessons.push(f.fill(lessons[1]!));
  }
  if (rng.chance(target < 80 ? 0.2 : 0.45)) s.closing.push(f.fill(rng.pick(CLOSINGS)));

  // Grow the middle until the target length is reached.
  const pool =
    kind === 'weakness' || kind === 'motivation'
      ? [f.fill(rng.pick(MOTIVATION_STORY)), ...actionPool('challenge', field, rng, f)]
      : actionPool(kind, field, rng, f);
  // A weakness answer only needs a story when it is long.
  const needsMiddle = kind !== 'weakness' || target > 150;
  for (const sentence of pool) {
    const have = totalWords(s);
    if (have >= target && (s.actions.length > 0 || !needsMiddle)) break;
    if (have + countWords(sentence) > MAX_WORDS - 15) break;
    s.actions.push(sentence);
  }
  return s;
}

function addSpeech(s: Sections, rng: Rng): void {
  const level = rng.next();
  const all = [s.context, s.actions, s.results, s.lessons];
  if (level < 0.55) return;
  const heavy = level > 0.9;
  const count = heavy ? rng.int(4, 7) : rng.int(1, 2);
  if (rng.chance(0.5)) s.context[0] = prefix(s.context[0]!, rng.pick(OPENERS));
  for (let k = 0; k < count; k++) {
    const part = rng.pick(all.filter((p) => p.length > 0));
    const i = rng.int(0, part.length - 1);
    const lead = rng.pick(rng.chance(0.5) ? FILLERS : HEDGES);
    if (!part[i]!.startsWith(lead)) part[i] = prefix(part[i]!, lead);
  }
}

/** Builds the benchmark corpus: deterministic for a given size and seed. */
export function buildCorpus(options: CorpusOptions = {}): BenchAnswer[] {
  const size = options.size ?? 360;
  const rng = new Rng(options.seed ?? 20240611);
  // Stratified target lengths so the corpus spreads evenly over MIN_WORDS..MAX_WORDS.
  const span = MAX_WORDS - MIN_WORDS - 20;
  const targets = rng.shuffle(
    Array.from(
      { length: size },
      (_, i) => MIN_WORDS + Math.floor(((i + rng.next()) / size) * span),
    ),
  );
  const corpus: BenchAnswer[] = [];
  for (let i = 0; i < size; i++) {
    const field = FIELDS[i % FIELDS.length]!;
    const kind = KINDS[Math.floor(i / FIELDS.length) % KINDS.length]!;
    const f = new Filler(rng, field);
    const target = targets[i]!;
    const sections = buildSections(kind, field, target, rng, f);
    addSpeech(sections, rng);
    const layoutRoll = rng.next();
    const layout: Layout =
      kind === 'weakness' || kind === 'motivation' || sections.actions.length < 2
        ? 'prose'
        : layoutRoll < 0.12
          ? 'star'
          : layoutRoll < 0.26
            ? 'bullets'
            : 'prose';
    const rendered = render(sections, layout, rng);
    const answer = rng.chance(0.7) ? contract(rendered) : rendered;
    const words = countWords(answer);
    if (words < MIN_WORDS || words > MAX_WORDS) {
      throw new Error(`corpus answer ${i} has ${words} words (target ${target})`);
    }
    corpus.push({
      id: `${field.id}-${kind}-${String(i).padStart(3, '0')}`,
      field: field.id,
      kind,
      question: f.fill(rng.pick(QUESTIONS[kind])),
      answer,
      words,
    });
  }
  return corpus;
}
