import { describe, expect, it } from 'vitest';
import { keyAction, stepArea } from './map-keyboard';

const order = ['a', 'b', 'c'];

describe('stepArea', () => {
  it('starts at the first area going forward and the last going back', () => {
    expect(stepArea(order, null, 1)).toBe('a');
    expect(stepArea(order, null, -1)).toBe('c');
  });
  it('steps to the next and previous area in the order', () => {
    expect(stepArea(order, 'a', 1)).toBe('b');
    expect(stepArea(order, 'b', -1)).toBe('a');
  });
  it('wraps at both ends', () => {
    expect(stepArea(order, 'c', 1)).toBe('a');
    expect(stepArea(order, 'a', -1)).toBe('c');
  });
  it('treats an unknown area as none, and has nothing to step to in an empty list', () => {
    expect(stepArea(order, 'x', 1)).toBe('a');
    expect(stepArea([], null, 1)).toBeNull();
  });
});

describe('keyAction', () => {
  it('maps PageDown/PageUp to steps, Enter and Space to select, Escape to clear', () => {
    expect(keyAction('PageDown')).toEqual({ kind: 'step', direction: 1 });
    expect(keyAction('PageUp')).toEqual({ kind: 'step', direction: -1 });
    expect(keyAction('Enter')).toEqual({ kind: 'select' });
    expect(keyAction(' ')).toEqual({ kind: 'select' });
    expect(keyAction('Escape')).toEqual({ kind: 'clear' });
  });
  it('leaves arrows and +/− to MapLibre', () => {
    for (const key of ['ArrowUp', 'ArrowLeft', '+', '-']) expect(keyAction(key)).toBeNull();
  });
});
