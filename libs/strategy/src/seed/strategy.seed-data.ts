/**
 * The AT network's strategic directions for 2021–2024, in Serbian as the network wrote
 * them (shared/seeds), with English alongside. Later plans are added as data by coordinators.
 */
export const STRATEGY_2021_2024 = {
  code: '2021-2024',
  titleSr: 'Strateški pravci delovanja AT mreže za period 2021–2024',
  titleEn: 'Strategic directions of the AT network for 2021–2024',
  startsOn: '2021-01-01',
  endsOn: '2024-12-31',
  goals: [
    {
      code: '1',
      titleSr: 'Unapređenje informisanosti osoba u riziku u cilju prevencije trgovine ljudima',
      titleEn: 'Better informing people at risk, to prevent human trafficking',
    },
    {
      code: '2',
      titleSr: 'Međusektorsko jačanje uvezanosti AT mreže sa relevantnim akterima na lokalnom, nacionalnom i regionalnom nivou',
      titleEn: "Cross-sector strengthening of the AT network's links with relevant actors at local, national and regional level",
    },
    {
      code: '3',
      titleSr: 'Podizanje unutrašnjih kapaciteta AT mreže za adekvatnu prevenciju i reagovanje u slučajevima trgovine ljudima',
      titleEn: "Raising the AT network's internal capacity for adequate prevention of and response to human trafficking",
    },
    {
      code: '4',
      titleSr: 'Povećanje vidljivosti AT mreže kao resursa na lokalnom i nacionalnom nivou',
      titleEn: 'Increasing the visibility of the AT network as a resource at local and national level',
    },
  ],
};
