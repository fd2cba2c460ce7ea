// How the published dataset may be reused and cited; stated in every download.
export const datasetLicence = {
  licence: 'CC BY 4.0',
  licence_url: 'https://creativecommons.org/licenses/by/4.0/',
  cite: 'Three Borders, events dataset of the Niger–Mali–Burkina Faso tri-border conflict',
  note: 'Casualty figures are claims: each states who made it. In each group the counted figure (counted: true) is the lowest toll given by an identified party, once any first toll has been replaced by a later one; events sharing an `incident` id may report one attack and are counted once. Claims of attackers killed are never added to deaths of soldiers and civilians.',
} as const;
