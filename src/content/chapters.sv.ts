// Swedish chapter texts: short summaries in our own words and key figures quoted from the report.
// Every KeyFigure.value is printed on KeyFigure.sourceLine of ../shared/seeds/004_86ad6970ecedb8a8.txt.

import type { ChapterText } from './types.ts';

export const chapterTexts: Record<string, ChapterText> = {
  'generaldirektoren-har-ordet': {
    summary: [
      'Generaldirektören Nils Öberg ser tillbaka på 2025. Året präglades av att myndigheten anställde och lärde upp väldigt många nya medarbetare.',
      'Syftet med rekryteringarna är att de viktigaste förmånerna ska nå godtagbara resultat senast i slutet av 2026. Det handlar framför allt om kortare handläggningstider, bättre tillgänglighet och färre felaktiga utbetalningar.',
      'Enligt generaldirektören har resultaten börjat bli bättre, trots att många nyanställda fortfarande lär sig arbetet. Han lyfter också att myndigheten har fått mer information att kontrollera mot. Det gör det lättare att upptäcka fusk.',
    ],
    keyFigures: [
      { label: 'Rekryteringar under året (fler än)', value: '3 000', unit: 'rekryteringar', sourceLine: 4 },
      { label: 'Fler medarbetare än ett år tidigare (drygt)', value: '1 100', unit: 'personer', sourceLine: 9 },
    ],
  },

  'vart-uppdrag': {
    summary: [
      'Kapitlet beskriver vad Försäkringskassan gör och hur myndigheten är organiserad. Huvuduppgiften är att sköta en stor del av socialförsäkringen. Myndigheten hanterar också andra bidrag och ersättningar.',
      'Arbetet ska vara rättssäkert och effektivt. Den som har rätt till ersättning ska få rätt belopp i tid. Alla ska också kunna få hjälp att förstå sina rättigheter och skyldigheter.',
      'En styrelse som regeringen utser leder myndigheten. Under styrelsen finns generaldirektören, överdirektören och elva avdelningar. Försäkringsavdelningarna har kontakten med de försäkrade, medan övriga avdelningar stödjer och styr.',
    ],
    keyFigures: [
      { label: 'Anställda vid årets slut', value: '13 927', unit: 'personer', sourceLine: 108 },
      { label: 'Orter med verksamhet (ungefär)', value: '60-tal', unit: 'orter', sourceLine: 108 },
    ],
  },

  'resultatredovisningens-uppbyggnad': {
    summary: [
      'Kapitlet förklarar hur resultatdelen av årsredovisningen är uppbyggd och hur Försäkringskassan bedömer sina egna resultat.',
      'Kvaliteten i handläggningen bedöms utifrån fyra perspektiv: utredningar och beslut, skyndsamhet, service och produktivitet. Underlagen är bland annat granskningar av ärenden, indikatorer, kundundersökningen och externa granskningar.',
      'Bara de viktigaste förmånerna redovisas i detalj. En förmån väljs om den har stora utgifter eller kostnader, många beslut eller tydliga problem. Internationell vård är med eftersom handläggningstiderna har varit långa.',
      'Myndigheten har fem mål i regleringsbrevet. Varje mål bedöms som uppfyllt, i huvudsak uppfyllt, delvis uppfyllt eller inte uppfyllt.',
    ],
    keyFigures: [
      { label: 'Förmåner som redovisas i detalj', value: '15', unit: 'förmåner', sourceLine: 352 },
      { label: 'Deras andel av försäkringsutgifterna', value: '94', unit: 'procent', sourceLine: 353 },
      { label: 'Deras andel av förvaltningskostnaderna', value: '82', unit: 'procent', sourceLine: 354 },
      { label: 'Signifikansnivå i kundundersökningen', value: '5', unit: 'procent', sourceLine: 257 },
    ],
  },

  'aret-som-gatt': {
    summary: [
      'Kapitlet ger en överblick över 2025. Det visar hur mycket som betalades ut, hur många som fick pengar och vad verksamheten kostade. Det beskriver också hur handläggningen fungerade.',
      'Utbetalningarna låg på ungefär samma nivå som året innan. Knappt hälften gick till personer som är sjuka eller har en funktionsnedsättning och ungefär en tredjedel till barnfamiljer. Bostadsbidraget minskade kraftigt, medan omvårdnadsbidraget ökade.',
      'Förvaltningskostnaderna steg, främst för att myndigheten anställde många nya handläggare. En större andel av samtalen besvarades och väntetiden i telefon blev kortare. Handläggningstiderna blev kortare för vissa förmåner och längre för andra.',
      'Målet om tillgänglighet och handläggning bedöms som delvis uppfyllt. Telefonin var god och stabil, men antalet pågående ärenden minskade bara för knappt hälften av förmånerna.',
    ],
    keyFigures: [
      { label: 'Utbetalt från försäkringen', value: '262 114', unit: 'miljoner kronor', sourceLine: 563 },
      { label: 'Förvaltningskostnader', value: '11 520', unit: 'miljoner kronor', sourceLine: 795 },
      { label: 'Beslut under året', value: '21,5', unit: 'miljoner beslut', sourceLine: 983 },
      { label: 'Rekryteringar', value: '3 416', unit: 'rekryteringar', sourceLine: 960 },
      { label: 'Besvarade samtal (tillgänglighet i telefon)', value: '87', unit: 'procent', sourceLine: 1333 },
      { label: 'Genomsnittlig väntetid i telefon', value: '8', unit: 'minuter', sourceLine: 1335 },
    ],
  },

  'formaner-till-barn-och-familjer': {
    summary: [
      'Kapitlet handlar om barnbidrag, bostadsbidrag, underhållsstöd, föräldrapenning och tillfällig föräldrapenning. För varje förmån beskrivs kvalitet, handläggningstider, service och kostnader.',
      'Efter ett år med färre anställda växte köerna och flera handläggningstider blev längre, trots många nyanställningar. Underhållsstödet är undantaget: där gick handläggningen betydligt snabbare. Föräldrapenning och tillfällig föräldrapenning handläggs fortfarande snabbt.',
      'Bostadsbidraget fick ett nytt handläggningssystem, vilket tillfälligt gjorde handläggningen långsammare. Antalet som får bostadsbidrag fortsatte att minska, och tilläggsbidraget till barnfamiljer upphörde i juli 2025.',
      'Myndigheten gjorde fler kontroller före utbetalning, framför allt inom tillfällig föräldrapenning. Servicen i telefon bedöms som mycket god för alla fem förmånerna.',
    ],
    keyFigures: [
      { label: 'Handläggningstid, underhållsstöd', value: '59', unit: 'dagar i genomsnitt', sourceLine: 2004 },
      { label: 'Handläggningstid, bostadsbidrag', value: '47', unit: 'dagar i genomsnitt', sourceLine: 2002 },
      { label: 'Automatiska beslut om föräldrapenning', value: '73', unit: 'procent', sourceLine: 2089 },
      { label: 'Stoppade felaktiga utbetalningar, föräldrapenning och tillfällig föräldrapenning (cirka)', value: '72,2', unit: 'miljoner kronor', sourceLine: 1687 },
      { label: 'Barnfamiljer som fick tilläggsbidrag', value: '109 000', unit: 'barnfamiljer', sourceLine: 2322 },
      { label: 'Utbetalt tilläggsbidrag', value: '398,0', unit: 'miljoner kronor', sourceLine: 2323 },
    ],
  },

  'mal-for-foraldraforsakringen': {
    summary: [
      'Målet är att Försäkringskassan ska göra det lättare för kvinnor och män att dela lika på föräldrapenning och tillfällig föräldrapenning. Informationen ska ge föräldrar bättre kunskap om reglerna och om vad fördelningen betyder på lång sikt.',
      'Försäkringskassan bedömer att målet är uppfyllt. Myndigheten har informerat brett, främst i digitala kanaler. Den har också vänt sig till grupper som tar ut få dagar. Exempel är egenföretagare och föräldrar som talar andra språk.',
      'Själva uttaget har ändå inte blivit mer jämställt. Männens andel av föräldrapenningdagarna har legat runt 30 procent sedan 2018 och minskade något 2025. Vid vård av sjukt barn minskade männens andel också.',
    ],
    keyFigures: [
      { label: 'Männens andel av föräldrapenningdagarna', value: '30,6', unit: 'procent', sourceLine: 2385 },
      { label: 'Männens andel av dagarna för vård av sjukt barn', value: '37,4', unit: 'procent', sourceLine: 2397 },
      { label: 'Männens andel av all tillfällig föräldrapenning', value: '43,8', unit: 'procent', sourceLine: 2401 },
      { label: 'Besökare på webbens föräldrasidor', value: '5,7', unit: 'miljoner personer', sourceLine: 2432 },
      { label: 'Visningar av inlägg på Facebook', value: '60,5', unit: 'miljoner visningar', sourceLine: 2436 },
    ],
  },

  'formaner-vid-funktionsnedsattning': {
    summary: [
      'Kapitlet redovisar assistansersättning och omvårdnadsbidrag.',
      'Assistansersättningen hade ett stabilt år. Handläggningstiden blev kortare, antalet pågående ärenden minskade och fler utbetalningsbeslut fattades automatiskt. Kostnaden per beslut sjönk något.',
      'Omvårdnadsbidraget får fortfarande många ansökningar. Myndigheten anställde fler handläggare och blev mer effektiv, men handläggningstiden och kön växte ändå. Mot slutet av året började antalet pågående ärenden per månad minska.',
      'Fler föräldrar ansöker nu gemensamt om omvårdnadsbidrag för samma barn. Det kan bidra till att omsorgen om barnet delas mer jämställt.',
    ],
    keyFigures: [
      { label: 'Handläggningstid, assistansersättning', value: '130', unit: 'dagar i genomsnitt', sourceLine: 2916 },
      { label: 'Handläggningstid, omvårdnadsbidrag', value: '115', unit: 'dagar i genomsnitt', sourceLine: 2890 },
      { label: 'Pågående ärenden, omvårdnadsbidrag', value: '43 287', unit: 'ärenden', sourceLine: 2907 },
      { label: 'Automatiska beslut om utbetalning av assistansersättning', value: '49', unit: 'procent', sourceLine: 2924 },
      { label: 'Förändring av kostnad per beslut, omvårdnadsbidrag', value: '–19,6', unit: 'procent', sourceLine: 3056 },
      { label: 'Föräldrar som ansökt gemensamt om omvårdnadsbidrag', value: '54', unit: 'procent', sourceLine: 2864 },
    ],
  },

  'mal-for-assistansersattningen': {
    summary: [
      'Målet är att assistansersättningen ska handläggas med hög kvalitet och vara rättssäker och likvärdig i hela landet. Den som har rätt ska få ersättning, den som inte har rätt ska inte få det, och fusk ska förebyggas.',
      'Försäkringskassan bedömer att målet är uppfyllt. Besluten bedöms vara likvärdiga mellan kvinnor och män och mellan olika delar av landet. Skillnaderna som finns håller nämligen inte i sig över tid.',
      'Kontrollen bedöms vara god med de regler som finns i dag. Myndigheten anser samtidigt att lagen inte räcker för att fullt ut stoppa brottslighet. Nya regler från december 2025 ger något större möjligheter att hämta in uppgifter.',
    ],
    keyFigures: [
      { label: 'Ansökningar som fick avslag', value: '67', unit: 'procent', sourceLine: 3125 },
      { label: 'Avslutade kontrollutredningar', value: '359', unit: 'utredningar', sourceLine: 3221 },
      { label: 'Polisanmälningar efter kontrollutredning', value: '40', unit: 'anmälningar', sourceLine: 3226 },
      { label: 'Anmälningar till IVO om assistansanordnare', value: '38', unit: 'anmälningar', sourceLine: 3195 },
      { label: 'Automatiska beslut om utbetalning', value: '49', unit: 'procent', sourceLine: 3210 },
    ],
  },

  'formaner-vid-sjukdom-och-nedsatt-arbetsformaga': {
    summary: [
      'Kapitlet redovisar aktivitetsersättning, sjukersättning och sjukpenning.',
      'Myndigheten fick mer pengar och kunde anställa fler. Kontrollerna visade få fel, och kvaliteten i handläggningen bedöms som god.',
      'För sjukpenning blev handläggningen snabbare och kön kortare. Telefonin blev betydligt bättre. Arbetsgivarna skickade in många fler planer för återgång i arbete, och fler avstämningsmöten hölls.',
      'För sjukersättning blev handläggningstiderna längre än önskat, eftersom bemanningen var låg under 2024. Även aktivitetsersättning vid förlängd skolgång tog längre tid än önskat.',
    ],
    keyFigures: [
      { label: 'Handläggningstid, sjukpenning', value: '22', unit: 'dagar i genomsnitt', sourceLine: 3850 },
      { label: 'Handläggningstid, sjukersättning', value: '112', unit: 'dagar i genomsnitt', sourceLine: 3848 },
      { label: 'Besvarade samtal om sjukpenning', value: '92', unit: 'procent', sourceLine: 3984 },
      { label: 'Planer för återgång i arbete från arbetsgivare (cirka)', value: '98 000', unit: 'planer', sourceLine: 3827 },
      { label: 'Avstämningsmöten inom sjukpenning', value: '67 490', unit: 'möten', sourceLine: 3685 },
      { label: 'Uppföljningar av sjukersättning (cirka)', value: '38 000', unit: 'uppföljningar', sourceLine: 3584 },
    ],
  },

  'mal-for-sjukforsakringen': {
    summary: [
      'Målet är att sjukförsäkringen ska ge ekonomisk trygghet och effektivt stöd tillbaka till arbete. Försäkringskassan ska tidigt ta reda på om den sjukskrivna behöver rehabilitering.',
      'Försäkringskassan bedömer att målet i huvudsak är uppfyllt. Arbetet med sjukpenning gav tydliga förbättringar. Men fortfarande går få unga med aktivitetsersättning vidare till arbete eller studier.',
      'Sjukfrånvaron minskade något. Ohälsotalet sjönk, färre nya sjukfall startade och sjukfallen blev kortare. Kvinnor har fortfarande betydligt högre sjukfrånvaro än män.',
      'Antalet personer med sjukersättning minskade, medan fler fick aktivitetsersättning. Kapitlet beskriver också samarbetet med vården, arbetsgivare, Arbetsförmedlingen och samordningsförbunden.',
    ],
    keyFigures: [
      { label: 'Ohälsotalet', value: '22,0', unit: 'dagar per försäkrad', sourceLine: 4179 },
      { label: 'Personer med sjukpenning i december', value: '212 929', unit: 'personer', sourceLine: 4306 },
      { label: 'Nya sjukfall per månad (januari–september)', value: '46 300', unit: 'sjukfall', sourceLine: 4335 },
      { label: 'Personer med sjukersättning i december', value: '214 152', unit: 'personer', sourceLine: 4479 },
      { label: 'Personer med aktivitetsersättning i december', value: '34 440', unit: 'personer', sourceLine: 4622 },
      { label: 'Nybeviljade sjukersättningar', value: '9 900', unit: 'personer', sourceLine: 4497 },
    ],
  },

  'formaner-inom-arbetsmarknadsomradet-tandvard-och-internationell-vard': {
    summary: [
      'Kapitlet omfattar ersättningar till deltagare i arbetsmarknadsprogram, det statliga tandvårdsstödet och ersättning för vård i andra länder.',
      'För aktivitetsstöd, utvecklingsersättning och etableringsersättning fattades fler beslut automatiskt. Nästan alla utbetalningar gick ut i tid och väntetiden i telefon blev kortare. Nya regler för ersättningen började gälla i oktober 2025.',
      'Tandvårdsstödet är nästan helt automatiserat och de flesta beslut fattas direkt. Många nya utredare anställdes. Det gav tillfälligt färre sanktioner och polisanmälningar, eftersom erfarna utredare handledde de nya.',
      'Inom internationell vård har handläggningen länge tagit för lång tid. Handläggningstiderna och köerna minskade under 2025. För vård utomlands är de ändå fortfarande för långa.',
    ],
    keyFigures: [
      { label: 'Automatiska beslut, arbetsmarknadsersättningar', value: '69', unit: 'procent', sourceLine: 5118 },
      { label: 'Utbetalningar i tid, arbetsmarknadsersättningar', value: '94,2', unit: 'procent', sourceLine: 5299 },
      { label: 'Återkrävt efter efterhandskontroller, tandvårdsstöd', value: '32 166', unit: 'tusen kronor', sourceLine: 5498 },
      { label: 'Handläggningstid, vård utomlands', value: '262', unit: 'dagar i genomsnitt', sourceLine: 5734 },
      { label: 'Ärenden i kö, vård utomlands', value: '22 700', unit: 'ärenden', sourceLine: 5730 },
      { label: 'Utbetald ersättning för vård utomlands', value: '444', unit: 'miljoner kronor', sourceLine: 5736 },
    ],
  },

  'mal-for-minskade-felaktiga-utbetalningar': {
    summary: [
      'Målet är att felaktiga utbetalningar och brott mot välfärdssystemen ska minska. Kapitlet redovisar upptäckta fel, kontrollutredningar, polisanmälningar, återkrav och skulder till myndigheten.',
      'Försäkringskassan bedömer att målet är delvis uppfyllt. Felaktiga utbetalningar är fortfarande omfattande, och bidragsbrott är den största risken.',
      'Färre felaktiga utbetalningar upptäcktes än 2024. Det beror främst på att färre fel hittades när bostadsbidragen stämdes av mot den slutliga inkomsten. Räknar man bort bostadsbidraget var nivån ungefär oförändrad. Polisanmälningarna ökade.',
      'Myndigheten anställde fler kontrollutredare och inrättade en särskild avdelning mot bidragsbrott från februari 2026. Nya uppgifter från arbetsgivarnas deklarationer väntas ge bättre kontroller.',
    ],
    keyFigures: [
      { label: 'Upptäckta felaktiga utbetalningar', value: '178 767', unit: 'utbetalningar', sourceLine: 5948 },
      { label: 'Belopp för upptäckta felaktiga utbetalningar', value: '2 038,1', unit: 'miljoner kronor', sourceLine: 6014 },
      { label: 'Uppskattat felaktigt utbetalt belopp', value: '10 202', unit: 'miljoner kronor', sourceLine: 6398 },
      { label: 'Avslutade kontrollutredningar', value: '28 925', unit: 'utredningar', sourceLine: 6468 },
      { label: 'Polisanmälningar', value: '9 097', unit: 'anmälningar', sourceLine: 6777 },
      { label: 'Återkrävt belopp', value: '1 811,8', unit: 'miljoner kronor', sourceLine: 7391 },
    ],
  },

  'gemensamma-nyckeltal-och-nyckeltal-per-forman': {
    summary: [
      'Kapitlet samlar de viktigaste nyckeltalen för de redovisade förmånerna i gemensamma tabeller. Här finns utgifter, förvaltningskostnader, antal mottagare, beslut och utbetalningar.',
      'Det finns också tabeller över kostnad per beslut, handläggningstider, pågående ärenden, felaktiga utbetalningar, interna kontroller och omprövningar. De flesta uppgifter visas för tre år och för kvinnor och män var för sig.',
      'Kapitlet innehåller inga nya bedömningar. Det fungerar som en uppslagsdel till de andra kapitlen.',
    ],
    keyFigures: [
      { label: 'Försäkringsutgifter totalt', value: '262 114', unit: 'miljoner kronor', sourceLine: 7666 },
      { label: 'Förvaltningskostnader totalt', value: '11 520', unit: 'miljoner kronor', sourceLine: 7714 },
      { label: 'Utbetalningar totalt', value: '61 234 902', unit: 'utbetalningar', sourceLine: 7901 },
      { label: 'Beslut totalt', value: '21 485 765', unit: 'beslut', sourceLine: 7826 },
      { label: 'Upptäckta felaktiga utbetalningar', value: '124 081', unit: 'utbetalningar', sourceLine: 8050 },
      { label: 'Inkomna begäranden om omprövning', value: '51 334', unit: 'begäranden', sourceLine: 8235 },
    ],
  },

  'medarbetare-och-kompetensforsorjning': {
    summary: [
      'Kapitlet handlar om hur Försäkringskassan rekryterar, utvecklar och behåller sin personal.',
      'Året präglades av många nyanställningar. Myndigheten fick mer pengar för att korta handläggningstiderna, öka tillgängligheten och motverka bidragsbrott. Erfarna medarbetare lade mycket tid på att lära upp de nya.',
      'Personalomsättningen och sjukfrånvaron låg kvar på ungefär samma nivå som 2024. Antalet utbildningsdeltagare och övertidstimmar ökade kraftigt. Myndigheten bedömer att kompetensförsörjningen har fungerat väl.',
    ],
    keyFigures: [
      { label: 'Anställda vid årets slut', value: '13 927', unit: 'personer', sourceLine: 8375 },
      { label: 'Årsarbetskrafter', value: '11 554', unit: 'årsarbetskrafter', sourceLine: 8387 },
      { label: 'Rekryteringar', value: '3 416', unit: 'rekryteringar', sourceLine: 8420 },
      { label: 'Personalomsättning', value: '6,8', unit: 'procent', sourceLine: 8519 },
      { label: 'Sjukfrånvaro', value: '5,6', unit: 'procent', sourceLine: 8541 },
      { label: 'Hot, kränkningar och andra påverkansförsök mot medarbetare', value: '1 613', unit: 'fall', sourceLine: 8607 },
    ],
  },

  verksamhetsutveckling: {
    summary: [
      'Kapitlet beskriver hur Försäkringskassan utvecklar sina it-system, e-tjänster och arbetssätt.',
      'Under 2025 fortsatte arbetet med att ersätta gamla system och bygga en gemensam plattform. Mycket av utvecklingen gick åt till nya regler och nödvändigt underhåll, så annan utveckling fick vänta.',
      'Nya och bättre e-tjänster ska göra det lättare att lämna rätt uppgifter. Fler automatiska kontroller och uppgifter från Skatteverket ska göra det lättare att upptäcka fel och bidragsbrott.',
      'Myndigheten förberedde också en ny avdelning mot bidragsbrott och stärkte sin beredskap för kris och krig. Arbetet med det tidigare elstödet pågår fortfarande i liten skala.',
    ],
    keyFigures: [
      { label: 'Kostnad för digital utveckling', value: '566 876', unit: 'tusen kronor', sourceLine: 8897 },
      { label: 'Ökning av utvecklingskostnaden', value: '6', unit: 'procent', sourceLine: 8908 },
      { label: 'Arbetade timmar i digital utveckling', value: '799 618', unit: 'timmar', sourceLine: 8906 },
      { label: 'Kostnad för arbetet med elstöd', value: '1,8', unit: 'miljoner kronor', sourceLine: 9060 },
      { label: 'Elstödsärenden kvar vid årets slut (cirka)', value: '36 400', unit: 'ärenden', sourceLine: 9082 },
    ],
  },

  'arbetet-med-manskliga-rattigheter': {
    summary: [
      'Kapitlet beskriver hur Försäkringskassan arbetar med mänskliga rättigheter. Det gäller nationella minoriteter, barns rättigheter, funktionshinderspolitik och jämställdhet.',
      'Myndigheten har haft samråd med företrädare för nationella minoriteter. De upplever att myndigheten vet för lite om deras situation. Myndigheten arbetar nu med att sprida mer kunskap internt.',
      'Arbetet mot mäns våld mot kvinnor påverkades av kritik från JO. Frågor om våld får bara ställas när svaren behövs för beslutet i ärendet. Arbetssätten har därför setts över.',
      'Fler medarbetare vet nu hur man gör en orosanmälan om ett barn. Inom omvårdnadsbidrag informerar handläggarna också oftare om att föräldrar kan dela på ersättningen.',
    ],
    keyFigures: [
      { label: 'Medarbetare som vet hur en orosanmälan görs', value: '72', unit: 'procent', sourceLine: 9135 },
      { label: 'Orosanmälningar', value: '456', unit: 'anmälningar', sourceLine: 9138 },
      { label: 'Medarbetare och chefer som utbildats om jämställdhet och våld (cirka)', value: '2 500', unit: 'personer', sourceLine: 9209 },
      { label: 'Utredare inom sjukpenning som frågar alla eller de flesta om våld (cirka)', value: '83', unit: 'procent', sourceLine: 9305 },
      { label: 'Tryckta exemplar av dialogverktyget Jobba i Sverige', value: '14 550', unit: 'exemplar', sourceLine: 9369 },
    ],
  },

  'stabs-och-expertfunktionen': {
    summary: [
      'Kapitlet beskriver Försäkringskassans roll som kunskapskälla och expert åt regeringen.',
      'Myndigheten tar fram analyser och officiell statistik om socialförsäkringen. Den finansierar också forskning om psykisk ohälsa och arbetsliv tillsammans med forskningsrådet Forte.',
      'Försäkringskassan deltar i nordiskt och europeiskt samarbete om social trygghet. Myndigheten leder också beredskapssektorn Ekonomisk säkerhet, som ska se till att utbetalningar fungerar även vid kris och krig.',
    ],
    keyFigures: [
      { label: 'Socialförsäkrings- och forskarrapporter', value: '9', unit: 'rapporter', sourceLine: 9425 },
      { label: 'Årlig ram för forskning enligt regleringsbrevet', value: '8,9', unit: 'miljoner kronor', sourceLine: 9443 },
      { label: 'Utbetalt till forskningsprojekt med Forte', value: '8,5', unit: 'miljoner kronor', sourceLine: 9450 },
      { label: 'Besvarade frågor om statistik per år (cirka)', value: '600', unit: 'frågor', sourceLine: 9512 },
      { label: 'Chefer som ska utbildas i ledarskap i kris och krig (cirka)', value: '2 000', unit: 'chefer', sourceLine: 9689 },
    ],
  },

  'avgiftsbelagd-verksamhet': {
    summary: [
      'Kapitlet redovisar verksamhet där Försäkringskassan tar betalt. Det gäller till exempel tjänster till Pensionsmyndigheten, Försvarsmakten och andra myndigheter.',
      'De största intäkterna kom från it-drift åt andra myndigheter och från tjänster till Pensionsmyndigheten. Tjänsterna till Pensionsmyndigheten gick med underskott 2025, eftersom mer it-utveckling gjordes än planerat.',
      'En del kostnader, till exempel för att administrera statens fordringar, täcks bara delvis av avgifter. Resten betalas med anslag.',
    ],
    keyFigures: [
      { label: 'Intäkter från samordnad och säker statlig it-drift', value: '255 228', unit: 'tusen kronor', sourceLine: 9875 },
      { label: 'Intäkter från Pensionsmyndigheten', value: '207 770', unit: 'tusen kronor', sourceLine: 9823 },
      { label: 'Årets resultat, tjänster till Pensionsmyndigheten', value: '–61 825', unit: 'tusen kronor', sourceLine: 9827 },
      { label: 'Ersättning från Försvarsmakten', value: '18,3', unit: 'miljoner kronor', sourceLine: 9754 },
      { label: 'Avgifter för administration av statlig fordran', value: '8 184', unit: 'tusen kronor', sourceLine: 9738 },
    ],
  },

  'finansiell-redovisning': {
    summary: [
      'Kapitlet innehåller räkenskaperna: resultaträkning, balansräkning, anslagsredovisning, finansieringsanalys och noter.',
      'Resultaträkningen visar både myndighetens egna kostnader och de stora belopp som betalas ut som bidrag och ersättningar. Myndigheten tar också emot socialavgifter och fördelar dem vidare till staten och pensionssystemet.',
      'Årets kapitalförändring blev negativ, och myndighetskapitalet minskade. Driftkostnaden per årsarbetskraft ökade jämfört med året innan.',
    ],
    keyFigures: [
      { label: 'Lämnade bidrag och ersättningar', value: '–262 126', unit: 'miljoner kronor', sourceLine: 9990 },
      { label: 'Verksamhetens kostnader', value: '–11 521', unit: 'miljoner kronor', sourceLine: 9940 },
      { label: 'Socialavgifter i uppbörden', value: '764 191', unit: 'miljoner kronor', sourceLine: 9948 },
      { label: 'Årets kapitalförändring', value: '–648', unit: 'miljoner kronor', sourceLine: 9994 },
      { label: 'Summa tillgångar', value: '12 991', unit: 'miljoner kronor', sourceLine: 10033 },
      { label: 'Driftkostnad per årsarbetskraft', value: '939', unit: 'tusen kronor', sourceLine: 10678 },
    ],
  },

  'intern-styrning-och-kontroll': {
    summary: [
      'Kapitlet redovisar hur myndigheten ser till att verksamheten styrs, följs upp och kontrolleras på ett säkert sätt.',
      'Ekonomin har varit ansträngd i flera år, och utvecklingen av nya system har fått stå tillbaka. Risken att myndigheten inte klarar den digitala omställningen bedöms ha ökat.',
      'Inga väsentliga brister hittades. Säkerhets- och beredskapsarbetet pekas ut som ett område som behöver förbättras. Sammantaget bedöms den interna styrningen och kontrollen som betryggande.',
    ],
    keyFigures: [
      { label: 'Rapporter till visselblåsarfunktionen', value: '22', unit: 'rapporter', sourceLine: 12310 },
      { label: 'Avslutade visselblåsarärenden', value: '13', unit: 'ärenden', sourceLine: 12312 },
    ],
  },

  'beslut-om-arsredovisningen': {
    summary: [
      'Här fastställer styrelsen årsredovisningen. Styrelsen intygar att den ger en rättvisande bild av resultatet, kostnaderna, intäkterna och den ekonomiska ställningen.',
      'Styrelsen bedömer också att den interna styrningen och kontrollen har varit betryggande under året. Beslutet är undertecknat av styrelsens ledamöter, däribland generaldirektören.',
    ],
    keyFigures: [
      { label: 'Årsredovisningen fastställdes', value: '12 februari 2026', unit: '', sourceLine: 12360 },
    ],
  },

  formansforteckning: {
    summary: [
      'Kapitlet ger en kort beskrivning av de förmåner som årsredovisningen redovisar i detalj.',
      'Där framgår vem som kan få varje ersättning och vad den är till för. Ofta anges också åldersgränser.',
    ],
    keyFigures: [
      { label: 'Första assistanstimmarna som kommunen betalar', value: '20', unit: 'timmar', sourceLine: 12399 },
      { label: 'Ålder för unga som kan få bostadsbidrag', value: '18–28', unit: 'år', sourceLine: 12407 },
      { label: 'Föräldrapenning kan tas ut tills barnet fyller', value: '12', unit: 'år', sourceLine: 12415 },
    ],
  },
};
