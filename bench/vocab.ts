// Word pools for the generated corpora. Every speaker draws from the same
// pools, so word trigrams ("we will continue to", "across the region") recur
// across thousands of speakers, as the talking points of real officials do.

export const FIRST_NAMES = (
  'Maria Elena James Olivia Daniel Sofia Thomas Amara Lucas Hannah David Nadia Samuel Grace Omar Leila Peter Ines ' +
  'Jonas Clara ' +
  'Victor Mei Rahul Priya Ahmed Fatima Carlos Lucia Erik Astrid Kofi Ama Sean Niamh Pavel Katya Andre Beatriz ' +
  'Tomas Zofia ' +
  'Hugo Camille Felix Greta Mateo Valeria Ibrahim Yasmin Noah Chloe Ethan Aisha Marcus Ingrid Diego Paula Kenji ' +
  'Yuki Arjun Divya ' +
  'Rafael Julia Stefan Marta Jakub Alicja Emeka Ngozi Liam Aoife Henrik Sigrid Tariq Salma Bruno Chiara Anders ' +
  'Freya Nikolai Irina ' +
  'José Zoë Renée Søren Björn Ángel Noémi Dāvis Chidi Efua Ruth Simon Miriam Aaron Esther Paolo Teresa Oscar Alma ' +
  'Isaac Rosa'
).split(' ');

export const SURNAMES = (
  'Okafor Lindqvist Moreau Brennan Castillo Novak Haddad Whitaker Ferreira Nakamura Kowalski Mensah Delgado ' +
  'Fischer Ahmadi ' +
  'Sorensen Petrov Oyelaran Gallagher Romano Vasquez Thornton Hartmann Mbeki Lestrange Duarte Kovacs Aldridge ' +
  'Bergström Castellanos ' +
  'Iyer Chaudhry Rahman Obi Kuznetsova Halvorsen Marchetti Quintero Abernathy Lefebvre Szabo Nwosu Eriksen Pereira ' +
  'Tanaka Yamamoto ' +
  'Ramírez Müller Ó\u00a0Briain Blackwood Ashworth Pemberton Fairweather Underhill Kingsley Holloway Radcliffe ' +
  'Summers Winslow Carrington ' +
  'Adeyemi Boateng Asante Owusu Achebe Danjuma Kamara Sesay Mwangi Otieno Wanjiru Njoroge Banerjee Mehta Pillai ' +
  'Reddy Sethi Kapoor ' +
  'Horvath Nagy Varga Dvorak Svoboda Jelinek Popescu Ionescu Georgiou Papadopoulos Karagiannis Demir Yilmaz Arslan ' +
  'Kaya Sahin ' +
  'Lindgren Nyberg Holm Berg Dahl Strand Virtanen Korhonen Laine Salo Heikkinen Ramos Mendes Figueiredo Carvalho ' +
  'Almeida Teixeira ' +
  'Gauthier Girard Fontaine Rousseau Lambert Bonnet Chevalier Esposito Ricci Bruno Greco Conti Costa Fontana ' +
  'Moretti Barbieri ' +
  'Schneider Wagner Becker Hoffmann Schulz Koch Richter Klein Wolf Neumann Schwarz Zimmermann Braun Kruger Hofmann ' +
  'Lange ' +
  'Whitfield Lockwood Ellery Hadley Marsh Pryce Calloway Drummond Everett Garland Harrow Ingram Jessop Keating ' +
  'Lyle Mercer'
)
  .split(' ')
  .map((s) => s.replace('\u00a0', ' '))
  .filter((s) => !s.includes(' '));

/** Family-name-first names, as Chinese, Korean and Vietnamese names are written. */
export const FAMILY_FIRST = {
  family: 'Guo Zhou Bao Liang Xu Feng Tang Cao Deng Kang Pham Nguyen Tran Park Choi Jeong Han Lim'.split(' '),
  given:
    'Jiakun Mingzhe Wenhao Xiaoling Yufei Haoran Jianyun Zihan Ruolan Tianyi Minh Thao Seojun Jiwoo Hyun Sunhee'.split(
      ' ',
    ),
};

export const TOPICS = (
  'Transport Health Education Finance Agriculture Energy Housing Trade Justice Environment Culture Labour ' +
  'Commerce Water Science Industry Tourism Fisheries Defence Interior Digital Affairs'
).split(' ');
export const ORG_FORMS = [
  'Ministry of {T}',
  'Department of {T}',
  'National {T} Agency',
  '{P} City Council',
  '{P} County Council',
  'Regional {T} Commission',
  '{P} Port Authority',
  'University of {P}',
  '{P} Chamber of Commerce',
  'Institute for {T} Studies',
  '{P} Hospital Trust',
  'National {T} Association',
  '{P} Water Board',
  '{T} Workers Union',
];
export const TITLES = [
  'spokesperson',
  'minister',
  'deputy minister',
  'director',
  'chief executive',
  'chair',
  'senior research fellow',
  'professor of economics',
  'mayor',
  'council member',
  'press secretary',
  'policy adviser',
  'head of communications',
  'president',
  'secretary-general',
  'chief economist',
  'regional coordinator',
  'deputy director',
  'treasurer',
  'commissioner',
];
export const OUTLETS = [
  'Reuters',
  'Bloomberg',
  'AFP',
  'Associated Press',
  'Kyodo',
  'The Courier',
  'Harbour Daily',
  'Radio North',
  'Evening Post',
  'Channel Seven',
];

export const PLACE_HEADS = (
  'Har Dun Kes Mar Bel Cal Ash Wen Tor Lin Rad Sel Fen Gor Hol Iver Jas Kel Lor Mor Nor Ost Pen Quin Ros Sten Tal ' +
  'Ul Val Wyn Brack Cor Elm Fal Glen Hurst Kirk Lang Mill Oak'
).split(' ');
export const PLACE_TAILS =
  'low more ton ford field bury wick dale mouth stead bridge haven brook worth ley port gate holm by thorpe'.split(' ');

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
