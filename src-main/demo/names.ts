/** Fictional people and places for the demo office; any likeness to real persons is chance. */
export const WOMEN_FIRST = ['Anna', 'Maria', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Elżbieta', 'Zofia', 'Joanna', 'Dorota', 'Jadwiga', 'Beata', 'Łucja', 'Halina', 'Grażyna', 'Bożena', 'Urszula', 'Renata', 'Żaneta'];
export const MEN_FIRST = ['Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Józef', 'Marcin', 'Marek', 'Michał', 'Grzegorz', 'Jerzy', 'Łukasz', 'Zbigniew', 'Ryszard', 'Dariusz', 'Sławomir', 'Wojciech', 'Mirosław', 'Zdzisław', 'Stanisław'];
/** Surnames as [masculine, feminine]. */
export const SURNAMES: [string, string][] = [
  ['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'],
  ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'],
  ['Woźniak', 'Woźniak'], ['Dąbrowski', 'Dąbrowska'], ['Kozłowski', 'Kozłowska'], ['Jankowski', 'Jankowska'],
  ['Mazur', 'Mazur'], ['Kwiatkowski', 'Kwiatkowska'], ['Krawczyk', 'Krawczyk'], ['Piotrowski', 'Piotrowska'],
  ['Grabowski', 'Grabowska'], ['Nowakowski', 'Nowakowska'], ['Pawłowski', 'Pawłowska'], ['Michalski', 'Michalska'],
  ['Żółkiewski', 'Żółkiewska'], ['Łukaszewicz', 'Łukaszewicz'], ['Śliwiński', 'Śliwińska'], ['Ćwikliński', 'Ćwiklińska'],
  ['Leśniak', 'Leśniak'], ['Ząbek', 'Ząbek'], ['Olszewski', 'Olszewska'], ['Jaworski', 'Jaworska'],
];
export const LOCALITIES: { locality: string; postalCode: string; areaType: 'urban' | 'rural'; streets: string[] }[] = [
  { locality: 'Zielona Dolina', postalCode: '26-600', areaType: 'urban', streets: ['Kościuszki', 'Żeromskiego', 'Słowackiego', 'Piłsudskiego', 'Łąkowa', 'Ogrodowa'] },
  { locality: 'Brzózka', postalCode: '26-601', areaType: 'rural', streets: ['Polna', 'Leśna'] },
  { locality: 'Łęgowo', postalCode: '26-602', areaType: 'rural', streets: ['Główna', 'Szkolna'] },
  { locality: 'Świerczyna', postalCode: '26-603', areaType: 'rural', streets: ['Kwiatowa'] },
];
export const BIRTH_PLACES = ['Radom', 'Kielce', 'Zielona Dolina', 'Łódź', 'Warszawa', 'Skarżysko-Kamienna'];
