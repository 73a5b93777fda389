export const TRL_MIN = 1;
export const TRL_MAX = 9;

export const TRL_LABELS: Record<number, string> = {
  1: 'Basic principles observed',
  2: 'Technology concept formulated',
  3: 'Analytical / experimental proof of concept',
  4: 'Validated in the lab',
  5: 'Validated in a relevant environment',
  6: 'Prototype demonstrated in a relevant environment',
  7: 'Prototype demonstrated in an operational environment',
  8: 'System qualified',
  9: 'Proven in operations',
};
