// SVG user units of every map: 4:3, readable from 320 px phones to desktops.
export const frame = { width: 960, height: 720 } as const;
