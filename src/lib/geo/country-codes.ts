// ISO 3166-1 numeric (world-atlas ids) to alpha-3, for the countries in and around West Africa.
// Components look countries up by alpha-3 ("NER"), which reads better than "562".
export const iso3ByNumeric: Readonly<Record<string, string>> = {
  '012': 'DZA', '024': 'AGO', '072': 'BWA', '108': 'BDI', '120': 'CMR', '132': 'CPV', '140': 'CAF', '148': 'TCD',
  '178': 'COG', '180': 'COD', '204': 'BEN', '226': 'GNQ', '231': 'ETH', '232': 'ERI', '262': 'DJI', '266': 'GAB',
  '270': 'GMB', '288': 'GHA', '324': 'GIN', '384': 'CIV', '430': 'LBR', '434': 'LBY', '466': 'MLI', '478': 'MRT',
  '504': 'MAR', '562': 'NER', '566': 'NGA', '624': 'GNB', '678': 'STP', '686': 'SEN', '694': 'SLE', '706': 'SOM',
  '716': 'ZWE', '728': 'SSD', '729': 'SDN', '732': 'ESH', '768': 'TGO', '788': 'TUN', '800': 'UGA', '818': 'EGY',
  '854': 'BFA',
};

/** ISO 3166-1 alpha-3 to alpha-2, for the countries our places are in (Intl names countries by alpha-2). */
export const iso2ByIso3: Readonly<Record<string, string>> = {
  BEN: 'BJ', BFA: 'BF', CIV: 'CI', CMR: 'CM', DZA: 'DZ', ETH: 'ET', FRA: 'FR', GHA: 'GH', LBY: 'LY', MLI: 'ML',
  MRT: 'MR', NER: 'NE', NGA: 'NG', SEN: 'SN', TCD: 'TD', TGO: 'TG', USA: 'US',
};
