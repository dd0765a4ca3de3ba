/**
 * Our own list of places the country and city lists lack: world regions, territories, the
 * first-level regions international news names most, and seas, straits, rivers, lakes,
 * islands and deserts. Each entry: [English name, ISO country code or region slug, other names…].
 * General geography only: nothing here comes from any one story.
 */

/** Regions that span countries, and territories with a status of their own. */
export const WORLD_REGIONS: Array<[string, string, ...string[]]> = [
  ['East Jerusalem', 'PS'], ['West Bank', 'PS'], ['Gaza', 'PS', 'Gaza Strip'],
  ['Occupied Palestinian Territory', 'PS', 'Palestinian territory', 'Palestinian territories', 'occupied Palestinian territories'],
  ['Jerusalem', 'middle-east'], ['Golan Heights', 'SY', 'Golan'], ['Kosovo', 'XK'], ['Western Sahara', 'EH'],
  ['Abkhazia', 'GE'], ['South Ossetia', 'GE'], ['Transnistria', 'MD'], ['Nagorno-Karabakh', 'AZ', 'Karabakh'], ['Northern Cyprus', 'CY'],
  ['Sahel', 'africa'], ['Horn of Africa', 'africa'], ['Lake Chad Basin', 'africa'], ['Africa', 'africa'], ['Sub-Saharan Africa', 'africa'],
  ['West Africa', 'africa'], ['East Africa', 'africa', 'Eastern Africa'], ['Central Africa', 'africa'], ['Southern Africa', 'africa'],
  ['North Africa', 'africa'], ['Great Lakes', 'africa', 'Great Lakes region'], ['Maghreb', 'africa'], ['Sahara', 'africa', 'Sahara Desert'],
  ['Middle East', 'middle-east'], ['Arabian Peninsula', 'middle-east'], ['Levant', 'middle-east'],
  ['Latin America', 'americas'], ['Caribbean', 'americas'], ['Central America', 'americas'], ['South America', 'americas'],
  ['North America', 'americas'], ['Americas', 'americas'], ['Amazon', 'americas', 'Amazon rainforest', 'Amazonia'], ['Andes', 'americas'],
  ['Patagonia', 'americas'], ['Darién Gap', 'americas', 'Darien Gap'],
  ['Europe', 'europe'], ['Balkans', 'europe', 'Western Balkans'], ['Caucasus', 'europe', 'South Caucasus', 'North Caucasus'],
  ['Scandinavia', 'europe'], ['Baltic states', 'europe'], ['Eastern Europe', 'europe'], ['Western Europe', 'europe'],
  ['Asia', 'asia-pacific'], ['Central Asia', 'asia-pacific'], ['South Asia', 'asia-pacific'], ['East Asia', 'asia-pacific'],
  ['South-East Asia', 'asia-pacific', 'Southeast Asia', 'South East Asia'], ['Pacific', 'asia-pacific', 'Pacific Islands'],
  ['Asia-Pacific', 'asia-pacific', 'Asia and the Pacific'], ['Korean Peninsula', 'asia-pacific'], ['Himalayas', 'asia-pacific'],
  ['Arctic', 'europe'], ['Antarctica', 'AQ'],
];

/** First-level regions, provinces and states that news from abroad names often. */
export const SUBNATIONAL: Array<[string, string, ...string[]]> = [
  // Africa
  ['Darfur', 'SD'], ['Kordofan', 'SD', 'South Kordofan', 'North Kordofan'], ['Blue Nile', 'SD'], ['Gezira', 'SD'], ['Tigray', 'ET'], ['Amhara', 'ET'],
  ['Oromia', 'ET'], ['Afar', 'ET'], ['Puntland', 'SO'], ['Somaliland', 'SO'], ['Jubaland', 'SO'], ['North Kivu', 'CD'], ['South Kivu', 'CD'],
  ['Ituri', 'CD'], ['Kasai', 'CD'], ['Katanga', 'CD'], ['Cabo Delgado', 'MZ'], ['Nampula', 'MZ'], ['Sofala', 'MZ'], ['Borno', 'NG'],
  ['Adamawa', 'NG'], ['Yobe', 'NG'], ['Zamfara', 'NG'], ['Niger Delta', 'NG'], ['Anglophone regions', 'CM'], ['Casamance', 'SN'],
  ['Cyrenaica', 'LY'], ['Tripolitania', 'LY'], ['Fezzan', 'LY'], ['Sinai', 'EG', 'Sinai Peninsula'], ['Kabylie', 'DZ'], ['Zanzibar', 'TZ'],
  ['Equatoria', 'SS'],
  // Middle East
  ['Kurdistan', 'IQ', 'Kurdistan Region'], ['Anbar', 'IQ'], ['Nineveh', 'IQ'], ['Idlib', 'SY'], ['Hasakah', 'SY'], ['Deir ez-Zor', 'SY'],
  ['Hadramout', 'YE', 'Hadramawt'], ['Marib', 'YE'], ['Khuzestan', 'IR'], ['Sistan and Baluchestan', 'IR'],
  // Asia
  ['Kashmir', 'IN', 'Jammu and Kashmir'], ['Punjab', 'PK'], ['Sindh', 'PK'], ['Khyber Pakhtunkhwa', 'PK'], ['Balochistan', 'PK', 'Baluchistan'],
  ['Gilgit-Baltistan', 'PK'], ['Helmand', 'AF'], ['Kunduz', 'AF'], ['Nangarhar', 'AF'], ['Badakhshan', 'AF'], ['Panjshir', 'AF'],
  ['Assam', 'IN'], ['Manipur', 'IN'], ['Kerala', 'IN'], ['Uttarakhand', 'IN'], ['Bihar', 'IN'], ['Uttar Pradesh', 'IN'], ['Gujarat', 'IN'],
  ['Rakhine', 'MM', 'Rakhine State'], ['Shan', 'MM', 'Shan State'], ['Kachin', 'MM', 'Kachin State'], ['Chin State', 'MM'], ['Karen State', 'MM', 'Kayin State'],
  ["Cox's Bazar", 'BD'], ['Chittagong Hill Tracts', 'BD'], ['Xinjiang', 'CN'], ['Tibet', 'CN'], ['Inner Mongolia', 'CN'], ['Guangdong', 'CN'],
  ['Sichuan', 'CN'], ['Yunnan', 'CN'], ['Hong Kong', 'HK'], ['Macau', 'MO', 'Macao'], ['Mindanao', 'PH'], ['Luzon', 'PH'], ['Visayas', 'PH'],
  ['Aceh', 'ID'], ['Papua', 'ID', 'West Papua'], ['Java', 'ID', 'East Java', 'West Java', 'Central Java'], ['Sumatra', 'ID'], ['Sulawesi', 'ID'],
  ['Bali', 'ID'], ['Lombok', 'ID'], ['Borneo', 'asia-pacific'], ['Kalimantan', 'ID'], ['Sabah', 'MY'], ['Sarawak', 'MY'], ['Okinawa', 'JP'],
  ['Hokkaido', 'JP'], ['Fukushima', 'JP'], ['Fergana Valley', 'asia-pacific', 'Ferghana Valley'],
  // Europe
  ['Crimea', 'UA'], ['Donbas', 'UA', 'Donbass'], ['Donetsk', 'UA'], ['Luhansk', 'UA'], ['Kherson', 'UA'], ['Chechnya', 'RU'], ['Dagestan', 'RU'],
  ['Siberia', 'RU'], ['Kaliningrad', 'RU'], ['Catalonia', 'ES'], ['Basque Country', 'ES'], ['Andalusia', 'ES'], ['Canary Islands', 'ES'],
  ['Sicily', 'IT'], ['Sardinia', 'IT'], ['Lombardy', 'IT'], ['Calabria', 'IT'], ['Corsica', 'FR'], ['Brittany', 'FR'], ['Normandy', 'FR'],
  ['Bavaria', 'DE'], ['Flanders', 'BE'], ['Wallonia', 'BE'], ['Scotland', 'GB'], ['Wales', 'GB'], ['England', 'GB'], ['Northern Ireland', 'GB'],
  ['Crete', 'GR'], ['Lesbos', 'GR', 'Lesvos'], ['Svalbard', 'SJ'], ['Lapland', 'FI'], ['Transylvania', 'RO'],
  // Americas
  ['California', 'US'], ['Texas', 'US'], ['Florida', 'US'], ['Alaska', 'US'], ['Hawaii', 'US'], ['Puerto Rico', 'PR'], ['Quebec', 'CA'],
  ['Ontario', 'CA'], ['British Columbia', 'CA'], ['Alberta', 'CA'], ['Chiapas', 'MX'], ['Oaxaca', 'MX'], ['Sinaloa', 'MX'], ['Sonora', 'MX'],
  ['Michoacán', 'MX', 'Michoacan'], ['Guerrero', 'MX'], ['Tamaulipas', 'MX'], ['Amazonas', 'BR'], ['Pará', 'BR'], ['Rio Grande do Sul', 'BR'],
  ['Galápagos', 'EC', 'Galapagos', 'Galápagos Islands'], ['Tierra del Fuego', 'AR'],
];

/** Seas, straits, gulfs, rivers, lakes, islands and deserts. */
export const WATERS_AND_LANDFORMS: Array<[string, string, ...string[]]> = [
  ['Mediterranean', 'europe', 'Mediterranean Sea'], ['Black Sea', 'europe'], ['Baltic Sea', 'europe', 'Baltic'], ['North Sea', 'europe'],
  ['Barents Sea', 'europe'], ['Norwegian Sea', 'europe'], ['Aegean Sea', 'europe', 'Aegean'], ['Adriatic Sea', 'europe', 'Adriatic'],
  ['Sea of Azov', 'europe'], ['Caspian Sea', 'asia-pacific', 'Caspian'], ['Aral Sea', 'asia-pacific'], ['Red Sea', 'middle-east'],
  ['Dead Sea', 'middle-east'], ['Arabian Sea', 'asia-pacific'], ['South China Sea', 'asia-pacific'], ['East China Sea', 'asia-pacific'],
  ['Sea of Japan', 'asia-pacific'], ['Yellow Sea', 'asia-pacific'], ['Coral Sea', 'asia-pacific'], ['Andaman Sea', 'asia-pacific'],
  ['Caribbean Sea', 'americas'], ['Bering Sea', 'americas'], ['Arctic Ocean', 'europe'],
  ['Atlantic', 'americas', 'Atlantic Ocean'], ['Indian Ocean', 'asia-pacific'], ['Pacific Ocean', 'asia-pacific'], ['Southern Ocean', 'AQ'],
  ['Gulf of Aden', 'middle-east'], ['Persian Gulf', 'middle-east', 'Gulf', 'Arabian Gulf'], ['Gulf of Oman', 'middle-east'],
  ['Gulf of Guinea', 'africa'], ['Gulf of Mexico', 'americas'], ['Bay of Bengal', 'asia-pacific'], ['Gulf of Thailand', 'asia-pacific'],
  ['Strait of Hormuz', 'middle-east'], ['Bab el-Mandeb', 'middle-east', 'Bab al-Mandab'], ['Bosphorus', 'TR', 'Bosporus'],
  ['Dardanelles', 'TR'], ['Strait of Gibraltar', 'europe'], ['Strait of Malacca', 'asia-pacific', 'Malacca Strait'],
  ['Taiwan Strait', 'asia-pacific'], ['Kerch Strait', 'europe'], ['English Channel', 'europe'], ['Suez Canal', 'EG'], ['Panama Canal', 'PA'],
  ['Nile', 'africa', 'River Nile', 'Nile River', 'White Nile'], ['Congo River', 'africa'], ['Niger River', 'africa'], ['Zambezi', 'africa', 'Zambezi River'],
  ['Limpopo', 'africa', 'Limpopo River'], ['Shabelle', 'SO', 'Shabelle River'], ['Juba River', 'SO'], ['Euphrates', 'middle-east', 'Euphrates River'],
  ['Tigris', 'middle-east', 'Tigris River'], ['Jordan River', 'middle-east'], ['Litani', 'LB', 'Litani River'], ['Indus', 'PK', 'Indus River'],
  ['Ganges', 'IN', 'Ganga'], ['Brahmaputra', 'asia-pacific'], ['Mekong', 'asia-pacific', 'Mekong River'], ['Irrawaddy', 'MM', 'Ayeyarwady'],
  ['Yangtze', 'CN', 'Yangtze River'], ['Yellow River', 'CN'], ['Amu Darya', 'asia-pacific', 'Oxus'], ['Syr Darya', 'asia-pacific'],
  ['Danube', 'europe', 'Danube River'], ['Rhine', 'europe', 'River Rhine'], ['Dnipro', 'UA', 'Dnieper', 'Dnipro River'], ['Volga', 'RU'],
  ['Amazon River', 'americas'], ['Rio Grande', 'americas'], ['Mississippi River', 'US'], ['Paraná River', 'americas'],
  ['Lake Victoria', 'africa'], ['Lake Tanganyika', 'africa'], ['Lake Malawi', 'africa'], ['Lake Chad', 'africa'], ['Lake Kivu', 'africa'],
  ['Lake Turkana', 'africa'], ['Lake Titicaca', 'americas'], ['Lake Baikal', 'RU'],
  ['Sahara', 'africa'], ['Gobi', 'asia-pacific', 'Gobi Desert'], ['Kalahari', 'africa'], ['Atacama', 'CL', 'Atacama Desert'], ['Sinai Desert', 'EG'],
  ['Mount Everest', 'asia-pacific', 'Everest'], ['Kilimanjaro', 'TZ', 'Mount Kilimanjaro'], ['Alps', 'europe'], ['Hindu Kush', 'asia-pacific'],
  ['Lampedusa', 'IT'], ['Greenland', 'GL'], ['Tasmania', 'AU'], ['Socotra', 'YE'], ['Jeju', 'KR', 'Jeju Island'],
];
