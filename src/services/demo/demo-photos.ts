/**
 * The demo newsroom's pictures: an illustration per story, drawn in code when the demo is
 * written (media/draw-illustration.ts), with a caption in English, alt text in the six demo
 * languages (by scene, so every translation can be published) and the credit
 * "Dateline/Illustration". Our own writing and drawing; nothing is downloaded.
 */
import type { Motif } from '../../media/draw-illustration.js';

/** Colours of an illustration: the sky from top to bottom and the ground. */
interface Palette {
  sky: readonly [string, string];
  ground: string;
}

const PALETTES = {
  dawn: { sky: ['#f6a04d', '#fde3a7'], ground: '#8a6d2f' },
  heat: { sky: ['#d9643a', '#f7c873'], ground: '#7a3f22' },
  ocean: { sky: ['#2e6f9e', '#a7d3f2'], ground: '#1d4e89' },
  alpine: { sky: ['#5b7fa6', '#dfe8f2'], ground: '#4a5b6d' },
  dusk: { sky: ['#3d405b', '#f2cc8f'], ground: '#2b2d42' },
  storm: { sky: ['#6c7a89', '#b8c4cf'], ground: '#4f6d3a' },
  teal: { sky: ['#3a7d7c', '#cfe8e4'], ground: '#2a5453' },
  violet: { sky: ['#5a4e7c', '#e7e0f2'], ground: '#3b3355' },
  earth: { sky: ['#c06c3e', '#f4d6b0'], ground: '#7c5a3a' },
} as const satisfies Record<string, Palette>;

/** The picture of one demo story. */
export interface DemoPhoto {
  motif: Motif;
  palette: keyof typeof PALETTES;
  /** The caption, in English. */
  caption: string;
}

/** Every demo picture's credit. */
export const DEMO_PHOTO_CREDIT = 'Dateline/Illustration';

/** Sky and ground colours of a palette. */
export function demoPalette(name: DemoPhoto['palette']): Palette {
  return PALETTES[name];
}

/** What each scene shows, for readers who cannot see it, in the six demo languages. */
export const DEMO_ALT: Readonly<Record<Motif, Readonly<Record<string, string>>>> = {
  fields: {
    en: 'Illustration: a pale sun over rolling fields in bands of ochre and brown',
    fr: 'Illustration : un soleil pâle au-dessus de champs ondulés aux bandes ocre et brunes',
    es: 'Ilustración: un sol pálido sobre campos ondulados en franjas ocres y marrones',
    ar: 'رسم توضيحي: شمس شاحبة فوق حقول متموجة بخطوط من المغرة والبني',
    zh: '插图：淡淡的太阳悬在赭色与棕色相间的起伏田野上方',
    ru: 'Иллюстрация: бледное солнце над холмистыми полями в охристых и коричневых полосах',
  },
  sea: {
    en: 'Illustration: a small sailing boat on rows of blue waves under a pale sun',
    fr: 'Illustration : un petit voilier sur des rangées de vagues bleues sous un soleil pâle',
    es: 'Ilustración: un pequeño velero sobre hileras de olas azules bajo un sol pálido',
    ar: 'رسم توضيحي: قارب شراعي صغير فوق صفوف من الأمواج الزرقاء تحت شمس شاحبة',
    zh: '插图：淡淡的阳光下，一艘小帆船行驶在层层蓝色波浪上',
    ru: 'Иллюстрация: небольшая парусная лодка на рядах синих волн под бледным солнцем',
  },
  mountains: {
    en: 'Illustration: a range of grey mountains with snow-capped peaks',
    fr: 'Illustration : une chaîne de montagnes grises aux sommets enneigés',
    es: 'Ilustración: una cordillera de montañas grises con cumbres nevadas',
    ar: 'رسم توضيحي: سلسلة جبال رمادية بقمم مكسوة بالثلج',
    zh: '插图：一列山顶覆雪的灰色山脉',
    ru: 'Иллюстрация: гряда серых гор со снежными вершинами',
  },
  city: {
    en: 'Illustration: a city skyline of dark tower blocks with lit windows at dusk',
    fr: "Illustration : la silhouette d'une ville, tours sombres aux fenêtres éclairées au crépuscule",
    es: 'Ilustración: el perfil de una ciudad con torres oscuras y ventanas iluminadas al atardecer',
    ar: 'رسم توضيحي: أفق مدينة من أبراج داكنة بنوافذ مضاءة عند الغسق',
    zh: '插图：黄昏时分，城市天际线上深色高楼的窗户亮着灯',
    ru: 'Иллюстрация: силуэт города — тёмные высотки с освещёнными окнами в сумерках',
  },
  rain: {
    en: 'Illustration: heavy rain falling from grey clouds onto green hills',
    fr: 'Illustration : une pluie battante tombe de nuages gris sur des collines vertes',
    es: 'Ilustración: lluvia intensa que cae de nubes grises sobre colinas verdes',
    ar: 'رسم توضيحي: مطر غزير يهطل من غيوم رمادية على تلال خضراء',
    zh: '插图：大雨从灰色云层落向绿色山丘',
    ru: 'Иллюстрация: сильный дождь из серых туч над зелёными холмами',
  },
  clinic: {
    en: 'Illustration: a white medical cross inside widening circles',
    fr: "Illustration : une croix médicale blanche entourée de cercles qui s'élargissent",
    es: 'Ilustración: una cruz médica blanca dentro de círculos que se amplían',
    ar: 'رسم توضيحي: صليب طبي أبيض داخل دوائر تتسع',
    zh: '插图：一个白色医疗十字，四周是不断扩大的圆环',
    ru: 'Иллюстрация: белый медицинский крест в расходящихся кругах',
  },
  table: {
    en: 'Illustration: seats arranged around a large oval meeting table, seen from above',
    fr: "Illustration : des sièges disposés autour d'une grande table de réunion ovale, vue de dessus",
    es: 'Ilustración: asientos alrededor de una gran mesa ovalada de reuniones, vista desde arriba',
    ar: 'رسم توضيحي: مقاعد مصفوفة حول طاولة اجتماعات بيضاوية كبيرة، منظر من الأعلى',
    zh: '插图：俯瞰一张大型椭圆会议桌，四周摆放着座位',
    ru: 'Иллюстрация: кресла вокруг большого овального стола переговоров, вид сверху',
  },
  road: {
    en: 'Illustration: people walking along a long road towards the horizon',
    fr: "Illustration : des personnes marchent sur une longue route vers l'horizon",
    es: 'Ilustración: personas que caminan por una larga carretera hacia el horizonte',
    ar: 'رسم توضيحي: أشخاص يسيرون على طريق طويل نحو الأفق',
    zh: '插图：人们沿着一条长路走向地平线',
    ru: 'Иллюстрация: люди идут по длинной дороге к горизонту',
  },
};

/** The picture of each demo story, by the story's slug. */
export const DEMO_PHOTOS: Readonly<Record<string, DemoPhoto>> = {
  'sahel-lean-season-wfp-funding-gap': { motif: 'fields', palette: 'dawn', caption: 'Millet fields outside Dakar wait for rains that come later each year.' },
  'security-council-renews-south-sudan-mission': { motif: 'table', palette: 'violet', caption: 'The Security Council voted on the mission’s mandate in New York.' },
  'europe-measles-surge-vaccination-gaps': { motif: 'clinic', palette: 'teal', caption: 'Clinics across the region are running catch-up vaccination days.' },
  'dhaka-garment-workers-extreme-heat': { motif: 'city', palette: 'heat', caption: 'Factory districts in Dhaka stay hot long after dark.' },
  'jordan-refugees-cash-assistance-cuts': { motif: 'city', palette: 'earth', caption: 'Many refugee families in Amman rent rooms on the city’s edge.' },
  'interview-roma-school-segregation': { motif: 'city', palette: 'alpine', caption: 'Schools in Budapest’s outer districts are at the centre of the case.' },
  'colombia-venezuelan-migrants-new-registration': { motif: 'road', palette: 'dawn', caption: 'Families who crossed on foot can now apply for protection status.' },
  'pacific-islands-climate-adaptation-funds': { motif: 'sea', palette: 'ocean', caption: 'Rising seas reach further inland on low-lying islands each year.' },
  'ukraine-demining-farmland-return': { motif: 'fields', palette: 'storm', caption: 'Cleared fields are being sown again near Kyiv.' },
  'peru-andes-glaciers-water-channels': { motif: 'mountains', palette: 'alpine', caption: 'The glaciers above Huaraz feed the valley’s irrigation channels.' },
  'lebanon-hospitals-medicine-shortages-nurses': { motif: 'clinic', palette: 'violet', caption: 'Hospitals in Beirut ration medicines and staff alike.' },
  'haiti-gangs-expand-security-council-briefing': { motif: 'table', palette: 'dusk', caption: 'Council members heard the briefing on Haiti in New York.' },
  'profile-turkana-community-health-promoter': { motif: 'road', palette: 'heat', caption: 'The walk between villages in Turkana can take most of a day.' },
  'philippines-typhoon-displaced-aid-islands': { motif: 'rain', palette: 'storm', caption: 'The typhoon brought days of rain to the eastern islands.' },
  'unctad-debt-interest-outpaces-health-spending': { motif: 'table', palette: 'teal', caption: 'The report was presented to delegates in Geneva.' },
  'yemen-cholera-cases-rise': { motif: 'rain', palette: 'earth', caption: 'The rainy season raises the risk of cholera in Aden.' },
  'kakuma-refugee-entrepreneurs': { motif: 'city', palette: 'dawn', caption: 'Shops line the main road through Kakuma.' },
  'central-america-dry-corridor-maize-migration': { motif: 'fields', palette: 'heat', caption: 'Maize failed for a third year in the Dry Corridor.' },
  'interview-yazidi-survivors-justice-lawyer': { motif: 'mountains', palette: 'dusk', caption: 'Many survivors still live in camps near Erbil.' },
  'mediterranean-migrant-deaths-eastern-route': { motif: 'sea', palette: 'dusk', caption: 'Crossings have shifted to the eastern Mediterranean.' },
  'nepal-mountain-midwives-safer-births': { motif: 'mountains', palette: 'dawn', caption: 'Villages around Jumla are days from the nearest hospital.' },
  'african-union-un-peace-operations-financing': { motif: 'table', palette: 'earth', caption: 'Envoys met in Addis Ababa to discuss funding.' },
  'pacific-cyclone-recovery-schools': { motif: 'sea', palette: 'teal', caption: 'Island schools near Suva have reopened under new roofs.' },
  'senegal-fishers-empty-nets': { motif: 'sea', palette: 'ocean', caption: 'Pirogues leave Kayar before dawn and come back lighter each season.' },
  'ahmedabad-cool-rooms-outdoor-workers': { motif: 'city', palette: 'heat', caption: 'Nights in Ahmedabad stay above 30C during the heatwave.' },
  'mosul-lay-counsellors-mental-health': { motif: 'city', palette: 'earth', caption: 'Neighbourhood counsellors meet people where they live in Mosul.' },
  'ethiopia-invasive-mosquito-urban-malaria': { motif: 'clinic', palette: 'dawn', caption: 'Health workers in Dire Dawa test more fevers for malaria.' },
  'bolivia-chagas-screening-mothers': { motif: 'clinic', palette: 'alpine', caption: 'Screening is now part of routine antenatal care in Cochabamba.' },
  'local-journalists-safety-paris-meeting': { motif: 'table', palette: 'alpine', caption: 'Editors from five continents met in Paris.' },
  'darien-southbound-migration-boats': { motif: 'sea', palette: 'storm', caption: 'Boats from Necoclí now carry more people south than north.' },
  'tapachula-shelter-director-interview': { motif: 'road', palette: 'earth', caption: 'The road north from Tapachula, where many wait for papers.' },
  'ukraine-farmland-demining': { motif: 'fields', palette: 'alpine', caption: 'Deminers clear the fields around Kharkiv one strip at a time.' },
  'colombia-indigenous-women-deminers': { motif: 'mountains', palette: 'teal', caption: 'The paths of the Cauca mountains are being cleared by those who walk them.' },
  'south-sudan-peacekeeping-budget-patrols': { motif: 'road', palette: 'dusk', caption: 'Fewer patrols now reach the roads outside the towns.' },
  'unifil-peacekeeper-major-interview': { motif: 'mountains', palette: 'earth', caption: 'The hills of south Lebanon seen from a patrol base.' },
  'bangladesh-youth-jobs-automation': { motif: 'city', palette: 'dusk', caption: 'Graduates in Dhaka queue for too few openings.' },
  'philippines-digital-id-remote-communities': { motif: 'sea', palette: 'teal', caption: 'Remote island communities are the hardest to register.' },
  'jordan-water-rationing-desalination': { motif: 'city', palette: 'dawn', caption: 'Water tanks crowd the rooftops of Amman.' },
  'chad-sudanese-refugee-children-schools': { motif: 'road', palette: 'heat', caption: 'Children walk to the tent classrooms in Farchana.' },
  'forced-labour-fishing-fleets-asia': { motif: 'sea', palette: 'dusk', caption: 'Some crews spend months at sea without coming ashore.' },
  'ukrainian-refugees-work-krakow': { motif: 'city', palette: 'alpine', caption: 'Many newcomers to Kraków found work within a year.' },
  'gaziantep-syrian-women-textile-cooperative': { motif: 'city', palette: 'violet', caption: 'The cooperative’s workshop is in an old Gaziantep house.' },
  'samoa-reef-scientist-interview': { motif: 'sea', palette: 'ocean', caption: 'The reef off Apia shelters the shore from storms.' },
  'seville-climate-shelters-heatwave': { motif: 'city', palette: 'heat', caption: 'Libraries and schools in Seville opened their doors as shelters.' },
};
