/** What time it is, for the notifications' calendar jobs; tests provide their own to move the days. */
export type Clock = () => Date;

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = () => new Date();
