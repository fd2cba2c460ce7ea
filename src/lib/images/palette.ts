// The light palette as values, for static images (SVG renderers such as resvg do not read CSS
// custom properties). tests/unit/images.test.ts checks it against src/styles/tokens.css.
export const palette = {
  paper: '#fbfaf7',
  ink: '#1d1d1b',
  'ink-soft': '#4d4a45',
  rule: '#d9d4ca',
  sea: '#dfe9ee',
  land: '#f3efe6',
  'niger-fill': '#ebe2cf',
  border: '#6d6558',
  'region-border': '#a99f8e',
  river: '#5d95b8',
  'kind-attack-on-soldiers': '#b3262b',
  'kind-attack-on-civilians': '#c45a00',
  'kind-political': '#6a3d9a',
  'kind-diplomatic': '#1f6fa8',
  'kind-military': '#2e6b3a',
} as const;
