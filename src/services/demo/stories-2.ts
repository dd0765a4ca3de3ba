import type { DemoStory } from './demo-types.js';

/**
 * Demo stories, second half: oceans and fisheries, urban heat, mental health, malaria and neglected
 * diseases, press freedom, migration in the Americas, landmines, peacekeeping, Pacific cyclone
 * recovery, youth jobs, digital ID, water scarcity, education in emergencies, forced labour and
 * refugee livelihoods. Original writing; every person quoted is fictional.
 */
export const DEMO_STORIES_2: DemoStory[] = [
  {
    slug: 'pacific-cyclone-recovery-schools',
    headline: "Fiji's island schools reopen under new roofs, but cyclone recovery money runs short",
    standfirst:
      'Education officials say 140 classrooms have been rebuilt to withstand stronger storms, while dozens of schools on the outer islands still teach in tents.',
    body: `**SUVA** — Children on Fiji's outer islands went back on Monday to classrooms rebuilt to withstand the strongest cyclone winds, but education officials warned that a funding gap has left dozens of schools teaching under canvas more than a year after a storm tore through the country's north.

The Ministry of Education said 140 classrooms in the Northern and Eastern divisions had been rebuilt with reinforced footings, roof straps and rainwater tanks, with support from UNICEF and the Pacific Community. Another 61 schools are still using temporary learning spaces, many of them tents designed to last six months.

"We built the first schools back properly, and that is the good news," said Losana Vakaloloma, a senior planning officer at the ministry. "The bad news is that the money ran out halfway down the list, and the schools at the bottom of the list are the most remote ones."

## Lessons in the rain

Teachers on Taveuni and in the Lau group describe lessons halted by downpours and exercise books swollen with damp. Several schools share a single tent between two classes, with a tarpaulin strung down the middle.

"When the rain gets heavy we stop the lesson and lift the books onto the benches," said Mereani Tuilau, head teacher of an 84-pupil primary school on Vanua Balavu. "The children are used to it now. They should not have to be."

Aid agencies put the cost of finishing the programme at about 9.5 million US dollars. A joint appeal launched after the cyclone was 38 per cent funded at the end of last month, according to the UN Office for the Coordination of Humanitarian Affairs (OCHA).

The rebuilt schools are also meant to serve as evacuation centres when the next storm arrives, which officials say makes the delay a safety question as much as an education one. Pacific island states are among the countries most exposed to climate-related disasters, and forecasters expect the strongest cyclones in the region to become more intense as oceans warm.`,
    type: 'news',
    topics: ['climate', 'humanitarian-aid'],
    regions: ['asia-pacific'],
    tags: ['cyclones', 'education', 'pacific-islands'],
    authors: ['sofia-lindqvist'],
    datelinePlace: 'SUVA',
    daysAgo: 0,
    hour: 7,
  },
  {
    slug: 'senegal-fishers-empty-nets',
    headline: "Empty nets and costly fuel: Senegal's fishing towns count the price of shrinking catches",
    standfirst:
      'On the beach at Kayar, fishers and the women who smoke and sell their catch say the sardinella that sustained the town for generations is getting harder to find.',
    body: `**KAYAR** — The pirogues come in at dusk, painted hulls sliding up the sand on wooden rollers, and within minutes the beach at Kayar is a crowd of buyers, porters and children. What is missing, the fishers say, is the fish.

"Ten years ago we filled the boat before noon," said Ousmane Diagne, 47, who has fished from this town north of Dakar since he was a boy. "Now we go twice as far, we burn twice the fuel, and some days we come back with enough for the crew to eat and nothing to sell."

Small pelagic fish such as sardinella are the backbone of diets and incomes along the West African coast, and regional scientists have warned for years that stocks are overexploited. Fishers here blame industrial trawlers working further offshore and the fishmeal plants that have opened along the coast, which turn fish that would once have fed people into feed for aquaculture and livestock abroad.

## The women on the shore

The shortage is felt first by the women who process the catch. At smoking ovens behind the beach, Awa Ndiaye and a dozen others split, salt and smoke fish for markets as far away as Mali. "When the fishmeal factories buy, they pay more than we can," Ms. Ndiaye said. "So the fish goes to the factory and the ovens stay cold. We are not against anyone earning money, but this is our work too."

Officials at the Food and Agriculture Organization (FAO) say better data and co-management with local fishing committees offer a way forward. Kayar has become known for just that: its fishers agreed years ago on daily catch limits and closed seasons, enforced by the community itself.

"Kayar shows that fishers will manage a resource if they trust that everyone is playing by the same rules," said Mamadou Sarr, a fisheries officer working with coastal communities. "The problem is that the rules on the beach do not reach the boats you cannot see from the beach."

As night falls, Mr. Diagne's crew sort a thin catch into plastic basins. Tomorrow, he said, they will leave an hour earlier.`,
    type: 'feature',
    topics: ['climate', 'economic-development'],
    regions: ['africa'],
    tags: ['oceans', 'fisheries', 'food-security'],
    authors: ['sofia-lindqvist', 'amara-okafor'],
    datelinePlace: 'KAYAR',
    daysAgo: 38,
    hour: 9,
  },
  {
    slug: 'ahmedabad-cool-rooms-outdoor-workers',
    headline: "Ahmedabad opens 'cool rooms' for outdoor workers as nights stay above 30C",
    standfirst:
      'The Indian city that pioneered heat action planning in South Asia is turning its attention to the hours after sunset, when bodies get no chance to recover.',
    body: `**AHMEDABAD** — Ahmedabad opened 38 air-cooled rest rooms for street vendors, construction workers and rickshaw drivers on Wednesday, as a heatwave pushed daytime temperatures past 45C and kept night-time lows above 30C for a sixth consecutive day.

The rooms, set up in municipal health centres, libraries and bus depots, will stay open until midnight and offer drinking water, oral rehydration salts and a place to lie down. City officials said the aim was to cut the number of people collapsing on the second and third days of a heatwave, when heat builds up in the body.

"For years we focused on the afternoon peak," said Dr. Kavita Raval, a public health officer with the municipal corporation. "What our hospital data now tells us is that hot nights are the silent danger. If a labourer sleeps in a tin-roofed room at 33 degrees, he starts the next day already exhausted."

Ahmedabad adopted one of South Asia's first heat action plans more than a decade ago, combining early warnings, hospital preparedness and public information. Since then the city has painted thousands of roofs with reflective white coating in low-income neighbourhoods and shifted working hours on some public building sites.

## Who uses the rooms

On Wednesday afternoon, the room at a depot near Kalupur station was full. Ramesh Solanki, who sells cut fruit from a handcart, said he had stopped for half an hour after feeling dizzy. "The ice melts in one hour, the fruit spoils, and I still have to stand there," Mr. Solanki said. "Here I can sit in the cool and then go back. Before, there was nowhere to go except a temple."

Heat experts say such measures help but cannot replace longer-term changes to housing, shade and labour rules. The International Labour Organization has warned that rising heat stress will cost the equivalent of millions of full-time jobs worldwide, with agricultural and construction workers in South Asia among the most exposed.

Municipal officials said they would publish the number of visitors and heat-related hospital admissions at the end of the season.`,
    type: 'news',
    topics: ['climate', 'health'],
    regions: ['asia-pacific'],
    tags: ['urban-heat', 'cities', 'labour'],
    authors: ['rahul-iyer'],
    datelinePlace: 'AHMEDABAD',
    daysAgo: 4,
    hour: 11,
  },
  {
    slug: 'mosul-lay-counsellors-mental-health',
    headline: 'In Mosul, neighbours trained as counsellors fill the gap left by a shortage of psychiatrists',
    standfirst:
      'A programme backed by the World Health Organization teaches community members to recognize depression and trauma, and to know when to send someone on.',
    body: `**MOSUL** — The room on the second floor of a primary health clinic in west Mosul has a carpet, six plastic chairs and a box of tissues. On Tuesday mornings it is where Noor Abdulkareem, a former schoolteacher, listens.

Ms. Abdulkareem is one of about 120 lay counsellors trained in Nineveh province under a programme that brings basic mental health care into ordinary clinics. She has no medical degree. What she has is eight weeks of training, weekly supervision by a psychologist, and a neighbourhood that knows her.

"People will not walk into a building that says psychiatry on the door," she said. "But they come here for their blood pressure, for their child's cough, and then the nurse says: there is someone you can talk to. And they come upstairs."

## A city still rebuilding

Years after the battle that destroyed much of the old city, reconstruction is visible on almost every street. The invisible damage has been slower to mend. Health workers describe widespread grief, sleeplessness and anxiety, and a generation of children who grew up through displacement.

The province, home to several million people, has only a handful of psychiatrists, according to local health officials. The lay counsellor programme uses the World Health Organization's guidance for non-specialist care, teaching community workers to recognize depression, anxiety and post-traumatic stress, to offer structured problem-solving sessions, and to refer severe cases to doctors.

"We are not pretending a counsellor can treat psychosis," said Dr. Firas al-Jubouri, a psychiatrist who supervises the counsellors in the city's western districts. "But most suffering is not psychosis. It is a mother who cannot sleep, a young man who has stopped leaving the house. For them, five good conversations can change a life."

Funding for the programme is secured until the end of next year. Clinic managers say demand is rising, and that men, long reluctant to seek help, now make up about a third of those referred. Ms. Abdulkareem still keeps a notebook of the first clients she saw. "Some of them now bring their friends," she said.`,
    type: 'feature',
    topics: ['health', 'humanitarian-aid'],
    regions: ['middle-east'],
    tags: ['mental-health', 'iraq'],
    authors: ['yusuf-haddad'],
    datelinePlace: 'MOSUL',
    daysAgo: 17,
    hour: 8,
  },
  {
    slug: 'ethiopia-invasive-mosquito-urban-malaria',
    headline: 'Invasive mosquito is carrying malaria into Ethiopian towns, health workers warn',
    standfirst:
      'Anopheles stephensi, which breeds in water tanks and building sites, is changing where and when people fall ill, and the tools designed for rural malaria are struggling to keep up.',
    body: `**DIRE DAWA** — Health workers in eastern Ethiopia said on Thursday that an invasive mosquito species was driving malaria cases in towns that had seen little of the disease a decade ago, and urged donors not to cut funding for control programmes as cases rise.

The mosquito, *Anopheles stephensi*, originally from South Asia and the Arabian Peninsula, thrives in man-made containers such as water storage tanks, cisterns and flooded construction sites. Unlike the rural vectors that carry most malaria in Africa, it is at home in cities and can transmit the parasite through the dry season.

"We used to plan our malaria work around the rains and the villages," said Dr. Hanna Tesfaye, an entomologist with the regional health bureau. "Now we are finding larvae in the water barrel outside a hospital in the middle of town, in the middle of the dry months. That changes everything about how we work."

District figures shared with reporters show outpatient malaria cases in Dire Dawa's urban health centres more than tripling over four years. Bed nets, the mainstay of prevention, help less against a mosquito that often bites in the evening, before people go to bed.

## What is being tried

The World Health Organization has urged countries in the Horn of Africa to step up surveillance of the species. In Dire Dawa, teams are trying several approaches at once:

- covering or treating household water containers with larvicide;
- mapping breeding sites at construction projects and requiring contractors to drain them;
- testing and treating fever cases quickly in urban clinics, including at night.

"The science tells us this mosquito could put tens of millions more people at risk across the region," said Samuel Okello, a malaria adviser based in Addis Ababa. "Cities are growing fast. If we do not get ahead of it now, we will be chasing it for a generation."

Residents say the work is visible. "A young woman came to our house with a torch and looked in every bucket," said Tigist Alemu, a mother of three in the Sabian area. "My son had malaria last year. I did not know the mosquito was living in our own water."`,
    type: 'news',
    topics: ['health'],
    regions: ['africa'],
    tags: ['malaria', 'ethiopia', 'cities'],
    authors: ['amara-okafor'],
    datelinePlace: 'DIRE DAWA',
    daysAgo: 2,
    hour: 13,
  },
  {
    slug: 'bolivia-chagas-screening-mothers',
    headline: 'Bolivian clinics test pregnant women for Chagas to stop the disease passing to babies',
    standfirst: 'A screening drive in the Cochabamba valleys has reached 9,000 women in its first year.',
    body: `**COCHABAMBA** — Health centres in Bolivia's Cochabamba department have tested about 9,000 pregnant women for Chagas disease over the past year and treated more than 300 newborns infected before birth, local health officials said on Friday. Chagas, a neglected tropical disease spread by a blood-sucking insect that lives in the cracks of adobe walls, can damage the heart decades after infection, and most people who carry it do not know.

"Treatment in the first year of life cures almost every baby," said Dr. Rosa Vargas Cruz, who coordinates the programme at a provincial hospital. "The tragedy is the child who is not tested, who grows up fine and then, at forty, has a heart that fails." Celia Mamani, a 26-year-old mother from Tiquipaya whose daughter was treated, said: "Nobody in my family had heard of it. Now my sisters are getting tested too."`,
    type: 'brief',
    topics: ['health'],
    regions: ['americas'],
    tags: ['neglected-diseases', 'chagas', 'maternal-health'],
    authors: ['mariana-quispe'],
    datelinePlace: 'COCHABAMBA',
    daysAgo: 46,
    hour: 15,
  },
  {
    slug: 'local-journalists-safety-paris-meeting',
    headline: 'Local reporters bear the brunt of attacks on the press, editors tell Paris meeting',
    standfirst:
      'Journalists from community radio stations and small newsrooms say threats rarely make headlines, and almost never lead to a conviction.',
    body: `**PARIS** — Editors and reporters from more than 40 countries told a meeting on the safety of journalists in Paris on Tuesday that the people most at risk are not foreign correspondents but local reporters working for small radio stations, websites and newspapers far from capital cities.

Participants at the two-day gathering, held at UNESCO's headquarters, said most killings of journalists go unpunished, and that harassment, arbitrary detention and online abuse have become routine in many places without ever reaching the news.

"When a reporter from a big agency is threatened, there are phone calls and statements," said Adama Sawadogo, who runs a community radio station in a provincial town in the Sahel. "When my presenter is threatened, he asks me if he should stop reading the news. Sometimes I tell him yes, because I cannot protect him."

Women journalists described a particular pattern of abuse online, from coordinated insults to the publication of home addresses.

> "The campaign does not need to succeed in silencing you. It only needs to make you think twice before your next story." — Lina Haddou, an investigative reporter, speaking on a panel

## What participants asked for

A closing statement drafted by civil society groups called on governments to:

- set up independent prosecutors or units to investigate crimes against journalists;
- end the use of broad "false news" and cybercrime laws to detain reporters;
- fund emergency legal and relocation support for local media workers.

"Impunity is not a side effect, it is the mechanism," said Claire Dufresne, a media development specialist who moderated the final session. "Every unsolved case tells the next person with a grudge that there will be no consequences."

Organizers said a follow-up meeting would review progress in a year. Several participants, including two who had travelled from conflict zones, asked that their names and the names of their outlets not be published.`,
    type: 'news',
    topics: ['human-rights'],
    regions: ['europe', 'africa'],
    tags: ['press-freedom', 'journalists', 'unesco'],
    authors: ['lucas-moreau'],
    datelinePlace: 'PARIS',
    daysAgo: 25,
    hour: 17,
  },
  {
    slug: 'darien-southbound-migration-boats',
    headline: 'Migrants turn south: boats to Colombia fill as families give up on the journey north',
    standfirst:
      "With fewer people crossing the Darién jungle, aid workers in Necoclí now receive a different traveller: Venezuelans heading home, or anywhere that will have them.",
    body: `**NECOCLÍ** — For years this Caribbean beach town in north-west Colombia was the last stop before the Darién Gap, the roadless jungle on the border with Panama. On Saturday the boats arriving at its small pier were coming the other way, full of families who said they had abandoned hopes of reaching the United States.

Aid workers said several hundred people a week are now travelling south by sea from Panama's Caribbean coast, many of them Venezuelans who spent months or years in Mexico or Central America. Northbound crossings through the jungle, which once numbered in the thousands each day, have dropped sharply.

"The people we see now are exhausted in a different way," said Daniela Restrepo, a field coordinator with the International Organization for Migration (IOM). "On the way north they had hope and a plan. Coming back, many have spent everything. They do not know where they will sleep tonight, let alone next month."

## Risk at sea

The southbound journey has its own dangers. Boats are often overloaded, and several capsizings have been reported along the coast. Local officials said there is no formal reception point, leaving churches and volunteers to provide food and shelter.

Yusmary Contreras, 31, arrived with her husband and two children after nine months in Mexico City, where she said they had waited in vain for an asylum appointment. "We sold the phone to pay for the boat," Ms. Contreras said. "My daughter asks every day if we are going home. I tell her we are going somewhere safer. I do not know yet where that is."

Humanitarian agencies said the shift called for a regional response rather than emergency improvisation. They urged governments along the route to:

- provide safe transport and basic documentation for people returning;
- give access to health care, including for children who missed vaccinations;
- allow people to stay legally and work where they choose to settle.

Colombia already hosts nearly three million Venezuelans. Local leaders in Necoclí said the town of some 70,000 people could not carry a new movement on its own.`,
    type: 'news',
    topics: ['humanitarian-aid', 'human-rights'],
    regions: ['americas'],
    tags: ['migration', 'darien-gap', 'venezuela'],
    authors: ['mariana-quispe'],
    datelinePlace: 'NECOCLÍ',
    daysAgo: 6,
    hour: 19,
  },
  {
    slug: 'tapachula-shelter-director-interview',
    headline: "'We have become a waiting room': a shelter director on life on Mexico's southern border",
    standfirst:
      'Guadalupe Mendoza has run a migrant shelter in Tapachula for eleven years. She talks about who arrives now, how long they stay and what keeps her going.',
    body: `**TAPACHULA** — The shelter Guadalupe Mendoza directs, a two-storey former warehouse near Tapachula's bus station, has beds for 150 people and usually houses more than 200. Families from Haiti, Honduras, Venezuela, Cuba and several African countries share its courtyard while they wait for asylum decisions from Mexican authorities. We spoke to her between a meeting with a city official and the evening meal. The interview has been edited for length.

**Q:** Who is arriving at your door today compared with a few years ago?

**A:** More women alone with children, and more people who have been here before. Some went north, were sent back, and came to us again because they had nowhere else. A few years ago people stayed three or four weeks. Now the average is closer to four months.

**Q:** Why so long?

**A:** The paperwork. People apply for asylum and they cannot leave the state while they wait, so they cannot go where the jobs are. Tapachula has become a waiting room for the whole continent. A waiting room is fine for an hour. It is not a place to raise a child for a year.

**Q:** What do people need most?

**A:** Work, honestly. Food we can manage with donations. But a father who cannot earn starts to lose himself. We have started small courses, baking and phone repair, and we help people get their work papers. When a man brings back his first wages, you see his face change.

**Q:** How has the city responded?

**A:** It depends on the month. There are neighbours who bring us clothes and there are neighbours who complain about the queue outside. I understand both. Tapachula is not a rich city, and people here also struggle.

**Q:** What keeps you doing this after eleven years?

**A:** The letters. People write to us from Monterrey, from Chile, from Canada. A girl who learned to read in our courtyard sent me a photo of her school uniform. I keep it on my desk. On bad days I look at it.`,
    type: 'interview',
    topics: ['human-rights'],
    regions: ['americas'],
    tags: ['migration', 'asylum', 'mexico'],
    authors: ['mariana-quispe'],
    datelinePlace: 'TAPACHULA',
    daysAgo: 42,
    hour: 14,
  },
  {
    slug: 'ukraine-farmland-demining',
    headline: "Deminers return fields to Ukraine's farmers one hectare at a time",
    standfirst:
      'Clearance teams in Kharkiv region have handed back thousands of hectares, but farmers say the pace leaves many unable to plant.',
    body: `**KHARKIV** — Mine clearance teams handed back about 2,400 hectares of farmland to growers in Ukraine's Kharkiv region over the past month, local authorities said on Wednesday, as the start of the planting season sharpened pressure to make contaminated fields safe.

The land, much of it in districts that saw heavy fighting, was surveyed and cleared by national teams and humanitarian demining organizations with support from the UN Development Programme (UNDP) and donor governments. Officials said it was a fraction of the agricultural land in the region still suspected of containing mines or unexploded ordnance.

"Every field we release is a family that can plant again," said Ingrid Solberg, a mine action adviser working with Ukrainian authorities. "But we have to be honest with people. At this rate, some land will not be cleared for many years, and we have to decide together which fields come first."

## Priorities and risks

Authorities have begun ranking land for clearance by its economic value, how many people depend on it and the level of suspected contamination. Machines such as armoured tillers are used on open fields, but tree lines, ditches and the edges of roads must still be checked by hand.

Farmers said the waiting is costly. Oleksandr Hnatiuk, who grows sunflowers and wheat on 300 hectares near Izium, said a third of his land remained off limits. "Last year a neighbour's tractor hit an anti-tank mine at the edge of a field we all thought was safe," Mr. Hnatiuk said. "He survived. Now nobody goes near a field without a certificate, and the certificate takes time."

Ukraine is now considered one of the most heavily mine-contaminated countries in the world, with tens of thousands of square kilometres that may need to be surveyed. Agricultural exports are a mainstay of the economy, and economists say every season of lost planting weighs on rural incomes and on global grain markets.

Officials said they hoped to double the number of accredited clearance teams in the region by the end of the year, including teams made up largely of women recruited from farming villages.`,
    type: 'news',
    topics: ['peace-and-security', 'economic-development'],
    regions: ['europe'],
    tags: ['landmines', 'ukraine', 'agriculture'],
    authors: ['elena-petrova'],
    datelinePlace: 'KHARKIV',
    daysAgo: 9,
    hour: 10,
  },
  {
    slug: 'colombia-indigenous-women-deminers',
    headline: 'The women of the Cauca mountains who clear the mines from their own paths',
    standfirst:
      "In south-west Colombia, Indigenous women trained as deminers walk the trails their children take to school, metre by metre.",
    body: `**POPAYÁN** — Luz Dary Ipia kneels on a mountain path above the clouds, pushing a thin metal probe into the earth at a shallow angle, every two centimetres. Behind her, a line of red-and-white stakes marks the ground already cleared. Ahead, a strip of grass leads towards the school her nephews attend.

"I used to walk this path myself," said Ms. Ipia, 34, a Nasa Indigenous woman who joined a humanitarian demining team four years ago. "We all knew somebody who lost a leg. We just did not talk about which path."

Colombia has recorded more landmine casualties over the past three decades than almost any other country outside active war zones, a legacy of decades of internal armed conflict. After the 2016 peace agreement, large areas were declared free of mines. But in parts of Cauca department, where armed groups remain active, new devices are still being laid.

## Trust before technique

Demining organizations say local recruits make the work possible in places outsiders cannot easily reach. Teams from the communities know which families can provide information about where devices might be, and residents are more willing to talk to a neighbour than to a stranger in a uniform.

"The technical training takes a few months," said Jhon Fredy Guetio, a coordinator with the Indigenous community guard in the area. "The trust takes years. Without the trust, you can have the best metal detector in the world and still not know where to look."

A team supervisor, Andrea Lozano, said women now make up nearly half of the deminers in her unit. "They are patient, they are precise, and they go home to the same villages," she said. "They are clearing their own land. You cannot buy that kind of care."

The work is slow. On a good day, a team of eight might clear 100 square metres of steep, overgrown ground. Still, Ms. Ipia counts progress in children. "When we hand over a path, the first thing that happens is the kids run on it," she said. "That is the moment I know we did something."`,
    type: 'feature',
    topics: ['peace-and-security'],
    regions: ['americas'],
    tags: ['landmines', 'colombia', 'indigenous-peoples'],
    authors: ['mariana-quispe'],
    datelinePlace: 'POPAYÁN',
    daysAgo: 55,
    hour: 12,
  },
  {
    slug: 'south-sudan-peacekeeping-budget-patrols',
    headline: 'Peacekeepers in South Sudan scale back patrols as budget squeeze bites, Council told',
    standfirst:
      'Officials told the Security Council that cuts had forced the mission to close bases and reduce long-range patrols, just as tensions rise ahead of delayed elections.',
    body: `**NEW YORK** — United Nations peacekeepers in South Sudan have closed four temporary operating bases and cut long-range patrols by nearly a third because of budget shortfalls, a senior UN official told the Security Council on Thursday, warning that civilians in remote areas would be the first to feel the gap.

Briefing the Council on the work of the UN Mission in South Sudan (UNMISS), Marguerite Ndiaye-Holm, a director in the Department of Peace Operations, said unpaid contributions and late payments had left the mission planning month by month.

"A patrol that does not happen leaves no headline," Ms. Ndiaye-Holm said. "What it leaves is a village where armed men know nobody is coming, and a mother who decides it is no longer safe to walk to the water point."

## Rising tensions

The mission, one of the largest UN peace operations, protects civilians, supports humanitarian access and helps prepare for elections that have been repeatedly postponed. Council members heard that intercommunal violence in several states had increased in recent months, alongside flooding that has displaced tens of thousands of people.

Rebecca Akuei, who leads a women's peace network in Juba and addressed the Council by video link, said communities valued the patrols even when they could do little more than observe. "When the blue helmets come, people talk to them, they report what they have seen, they feel somebody is watching," Ms. Akuei said. "When they stop coming, rumours fill the silence, and rumours in South Sudan can become fighting very fast."

Several Council members said they supported the mission's mandate but called for more efficient use of resources. Others pressed member states to pay their assessed contributions in full and on time.

The UN peacekeeping budget is agreed each year by the General Assembly's Fifth Committee and funded by all member states according to a scale of assessments. Officials said arrears across peace operations had reached their highest level in years, forcing missions from Lebanon to the Democratic Republic of the Congo to make similar choices. The Council is due to consider the UNMISS mandate again before the end of its current term.`,
    type: 'news',
    topics: ['peace-and-security'],
    regions: ['africa'],
    tags: ['peacekeeping', 'south-sudan', 'security-council'],
    authors: ['elena-petrova'],
    datelinePlace: 'NEW YORK',
    daysAgo: 13,
    hour: 20,
  },
  {
    slug: 'unifil-peacekeeper-major-interview',
    headline: "A peacekeeper's view from south Lebanon: 'We are the people who stay when it is quiet'",
    standfirst:
      'Major Abena Owusu-Mensah leads a community engagement team with the UN force in southern Lebanon. She spoke about patrols, farmers and what peacekeeping looks like up close.',
    body: `**NAQOURA** — Major Abena Owusu-Mensah, a Ghanaian army officer, has served with the UN Interim Force in Lebanon (UNIFIL) for ten months, leading a mixed team that meets mayors, farmers and women's groups in villages near the Blue Line, the line of withdrawal that separates Lebanon and Israel. We met her at the mission's headquarters on the coast. The conversation has been edited and condensed.

**Q:** What does a normal day look like for your team?

**A:** There is no normal day, but there is a routine. We drive out early, usually to two or three villages. We sit with the mayor, we go to the school, we talk to farmers about where they can and cannot go. A lot of our work is listening, and then taking what we hear back to the people who plan patrols.

**Q:** What do villagers ask you about most?

**A:** Their land. Olive groves, tobacco fields, grazing land near the line. A farmer wants to know if it is safe to harvest. There are also unexploded munitions in some areas, so we work with the mine action teams to tell people which places to avoid until they are cleared.

**Q:** Is it different being a woman in this role?

**A:** It opens some doors. Women in the villages will talk to me in their kitchens in a way they would never talk to a male officer at a checkpoint. They tell me about their children's fear, about money, about whether their sons are thinking of leaving. That is information a peacekeeping mission needs.

**Q:** Peacekeeping is often criticized for not preventing violence. How do you respond?

**A:** We are not an army sent to win a war. We are there to reduce the chance of one and to be present when things are fragile. When there is fighting, everyone sees what we cannot do. When it is quiet, nobody sees what we do. We are the people who stay when it is quiet.

**Q:** What will you take home to Ghana?

**A:** Patience. And the taste of a particular grandmother's bread in a village I will not name. She makes it for every patrol that stops. She says peacekeepers should not work hungry.`,
    type: 'interview',
    topics: ['peace-and-security'],
    regions: ['middle-east'],
    tags: ['peacekeeping', 'lebanon', 'women-peace-security'],
    authors: ['elena-petrova', 'yusuf-haddad'],
    datelinePlace: 'NAQOURA',
    daysAgo: 60,
    hour: 16,
  },
  {
    slug: 'bangladesh-youth-jobs-automation',
    headline: "Bangladesh's graduates queue for too few jobs as factories automate",
    standfirst:
      'Each year about two million young people enter the labour market. Economists warn that the garment industry that absorbed earlier generations is hiring fewer of them.',
    body: `**DHAKA** — Young graduates in Bangladesh are facing longer waits for their first job as garment factories invest in automated cutting and sewing lines, labour economists said on Sunday, calling for a shift in skills training towards services, technology and care work.

About two million young Bangladeshis enter the labour market each year. For decades, the ready-made garment sector, which accounts for the bulk of the country's exports, absorbed millions of them, especially young women from rural areas. Factory owners say new machinery now allows the same output with fewer workers.

"The first rung of the ladder is getting narrower," said Farzana Haque, an economist who studies youth employment in South Asia. "It is not that the garment sector is collapsing. It is that it no longer needs as many hands, and our schools are still preparing young people for the economy of twenty years ago."

## Degrees without jobs

Surveys show that unemployment is higher among graduates than among those with only primary schooling, reflecting a mismatch between university courses and the jobs on offer. The International Labour Organization has identified the share of young people neither in employment, education nor training as a key concern across the region.

Tanvir Ahmed, 24, has a master's degree in accounting and has applied for more than 60 positions in the past year. He now delivers food on a motorbike in the evenings. "My parents sold land to pay for my studies," Mr. Ahmed said. "I tell them the interviews are going well. The truth is I have had four interviews in a year and every job had hundreds of applicants."

Factory owners say they would hire more if workers had technical skills to run and maintain the new equipment. "We are desperate for machine technicians and we cannot find them," said Shahidul Islam, who manages a knitwear factory in Gazipur. "Meanwhile we receive a thousand CVs for one office job."

The government has announced plans to expand technical and vocational training and to support start-ups. Economists said the measures would need to reach young women in particular, who are leaving factory work faster than they are finding new jobs.`,
    type: 'news',
    topics: ['economic-development'],
    regions: ['asia-pacific'],
    tags: ['youth-jobs', 'bangladesh', 'labour'],
    authors: ['rahul-iyer'],
    datelinePlace: 'DHAKA',
    daysAgo: 21,
    hour: 6,
  },
  {
    slug: 'philippines-digital-id-remote-communities',
    headline: 'Digital ID opens bank accounts in the Philippines, but remote communities risk being left behind',
    standfirst:
      'Registration teams have reached tens of millions of people. Indigenous leaders say the last few per cent are the hardest, and need the card the most.',
    body: `**MANILA** — The Philippines' national digital identity system has helped millions of people open their first bank account and claim social benefits, but Indigenous and remote communities still face barriers to registration, development specialists and community leaders said at a forum in Manila on Monday.

Officials told the forum that more than 80 per cent of the population had now registered for the national ID. Mobile teams travel to islands and upland villages, but participants said those who remain unregistered are disproportionately poor, elderly, disabled or living far from roads.

"A digital ID can be a door or it can be a wall," said Mylene Santos, a digital inclusion specialist with the UN Development Programme (UNDP). "If the bank, the clinic and the cash transfer all require it, the people who do not have it are not just inconvenienced. They are excluded from everything at once."

## The last mile

Community leaders listed the obstacles that keep people out:

- missing birth certificates, particularly among older people born at home;
- fingerprints worn down by farm work that fail biometric scanners;
- long, expensive journeys to registration centres;
- fears about how personal data will be stored and shared.

Rodel Dizon, an Aeta elder from the uplands of Zambales province, said some families in his community had waited two years for cards promised after registration. "They took our photographs and our fingerprints, and then we heard nothing," Mr. Dizon said. "Meanwhile the young people go down to the town to look for work and the employer asks for the ID. What do they show?"

Officials said delivery delays had been largely resolved and that a printable digital version of the ID could now be used in most transactions. They also pointed to a legal framework on data privacy and said registration was free and voluntary.

Rights groups at the forum welcomed the progress but urged that no one be denied essential services, such as health care or emergency aid, for lack of an ID. "Inclusion has to be measured by who is still outside," Ms. Santos said, "not by how many are already in."`,
    type: 'news',
    topics: ['human-rights', 'economic-development'],
    regions: ['asia-pacific'],
    tags: ['digital-id', 'inclusion', 'indigenous-peoples'],
    authors: ['rahul-iyer'],
    datelinePlace: 'MANILA',
    daysAgo: 29,
    hour: 9,
  },
  {
    slug: 'jordan-water-rationing-desalination',
    headline: 'Amman households plan their week around the water truck as Jordan bets on desalination',
    standfirst:
      'In one of the most water-scarce countries on Earth, piped supply arrives once a week in many neighbourhoods. A large desalination project is years from delivering.',
    body: `**AMMAN** — In the eastern neighbourhoods of Amman, Tuesday is water day. Rooftop tanks fill for a few hours, washing machines run, and families store what they can in jerrycans before the supply stops again for a week.

Jordan's water ministry said on Sunday that it had extended the rationing schedule in several districts as groundwater levels fell and rainfall over the winter came in below average. The country's renewable water resources amount to less than 100 cubic metres per person a year, far below the threshold that hydrologists use to define absolute scarcity.

"We are managing a deficit every single day," said Khaled Obeidat, an engineer with the ministry's water distribution directorate. "Population has grown, refugees have come, the climate is drier, and the aquifers we rely on are being pumped faster than they recharge. There is no simple tap we can open."

## A pipeline from the Red Sea

The government's main hope is a large desalination plant at Aqaba, with a pipeline to carry treated seawater more than 400 kilometres north to Amman. Officials say the project would supply hundreds of millions of cubic metres a year, but financing and construction are expected to take several years, and the energy needed to pump water uphill is considerable.

In the meantime, residents rely on private tanker trucks when the tanks run dry. Rania Suleiman, a mother of four in the Marka district, said her family spends about a tenth of its monthly income on extra water in summer. "I wash vegetables in a bowl and use that water for the floor," Ms. Suleiman said. "My children know not to leave the tap running. They have known since they were small."

Farmers in the Jordan Valley, which uses a large share of the country's water, face tighter quotas and are being encouraged to switch to drip irrigation and treated wastewater. Losses from leaking pipes and illegal connections remain high, and the ministry said it had begun replacing older networks with support from international lenders.

"Every litre saved in the network is a litre we do not have to desalinate," Mr. Obeidat said.`,
    type: 'news',
    topics: ['climate', 'economic-development'],
    regions: ['middle-east'],
    tags: ['water-scarcity', 'jordan', 'cities'],
    authors: ['yusuf-haddad', 'sofia-lindqvist'],
    datelinePlace: 'AMMAN',
    daysAgo: 33,
    hour: 12,
  },
  {
    slug: 'chad-sudanese-refugee-children-schools',
    headline: 'Sudanese refugee children in Chad crowd into tent classrooms as funding falls short',
    standfirst:
      'Teachers in camps in eastern Chad say classes of more than 100 pupils are common, and many girls drop out before secondary school.',
    body: `**FARCHANA** — Lessons at the largest school in this refugee camp in eastern Chad begin at seven in the morning, before the heat becomes unbearable under the canvas. By eight, the tent built for 50 pupils holds more than 120, sitting on mats, sharing textbooks three to a copy.

Aid agencies said on Wednesday that fewer than half of the school-age refugee children who have fled the war in Sudan to eastern Chad are enrolled in any form of education, and warned that a shortfall in funding could force temporary learning centres to close.

"Education is the first thing people ask for after water and food," said Hélène Mbaïlao, an education officer with the UN Refugee Agency (UNHCR) in Farchana. "Parents tell us: we lost our house, we lost our fields, please do not let our children lose their future as well."

## Teachers among the refugees

Many classes are taught by refugees who were teachers in Sudan, paid a small incentive by aid groups. They follow an adapted curriculum so pupils can sit recognized exams. Chad's government has allowed refugee children to enrol in national schools, but schools in host villages are themselves overcrowded.

Abdelrahman Ishag, who taught mathematics in El Geneina before fleeing with his family, now teaches three shifts a day. "I have children in front of me who saw things no child should see," Mr. Ishag said. "Some cannot concentrate. Some do not speak for weeks. But when they solve a problem on the board, for a moment they are just children again."

Girls are most at risk of leaving school, teachers said, as families rely on them to fetch water and firewood or arrange early marriages. A 14-year-old pupil, Mariam, said she walks two hours each morning to collect water before class. "If I am late, the teacher understands," she said. "I want to be a doctor. There are not enough doctors here."

Education Cannot Wait, the global fund for education in emergencies, has supported classrooms and teacher training in the camps. Agencies said an additional 18 million US dollars was needed this year to keep existing schools open and build permanent classrooms before the rainy season.`,
    type: 'news',
    topics: ['humanitarian-aid'],
    regions: ['africa'],
    tags: ['education-in-emergencies', 'refugees', 'sudan'],
    authors: ['amara-okafor'],
    datelinePlace: 'FARCHANA',
    daysAgo: 51,
    hour: 10,
  },
  {
    slug: 'forced-labour-fishing-fleets-asia',
    headline: 'Migrant fishers describe debt, confiscated passports and months at sea in forced labour testimony',
    standfirst:
      'Labour advocates in Bangkok presented accounts from more than 200 fishers and urged governments to ratify and enforce the ILO convention on work in fishing.',
    body: `**BANGKOK** — Migrant fishers from Myanmar, Cambodia and Indonesia described being held at sea for months, forced to work 20-hour days and stripped of their identity documents, in testimony presented by labour rights groups in Bangkok on Friday.

The groups interviewed 214 fishers who had worked on vessels across the region and in distant waters over the past three years. More than half said they had paid recruitment fees that left them in debt, and about one in four said their passport or seaman's book had been kept by a captain or agent. Several reported physical abuse, and a few described colleagues who died at sea.

"Forced labour in fishing is not a story about one bad boat," said Suda Chaiyaporn, who coordinates a network of migrant workers' organizations. "It is built into a business model where workers are far from land, far from help and deep in debt before they even step on board."

## Reforms and gaps

Thailand has introduced port inspections, electronic payment of wages and other reforms in recent years, and was the first country in Asia to ratify the International Labour Organization's convention on work in fishing. Advocates said those steps had improved conditions in some fleets, but that enforcement was uneven and many abuses occurred on vessels that rarely come into port, supplied by carrier ships at sea.

Ko Min Thant, 29, from Myanmar's Mon State, said he had spent 11 months on a vessel in the Indian Ocean without touching land. "The captain said we would be paid at the end, so we could not leave," Mr. Min Thant said. "When we came back, the agent took most of the money for fees. I went home with less than I borrowed to go."

The groups urged governments in the region to:

- ratify and enforce the ILO Work in Fishing Convention and the Protocol on forced labour;
- ban recruitment fees charged to workers;
- limit transshipment at sea and require satellite tracking of vessels.

"Consumers around the world eat this fish," Ms. Suda said. "Companies that buy it have a responsibility to know who caught it."`,
    type: 'news',
    topics: ['human-rights', 'economic-development'],
    regions: ['asia-pacific'],
    tags: ['forced-labour', 'fisheries', 'migrant-workers'],
    authors: ['rahul-iyer'],
    datelinePlace: 'BANGKOK',
    daysAgo: 64,
    hour: 8,
  },
  {
    slug: 'ukrainian-refugees-work-krakow',
    headline: "From accountant to hotel receptionist and back: Ukrainian refugees rebuild careers in Kraków",
    standfirst:
      "Most working-age Ukrainian refugees in Poland now have jobs. Many are working well below their qualifications, and are finding their own ways to climb back up.",
    body: `**KRAKÓW** — At 7:30 every morning, Iryna Kovalenko opens her laptop at a co-working space near the Vistula river and starts on the accounts of three small Polish companies. Two years ago she was working the night shift at a hotel reception desk across town.

"In Kharkiv I was chief accountant at a firm of 200 people," said Ms. Kovalenko, 44, who fled with her teenage son. "Here I started from zero. No language, no network, a diploma nobody could read. The hotel job was a gift at the time. But I knew I could not stay there."

Poland hosts close to a million Ukrainian refugees, and surveys show that a large majority of those of working age are employed, one of the highest rates in Europe. Economists credit quick access to the labour market, a strong economy and the fact that many Ukrainians already had family or work ties in Poland.

## Working below their skills

The picture is less bright when it comes to the kind of work. Refugee women, who make up the bulk of working-age arrivals, are often employed in cleaning, hospitality and retail, regardless of their training. Teachers, nurses and engineers face long processes to have qualifications recognized.

"Employment numbers look very good, and that matters," said Duarte Almeida, a livelihoods officer with UNHCR in southern Poland. "But a nurse cleaning offices is a loss for her and for a health system that is short of nurses. The next step is helping people get back into their professions."

Local programmes are trying to close that gap. Kraków's city government, employers' associations and refugee-led groups run intensive Polish courses, mentoring schemes and help with recognition of diplomas. Ms. Kovalenko took an evening course in Polish accounting law and passed the exam on her second attempt. Her first client was the hotel that once employed her as a receptionist. "The manager laughed when I came in with my proposal," she said. "Then he signed it."

Refugee organizations said childcare and housing costs remain the main barriers to better jobs. "You cannot take an evening course if nobody can watch your children," said Olena Marchuk, who runs a support group for Ukrainian mothers in the city. "The women who have succeeded usually had a grandmother with them."`,
    type: 'feature',
    topics: ['economic-development', 'humanitarian-aid'],
    regions: ['europe'],
    tags: ['refugees', 'livelihoods', 'ukraine'],
    authors: ['lucas-moreau'],
    datelinePlace: 'KRAKÓW',
    daysAgo: 70,
    hour: 13,
  },
  {
    slug: 'gaziantep-syrian-women-textile-cooperative',
    headline: 'Syrian and Turkish women share a workshop, and its profits, in Gaziantep',
    standfirst:
      'A textile cooperative in the southern Turkish city employs refugees and local women side by side, as families weigh whether to stay or return to Syria.',
    body: `**GAZIANTEP** — A cooperative of Syrian and Turkish women in Gaziantep said on Tuesday it had signed its first export contract, to supply embroidered table linen to a retailer in Germany, in what aid officials described as a sign that refugee livelihoods projects can become self-supporting businesses.

The cooperative, set up five years ago with support from UN agencies and local chambers of commerce, employs 46 women, roughly half of them Syrian refugees. Members own shares, take decisions by vote and split the profits according to hours worked.

"At the start we needed grants for everything, the machines, the rent, the training," said Hatice Yılmaz, the cooperative's Turkish chair. "Now the orders pay for the rent. This contract means we can take on ten more women."

Türkiye hosts one of the largest refugee populations in the world, most of them Syrians, and Gaziantep, close to the border, has absorbed hundreds of thousands. Work permits for refugees have been available for several years, but many Syrians still work informally, without contracts or social security.

## Staying, going, or both

The changing situation in Syria has forced difficult choices. Some members have returned to check on homes in Aleppo; others say they will stay until schools, jobs and safety are more certain.

Rasha al-Hamwi, who fled Aleppo with her three children, has worked at the cooperative since it opened. She said she and her husband were discussing whether he should go back first. "Here I have my work and my friends, Syrian and Turkish," Ms. al-Hamwi said. "There we have a house with no windows. If I go back, I want to go back with a skill and some savings, not with empty hands."

Aid officials said projects that give refugees transferable skills and savings help whatever families decide. "Good livelihoods support does not choose for people," said Kerem Aksoy, a programme manager with an international development agency in the city. "It gives them options." The German order, for 4,000 pieces, is due to ship next month.`,
    type: 'news',
    topics: ['economic-development', 'humanitarian-aid'],
    regions: ['middle-east'],
    tags: ['refugees', 'livelihoods', 'syria'],
    authors: ['yusuf-haddad'],
    datelinePlace: 'GAZIANTEP',
    daysAgo: 75,
    hour: 11,
  },
  {
    slug: 'samoa-reef-scientist-interview',
    headline: "'The reef is our supermarket and our sea wall': a Samoan marine scientist on warming oceans",
    standfirst:
      "Dr. Leilani Fa'asavalu has spent fifteen years monitoring coral around Samoa. She talks about bleaching, fishing villages and why she is not giving up.",
    body: `**APIA** — Dr. Leilani Fa'asavalu runs a small reef monitoring programme from a converted boat shed on Apia's waterfront, training village fishers to survey coral and fish populations alongside scientists. After another season of marine heatwaves across the South Pacific, we asked her what she is seeing underwater. The interview has been edited for length and clarity.

**Q:** What did this year's surveys show?

**A:** More bleaching than we have recorded in any year except one. In some lagoons on the south coast, more than half of the coral turned white. Bleaching is not death, corals can recover if the water cools in time. But every time it happens, fewer recover, and they recover more slowly.

**Q:** Why should people who never see a reef care?

**A:** For us, the reef is the supermarket and the sea wall at the same time. Most coastal families still eat fish they catch themselves, often several times a week. And the reef breaks the waves before they reach the villages. When the coral dies, the reef flattens, the fish leave, and the waves come straight in.

**Q:** What can a small country do about a global problem?

**A:** We cannot cool the ocean by ourselves, that has to come from the big emitters. But we can take away the other stresses so the reef has the best chance. Villages here have set up their own marine protected areas, no fishing zones that the chiefs decide and the families police. Where those exist, the reef bounces back faster.

**Q:** Why involve fishers in the monitoring?

**A:** Because they see the reef every day and I see it a few times a year. A fisher told me about bleaching two weeks before our instruments did. And when the data comes from their own nephew with a clipboard, the village believes it.

**Q:** Are you hopeful?

**A:** I am stubborn, which is more useful. Two years ago we counted baby corals on a reef I had written off. Nature is still trying. The least we can do is try as hard.`,
    type: 'interview',
    topics: ['climate'],
    regions: ['asia-pacific'],
    tags: ['oceans', 'coral-reefs', 'pacific-islands'],
    authors: ['sofia-lindqvist'],
    datelinePlace: 'APIA',
    daysAgo: 82,
    hour: 18,
  },
  {
    slug: 'seville-climate-shelters-heatwave',
    headline: 'Seville opens libraries and schools as climate shelters during heatwave',
    standfirst: 'The city says 60 public buildings will stay open late for residents without air conditioning.',
    body: `**SEVILLE** — Seville opened 60 libraries, civic centres and school buildings as "climate shelters" on Thursday as temperatures in southern Spain passed 42C, offering residents without air conditioning somewhere cool to sit through the hottest hours. City officials said the buildings would remain open until 10 p.m. while the heat warning lasted, with priority for older people, pregnant women and families with babies.

"A heatwave kills quietly, mostly elderly people alone in hot flats," said Carmen Ruiz Ortega, who heads the city's climate resilience office. "A shelter only works if people know it exists, so we are knocking on doors as well as publishing maps." Antonio Morales, 79, who spent the afternoon reading newspapers in a library in the Macarena district, said: "My flat is on the top floor and it is like an oven by three o'clock. Here I can breathe."`,
    type: 'brief',
    topics: ['climate', 'health'],
    regions: ['europe'],
    tags: ['urban-heat', 'heatwaves', 'cities'],
    authors: ['sofia-lindqvist'],
    datelinePlace: 'SEVILLE',
    daysAgo: 88,
    hour: 15,
  },
];
