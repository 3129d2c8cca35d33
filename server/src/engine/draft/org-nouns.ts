// Nouns that name an organization by its kind, in a module of their own (a long list; words.ts re-exports it).
/** Nouns that name an organization by its kind ("the company", "the union", "the paper"), with names they fit. */
export const ORG_NOUNS: Record<string, RegExp | undefined> = {
  company: new RegExp(
    String.raw`\b(?:inc|corp|co|ltd|llc|plc|company|group|holdings|technologies|industries|systems|semiconductor` +
      String.raw`|steel` +
      String.raw`|power` +
      String.raw`|chemical|development|markets|foods|hotels|mobility|labs?)\b`,
    'i',
  ),
  firm: undefined,
  chain: undefined,
  startup: undefined,
  'start-up': undefined,
  app: undefined,
  business: undefined,
  retailer: undefined,
  maker: undefined,
  manufacturer: undefined,
  bank: /\bbank\b/i,
  lender: undefined,
  developer: undefined,
  operator: undefined,
  union: /\b(?:union|united|local|workers|federation|guild|brotherhood|teamsters|association|council)\b/i,
  local: /\blocal\b/i,
  ministry: /\bministry\b/i,
  department: /\bdepartment\b/i,
  agency: undefined,
  commission: /\bcommission\b/i,
  office: /\boffice\b/i,
  authority: /\bauthority\b/i,
  government: /\bgovernment\b/i,
  administration: /\badministration\b/i,
  council: /\bcouncil\b/i,
  committee: /\bcommittee\b/i,
  board: /\bboard\b/i,
  group: undefined,
  organization: undefined,
  campaign: /\bcampaign\b/i,
  paper: new RegExp(
    String.raw`\b(?:times|post|tribune|herald|ledger|courier|gazette|journal|signal|news|daily|chronicle|globe|star` +
      String.raw`|observer` +
      String.raw`|review)\b`,
    'i',
  ),
  newspaper: new RegExp(
    String.raw`\b(?:times|post|tribune|herald|ledger|courier|gazette|journal|signal|news|daily|chronicle|globe|star` +
      String.raw`|observer` +
      String.raw`|review)\b`,
    'i',
  ),
  daily: new RegExp(
    String.raw`\b(?:times|post|tribune|herald|ledger|courier|gazette|journal|signal|news|daily|chronicle|globe|star` +
      String.raw`|observer` +
      String.raw`|review)\b`,
    'i',
  ),
  broadcaster: undefined,
  network: undefined,
  institute: /\binstitute\b/i,
  university: /\buniversity\b/i,
  museum: /\bmuseum\b/i,
  gallery: /\bgallery\b/i,
  church: /\bchurch\b/i,
  school: /\bschool\b/i,
  district: /\bdistrict\b/i,
  court: /\bcourt\b/i,
  team: undefined,
  club: undefined,
  league: /\bleague\b/i,
  police: /\bpolice\b/i,
  guard: /\bguard\b/i,
  army: /\barmy\b/i,
  // Documents an organization issues: they speak for whoever wrote them.
  report: undefined,
  study: undefined,
  review: undefined,
  analysis: undefined,
  audit: undefined,
  statement: undefined,
  filing: undefined,
  release: undefined,
  editorial: undefined,
  letter: undefined,
  memo: undefined,
  survey: undefined,
  ruling: undefined,
  lawsuit: undefined,
};
