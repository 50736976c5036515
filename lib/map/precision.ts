/**
 * Every map coordinate (paths, marker positions) is rounded to 0.1 px: finer
 * detail is invisible at the sizes the map is drawn and only makes the SVG
 * larger. One definition, so markers sit exactly on the outlines.
 */
export const roundToTenth = (value: number) => Math.round(value * 10) / 10;
