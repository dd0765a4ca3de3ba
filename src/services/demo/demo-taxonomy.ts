import type { DemoAuthor, DemoTerm } from './demo-types.js';

/** The demo site's six topics. */
export const DEMO_TOPICS: DemoTerm[] = [
  {
    slug: 'climate',
    names: { en: 'Climate and environment', fr: 'Climat et environnement', es: 'Clima y medio ambiente', ar: 'المناخ والبيئة', zh: '气候与环境', ru: 'Климат и окружающая среда' },
  },
  {
    slug: 'health',
    names: { en: 'Health', fr: 'Santé', es: 'Salud', ar: 'الصحة', zh: '卫生', ru: 'Здравоохранение' },
  },
  {
    slug: 'peace-and-security',
    names: { en: 'Peace and security', fr: 'Paix et sécurité', es: 'Paz y seguridad', ar: 'السلم والأمن', zh: '和平与安全', ru: 'Мир и безопасность' },
  },
  {
    slug: 'human-rights',
    names: { en: 'Human rights', fr: "Droits de l'homme", es: 'Derechos humanos', ar: 'حقوق الإنسان', zh: '人权', ru: 'Права человека' },
  },
  {
    slug: 'humanitarian-aid',
    names: { en: 'Humanitarian aid', fr: 'Aide humanitaire', es: 'Ayuda humanitaria', ar: 'المساعدات الإنسانية', zh: '人道主义援助', ru: 'Гуманитарная помощь' },
  },
  {
    slug: 'economic-development',
    names: { en: 'Economic development', fr: 'Développement économique', es: 'Desarrollo económico', ar: 'التنمية الاقتصادية', zh: '经济发展', ru: 'Экономическое развитие' },
  },
];

/** The demo site's five regions. */
export const DEMO_REGIONS: DemoTerm[] = [
  { slug: 'africa', names: { en: 'Africa', fr: 'Afrique', es: 'África', ar: 'أفريقيا', zh: '非洲', ru: 'Африка' } },
  { slug: 'americas', names: { en: 'Americas', fr: 'Amériques', es: 'Américas', ar: 'الأمريكتان', zh: '美洲', ru: 'Америка' } },
  { slug: 'asia-pacific', names: { en: 'Asia Pacific', fr: 'Asie-Pacifique', es: 'Asia y el Pacífico', ar: 'آسيا والمحيط الهادئ', zh: '亚洲及太平洋', ru: 'Азиатско-Тихоокеанский регион' } },
  { slug: 'europe', names: { en: 'Europe', fr: 'Europe', es: 'Europa', ar: 'أوروبا', zh: '欧洲', ru: 'Европа' } },
  { slug: 'middle-east', names: { en: 'Middle East', fr: 'Moyen-Orient', es: 'Oriente Medio', ar: 'الشرق الأوسط', zh: '中东', ru: 'Ближний Восток' } },
];

/** The demo newsroom's reporters and editors (people we made up). */
export const DEMO_AUTHORS: DemoAuthor[] = [
  { slug: 'amara-okafor', name: 'Amara Okafor', bio: 'Covers humanitarian affairs and health from Nairobi.' },
  { slug: 'lucas-moreau', name: 'Lucas Moreau', bio: 'Geneva correspondent for human rights and global health.' },
  { slug: 'sofia-lindqvist', name: 'Sofia Lindqvist', bio: 'Writes about climate, oceans and the energy transition.' },
  { slug: 'rahul-iyer', name: 'Rahul Iyer', bio: 'Reports on development, trade and labour across Asia.' },
  { slug: 'mariana-quispe', name: 'Mariana Quispe', bio: 'Covers the Americas, migration and Indigenous rights.' },
  { slug: 'yusuf-haddad', name: 'Yusuf Haddad', bio: 'Middle East correspondent based in Amman.' },
  { slug: 'elena-petrova', name: 'Elena Petrova', bio: 'Follows the Security Council and peace operations in New York.' },
];
