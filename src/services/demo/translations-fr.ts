import type { DemoTranslation } from './demo-types.js';

/** The demo stories in French. */
export const DEMO_TRANSLATIONS_FR: DemoTranslation[] = [
  {
    sourceSlug: 'sahel-lean-season-wfp-funding-gap',
    slug: 'sahel-le-pam-alerte-sur-la-soudure',
    headline: 'Sahel : faute de financements, le PAM redoute la pire période de soudure depuis dix ans',
    standfirst:
      'L’agence prévient qu’elle pourrait devoir réduire de moitié dès le mois prochain les rations de 3,4 millions de personnes dans cinq pays si les donateurs ne comblent pas un déficit de 620 millions de dollars.',
    body: `**DAKAR** — Le Programme alimentaire mondial (PAM) a averti lundi que des millions de personnes dans le Sahel central s’apprêtent à vivre la période de soudure la plus difficile depuis dix ans, et a fait savoir qu’il serait contraint de réduire les rations dès le mois prochain si les donateurs ne comblent pas d’urgence un déficit de financement de 620 millions de dollars.

Selon l’agence, 3,4 millions de personnes qui reçoivent actuellement une aide alimentaire ou monétaire au Burkina Faso, au Mali, en Mauritanie, au Niger et au Tchad pourraient voir cette assistance réduite de moitié entre juin et septembre, les mois qui précèdent la récolte, lorsque les réserves des ménages sont épuisées.

« Nous sommes au bord du précipice », a déclaré Halima Sesay, directrice régionale adjointe du PAM pour l’Afrique de l’Ouest et du Centre. « Les familles ont déjà vendu leur bétail et retiré leurs enfants de l’école. Réduire l’aide maintenant, c’est frapper des gens qui n’ont plus rien à donner. »

## Pluies insuffisantes, prix en hausse

Une saison des pluies tardive et irrégulière l’an dernier a laissé, dans certaines parties de la région, des récoltes céréalières inférieures de 30 % à la moyenne quinquennale, selon une évaluation conjointe des gouvernements de la région et des agences des Nations Unies. Depuis, les prix du mil et du sorgho ont doublé sur certains marchés, tandis que l’insécurité a coupé les agriculteurs de leurs champs et fermé les routes menant aux marchés. À l’échelle de la région, l’évaluation recense :

- 12,7 millions de personnes confrontées à une faim de niveau crise ou pire ;
- 1,9 million d’enfants de moins de cinq ans qui devraient souffrir de malnutrition aiguë ;
- plus de 4 millions de personnes déplacées par les violences.

« Dans mon village, on mangeait trois fois par jour. Maintenant, c’est une fois, le soir, pour que les enfants puissent dormir », raconte Aminata Diallo, agricultrice de 41 ans et mère de six enfants, originaire de la région de Tillabéri, au Niger, jointe par téléphone.

Le PAM indique avoir reçu 28 % des 1,1 milliard de dollars dont il a besoin cette année dans la région. Mme Sesay a exhorté les donateurs à financer la prévention autant que l’aide d’urgence, citant des programmes qui rémunèrent des villageois pour restaurer des terres dégradées et creuser des bassins de collecte des eaux de pluie. « Chaque dollar dépensé avant une crise en épargne plusieurs après », a-t-elle souligné. « Le Sahel n’est pas condamné à vivre d’une urgence à l’autre. »`,
    datelinePlace: 'DAKAR',
  },
  {
    sourceSlug: 'security-council-renews-south-sudan-mission',
    slug: 'le-conseil-de-securite-renouvelle-la-mission-au-soudan-du-sud',
    headline:
      'Le Conseil de sécurité renouvelle la mission au Soudan du Sud et met l’accent sur la protection des civils avant les élections',
    standfirst:
      'Treize membres ont soutenu la prorogation d’un an ; la résolution demande que des options pour une future transition soient présentées d’ici six mois.',
    body: `**NEW YORK** — Le Conseil de sécurité a prorogé jeudi d’un an le mandat de la mission de maintien de la paix des Nations Unies au Soudan du Sud, demandant à ses quelque 17 000 militaires et policiers d’accorder la priorité à la protection des civils alors que le pays se prépare à des élections maintes fois reportées.

Treize des 15 membres du Conseil ont voté en faveur de la résolution, et deux se sont abstenus. Le texte demande à la mission, connue sous le nom de MINUSS, d’appuyer l’inscription sur les listes électorales et l’éducation civique, et d’intensifier les patrouilles dans les zones où des affrontements entre groupes armés ont déplacé des dizaines de milliers de personnes cette année.

« Le mandat nous donne une orientation claire, mais un mandat, à lui seul, ne protège personne », a déclaré depuis Djouba, après le vote, Thomas Achterberg, spécialiste principal des affaires politiques à la mission. « Nous avons besoin d’accès, nous avons besoin que les parties tiennent leurs engagements, et nous avons besoin de moyens pour être présents là où sévit la violence. »

Selon des diplomates, les négociations ont été difficiles, certains membres plaidant pour une formulation qui réduirait l’empreinte de la mission, d’autres estimant que toute réduction des effectifs avant le scrutin serait prématurée. Un paragraphe de compromis prie le Secrétaire général de présenter, d’ici six mois, des options pour une future transition.

> « Les Sud-Soudanais veulent choisir leurs dirigeants sans avoir peur. C’est le minimum qu’un accord de paix doit leur garantir. »
> — Rebecca Akuol, directrice d’un réseau d’éducation civique à Djouba

La mission a été créée en 2011, lors de l’accession du Soudan du Sud à l’indépendance, et au plus fort de la guerre civile qui a éclaté deux ans plus tard, elle a abrité près de 200 000 personnes dans ses bases. La plupart de ces sites ont depuis été remis aux autorités nationales.

Mme Akuol, dont l’organisation forme des jeunes à l’observation des bureaux de vote, estime que la sécurité reste la principale préoccupation des communautés en dehors de la capitale. « Les gens nous demandent s’il est sans danger de s’inscrire. Nous ne pouvons pas toujours leur répondre oui », a-t-elle dit. Le Bureau de la coordination des affaires humanitaires (OCHA) estime qu’environ 9 millions de personnes auront besoin d’aide au Soudan du Sud cette année.`,
    datelinePlace: 'NEW YORK',
  },
  {
    sourceSlug: 'europe-measles-surge-vaccination-gaps',
    slug: 'la-rougeole-flambe-en-europe-et-en-asie-centrale',
    headline:
      'La rougeole flambe en Europe et en Asie centrale sur fond de lacunes vaccinales croissantes, alertent l’OMS et l’UNICEF',
    standfirst:
      'Plus de 120 000 cas ont été signalés l’an dernier, et environ un demi-million d’enfants de la région n’ont pas reçu leur première dose.',
    body: `**COPENHAGUE** — Les cas de rougeole ont fortement augmenté l’an dernier en Europe et en Asie centrale, avec plus de 120 000 infections signalées dans la région, ont indiqué mercredi l’Organisation mondiale de la Santé (OMS) et l’UNICEF, avertissant que les lacunes de la vaccination systématique apparues pendant la pandémie de COVID-19 ne sont toujours pas comblées.

Selon les deux agences, les enfants de moins de cinq ans représentent environ 40 % des cas, et des dizaines de décès ont été enregistrés, pour la plupart dans des pays où la couverture par la deuxième dose de vaccin antirougeoleux est tombée sous la barre des 85 %. Les spécialistes estiment qu’une couverture de 95 % avec deux doses est nécessaire pour enrayer la propagation du virus.

« La rougeole, c’est le canari dans la mine », explique Katrin Vaher, médecin et conseillère en vaccination au Bureau régional de l’OMS pour l’Europe. « C’est la plus contagieuse des maladies évitables par la vaccination : quand elle revient, elle nous montre précisément où le système est défaillant. »

## Les enfants passés entre les mailles du filet

Le rapport estime qu’environ un demi-million d’enfants de la région n’ont pas reçu leur première dose de vaccin contre la rougeole au cours de l’année écoulée. Certains vivent dans des zones rurales isolées, d’autres dans des banlieues en pleine expansion où les centres de santé peinent à suivre, et un nombre croissant dans des familles qui ont repoussé la vaccination en raison de fausses informations.

« La question que les parents nous posent le plus souvent n’est pas de savoir si les vaccins sont efficaces, mais s’ils sont sans danger pour un tout-petit », raconte Goran Petković, infirmier en pédiatrie dans un centre de soins de santé primaires près de Belgrade. « Quand nous avons le temps de nous asseoir pour discuter, la plupart finissent par accepter. Le problème, c’est que nous avons rarement ce temps. »

Les agences ont appelé les gouvernements à :

- mener des campagnes de rattrapage pour les enfants qui ont manqué des doses depuis 2020 ;
- renforcer la surveillance afin que les flambées soient détectées en quelques jours ;
- investir dans des agents de santé capables de répondre en personne aux questions des parents.

L’UNICEF a indiqué qu’il appuierait des campagnes de rattrapage dans plusieurs pays des Balkans et d’Asie centrale au cours des prochains mois. La Région européenne de l’OMS compte 53 pays, de la côte atlantique à l’Asie centrale.`,
    datelinePlace: 'COPENHAGUE',
  },
  {
    sourceSlug: 'pacific-cyclone-recovery-schools',
    slug: 'fidji-les-ecoles-des-iles-rouvrent-sous-des-toits-neufs',
    headline:
      'Aux Fidji, les écoles des îles rouvrent sous des toits neufs, mais l’argent de la reconstruction après le cyclone vient à manquer',
    standfirst:
      'Selon les responsables de l’éducation, 140 salles de classe ont été reconstruites pour résister à des tempêtes plus violentes, tandis que des dizaines d’écoles des îles périphériques font toujours classe sous des tentes.',
    body: `**SUVA** — Les enfants des îles périphériques des Fidji ont retrouvé lundi des salles de classe reconstruites pour résister aux vents cycloniques les plus violents, mais les responsables de l’éducation ont averti qu’un manque de financement contraint encore des dizaines d’écoles à faire cours sous la toile, plus d’un an après le passage d’une tempête qui a ravagé le nord du pays.

Le ministère de l’Éducation a indiqué que 140 salles de classe des divisions Nord et Est avaient été reconstruites avec des fondations renforcées, des toitures arrimées par des sangles et des citernes d’eau de pluie, avec le soutien de l’UNICEF et de la Communauté du Pacifique. Soixante et une autres écoles utilisent encore des espaces d’apprentissage temporaires, pour beaucoup des tentes conçues pour durer six mois.

« Les premières écoles, nous les avons reconstruites comme il faut, et c’est la bonne nouvelle », explique Losana Vakaloloma, cadre chargée de la planification au ministère. « La mauvaise nouvelle, c’est que l’argent s’est épuisé à mi-parcours de la liste, et que les écoles en bas de la liste sont les plus isolées. »

## Des leçons sous la pluie

Sur l’île de Taveuni et dans l’archipel des Lau, les enseignants décrivent des cours interrompus par les averses et des cahiers gonflés d’humidité. Dans plusieurs écoles, deux classes se partagent une seule tente, séparée en son milieu par une bâche tendue.

« Quand la pluie redouble, nous arrêtons la leçon et nous mettons les cahiers à l’abri sur les bancs », raconte Mereani Tuilau, directrice d’une école primaire de 84 élèves à Vanua Balavu. « Les enfants y sont habitués maintenant. Ils ne devraient pas avoir à l’être. »

Les organismes humanitaires estiment à environ 9,5 millions de dollars des États-Unis le coût de l’achèvement du programme. Un appel conjoint lancé après le cyclone était financé à 38 % à la fin du mois dernier, selon le Bureau de la coordination des affaires humanitaires (OCHA) des Nations Unies.

Les écoles reconstruites doivent aussi servir de centres d’évacuation à l’arrivée de la prochaine tempête, ce qui, selon les responsables, fait de ce retard une question de sécurité autant que d’éducation. Les États insulaires du Pacifique figurent parmi les pays les plus exposés aux catastrophes liées au climat, et les prévisionnistes s’attendent à ce que les cyclones les plus puissants de la région gagnent en intensité à mesure que les océans se réchauffent.`,
    datelinePlace: 'SUVA',
  },
  {
    sourceSlug: 'jordan-water-rationing-desalination',
    slug: 'a-amman-on-vit-au-rythme-du-camion-citerne',
    headline:
      'À Amman, les ménages vivent au rythme du camion-citerne pendant que la Jordanie mise sur le dessalement',
    standfirst:
      'Dans l’un des pays les plus pauvres en eau de la planète, l’eau du réseau n’arrive qu’une fois par semaine dans de nombreux quartiers. Un grand projet de dessalement ne portera pas ses fruits avant des années.',
    body: `**AMMAN** — Dans les quartiers est d’Amman, le mardi, c’est le jour de l’eau. Les citernes installées sur les toits se remplissent pendant quelques heures, les machines à laver tournent, et les familles stockent ce qu’elles peuvent dans des jerricans avant que l’approvisionnement ne soit de nouveau coupé pour une semaine.

Le ministère jordanien de l’Eau a annoncé dimanche avoir prolongé le calendrier de rationnement dans plusieurs districts, en raison de la baisse du niveau des nappes phréatiques et de précipitations hivernales inférieures à la moyenne. Les ressources en eau renouvelables du pays représentent moins de 100 mètres cubes par habitant et par an, bien en deçà du seuil retenu par les hydrologues pour définir la pénurie absolue.

« Nous gérons un déficit chaque jour que Dieu fait », explique Khaled Obeidat, ingénieur à la direction de la distribution de l’eau du ministère. « La population a augmenté, des réfugiés sont arrivés, le climat est plus sec, et les aquifères dont nous dépendons sont pompés plus vite qu’ils ne se rechargent. Il n’y a pas de robinet miracle à ouvrir. »

## Une conduite depuis la mer Rouge

Le principal espoir du gouvernement repose sur une grande usine de dessalement à Aqaba, reliée à une conduite qui acheminera l’eau de mer traitée sur plus de 400 kilomètres vers le nord, jusqu’à Amman. Selon les autorités, le projet fournirait des centaines de millions de mètres cubes par an, mais son financement et sa construction devraient prendre plusieurs années, et l’énergie nécessaire pour hisser l’eau jusqu’aux hauteurs de la capitale est considérable.

En attendant, les habitants se tournent vers des camions-citernes privés lorsque leurs réservoirs sont à sec. Rania Suleiman, mère de quatre enfants dans le district de Marka, explique que sa famille consacre en été environ un dixième de ses revenus mensuels à l’achat d’eau supplémentaire. « Je lave les légumes dans une bassine et je me sers de cette eau pour laver le sol », dit-elle. « Mes enfants savent qu’il ne faut pas laisser le robinet ouvert. Ils le savent depuis qu’ils sont tout petits. »

Les agriculteurs de la vallée du Jourdain, qui consomme une grande part de l’eau du pays, sont soumis à des quotas plus stricts et sont encouragés à passer à l’irrigation au goutte-à-goutte et aux eaux usées traitées. Les pertes dues aux fuites des canalisations et aux raccordements illégaux restent élevées, et le ministère a indiqué avoir commencé à remplacer les réseaux vétustes avec le soutien de bailleurs de fonds internationaux.

« Chaque litre économisé dans le réseau est un litre que nous n’avons pas à dessaler », souligne M. Obeidat.`,
    datelinePlace: 'AMMAN',
  },
  {
    sourceSlug: 'mosul-lay-counsellors-mental-health',
    slug: 'a-mossoul-des-voisins-formes-pallient-le-manque-de-psychiatres',
    headline: 'À Mossoul, des voisins formés à l’écoute pallient le manque de psychiatres',
    standfirst:
      'Un programme soutenu par l’Organisation mondiale de la Santé apprend à des membres de la communauté à reconnaître la dépression et les traumatismes, et à savoir quand orienter une personne vers un spécialiste.',
    body: `**MOSSOUL** — La pièce, au deuxième étage d’un centre de santé primaire de l’ouest de Mossoul, compte un tapis, six chaises en plastique et une boîte de mouchoirs. Le mardi matin, c’est là que Noor Abdulkareem, ancienne institutrice, écoute.

Mme Abdulkareem fait partie des quelque 120 conseillers communautaires formés dans la province de Ninive dans le cadre d’un programme qui intègre des soins de santé mentale de base dans les centres de santé ordinaires. Elle n’a aucun diplôme de médecine. Ce qu’elle a, ce sont huit semaines de formation, une supervision hebdomadaire par un psychologue et un quartier qui la connaît.

« Les gens n’entreront jamais dans un bâtiment où il est écrit “psychiatrie” sur la porte », dit-elle. « Mais ils viennent ici pour leur tension, pour la toux de leur enfant, et puis l’infirmière leur dit : “Il y a quelqu’un à qui vous pouvez parler.” Et ils montent. »

## Une ville toujours en reconstruction

Des années après la bataille qui a détruit une grande partie de la vieille ville, la reconstruction est visible dans presque chaque rue. Les dégâts invisibles, eux, se réparent plus lentement. Les soignants décrivent un deuil généralisé, des insomnies et de l’anxiété, ainsi qu’une génération d’enfants qui a grandi au fil des déplacements.

La province, qui compte plusieurs millions d’habitants, ne dispose que d’une poignée de psychiatres, selon les autorités sanitaires locales. Le programme de conseillers communautaires s’appuie sur les lignes directrices de l’Organisation mondiale de la Santé pour les soins dispensés par des non-spécialistes : il apprend aux agents communautaires à reconnaître la dépression, l’anxiété et le stress post-traumatique, à proposer des séances structurées de résolution de problèmes et à orienter les cas graves vers des médecins.

« Nous ne prétendons pas qu’un conseiller puisse traiter une psychose », précise le Dr Firas al-Jubouri, psychiatre qui supervise les conseillers dans les quartiers ouest de la ville. « Mais la plupart des souffrances ne relèvent pas de la psychose. C’est une mère qui n’arrive plus à dormir, un jeune homme qui ne sort plus de chez lui. Pour eux, cinq bonnes conversations peuvent changer une vie. »

Le financement du programme est assuré jusqu’à la fin de l’année prochaine. Les responsables des centres de santé constatent une demande croissante et indiquent que les hommes, longtemps réticents à demander de l’aide, représentent désormais environ un tiers des personnes orientées vers les conseillers. Mme Abdulkareem conserve toujours le carnet où elle a noté ses premiers patients. « Certains amènent maintenant leurs amis », dit-elle.`,
    datelinePlace: 'MOSSOUL',
  },
  {
    sourceSlug: 'colombia-venezuelan-migrants-new-registration',
    slug: 'la-colombie-ouvre-un-nouvel-enregistrement-pour-les-venezueliens',
    headline:
      'La Colombie ouvre une nouvelle période d’enregistrement pour les Vénézuéliens exclus du dispositif de protection',
    standfirst:
      'Selon les organisations humanitaires, cette mesure pourrait sortir des centaines de milliers de personnes du vide juridique et leur donner accès à l’emploi formel, aux soins de santé et à l’école.',
    body: `**BOGOTA** — L’autorité colombienne des migrations a annoncé vendredi l’ouverture d’une nouvelle période d’enregistrement pour les Vénézuéliens arrivés après la date butoir de son dispositif phare de protection temporaire, une mesure qui, selon les organisations humanitaires, pourrait sortir des centaines de milliers de personnes du vide juridique.

La Colombie accueille environ 2,8 millions de Vénézuéliens, plus que tout autre pays. Depuis 2021, la plupart d’entre eux ont obtenu des permis de dix ans au titre du statut de protection temporaire, qui donnent accès à l’emploi formel, aux soins de santé et à l’école. Mais nombre de ceux qui sont arrivés plus récemment, souvent sans passeport, n’ont pas pu en faire la demande.

« Sans papiers, on ne peut pas signer de contrat de travail, on ne peut pas ouvrir de compte bancaire, et quand on est malade, on va aux urgences en croisant les doigts », raconte Andreína Salcedo, 34 ans, ancienne institutrice de Maracaibo qui vend du café sur une charrette dans le quartier de Kennedy, à Bogota. « Je suis ici depuis deux ans, et légalement, je n’existe pas. »

L’autorité a précisé que cette période resterait ouverte six mois pour les personnes en mesure de prouver qu’elles se trouvaient en Colombie avant la fin de l’année dernière. Les dossiers des enfants scolarisés dans des écoles colombiennes seront traités en priorité.

Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) et l’Organisation internationale pour les migrations (OIM), qui coordonnent conjointement la réponse régionale aux déplacements de Vénézuéliens, ont salué cette annonce. « La régularisation est l’un des outils d’intégration les plus efficaces que nous ayons vus, où que ce soit dans le monde », affirme Julián Arbeláez, coordonnateur des programmes de protection du HCR en Colombie. « Elle transforme des personnes qui dépendent de l’aide en travailleurs qui paient des impôts. »

## Des lacunes persistent

Les organisations de défense des droits de l’homme ont averti qu’un permis ne suffirait pas, à lui seul, à mettre fin aux discriminations ni aux obstacles auxquels se heurtent les migrants pour faire reconnaître leurs qualifications. Près de 8 millions de Vénézuéliens ont quitté leur pays au cours de la dernière décennie, selon les chiffres de l’ONU, et le plan régional d’aide de cette année est financé à moins d’un cinquième.

« Un permis, c’est une porte », résume M. Arbeláez. « Mais les gens ont encore besoin d’aide pour la franchir. »`,
    datelinePlace: 'BOGOTA',
  },
  {
    sourceSlug: 'ethiopia-invasive-mosquito-urban-malaria',
    slug: 'un-moustique-invasif-propage-le-paludisme-dans-les-villes-ethiopiennes',
    headline: 'Un moustique invasif propage le paludisme dans les villes éthiopiennes, alertent les soignants',
    standfirst:
      'Anopheles stephensi, qui se reproduit dans les réservoirs d’eau et sur les chantiers, modifie les lieux et les saisons où l’on tombe malade, et les outils conçus pour le paludisme rural peinent à suivre.',
    body: `**DIRE DAWA** — Des agents de santé de l’est de l’Éthiopie ont averti jeudi qu’une espèce de moustique invasive alimentait la hausse des cas de paludisme dans des villes où la maladie était pratiquement absente il y a dix ans, et ont exhorté les donateurs à ne pas réduire le financement des programmes de lutte alors que les cas se multiplient.

Le moustique *Anopheles stephensi*, originaire d’Asie du Sud et de la péninsule Arabique, prolifère dans des récipients artificiels tels que les réservoirs de stockage d’eau, les citernes et les chantiers de construction inondés. Contrairement aux vecteurs ruraux responsables de la majeure partie du paludisme en Afrique, il est à son aise en ville et peut transmettre le parasite pendant la saison sèche.

« Nous organisions notre lutte contre le paludisme en fonction des pluies et des villages », explique Hanna Tesfaye, entomologiste au bureau régional de la santé. « Aujourd’hui, nous trouvons des larves dans le fût d’eau devant un hôpital en plein centre-ville, au beau milieu de la saison sèche. Cela change complètement notre façon de travailler. »

Selon des chiffres de district communiqués aux journalistes, le nombre de cas de paludisme pris en charge en ambulatoire dans les centres de santé urbains de Dire Dawa a plus que triplé en quatre ans. Les moustiquaires, pilier de la prévention, protègent moins bien contre un moustique qui pique souvent en soirée, avant que les gens ne se couchent.

## Les pistes explorées

L’Organisation mondiale de la Santé a exhorté les pays de la Corne de l’Afrique à renforcer la surveillance de cette espèce. À Dire Dawa, les équipes mènent plusieurs actions de front :

- couvrir les récipients d’eau des ménages ou les traiter avec un larvicide ;
- cartographier les gîtes larvaires sur les chantiers et obliger les entreprises à les assécher ;
- dépister et traiter rapidement les cas de fièvre dans les centres de santé urbains, y compris la nuit.

« La science nous dit que ce moustique pourrait exposer des dizaines de millions de personnes supplémentaires au paludisme dans la région », affirme Samuel Okello, conseiller en matière de paludisme basé à Addis-Abeba. « Les villes se développent rapidement. Si nous ne prenons pas les devants maintenant, nous lui courrons après pendant une génération. »

Sur le terrain, les habitants voient le travail accompli. « Une jeune femme est venue chez nous avec une lampe de poche et a regardé dans chaque seau », raconte Tigist Alemu, mère de trois enfants dans le quartier de Sabian. « Mon fils a eu le paludisme l’an dernier. Je ne savais pas que le moustique vivait dans notre propre eau. »`,
    datelinePlace: 'DIRE DAWA',
  },
];
