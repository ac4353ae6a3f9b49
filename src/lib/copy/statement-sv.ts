/** Tillgänglighetsredogörelse enligt lagen (2018:1937) om tillgänglighet till digital offentlig service. */
export const statementSv = {
  title: 'Tillgänglighetsredogörelse',
  intro:
    'Malmö stad står bakom Områdeskartan. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur den uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.',
  sections: [
    {
      heading: 'Hur tillgänglig är kartan?',
      paragraphs: [
        'Områdeskartan är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Målet är full förenlighet med EN 301 549, som motsvarar WCAG 2.1 nivå AA.',
        'Alla funktioner går att använda med tangentbord. På kartan (när den har fokus, med en synlig fokusram och en kort instruktion) går Page Down och Page Up till nästa och föregående område i områdeslistans ordning; kartan centreras på området, som markeras och läses upp med namn och värde. Enter eller mellanslag väljer området, Esc avbryter, piltangenterna flyttar kartan och + och − zoomar. Allt som kartan visar finns också som text: en sammanfattning och en tabell under kartan, områdeslistan, rankningen och jämförelsen. Appen går att använda på svenska och engelska, i helskärmsläge för möten och inbäddad på andra webbplatser.',
      ],
    },
    {
      heading: 'Kända brister',
      paragraphs: [
        'Själva kartbilden är en grafisk yta (canvas). Skärmläsare kan inte läsa enskilda områden i den; samma uppgifter finns i tabellen "Kartan som tabell" och i områdeslistan.',
        'Diagrammen är bilder av värden. Varje diagram har en tabell med samma siffror bredvid sig.',
        'Insatsernas namn och beskrivningar är på svenska även när gränssnittet är på engelska (typer, status, teman, målgrupper och indexets namn är översatta).',
        'Den utskrivna områdeskortet och kartbilden (PNG) är inte taggade dokument för skärmläsare.',
        'Rundturen i visningsläget byter område automatiskt; den går att pausa med en synlig knapp och med mellanslag.',
      ],
    },
    {
      heading: 'Hur vi har testat',
      paragraphs: [
        'Varje ändring testas automatiskt med axe-core (WCAG 2.0, 2.1 A och AA) i normalt läge, inbäddat läge och visningsläge, på svenska och engelska, med områdespanel, jämförelse, rankning, matris, filter och en insatsdetalj öppna. Ett test går igenom appen med bara tangentbordet. Färgerna kontrolleras för kontrast och för vanliga former av färgblindhet. Automatiska tester hittar inte alla brister; granskning med skärmläsare återstår.',
      ],
    },
    {
      heading: 'Kontakta oss',
      paragraphs: [
        'Om du inte kan använda något i Områdeskartan, eller hittar brister som inte står här, kontakta Malmö stads kontaktcenter via malmo.se och be att ärendet skickas till stadskontoret. Vi svarar så snart vi kan.',
      ],
    },
    {
      heading: 'Tillsyn',
      paragraphs: [
        'Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen av lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du anmäla det till Digg.',
      ],
    },
  ],
  diggLink: 'Anmäl bristande tillgänglighet till Digg',
  diggUrl: 'https://www.digg.se/tdosanmalan',
  updated: 'Redogörelsen uppdaterades 23 november 2026.',
};
