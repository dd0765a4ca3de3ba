/**
 * Stories of our own writing for the analysis suites: two that quote the same spokesperson
 * (by her full name, then as "Ms. Diallo"), one in French that names a country the first one
 * names, and one that names nobody. Each is written so the analysis has something definite to find.
 */

/** A story's text as the Admin API and createStory take it. */
export interface StoryText {
  headline: string;
  standfirst: string;
  body: string;
  datelinePlace: string;
}

/** Names a spokesperson (quoted twice), her agency with its acronym, two countries; about drought and climate. */
export const DROUGHT: StoryText = {
  headline: 'Drought pushes herders across the border',
  standfirst: 'A fourth failed rainy season leaves families in northern Kenya with nothing left to sell.',
  datelinePlace: 'NAIROBI',
  body: [
    'Severe drought has forced thousands of herders in northern Kenya to move their cattle into Ethiopia, the United Nations said on Tuesday.',
    '“The rains have failed for the fourth season in a row,” said Amina Diallo, a spokesperson for the World Food Programme (WFP). “Families have sold everything they had.”',
    'Ms. Diallo said the agency needed more money for food assistance and for climate adaptation as the drought deepens and carbon emissions keep rising.',
  ].join('\n\n'),
};

/** Quotes the same spokesperson about another country. */
export const PRICES: StoryText = {
  headline: 'Food prices double in Somalia',
  standfirst: 'Aid agencies warn that markets are emptying faster than they can be supplied.',
  datelinePlace: 'GENEVA',
  body: [
    'Food prices in Somalia have doubled since January, Amina Diallo, the World Food Programme spokesperson, told reporters in Geneva on Friday.',
    '“We are running out of time,” Ms. Diallo said. The WFP is asking donors for 300 million dollars.',
  ].join('\n\n'),
};

/** French: names Ethiopia ("Éthiopie"), as DROUGHT does in English. */
export const FRENCH_BORDER: StoryText = {
  headline: 'La frontière reste ouverte',
  standfirst: 'Les éleveurs continuent de passer avec leurs troupeaux.',
  datelinePlace: 'ADDIS-ABEBA',
  body: "Les autorités de l'Éthiopie ont laissé la frontière ouverte aux éleveurs venus du nord du Kenya, a indiqué mardi un responsable local.",
};

/** Names nobody: shares only sections with other stories. */
export const MARKETS: StoryText = {
  headline: 'Markets reopen after the storm',
  standfirst: 'Traders count their losses as roads are cleared.',
  datelinePlace: 'PORT LOUIS',
  body: 'Traders returned to the central market on Monday after three days of heavy rain and wind kept stalls shut.',
};
