// The words the generated speech is made of: subjects, verbs, adjectives, nouns, stances, projects and facts.
// The grammar of spoken statements.
export const SUBJ_PL = [
  'We',
  'Our partners',
  'Local communities',
  'Families',
  'Businesses',
  'Workers',
  'Residents',
  'Our teams',
  'Both sides',
  'Young people',
  'Farmers',
  'Teachers',
  'Investors',
  'Member states',
  'Regional leaders',
  'Our members',
  'Small firms',
  'Patients',
];
export const MODALS = [
  'will',
  'must',
  'should',
  'cannot',
  'will continue to',
  'intend to',
  'are ready to',
  'remain committed to',
  'have agreed to',
  'need to',
  'plan to',
  'hope to',
  'will not hesitate to',
  'are determined to',
];
export const VERBS: [string, string][] = [
  ['strengthen', 'strengthened'],
  ['protect', 'protected'],
  ['support', 'supported'],
  ['expand', 'expanded'],
  ['review', 'reviewed'],
  ['improve', 'improved'],
  ['deliver', 'delivered'],
  ['oppose', 'opposed'],
  ['safeguard', 'safeguarded'],
  ['restore', 'restored'],
  ['promote', 'promoted'],
  ['reform', 'reformed'],
  ['fund', 'funded'],
  ['monitor', 'monitored'],
  ['defend', 'defended'],
  ['modernize', 'modernized'],
  ['simplify', 'simplified'],
  ['accelerate', 'accelerated'],
  ['rebuild', 'rebuilt'],
  ['secure', 'secured'],
  ['address', 'addressed'],
  ['reduce', 'reduced'],
  ['increase', 'increased'],
  ['prioritize', 'prioritized'],
  ['coordinate', 'coordinated'],
  ['finance', 'financed'],
  ['upgrade', 'upgraded'],
  ['stabilize', 'stabilized'],
  ['extend', 'extended'],
  ['evaluate', 'evaluated'],
  ['welcome', 'welcomed'],
  ['reject', 'rejected'],
  ['encourage', 'encouraged'],
  ['examine', 'examined'],
  ['launch', 'launched'],
  ['complete', 'completed'],
  ['maintain', 'maintained'],
  ['resolve', 'resolved'],
  ['prepare', 'prepared'],
  ['implement', 'implemented'],
];
export const ADJS = (
  'lawful legitimate long-term sustainable affordable regional national local public basic essential fair ' +
  'transparent open stable reliable practical modern digital green rural urban critical necessary shared common ' +
  'economic social financial industrial agricultural medical educational cultural environmental international ' +
  'bilateral multilateral strategic independent responsible comprehensive effective efficient safe secure ' +
  'resilient inclusive competitive innovative vital urgent serious broad steady gradual significant balanced ' +
  'coordinated existing new future current historic vulnerable small large global domestic coastal northern ' +
  'southern western eastern central early further concrete'
).split(' ');
export const NOUNS = (
  'rights interests businesses supply-chains markets schools hospitals roads bridges housing-projects jobs wages ' +
  'prices taxes budgets services programs reforms investments partnerships institutions communities families ' +
  'workers farmers students patients teachers small-firms exporters rules standards regulations agreements ' +
  'negotiations talks sanctions tariffs controls subsidies grants loans pensions benefits networks systems ' +
  'facilities ports railways airports water-supplies energy-grids power-plants data-centers clinics universities ' +
  'research-programs training-programs trade-flows growth-targets emissions forests rivers coastlines ' +
  'neighborhoods public-spaces libraries courts police-services fire-services emergency-services transport-links ' +
  'bus-routes cycle-lanes parks museums theaters archives tax-credits credit-lines export-licenses safety-checks ' +
  'inspections procedures deadlines priorities principles commitments obligations responsibilities concerns ' +
  'risks challenges opportunities outcomes results measures steps actions decisions policies plans strategies ' +
  'proposals initiatives efforts resources funds revenues costs savings debts deficits reserves assets ' +
  'technologies innovations skills capacities capabilities relations ties dialogues exchanges consultations ' +
  'channels mechanisms frameworks foundations conditions environments'
)
  .split(' ')
  .map((w) => w.replace(/-/g, ' '))
  .map((w) => w.replace('long term', 'long-term'));
export const PPS = [
  'across the region',
  'in the coming months',
  'for the next decade',
  'at every level',
  'without delay',
  'in good faith',
  'on an equal footing',
  'through dialogue and cooperation',
  'for future generations',
  'in line with the law',
  'on both sides',
  'as soon as possible',
  'over the long term',
  'in rural areas',
  'in our cities',
  'for ordinary people',
  'with our partners',
  'under the new framework',
  'at the national level',
  'within the current budget',
  'before the end of the year',
  'through careful planning',
  'in close consultation with residents',
  'in the interest of all parties',
  'wherever they are needed',
  'step by step',
];
export const OPENERS = [
  'At the same time, ',
  'In our view, ',
  'Above all, ',
  'As a result, ',
  'For this reason, ',
  'In the meantime, ',
  'Once again, ',
  'Frankly, ',
  'In short, ',
  'Going forward, ',
  'Of course, ',
  'To be clear, ',
];
export const STANCES = [
  'firmly oppose',
  'strongly condemn',
  'will not accept',
  'welcome',
  'fully support',
  'reject',
  'are deeply concerned about',
  'are watching closely',
];
export const IT_IS = [
  'important',
  'necessary',
  'essential',
  'clear',
  'regrettable',
  'encouraging',
  'vital',
  'worrying',
  'obvious',
  'no secret',
  'only fair',
  'long overdue',
];
export const GROUPS = [
  'ordinary people',
  'local families',
  'small businesses',
  'our farmers',
  'working people',
  'young people',
  'older residents',
  'every community',
  'our partners',
  'all parties',
  'the next generation',
  'taxpayers',
];
export const DECISIONS = [
  'decision',
  'agreement',
  'plan',
  'budget',
  'reform',
  'investment',
  'policy',
  'proposal',
  'law',
  'program',
  'package',
  'review',
];
export const AIMS = ['priority', 'goal', 'aim', 'task', 'responsibility', 'message', 'commitment', 'first concern'];

// Facts: counted things with the verb that counts them, projects with costs, measures with percentages.
export const COUNTED: [string, string][] = [
  ['inspected', 'bridges'],
  ['built', 'homes'],
  ['opened', 'classrooms'],
  ['created', 'jobs'],
  ['planted', 'trees'],
  ['repaired', 'roads'],
  ['hired', 'nurses'],
  ['trained', 'apprentices'],
  ['renovated', 'schools'],
  ['registered', 'businesses'],
  ['approved', 'permits'],
  ['installed', 'streetlights'],
  ['recruited', 'teachers'],
  ['cleared', 'cases'],
  ['restored', 'buildings'],
  ['added', 'beds'],
  ['issued', 'licenses'],
  ['funded', 'projects'],
  ['resettled', 'families'],
  ['connected', 'households'],
];
export const PROJECTS = [
  'bypass',
  'flood barrier',
  'ring road',
  'water treatment plant',
  'library extension',
  'rail link',
  'harbour wall',
  'sports center',
  'hospital wing',
  'tram line',
  'ferry terminal',
  'school campus',
];
export const MEASURES: [string, string][] = [
  ['Unemployment', 'fell'],
  ['Rents', 'rose'],
  ['Energy use', 'fell'],
  ['Bus ridership', 'rose'],
  ['Hospital waiting times', 'fell'],
  ['Retail sales', 'rose'],
  ['Crime', 'fell'],
  ['Tourist arrivals', 'rose'],
  ['Water losses', 'fell'],
  ['School attendance', 'rose'],
];
export const PERIODS = [
  'last year',
  'this year',
  'over the past year',
  'in the first quarter',
  'so far this year',
  'over the last decade',
  'in the past six months',
];
export const FACILITIES = [
  'community center',
  'health clinic',
  'footbridge',
  'recycling plant',
  'public library',
  'bus depot',
  'fire station',
  'science park',
  'sea wall',
  'market hall',
];

// Invented quotations: a register no source in the corpus uses.
export const INVENTED = {
  open: [
    'I remember',
    'Nobody told us about',
    'My grandmother used to talk about',
    'I still think about',
    'You never forget',
    'Honestly, I laughed at',
  ],
  thing: [
    'the old mill by the canal',
    'the winter the pipes froze',
    'the night the lights went out',
    'the queue outside the bakery',
    'the summer of the long strike',
    'the day the ferry broke down',
    'the smell of the tannery',
    'the brass band on the pier',
  ],
  tail: [
    'and how angry everyone was',
    'like it was yesterday',
    'whenever I drive past',
    'with a kind of fondness',
    'because nobody else will',
    'and I am not ashamed of it',
    'even now, after all these years',
  ],
};

// The writer's own words around the quotations (no numbers, dates, names or reporting verbs).
export const NARRATION = {
  subj: [
    'The debate over',
    'Questions about',
    'The row over',
    'Public interest in',
    'Scrutiny of',
    'Uncertainty about',
    'Frustration with',
    'Support for',
  ],
  verb: [
    'has grown',
    'has intensified',
    'has dominated local politics',
    'has shaped the campaign',
    'has divided opinion',
    'has cooled',
    'has resurfaced',
    'has spilled into the courts',
  ],
  tail: [
    'in recent weeks',
    'since the spring',
    'across the region',
    'among residents',
    'in the council chamber',
    'on both sides of the aisle',
    'as the deadline approaches',
    'ahead of the vote',
  ],
};
