import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';

const flagged = (t: string) => understanding().routeOffline(t).danger;
const asked = (t: string) => understanding().routeOffline(t).dangerCheck;

// A count of people between a verb and its particle is read as the plain word (`counts`).
describe('a count between a verb and its particle or place', () => {
  const yes = [
    'they locked 8 of us in the house',
    'the supervisor locked all three of us in the cooler',
    'he shut the 5 of us in the container',
    'the boss locked me and 2 other girls in the trailer',
    'they locked the girls in the basement',
    'the boss locked all the other women in the barn',
    'they took me and my cousin to a place we dont know',
    'they dragged two of us into the truck',
    'they locked us all in',
  ];
  it('reads it as the word it stands for', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = [
    'most of us work 12 hours and they pay us 2 dollars less',
    'they took care of us when we arrived',
    'can you help me and my friend find a job',
    'the boss keeps the 4 of us in line',
    'they pay all of us late',
    'i locked my phone in the locker',
  ];
  it('leaves counts that hold no harm alone', () => {
    for (const t of no) {
      expect(flagged(t), t).toBe(false);
      expect(asked(t), t).toBe(false);
    }
  });
});
