import { describe, expect, it } from 'vitest';
import { formatProgress, parseProgress } from './lessonProgress';

describe('lesson progress in storage', () => {
  it('reads back what it wrote', () => {
    expect(parseProgress(formatProgress({ 1: true, 2: false, 3: true }))).toEqual({ 1: true, 2: false, 3: true });
    expect(formatProgress({ 1: true, 2: true, 3: false })).toBe('[1,2]');
  });
  it('treats missing, malformed and foreign values as nothing done, keeping only valid step numbers', () => {
    const none = { 1: false, 2: false, 3: false };
    for (const raw of [null, '', '{', 'null', '"1"', '{"1":true}', '[0,4,"2",null]']) expect(parseProgress(raw)).toEqual(none);
    expect(parseProgress('[3,"x",1,1]')).toEqual({ 1: true, 2: false, 3: true });
  });
});
