// The common verbs of attribution, as a regular-expression alternation, for the fact checks that
// look for a date on a quotation's reporting verb ("…," the manager said on Monday). The reader of
// who said each quotation (draft/attribution.ts) finds verbs by the sentence's shape instead; this
// closed list only decides whether a date sits next to a verb of speech.
export const REPORTING_VERBS =
  'said|says|say|told|tells|added|adds|noted|notes|wrote|writes|stated|states|explained|explains|warned|warns|urged' +
  '|urges|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|insisted|insists|argued|argues|acknowledged|acknowledges' +
  '|asked|asks|replied|replies|recalled|recalls|called|calls|described|describes|declared|declares|announced' +
  '|announces|commented|comments|continued|remarked|observed|observes|claimed|claims|vowed|vows|pledged|pledges' +
  '|cautioned|cautions|suggested|suggests|predicted|conceded|concedes|admitted|admits|maintained|maintains|posted' +
  '|tweeted|responded|concluded|lamented|agreed|promised|criticized|criticised|slammed|decried|condemned' +
  '|denounced|demanded|reiterated|confirmed|blasted|quipped|exclaimed|testified|countered|complained|boasted' +
  '|hailed|praised';
