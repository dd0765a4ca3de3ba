/**
 * View models for the reader pages, written for these tests (no text from elsewhere): an
 * English site with a full story, home page, sections, an empty section, an archive month and
 * a 404, and an Arabic right-to-left site with its own story. Tests render them and check the
 * HTML; `pageFixtures()` lists every page the HTML validity test sends to the Nu checker.
 */
import type {
  HomePageModel,
  Link,
  NotFoundPageModel,
  PageChrome,
  SectionPageModel,
  StoryPageModel,
  StoryTeaser,
} from '../../src/render/view-models.js';

const TOPICS: Link[] = [
  { href: '/en/topic/climate', label: 'Climate' },
  { href: '/en/topic/health', label: 'Health' },
  { href: '/en/topic/migration', label: 'Migration' },
  { href: '/en/topic/oceans', label: 'Oceans' },
  { href: '/en/topic/education', label: 'Education' },
];

const REGIONS: Link[] = [
  { href: '/en/region/africa', label: 'Africa' },
  { href: '/en/region/americas', label: 'Americas' },
  { href: '/en/region/asia-pacific', label: 'Asia Pacific' },
  { href: '/en/region/europe', label: 'Europe' },
  { href: '/en/region/middle-east', label: 'Middle East' },
];

/** The English chrome of a page at `path`. */
export function englishChrome(path: string): PageChrome {
  return {
    lang: 'en',
    dir: 'ltr',
    siteName: 'Dateline World',
    siteUrl: 'https://news.example.org',
    path,
    stylesheetHref: '/assets/site.3f9a1c.css',
    homeHref: '/en/',
    topics: TOPICS,
    regions: REGIONS,
    archiveMonths: [
      { href: '/en/archive/2026/03', month: '2026-03' },
      { href: '/en/archive/2026/02', month: '2026-02' },
      { href: '/en/archive/2026/01', month: '2026-01' },
    ],
    languages: [
      { lang: 'en', label: 'English', href: path, current: true },
      { lang: 'fr', label: 'Français', href: '/language/fr?next=%2Ffr%2F', current: false },
      { lang: 'ar', label: 'العربية', href: '/language/ar?next=%2Far%2F', current: false },
      { lang: 'zh', label: '中文', href: '/language/zh?next=%2Fzh%2F', current: false },
    ],
    alternates: [
      { hreflang: 'en', href: `https://news.example.org${path}` },
      { hreflang: 'fr', href: 'https://news.example.org/fr/' },
      { hreflang: 'x-default', href: `https://news.example.org${path}` },
    ],
  };
}

/** The Arabic chrome of a page at `path`, written right to left. */
export function arabicChrome(path: string): PageChrome {
  return {
    lang: 'ar',
    dir: 'rtl',
    siteName: 'ديتلاين',
    siteUrl: 'https://news.example.org',
    path,
    stylesheetHref: '/assets/site.3f9a1c.css',
    homeHref: '/ar/',
    topics: [
      { href: '/ar/topic/climate', label: 'المناخ' },
      { href: '/ar/topic/health', label: 'الصحة' },
    ],
    regions: [{ href: '/ar/region/africa', label: 'أفريقيا' }],
    archiveMonths: [{ href: '/ar/archive/2026/03', month: '2026-03' }],
    languages: [
      { lang: 'en', label: 'English', href: '/language/en?next=%2Fen%2F', current: false },
      { lang: 'ar', label: 'العربية', href: path, current: true },
    ],
    alternates: [],
  };
}

function teaser(overrides: Partial<StoryTeaser> & Pick<StoryTeaser, 'href' | 'headline'>): StoryTeaser {
  return {
    standfirst: '',
    publishedAt: new Date('2026-03-12T08:30:00Z'),
    type: 'news',
    topic: TOPICS[0]!,
    datelinePlace: null,
    ...overrides,
  };
}

/** Teasers of made-up stories, newest first. */
export const TEASERS: StoryTeaser[] = [
  teaser({
    href: '/en/story/2026/03/early-rains-sahel-farmers',
    headline: 'Early rains give Sahel farmers a second planting season',
    standfirst: 'Millet growers in southern Niger sowed twice this year, and seed banks are running low.',
    publishedAt: new Date('2026-03-14T07:00:00Z'),
    topic: TOPICS[0]!,
    datelinePlace: 'Niamey',
  }),
  teaser({
    href: '/en/story/2026/03/solar-fridges-vaccine-clinics',
    headline: 'Solar fridges keep vaccines cold in clinics off the grid',
    standfirst: 'Health workers in three provinces no longer ride for hours to fetch ice packs.',
    publishedAt: new Date('2026-03-13T11:15:00Z'),
    type: 'feature',
    topic: TOPICS[1]!,
    datelinePlace: 'Lusaka',
  }),
  teaser({
    href: '/en/story/2026/03/high-seas-treaty-ratifications',
    headline: 'High seas treaty passes the ratifications it needs to take effect',
    standfirst: 'Marine reserves beyond national waters can now be proposed by any party.',
    publishedAt: new Date('2026-03-12T16:45:00Z'),
    topic: TOPICS[3]!,
    datelinePlace: 'New York',
  }),
  teaser({
    href: '/en/story/2026/03/teacher-camp-schools',
    headline: '“We teach in shifts”: a head teacher on running a camp school',
    standfirst: 'Two thousand pupils, forty classrooms and a timetable that starts at dawn.',
    publishedAt: new Date('2026-03-11T09:20:00Z'),
    type: 'interview',
    topic: TOPICS[4]!,
    datelinePlace: 'Kakuma',
  }),
  teaser({
    href: '/en/story/2026/03/glacier-sensors-andes',
    headline: 'Sensors on Andean glaciers send melt data every ten minutes',
    standfirst: 'Water boards downstream plan their releases from the readings.',
    publishedAt: new Date('2026-03-10T14:05:00Z'),
    topic: TOPICS[0]!,
    datelinePlace: 'La Paz',
  }),
  teaser({
    href: '/en/story/2026/03/border-crossings-weekly-figures',
    headline: 'Weekly border crossings fall for the third week running',
    publishedAt: new Date('2026-03-09T06:30:00Z'),
    type: 'brief',
    topic: TOPICS[2]!,
  }),
  teaser({
    href: '/en/story/2026/03/coral-nursery-divers',
    headline: 'Volunteer divers replant a reef one fragment at a time',
    standfirst: 'A coral nursery off the coast now supplies three restoration sites.',
    publishedAt: new Date('2026-03-08T10:00:00Z'),
    type: 'photo',
    topic: TOPICS[3]!,
    datelinePlace: 'Suva',
  }),
];

const STORY_BODY = `**NIAMEY** — The rains came three weeks early to the millet fields south of the capital, and for the first time in a decade many farmers planted twice.

"We did not trust it at first," said Hadiza Souley, who farms four hectares near the river. "Then the second shower came, and everyone went back out with seed."

## Seed banks under strain

The village seed banks, set up after the drought years, lend grain for sowing and are repaid after the harvest. This season they lent out nearly everything they held:

- the bank at Kollo lent 90 per cent of its stock;
- two smaller banks closed their doors by mid-month;
- farmers' groups asked the ministry for an emergency allocation.

> A second planting is a gift if it rains again, and a debt if it does not.

The agriculture ministry published its [seasonal outlook](https://agriculture.example.gov/outlook-2026) on Monday; readers can also see our [earlier reporting on the seed banks](/en/story/2025/11/seed-banks-niger).

#### What comes next

Forecasters expect normal rainfall until the end of the season. Questions about this story can go to [the desk](mailto:desk@news.example.org).`;

/** A complete English story page, with an update, a correction and related stories. */
export function storyPageFixture(): StoryPageModel {
  return {
    chrome: englishChrome('/en/story/2026/03/early-rains-sahel-farmers'),
    headline: 'Early rains give Sahel farmers a second planting season',
    standfirst: 'Millet growers in southern Niger sowed twice this year, and seed banks are running low.',
    body: STORY_BODY,
    type: 'news',
    datelinePlace: 'Niamey',
    publishedAt: new Date('2026-03-14T07:00:00Z'),
    updatedAt: new Date('2026-03-15T12:40:00Z'),
    authors: [
      { href: '/en/people/amadou-issaka', label: 'Amadou Issaka' },
      { href: '/en/people/claire-mensah', label: 'Claire Mensah' },
    ],
    topics: [TOPICS[0]!, { href: '/en/topic/food', label: 'Food security' }],
    regions: [REGIONS[0]!],
    tags: [
      { href: '/en/tag/agriculture', label: 'agriculture' },
      { href: '/en/tag/rainfall', label: 'rainfall' },
    ],
    corrections: [
      {
        at: new Date('2026-03-15T12:40:00Z'),
        text: 'An earlier version of this story gave the wrong size for Hadiza Souley’s farm. It is four hectares, not fourteen.',
      },
    ],
    related: TEASERS.slice(1, 4),
  };
}

/** A story page with none of the optional parts: no authors, terms, corrections or related. */
export function bareStoryPageFixture(): StoryPageModel {
  return {
    chrome: englishChrome('/en/story/2026/03/border-crossings-weekly-figures'),
    headline: 'Weekly border crossings fall for the third week running',
    standfirst: '',
    body: 'Fewer people crossed at the three main points this week than in any week since January.',
    type: 'brief',
    datelinePlace: null,
    publishedAt: new Date('2026-03-09T06:30:00Z'),
    updatedAt: null,
    authors: [],
    topics: [],
    regions: [],
    tags: [],
    corrections: [],
    related: [],
  };
}

/** An Arabic story page, right to left. */
export function arabicStoryPageFixture(): StoryPageModel {
  const chrome = arabicChrome('/ar/story/2026/03/early-rains-sahel');
  return {
    chrome,
    headline: 'أمطار مبكرة تمنح مزارعي الساحل موسم زراعة ثانياً',
    standfirst: 'زرع مزارعو الدخن في جنوب النيجر مرتين هذا العام، وبنوك البذور تكاد تفرغ.',
    body: '**نيامي** — هطلت الأمطار قبل موعدها بثلاثة أسابيع، فعاد المزارعون إلى حقولهم للمرة الثانية.\n\n## بنوك البذور\n\nأقرضت بنوك البذور في القرى كل ما لديها تقريباً.',
    type: 'news',
    datelinePlace: 'نيامي',
    publishedAt: new Date('2026-03-14T07:00:00Z'),
    updatedAt: null,
    authors: [{ href: '/ar/people/amadou-issaka', label: 'أمادو إيساكا' }],
    topics: chrome.topics.slice(0, 1),
    regions: chrome.regions,
    tags: [],
    corrections: [],
    related: [
      {
        href: '/ar/story/2026/03/solar-fridges',
        headline: 'ثلاجات تعمل بالطاقة الشمسية تحفظ اللقاحات في العيادات النائية',
        standfirst: 'لم يعد العاملون الصحيون يقطعون الساعات لجلب الثلج.',
        publishedAt: new Date('2026-03-13T11:15:00Z'),
        type: 'feature',
        topic: chrome.topics[1]!,
        datelinePlace: 'لوساكا',
      },
    ],
  };
}

/** The English home page: a lead, top stories, latest and topic blocks. */
export function homePageFixture(): HomePageModel {
  return {
    chrome: englishChrome('/en/'),
    lead: TEASERS[0]!,
    top: TEASERS.slice(1, 5),
    latest: TEASERS.slice(5),
    topicBlocks: [
      { topic: TOPICS[0]!, stories: [TEASERS[0]!, TEASERS[4]!] },
      { topic: TOPICS[3]!, stories: [TEASERS[2]!, TEASERS[6]!] },
      { topic: TOPICS[1]!, stories: [TEASERS[1]!] },
      { topic: TOPICS[4]!, stories: [] },
    ],
  };
}

/** A home page before anything is published. */
export function emptyHomePageFixture(): HomePageModel {
  return { chrome: { ...englishChrome('/en/'), topics: [], regions: [], archiveMonths: [] }, lead: null, top: [], latest: [], topicBlocks: [] };
}

/** Page 2 of 3 of the Climate topic. */
export function sectionPageFixture(): SectionPageModel {
  return {
    chrome: englishChrome('/en/topic/climate?page=2'),
    kind: 'topic',
    title: 'Climate',
    stories: TEASERS.slice(0, 5),
    pagination: { page: 2, pages: 3, total: 27, prevHref: '/en/topic/climate', nextHref: '/en/topic/climate?page=3' },
  };
}

/** A tag nobody has used in a published story yet. */
export function emptySectionPageFixture(): SectionPageModel {
  return {
    chrome: englishChrome('/en/tag/fisheries'),
    kind: 'tag',
    title: 'fisheries',
    stories: [],
    pagination: { page: 1, pages: 1, total: 0, prevHref: null, nextHref: null },
  };
}

/** The first page of March 2026 in the archive. */
export function archivePageFixture(): SectionPageModel {
  return {
    chrome: englishChrome('/en/archive/2026/03'),
    kind: 'archive',
    title: 'March 2026',
    month: '2026-03',
    stories: TEASERS,
    pagination: { page: 1, pages: 2, total: 12, prevHref: null, nextHref: '/en/archive/2026/03?page=2' },
  };
}

/** The Interview story type, last page. */
export function typePageFixture(): SectionPageModel {
  return {
    chrome: englishChrome('/en/type/interview?page=2'),
    kind: 'type',
    title: 'Interview',
    stories: [TEASERS[3]!],
    pagination: { page: 2, pages: 2, total: 11, prevHref: '/en/type/interview', nextHref: null },
  };
}

/** The 404 page for a mistyped address. */
export function notFoundPageFixture(): NotFoundPageModel {
  return { chrome: englishChrome('/en/stroy/2026/03/early-rains'), requestedPath: '/en/stroy/2026/03/early-rains', latest: TEASERS.slice(0, 4) };
}

/** The Arabic 404 page. */
export function arabicNotFoundPageFixture(): NotFoundPageModel {
  return { chrome: arabicChrome('/ar/missing'), requestedPath: '/ar/missing', latest: [] };
}
