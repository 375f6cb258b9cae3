// The charts' colours: the page's accent, and a few that stay apart for colour-blind readers
// (Okabe–Ito hues, darkened for contrast on white).

export const ACCENT = '#1f5fa8';
export const ACCENT_SOFT = '#9dbbe0';
export const HIGHLIGHT = '#c05a00';
export const MUTED = '#566173';
export const POSITIVE = '#1f7a4d';
export const NEGATIVE = '#b5484d';

/** Series in a fixed order: created / won, spend / … */
export const SERIES = ['#1f5fa8', '#1f7a4d', '#c05a00', '#7b4ea3', '#b5484d'];

/** MRR movements, each with its own colour: the gains greens and blues, the losses reds. */
export const MOVEMENT_COLORS: Record<string, string> = {
  New: '#1f5fa8',
  Expansion: '#1f7a4d',
  Reactivation: '#6fb08f',
  Contraction: '#e39a62',
  Churn: '#b5484d',
};

/** Widths of the charts in CSS pixels; the SVG scales down with its container (viewBox). */
export const FULL_WIDTH = 1040;
export const HALF_WIDTH = 510;
