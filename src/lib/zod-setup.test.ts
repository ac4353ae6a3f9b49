// @vitest-environment node
import { z } from 'zod';
import './zod-setup';

// Importing the set-up module alone is enough: the CLI scripts and tests get no other.
describe('zod set-up', () => {
  it('parses without compiling code (a strict CSP forbids eval)', () => {
    expect(z.config().jitless).toBe(true);
  });
  it('gives our Swedish messages for a missing field and a wrong type', () => {
    expect(z.number().safeParse(undefined).error?.issues[0]?.message).toBe('Fältet saknas (ska vara ett tal)');
    expect(z.number().safeParse('1').error?.issues[0]?.message).toBe('Ogiltig inmatning: förväntade ett tal, fick text');
    expect(z.number().positive().safeParse(0).error?.issues[0]?.message).toBe('Talet måste vara större än 0');
  });
  it("gives the Swedish locale's message for the rest", () => {
    expect(z.string().min(3).safeParse('a').error?.issues[0]?.message).toBe('För lite(t): förväntade string att ha >=3 tecken');
  });
});
