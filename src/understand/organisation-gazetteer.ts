/**
 * Our own list of organisations news about the world names most: the UN system (with the
 * acronyms its agencies go by), regional and international bodies, aid groups and news
 * agencies; plus the head nouns that make an unknown capitalised phrase an organisation
 * ("… Organization", "… Council", "Ministry of …"). Built once at module load.
 */
import { phraseKey } from './place-gazetteer.js';

/** An organisation the gazetteer knows. */
export interface OrganisationEntry {
  name: string;
  acronym?: string;
}

/** [canonical name, acronym or '', more names…] */
const ORGANISATIONS: Array<[string, string, ...string[]]> = [
  ['United Nations', 'UN', 'U.N.', 'UNO', 'the world body'],
  ['UN Security Council', '', 'Security Council'], ['UN General Assembly', '', 'General Assembly'],
  ['UN Human Rights Council', 'HRC', 'Human Rights Council'], ['Economic and Social Council', 'ECOSOC'],
  ['International Court of Justice', 'ICJ'], ['International Criminal Court', 'ICC'],
  ["United Nations Children's Fund", 'UNICEF', "UN Children's Fund"], ['World Health Organization', 'WHO'],
  ['World Food Programme', 'WFP'], ['Office of the UN High Commissioner for Refugees', 'UNHCR', 'UN Refugee Agency', 'UN refugee agency', 'United Nations refugee agency'],
  ['UN Development Programme', 'UNDP', 'United Nations Development Programme'], ['UN Environment Programme', 'UNEP', 'United Nations Environment Programme'],
  ['UNESCO', 'UNESCO', 'United Nations Educational, Scientific and Cultural Organization'], ['Food and Agriculture Organization', 'FAO'],
  ['International Labour Organization', 'ILO'], ['International Monetary Fund', 'IMF'], ['World Bank', ''], ['World Trade Organization', 'WTO'],
  ['International Atomic Energy Agency', 'IAEA'], ['Office for the Coordination of Humanitarian Affairs', 'OCHA', 'UN Office for the Coordination of Humanitarian Affairs'],
  ['Office of the High Commissioner for Human Rights', 'OHCHR', 'UN Human Rights Office', 'UN human rights office'],
  ['UN Relief and Works Agency for Palestine Refugees', 'UNRWA'], ['UN Population Fund', 'UNFPA', 'United Nations Population Fund'],
  ['UN Women', ''], ['UNAIDS', 'UNAIDS'], ['International Organization for Migration', 'IOM'], ['World Meteorological Organization', 'WMO'],
  ['UN Conference on Trade and Development', 'UNCTAD', 'UN Trade and Development'], ['UN Office on Drugs and Crime', 'UNODC'], ['UN Framework Convention on Climate Change', 'UNFCCC'],
  ['Intergovernmental Panel on Climate Change', 'IPCC'], ['International Telecommunication Union', 'ITU'], ['Universal Postal Union', 'UPU'],
  ['International Civil Aviation Organization', 'ICAO'], ['International Maritime Organization', 'IMO'], ['UN-Habitat', ''],
  ['International Fund for Agricultural Development', 'IFAD'], ['UN Industrial Development Organization', 'UNIDO'], ['World Intellectual Property Organization', 'WIPO'],
  ['Department of Peace Operations', 'DPO'], ['UN Mission in South Sudan', 'UNMISS'], ['UN Interim Force in Lebanon', 'UNIFIL'],
  ['MINUSCA', 'MINUSCA'], ['UN Assistance Mission in Afghanistan', 'UNAMA'], ['UNAMI', 'UNAMI'],
  ['UNFICYP', 'UNFICYP'], ['UNDOF', 'UNDOF'], ['UNTSO', 'UNTSO'], ['UN Secretariat', '', 'Secretariat'],
  ['European Union', 'EU'], ['African Union', 'AU'], ['Association of Southeast Asian Nations', 'ASEAN'], ['North Atlantic Treaty Organization', 'NATO'],
  ['Organization for Security and Co-operation in Europe', 'OSCE'], ['League of Arab States', '', 'Arab League'], ['Organization of American States', 'OAS'],
  ['Organisation of Islamic Cooperation', 'OIC'], ['Economic Community of West African States', 'ECOWAS'], ['Intergovernmental Authority on Development', 'IGAD'],
  ['Southern African Development Community', 'SADC'], ['Caribbean Community', 'CARICOM'], ['Gulf Cooperation Council', 'GCC'], ['Council of Europe', ''],
  ['Organization of the Petroleum Exporting Countries', 'OPEC'], ['Group of 20', 'G20', 'G-20'], ['Group of Seven', 'G7', 'G-7', 'G8'],
  ['Commonwealth of Independent States', 'CIS'], ['Shanghai Cooperation Organisation', 'SCO'], ['Middle East Quartet', '', 'Quartet'],
  ['International Committee of the Red Cross', 'ICRC'], ['International Federation of Red Cross and Red Crescent Societies', 'IFRC'], ['Red Cross', ''], ['Red Crescent', ''],
  ['Médecins Sans Frontières', 'MSF', 'Doctors Without Borders'], ['Amnesty International', ''], ['Human Rights Watch', 'HRW'], ['Oxfam', ''],
  ['Save the Children', ''], ['World Economic Forum', 'WEF'], ['Gavi', '', 'GAVI'], ['Global Fund', ''], ['Hamas', ''], ['Hizbullah', '', 'Hezbollah'],
  ['Taliban', ''], ['Al-Shabaab', '', 'Al Shabaab'], ['Islamic State', 'ISIL', 'ISIS', 'Da’esh', 'Daesh'], ['Al-Qaida', '', 'Al-Qaeda', 'Al Qaeda'], ['Boko Haram', ''],
  ['Houthis', '', 'Houthi movement', 'Ansar Allah'], ['Hayat Tahrir al-Sham', 'HTS'], ['Wagner Group', '', 'Wagner'], ['Kurdistan Workers\' Party', 'PKK'],
  ['Syrian Democratic Forces', 'SDF'], ['March 23 Movement', 'M23'], ['Rapid Support Forces', 'RSF'], ['Allied Democratic Forces', 'ADF'],
  ['Jama\'at Nusrat al-Islam wal-Muslimin', 'JNIM'], ['Islamic State West Africa Province', 'ISWAP'], ['Revolutionary Armed Forces of Colombia', 'FARC'],
  ['National Liberation Army', 'ELN'], ['Tigray People\'s Liberation Front', 'TPLF'], ['Arakan Army', ''], ['Palestinian Authority', 'PA'],
  ['Islamic Jihad', '', 'Palestinian Islamic Jihad'], ['Fatah', ''], ['Muslim Brotherhood', ''], ['Islamic Revolutionary Guard Corps', 'IRGC'],
  ['East African Community', 'EAC'], ['Economic Community of Central African States', 'ECCAS'], ['Southern Common Market', 'Mercosur', 'MERCOSUR'],
  ['Asia-Pacific Economic Cooperation', 'APEC'], ['Organisation for Economic Co-operation and Development', 'OECD'], ['BRICS', 'BRICS'],
  ['Asian Development Bank', 'ADB'], ['African Development Bank', 'AfDB'], ['Inter-American Development Bank', 'IDB'],
  ['European Bank for Reconstruction and Development', 'EBRD'], ['Asian Infrastructure Investment Bank', 'AIIB'], ['New Development Bank', ''],
  ['European Commission', ''], ['European Parliament', ''], ['European Council', ''], ['European Central Bank', 'ECB'],
  ['European Court of Human Rights', 'ECHR'], ['Court of Justice of the European Union', 'CJEU'], ['Frontex', ''], ['Europol', ''], ['Interpol', ''],
  ['Paris Club', ''], ['International Finance Corporation', 'IFC'], ['Bank for International Settlements', 'BIS'], ['World Organisation for Animal Health', 'WOAH'],
  ['Global Partnership for Education', 'GPE'], ['Coalition for Epidemic Preparedness Innovations', 'CEPI'], ['Africa CDC', '', 'Africa Centres for Disease Control and Prevention'],
  ['International Renewable Energy Agency', 'IRENA'], ['International Energy Agency', 'IEA'], ['Organisation for the Prohibition of Chemical Weapons', 'OPCW'],
  ['Comprehensive Nuclear-Test-Ban Treaty Organization', 'CTBTO'], ['International Seabed Authority', 'ISA'], ['Permanent Court of Arbitration', 'PCA'],
  ['UN Capital Development Fund', 'UNCDF'], ['UN Office for Project Services', 'UNOPS'], ['UN Volunteers', 'UNV'], ['UN University', 'UNU'],
  ['UN Institute for Training and Research', 'UNITAR'], ['UN Mine Action Service', 'UNMAS'], ['UN Office for Disaster Risk Reduction', 'UNDRR'],
  ['UN Office for Outer Space Affairs', 'UNOOSA'], ['UN Economic Commission for Africa', 'ECA'], ['UN Economic Commission for Europe', 'UNECE'],
  ['Economic and Social Commission for Asia and the Pacific', 'ESCAP'], ['Economic Commission for Latin America and the Caribbean', 'ECLAC'],
  ['Economic and Social Commission for Western Asia', 'ESCWA'], ['UN Integrated Transition Assistance Mission in Sudan', 'UNITAMS'],
  ['UN Multidimensional Integrated Stabilization Mission in Mali', 'MINUSMA'], ['UN Support Mission in Libya', 'UNSMIL'],
  ['UN Stabilization Mission in the Democratic Republic of the Congo', 'MONUSCO'], ['UN Integrated Office in Haiti', 'BINUH'],
  ['White House', ''], ['Pentagon', ''],
  ['Reuters', ''], ['Associated Press', 'AP'], ['Agence France-Presse', 'AFP'], ['BBC', 'BBC'], ['Al Jazeera', ''], ['Xinhua', ''], ['TASS', 'TASS'],
  ['Anadolu Agency', '', 'Anadolu'], ['EFE', 'EFE'], ['Deutsche Presse-Agentur', 'dpa'], ['UN News', ''], ['CNN', 'CNN'], ['New York Times', '', 'The New York Times'],
  ['Interfax', ''], ['RIA Novosti', '', 'RIA'], ['Kyodo News', '', 'Kyodo'], ['Yonhap', '', 'Yonhap News Agency'], ['ANSA', 'ANSA'], ['Press Trust of India', 'PTI'],
  ['Bernama', ''], ['Antara', ''], ['Ukrinform', ''], ['IRNA', 'IRNA'], ['KCNA', 'KCNA'], ['WAFA', 'WAFA'], ['SANA', 'SANA'], ['Saudi Press Agency', 'SPA'],
  ['Middle East News Agency', 'MENA'], ['Kenya News Agency', 'KNA'], ['News Agency of Nigeria', 'NAN'], ['Bloomberg', ''], ['Dow Jones', ''],
  ['Deutsche Welle', 'DW'], ['France 24', ''], ['Radio France Internationale', 'RFI'], ['Voice of America', 'VOA'], ['Radio Free Europe/Radio Liberty', 'RFE/RL'],
  ['NHK', 'NHK'], ['NRK', 'NRK'], ['Al Arabiya', ''], ['Sky News', ''], ['Financial Times', ''], ['The Guardian', '', 'Guardian'], ['Le Monde', ''],
  ['Washington Post', '', 'The Washington Post'], ['Wall Street Journal', '', 'The Wall Street Journal'], ['The Economist', ''],
];

/** Last words that make a capitalised phrase an organisation. */
export const ORGANISATION_HEADS = new Set(
  'organization organisation survey services bureau affairs mechanism council agency fund programme program bank union commission committee office ministry department directorate court association institute university college party forces army navy police guard corps movement front group network foundation corporation company authority assembly parliament secretariat mission force tribunal alliance coalition centre center service society federation league board panel academy school hospital clinic church government administration senate congress cabinet chamber unit brigade militia institution trust partnership initiative exchange community observatory laboratory inc ltd plc llc sa ag gmbh post times herald tribune gazette journal chronicle telegraph'.split(' '),
);

/** Organisation heads that a country or region name followed by them is still a place: "Russian Federation". */
const BY_KEY = new Map<string, OrganisationEntry>();
const BY_ACRONYM = new Map<string, OrganisationEntry>();
for (const [name, acronym, ...more] of ORGANISATIONS) {
  const entry: OrganisationEntry = acronym ? { name, acronym } : { name };
  for (const n of [name, ...more]) {
    if (/^[A-Z0-9.\-]+$/.test(n) && n !== name) BY_ACRONYM.set(n, entry);
    else {
      const key = phraseKey(n);
      BY_KEY.set(key, entry);
      // "UN Development Programme" is also written "United Nations Development Programme" (and "U.N.", which keys as "un").
      if (key.startsWith('un ')) BY_KEY.set(`united nations ${key.slice(3)}`, entry);
      if (key.startsWith('united nations ')) BY_KEY.set(`un ${key.slice(15)}`, entry);
    }
  }
  if (acronym) BY_ACRONYM.set(acronym, entry);
}

/** The organisation a normalised word sequence names, if any. */
export function findOrganisation(key: string): OrganisationEntry | undefined {
  return BY_KEY.get(key);
}

/** The organisation an acronym written exactly so ("WHO", not "Who") stands for. */
export function findAcronym(text: string): OrganisationEntry | undefined {
  return BY_ACRONYM.get(text);
}

/** Longest organisation name, in words, worth looking up. */
export const MAX_ORGANISATION_WORDS = 10;
