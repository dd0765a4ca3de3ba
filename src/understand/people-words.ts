/**
 * Words that mark people: honorifics ("Mr."), titles and roles ("Secretary-General",
 * "Foreign Minister", "spokesperson"), the role aliases news copy uses for well-known posts
 * ("the UN chief"), nationality adjectives ("Russian President …"), speech verbs and pronouns.
 */

/** Honorifics: the next capitalised word is a person's name. Keys are lower case without the dot. */
export const HONORIFICS = new Set('col gen lt maj capt sgt adm mr mrs ms miss dr sir dame prof professor madam monsieur mme lord lady rev father sister brother'.split(' '));

/** Words that end a role phrase ("President", "Foreign Minister", "Secretary-General"). */
export const ROLE_HEADS = new Set(
  'president vice-president minister prime admiral marshal brigadier secretary-general under-secretary-general secretary ambassador envoy representative king queen prince princess emperor chancellor governor mayor senator general commander chief director-general director administrator chair chairman chairwoman chairperson spokesperson spokesman spokeswoman rapporteur commissioner high-commissioner judge justice colonel major captain lieutenant sergeant bishop archbishop cardinal pope emir sheikh sultan premier coordinator head leader adviser advisor officer representative deputy economist expert researcher activist official negotiator mediator minister-designate president-elect ceo founder executive'.split(' '),
);

/** Words that may stand before a role head inside a role ("Foreign", "Deputy", "Special"). */
export const ROLE_MODIFIERS = new Set(
  'foreign defence defense finance interior health justice education prime deputy vice special executive high assistant acting former chief senior first resident humanitarian emergency permanent regional country national general political personal trade energy environment agriculture economy labour labor external home state rear field air lead cabinet police army military naval'.split(' '),
);

/** Role heads strong enough to make the following name a person even alone ("Ambassador Smith"). */
export const TITLE_HEADS = new Set(
  'president vice-president minister secretary-general under-secretary-general ambassador envoy king queen prince princess chancellor governor mayor senator general commander director-general rapporteur commissioner judge colonel major captain lieutenant sergeant bishop archbishop cardinal pope emir sheikh sultan premier spokesperson spokesman spokeswoman'.split(' '),
);

/** Military and police ranks: titles, but a role stated in an apposition says more ("Colonel X, a spokesman for …"). */
export const RANKS = new Set('general colonel lieutenant major captain sergeant corporal admiral brigadier marshal commander commodore'.split(' '));

/**
 * Nouns for what a person is or does: an apposition or a phrase before a name that holds one is
 * that person's role ("Ibrahim Maïga, a herder", "the network's coordinator, Álvaro Choque").
 */
export const ROLE_NOUNS = new Set(
  (
    'spokesperson spokesman spokeswoman envoy ambassador president vice-president minister secretary secretary-general under-secretary-general undersecretary ' +
    'chief head leader director director-general administrator coordinator commissioner representative rapporteur official officer officials negotiator ' +
    'mediator adviser advisor counsellor counselor counsel consul diplomat delegate member chair chairman chairwoman chairperson governor mayor deputy ' +
    'senator lawmaker legislator mp parliamentarian judge justice magistrate prosecutor attorney lawyer advocate investigator inspector auditor ' +
    'commander general colonel lieutenant major captain sergeant soldier admiral brigadier marshal fighter militant rebel guard policeman policewoman ' +
    'king queen prince princess emir sheikh sultan monarch premier chancellor founder co-founder owner executive ceo manager supervisor foreman ' +
    'economist analyst expert researcher scientist biologist meteorologist epidemiologist virologist seismologist hydrologist engineer architect ' +
    'professor lecturer teacher student pupil headteacher principal doctor physician surgeon nurse midwife paramedic pharmacist dentist ' +
    'journalist reporter correspondent editor photographer writer author novelist poet artist musician singer actor filmmaker ' +
    'activist campaigner organiser organizer volunteer worker labourer laborer farmer herder pastoralist fisherman fisher skipper sailor pilot ' +
    'driver trader vendor merchant shopkeeper seller miner deminer builder mechanic technician electrician carpenter tailor baker cook ' +
    'resident refugee migrant survivor witness victim mother father widow grandmother grandfather elder chieftain cleric imam priest pastor ' +
    'bishop archbishop cardinal pope rabbi monk nun athlete player coach analyst observer monitor inspector manager partner'
  ).split(' '),
);

/** Lower-case role nouns that, before a name, give the name its role ("his spokesperson Farhan Haq"). */
export const LOWER_ROLES = new Set(
  'spokesperson spokesman spokeswoman envoy ambassador president minister chief director head leader adviser advisor coordinator commissioner representative rapporteur official officer secretary-general chairman chair negotiator mediator expert economist researcher activist doctor nurse farmer teacher student director-general coordinator worker volunteer mother father'.split(' '),
);

/**
 * Phrases that stand for a post rather than naming it ("the UN chief" is the Secretary-General).
 * Keys are normalised word sequences; values are role names as `Entity.role` holds them.
 */
export const ROLE_ALIASES = new Map<string, string>([
  ['un chief', 'Secretary-General'], ['united nations chief', 'Secretary-General'], ['un secretary-general', 'Secretary-General'],
  ['un head', 'Secretary-General'], ['un boss', 'Secretary-General'], ["world body 's chief", 'Secretary-General'], ['top un official', 'Secretary-General'],
  ['un rights chief', 'High Commissioner for Human Rights'], ['un human rights chief', 'High Commissioner for Human Rights'],
  ['un refugee chief', 'High Commissioner for Refugees'], ['un aid chief', 'Emergency Relief Coordinator'], ['un relief chief', 'Emergency Relief Coordinator'],
  ['who chief', 'Director-General'], ['who head', 'Director-General'],
]);

/** Nationality adjectives and the country they point to ("Russian President" → RU). */
export const DEMONYMS = new Map<string, string>(
  (
    'afghan:AF albanian:AL algerian:DZ american:US angolan:AO argentine:AR argentinian:AR armenian:AM australian:AU austrian:AT azerbaijani:AZ ' +
    'bangladeshi:BD belarusian:BY belgian:BE bolivian:BO bosnian:BA brazilian:BR british:GB bulgarian:BG burkinabe:BF burundian:BI cambodian:KH ' +
    'cameroonian:CM canadian:CA chadian:TD chilean:CL chinese:CN colombian:CO congolese:CD croatian:HR cuban:CU cypriot:CY czech:CZ danish:DK ' +
    'dutch:NL ecuadorian:EC egyptian:EG emirati:AE eritrean:ER estonian:EE ethiopian:ET filipino:PH finnish:FI french:FR gambian:GM georgian:GE ' +
    'german:DE ghanaian:GH greek:GR guatemalan:GT guinean:GN haitian:HT honduran:HN hungarian:HU indian:IN indonesian:ID iranian:IR iraqi:IQ ' +
    'irish:IE israeli:IL italian:IT ivorian:CI jamaican:JM japanese:JP jordanian:JO kazakh:KZ kenyan:KE korean:KR kuwaiti:KW kyrgyz:KG lebanese:LB ' +
    'liberian:LR libyan:LY lithuanian:LT malagasy:MG malawian:MW malaysian:MY malian:ML mauritanian:MR mexican:MX moldovan:MD mongolian:MN ' +
    'moroccan:MA mozambican:MZ myanmar:MM namibian:NA nepalese:NP nepali:NP nicaraguan:NI nigerian:NG nigerien:NE norwegian:NO pakistani:PK ' +
    'palestinian:PS panamanian:PA paraguayan:PY peruvian:PE polish:PL portuguese:PT qatari:QA romanian:RO russian:RU rwandan:RW saudi:SA ' +
    'senegalese:SN serbian:RS sierra-leonean:SL somali:SO south-african:ZA spanish:ES sri-lankan:LK sudanese:SD swedish:SE swiss:CH syrian:SY ' +
    'taiwanese:TW tajik:TJ tanzanian:TZ thai:TH tunisian:TN turkish:TR turkmen:TM ugandan:UG ukrainian:UA uruguayan:UY uzbek:UZ venezuelan:VE ' +
    'vietnamese:VN yemeni:YE zambian:ZM zimbabwean:ZW european:EU african:AF-region arab:ARAB asian:ASIA'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Verbs that introduce what someone said. */
export const SPEECH_VERBS = new Set(
  'said says say saying told tells tell added adds quoted stressed stresses stressing emphasized emphasised emphasizes emphasises emphasizing emphasising noted notes noting warned warns warning stated states declared declares urged urges urging asked asks called calls calling underlined underlines underlining underscored underscores reiterated reiterates reiterating announced announces insisted insists argued argues recalled recalls continued continues concluded concludes wrote writes explained explains observed observes pointed acknowledged acknowledges affirmed affirms highlighted highlights highlighting condemned condemns described describes describing replied replies responded responds cautioned cautions appealed appeals pleaded pledged pledges vowed vows maintained maintains admitted admits recounted recounts remarked remarks commented comments announced agreed agrees suggested suggests predicted predicts confirmed confirms expressed expresses explained quipped reported reports according'.split(' '),
);

/** Personal pronouns that may stand for the last person who was a subject. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'hers']);
