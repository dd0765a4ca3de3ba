import type { DemoTranslation } from './demo-types.js';

/** The demo stories in Spanish. */
export const DEMO_TRANSLATIONS_ES: DemoTranslation[] = [
  {
    sourceSlug: 'sahel-lean-season-wfp-funding-gap',
    slug: 'el-pma-advierte-de-la-peor-temporada-de-escasez-en-el-sahel',
    headline:
      'El PMA advierte de que el Sahel afronta su peor temporada de escasez en una década por falta de fondos',
    standfirst:
      'La agencia afirma que podría verse obligada a reducir a la mitad las raciones de 3,4 millones de personas en cinco países a partir del mes próximo si los donantes no cubren un déficit de 620 millones de dólares.',
    body: `**DAKAR** — El Programa Mundial de Alimentos (PMA) advirtió el lunes de que millones de personas en el Sahel central se enfrentan a la temporada de escasez más dura de la última década y anunció que se verá obligado a recortar las raciones a partir del mes próximo si los donantes no cubren con urgencia un déficit de financiación de 620 millones de dólares.

La agencia indicó que 3,4 millones de personas de Burkina Faso, Chad, Malí, Mauritania y Níger que reciben actualmente asistencia alimentaria o en efectivo podrían ver reducida su ayuda a la mitad entre junio y septiembre, los meses previos a la cosecha, cuando se agotan las reservas de los hogares.

«Estamos al borde del abismo», afirmó Halima Sesay, directora regional adjunta del PMA para África Occidental y Central. «Las familias ya han vendido su ganado y han sacado a sus hijos de la escuela. Si recortamos ahora, le estaremos quitando a gente a la que ya no le queda nada».

## Lluvias escasas, precios al alza

Una temporada de lluvias tardía e irregular el año pasado dejó las cosechas de cereales en algunas zonas de la región un 30 % por debajo del promedio de los últimos cinco años, según una evaluación conjunta de los gobiernos de la región y las agencias de la ONU. Desde entonces, los precios del mijo y el sorgo se han duplicado en algunos mercados, mientras que la inseguridad ha aislado a los agricultores de sus campos y ha cortado las carreteras que llevan a los mercados. Según la evaluación, en el conjunto de la región hay:

- 12,7 millones de personas que sufren niveles de hambre de crisis o peores
- 1,9 millones de niños menores de cinco años que, según las previsiones, padecerán desnutrición aguda
- más de 4 millones de personas desplazadas por la violencia

«En mi pueblo comíamos tres veces al día. Ahora comemos una sola vez, por la noche, para que los niños puedan dormir», contó por teléfono Aminata Diallo, agricultora de 41 años y madre de seis hijos de la región nigerina de Tillabéri.

El PMA señaló que ha recibido el 28 % de los 1100 millones de dólares que necesita este año en la región. Sesay instó a los donantes a financiar tanto la prevención como la ayuda de emergencia, y puso como ejemplo los programas que pagan a los habitantes de las aldeas por restaurar tierras degradadas y excavar estanques para recoger el agua de lluvia. «Cada dólar que invertimos antes de una crisis ahorra varios después», dijo. «El Sahel no tiene por qué vivir de una emergencia a otra».`,
    datelinePlace: 'DAKAR',
  },
  {
    sourceSlug: 'security-council-renews-south-sudan-mission',
    slug: 'el-consejo-de-seguridad-renueva-la-mision-de-paz-en-sudan-del-sur',
    headline:
      'El Consejo de Seguridad renueva la misión de paz en Sudán del Sur con el foco en la protección de civiles antes de las elecciones',
    standfirst:
      'Trece miembros respaldaron la prórroga de un año; la resolución pide que se presenten en un plazo de seis meses opciones para una futura transición.',
    body: `**NUEVA YORK** — El Consejo de Seguridad prorrogó el jueves por un año más el mandato de la misión de mantenimiento de la paz de las Naciones Unidas en Sudán del Sur y encomendó a sus cerca de 17.000 efectivos militares y policiales que den prioridad a la protección de los civiles mientras el país se prepara para unas elecciones aplazadas en repetidas ocasiones.

Trece de los 15 miembros del Consejo votaron a favor de la resolución y dos se abstuvieron. El texto pide a la misión, conocida como UNMISS, que apoye el registro de votantes y la educación cívica, y que intensifique las patrullas en las zonas donde los enfrentamientos entre grupos armados han desplazado este año a decenas de miles de personas.

«El mandato nos da una orientación clara, pero los mandatos por sí solos no protegen a nadie», declaró desde Yuba tras la votación Thomas Achterberg, oficial superior de asuntos políticos de la misión. «Necesitamos acceso, necesitamos que las partes cumplan sus compromisos y necesitamos recursos para estar presentes allí donde se produce la violencia».

Según fuentes diplomáticas, las negociaciones fueron difíciles: algunos miembros presionaron para incluir una redacción que redujera la presencia de la misión, mientras que otros sostuvieron que cualquier reducción antes de los comicios sería prematura. Un párrafo de compromiso pide al Secretario General que presente en un plazo de seis meses opciones para una futura transición.

> «Los sursudaneses quieren elegir a sus dirigentes sin miedo. Es lo mínimo que debe garantizar un acuerdo de paz».
> — Rebecca Akuol, directora de una red de educación cívica en Yuba

La misión se creó en 2011, cuando Sudán del Sur obtuvo la independencia, y en el momento más crítico de la guerra civil que estalló dos años después llegó a acoger en sus bases a cerca de 200.000 personas. Desde entonces, la mayoría de esos emplazamientos han sido traspasados a las autoridades nacionales.

Akuol, cuya organización forma a jóvenes como observadores en los colegios electorales, afirmó que la seguridad sigue siendo la principal preocupación de las comunidades fuera de la capital. «La gente nos pregunta si es seguro inscribirse. No siempre podemos decirles que sí», dijo. La Oficina de Coordinación de Asuntos Humanitarios de la ONU (OCHA) calcula que alrededor de 9 millones de personas necesitarán asistencia en Sudán del Sur este año.`,
    datelinePlace: 'NUEVA YORK',
  },
  {
    sourceSlug: 'europe-measles-surge-vaccination-gaps',
    slug: 'el-sarampion-se-dispara-en-europa-y-asia-central',
    headline:
      'El sarampión se dispara en Europa y Asia Central por el aumento de las brechas de vacunación, advierten la OMS y UNICEF',
    standfirst:
      'El año pasado se notificaron más de 120.000 casos, y alrededor de medio millón de niños de la región no recibieron la primera dosis.',
    body: `**COPENHAGUE** — Los casos de sarampión en Europa y Asia Central aumentaron bruscamente el año pasado, con más de 120.000 infecciones notificadas en la región, informaron el miércoles la Organización Mundial de la Salud (OMS) y UNICEF, que advirtieron de que las brechas en la vacunación sistemática abiertas durante la pandemia de COVID-19 aún no se han cerrado.

Ambas agencias indicaron que los menores de cinco años representaron alrededor del 40 % de los casos y que se registraron decenas de muertes, la mayoría en países donde la cobertura de la segunda dosis de la vacuna contra el sarampión ha caído por debajo del 85 %. Los expertos sanitarios afirman que se necesita una cobertura del 95 % con dos dosis para frenar la propagación del virus.

«El sarampión es el canario en la mina», afirmó la doctora Katrin Vaher, asesora de inmunización de la Oficina Regional de la OMS para Europa. «Es la más contagiosa de las enfermedades prevenibles mediante vacunación, así que cuando reaparece nos muestra exactamente dónde está fallando el sistema».

## Los niños que se quedaron atrás

El informe calcula que alrededor de medio millón de niños de la región no recibieron su primera dosis contra el sarampión en el último año. Algunos viven en zonas rurales remotas; otros, en periferias urbanas en rápido crecimiento donde los centros de salud no dan abasto, y un número cada vez mayor, en familias que han aplazado la vacunación a causa de la desinformación.

«La pregunta que más nos hacen los padres no es si las vacunas funcionan, sino si son seguras para un bebé tan pequeño», explicó Goran Petković, enfermero pediátrico de un centro de atención primaria de las afueras de Belgrado. «Cuando tenemos tiempo para sentarnos a hablar, la mayoría acaba diciendo que sí. El problema es que rara vez disponemos de ese tiempo».

Las agencias instaron a los gobiernos a:

- organizar campañas de vacunación de recuperación para los niños que no recibieron alguna dosis desde 2020;
- reforzar la vigilancia para detectar los brotes en cuestión de días;
- invertir en personal sanitario capaz de responder en persona a las preguntas de los padres.

UNICEF indicó que en los próximos meses apoyará campañas de recuperación en varios países de los Balcanes y de Asia Central. La región europea de la OMS abarca 53 países, desde la costa atlántica hasta Asia Central.`,
    datelinePlace: 'COPENHAGUE',
  },
  {
    sourceSlug: 'pacific-cyclone-recovery-schools',
    slug: 'las-escuelas-de-fiyi-reabren-con-techos-nuevos',
    headline:
      'Las escuelas de las islas de Fiyi reabren con techos nuevos, pero el dinero para la recuperación tras el ciclón se agota',
    standfirst:
      'Las autoridades educativas afirman que se han reconstruido 140 aulas capaces de resistir tormentas más fuertes, mientras que decenas de escuelas de las islas periféricas siguen dando clase en tiendas de campaña.',
    body: `**SUVA** — Los niños de las islas periféricas de Fiyi volvieron el lunes a unas aulas reconstruidas para resistir los vientos ciclónicos más fuertes, pero las autoridades educativas advirtieron de que la falta de fondos obliga a decenas de escuelas a seguir dando clase bajo lonas más de un año después de que una tormenta arrasara el norte del país.

El Ministerio de Educación informó de que se han reconstruido 140 aulas en las divisiones Norte y Este con cimientos reforzados, anclajes en los tejados y depósitos de agua de lluvia, con el apoyo de UNICEF y la Comunidad del Pacífico. Otras 61 escuelas siguen utilizando espacios de aprendizaje temporales, muchos de ellos tiendas de campaña diseñadas para durar seis meses.

«Las primeras escuelas las reconstruimos como es debido, y esa es la buena noticia», explicó Losana Vakaloloma, alta funcionaria de planificación del ministerio. «La mala noticia es que el dinero se acabó a mitad de la lista, y las escuelas del final de la lista son las más remotas».

## Clases bajo la lluvia

Los docentes de Taveuni y del archipiélago de Lau describen clases interrumpidas por los aguaceros y cuadernos hinchados por la humedad. En varias escuelas, dos cursos comparten una sola tienda, dividida por una lona colgada en el centro.

«Cuando la lluvia arrecia, paramos la clase y subimos los cuadernos a los bancos», contó Mereani Tuilau, directora de una escuela primaria de 84 alumnos en Vanua Balavu. «Los niños ya están acostumbrados. No deberían tener que estarlo».

Las organizaciones humanitarias calculan que completar el programa costará unos 9,5 millones de dólares estadounidenses. Según la Oficina de Coordinación de Asuntos Humanitarios de la ONU (OCHA), a finales del mes pasado el llamamiento conjunto lanzado tras el ciclón estaba financiado al 38 %.

Las escuelas reconstruidas también deben servir como centros de evacuación cuando llegue la próxima tormenta, por lo que, según las autoridades, el retraso es tanto una cuestión de seguridad como de educación. Los Estados insulares del Pacífico figuran entre los países más expuestos a los desastres relacionados con el clima, y los meteorólogos prevén que los ciclones más fuertes de la región se vuelvan más intensos a medida que se calientan los océanos.`,
    datelinePlace: 'SUVA',
  },
  {
    sourceSlug: 'jordan-water-rationing-desalination',
    slug: 'aman-vive-pendiente-del-camion-cisterna',
    headline:
      'Los hogares de Amán organizan su semana en torno al camión cisterna mientras Jordania apuesta por la desalinización',
    standfirst:
      'En uno de los países con mayor escasez de agua del planeta, el suministro por tubería llega una vez por semana a muchos barrios. Un gran proyecto de desalinización tardará años en dar resultados.',
    body: `**AMÁN** — En los barrios del este de Amán, el martes es el día del agua. Los depósitos de las azoteas se llenan durante unas horas, las lavadoras se ponen en marcha y las familias almacenan en bidones todo lo que pueden antes de que el suministro vuelva a cortarse durante una semana.

El Ministerio de Agua de Jordania anunció el domingo que ha ampliado el calendario de racionamiento en varios distritos debido al descenso del nivel de las aguas subterráneas y a unas lluvias invernales inferiores a la media. Los recursos hídricos renovables del país no llegan a 100 metros cúbicos por persona al año, muy por debajo del umbral que utilizan los hidrólogos para definir la escasez absoluta.

«Gestionamos un déficit todos y cada uno de los días», afirmó Khaled Obeidat, ingeniero de la dirección de distribución de agua del ministerio. «La población ha crecido, han llegado refugiados, el clima es más seco y los acuíferos de los que dependemos se bombean más rápido de lo que se recargan. No hay un grifo mágico que podamos abrir».

## Una tubería desde el mar Rojo

La principal esperanza del Gobierno es una gran planta desalinizadora en Áqaba, con una tubería que transportará el agua de mar tratada a lo largo de más de 400 kilómetros hacia el norte, hasta Amán. Según las autoridades, el proyecto suministraría cientos de millones de metros cúbicos al año, pero se prevé que la financiación y la construcción lleven varios años, y la energía necesaria para bombear el agua cuesta arriba es considerable.

Mientras tanto, los vecinos recurren a camiones cisterna privados cuando se vacían los depósitos. Rania Suleiman, madre de cuatro hijos del distrito de Marka, contó que en verano su familia gasta alrededor de una décima parte de sus ingresos mensuales en agua adicional. «Lavo las verduras en un barreño y uso esa agua para fregar el suelo», relató. «Mis hijos saben que no hay que dejar el grifo abierto. Lo saben desde pequeños».

Los agricultores del valle del Jordán, que consume una gran parte del agua del país, se enfrentan a cuotas más estrictas y se les anima a pasarse al riego por goteo y a las aguas residuales tratadas. Las pérdidas por fugas en las tuberías y conexiones ilegales siguen siendo elevadas, y el ministerio indicó que ha comenzado a sustituir las redes más antiguas con el apoyo de prestamistas internacionales.

«Cada litro que se ahorra en la red es un litro que no tenemos que desalinizar», señaló Obeidat.`,
    datelinePlace: 'AMÁN',
  },
  {
    sourceSlug: 'mosul-lay-counsellors-mental-health',
    slug: 'en-mosul-vecinos-formados-como-consejeros-suplen-la-falta-de-psiquiatras',
    headline: 'En Mosul, vecinos formados como consejeros suplen la escasez de psiquiatras',
    standfirst:
      'Un programa respaldado por la Organización Mundial de la Salud enseña a miembros de la comunidad a reconocer la depresión y el trauma, y a saber cuándo derivar a alguien a un especialista.',
    body: `**MOSUL** — La sala de la segunda planta de un centro de atención primaria del oeste de Mosul tiene una alfombra, seis sillas de plástico y una caja de pañuelos de papel. Los martes por la mañana, es allí donde escucha Noor Abdulkareem, una antigua maestra.

Abdulkareem es una de las cerca de 120 personas formadas como consejeros comunitarios en la provincia de Nínive en el marco de un programa que lleva la atención básica de salud mental a los centros de salud corrientes. No tiene título de medicina. Lo que tiene son ocho semanas de formación, la supervisión semanal de un psicólogo y un barrio que la conoce.

«La gente no va a entrar en un edificio que tenga escrito “psiquiatría” en la puerta», explicó. «Pero vienen aquí por la tensión, por la tos de su hijo, y entonces la enfermera les dice: “Hay alguien con quien puede hablar”. Y suben».

## Una ciudad que sigue reconstruyéndose

Años después de la batalla que destruyó gran parte de la ciudad vieja, la reconstrucción es visible en casi todas las calles. Los daños invisibles están tardando más en repararse. El personal sanitario describe un duelo generalizado, insomnio y ansiedad, y una generación de niños que creció entre desplazamientos.

La provincia, donde viven varios millones de personas, solo cuenta con un puñado de psiquiatras, según las autoridades sanitarias locales. El programa de consejeros comunitarios sigue las directrices de la Organización Mundial de la Salud para la atención no especializada: enseña a trabajadores comunitarios a reconocer la depresión, la ansiedad y el estrés postraumático, a ofrecer sesiones estructuradas de resolución de problemas y a derivar los casos graves a los médicos.

«No pretendemos que un consejero pueda tratar una psicosis», aclaró el doctor Firas al-Jubouri, psiquiatra que supervisa a los consejeros en los distritos occidentales de la ciudad. «Pero la mayor parte del sufrimiento no es psicosis. Es una madre que no puede dormir, un joven que ha dejado de salir de casa. Para ellos, cinco buenas conversaciones pueden cambiarles la vida».

La financiación del programa está garantizada hasta finales del año próximo. Los responsables de los centros de salud afirman que la demanda va en aumento y que los hombres, reacios durante mucho tiempo a pedir ayuda, representan ya alrededor de un tercio de las personas derivadas. Abdulkareem aún conserva un cuaderno con los primeros pacientes que atendió. «Algunos ahora traen a sus amigos», cuenta.`,
    datelinePlace: 'MOSUL',
  },
  {
    sourceSlug: 'colombia-venezuelan-migrants-new-registration',
    slug: 'colombia-abre-un-nuevo-registro-para-migrantes-venezolanos',
    headline:
      'Colombia abre un nuevo periodo de registro para los venezolanos que quedaron fuera del estatuto de protección',
    standfirst:
      'Las organizaciones humanitarias afirman que la medida podría sacar del limbo jurídico a cientos de miles de personas y darles acceso al empleo formal, a los servicios de salud y a la escuela.',
    body: `**BOGOTÁ** — Migración Colombia, la autoridad migratoria del país, anunció el viernes que abrirá un nuevo periodo de registro para los venezolanos que llegaron después de la fecha límite de su principal mecanismo de protección temporal, un paso que, según las organizaciones humanitarias, podría sacar del limbo jurídico a cientos de miles de personas.

Colombia acoge a unos 2,8 millones de venezolanos, más que ningún otro país. Desde 2021, la mayoría ha recibido permisos de diez años en virtud del Estatuto Temporal de Protección, que dan acceso al empleo formal, a los servicios de salud y a la escuela. Pero muchos de los que llegaron más recientemente, a menudo sin pasaporte, no han podido solicitarlo.

«Sin papeles no puedes firmar un contrato de trabajo ni abrir una cuenta en el banco, y si te enfermas vas a urgencias y a ver qué pasa», dijo Andreína Salcedo, de 34 años, exmaestra de Maracaibo que vende café en un carrito en la localidad bogotana de Kennedy. «Llevo dos años aquí y legalmente no existo».

La autoridad migratoria indicó que el plazo estará abierto durante seis meses para quienes puedan demostrar que se encontraban en Colombia antes de finales del año pasado. Los niños matriculados en escuelas colombianas tendrán prioridad en la tramitación.

La Agencia de la ONU para los Refugiados (ACNUR) y la Organización Internacional para las Migraciones (OIM), que coordinan conjuntamente la respuesta regional al desplazamiento venezolano, celebraron el anuncio. «La regularización es una de las herramientas de integración más eficaces que hemos visto en cualquier parte del mundo», afirmó Julián Arbeláez, coordinador de los programas de protección del ACNUR en Colombia. «Convierte a personas que dependen de la ayuda en trabajadores que pagan impuestos».

## Persisten las brechas

Las organizaciones de derechos humanos advirtieron de que un permiso por sí solo no acabará con la discriminación ni con los obstáculos que enfrentan los migrantes para que se les reconozcan sus títulos. Según cifras de la ONU, cerca de 8 millones de venezolanos han abandonado su país en la última década, y el plan regional de ayuda de este año cuenta con menos de una quinta parte de los fondos necesarios.

«Un permiso es una puerta», dijo Arbeláez. «La gente todavía necesita ayuda para cruzarla».`,
    datelinePlace: 'BOGOTÁ',
  },
  {
    sourceSlug: 'ethiopia-invasive-mosquito-urban-malaria',
    slug: 'un-mosquito-invasor-lleva-la-malaria-a-las-ciudades-de-etiopia',
    headline: 'Un mosquito invasor está llevando la malaria a las ciudades de Etiopía, advierten los trabajadores sanitarios',
    standfirst:
      'Anopheles stephensi, que se reproduce en depósitos de agua y obras en construcción, está cambiando dónde y cuándo enferma la gente, y las herramientas diseñadas para la malaria rural no dan abasto.',
    body: `**DIRE DAWA** — Trabajadores sanitarios del este de Etiopía advirtieron el jueves de que una especie invasora de mosquito está impulsando los casos de malaria en ciudades donde hace una década la enfermedad apenas se conocía, e instaron a los donantes a no recortar la financiación de los programas de control en un momento en que los casos aumentan.

El mosquito *Anopheles stephensi*, originario del sur de Asia y de la península arábiga, prolifera en recipientes artificiales como depósitos de almacenamiento de agua, cisternas y obras en construcción inundadas. A diferencia de los vectores rurales que transmiten la mayor parte de la malaria en África, se encuentra a sus anchas en las ciudades y puede transmitir el parásito durante la estación seca.

«Antes planificábamos nuestro trabajo contra la malaria en función de las lluvias y de las aldeas», explicó la doctora Hanna Tesfaye, entomóloga de la oficina regional de salud. «Ahora encontramos larvas en el bidón de agua que hay a la puerta de un hospital en pleno centro de la ciudad, en plena estación seca. Eso lo cambia todo en nuestra forma de trabajar».

Las cifras del distrito facilitadas a los periodistas muestran que los casos de malaria atendidos en consulta externa en los centros de salud urbanos de Dire Dawa se han más que triplicado en cuatro años. Los mosquiteros, pilar de la prevención, son menos eficaces frente a un mosquito que suele picar al anochecer, antes de que la gente se acueste.

## Lo que se está probando

La Organización Mundial de la Salud ha instado a los países del Cuerno de África a intensificar la vigilancia de esta especie. En Dire Dawa, los equipos están ensayando varios enfoques a la vez:

- tapar los recipientes de agua de los hogares o tratarlos con larvicida;
- cartografiar los criaderos en las obras y exigir a los contratistas que los drenen;
- diagnosticar y tratar con rapidez los casos de fiebre en los centros de salud urbanos, también por la noche.

«La ciencia nos dice que este mosquito podría poner en riesgo a decenas de millones de personas más en la región», afirmó Samuel Okello, asesor sobre malaria con sede en Adís Abeba. «Las ciudades crecen rápido. Si no nos adelantamos ahora, pasaremos una generación persiguiéndolo».

Los vecinos aseguran que el trabajo se nota. «Vino a casa una joven con una linterna y miró dentro de cada cubo», contó Tigist Alemu, madre de tres hijos del barrio de Sabian. «Mi hijo tuvo malaria el año pasado. No sabía que el mosquito vivía en nuestra propia agua».`,
    datelinePlace: 'DIRE DAWA',
  },
];
