import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('writes sizes the French way', () => {
    expect(formatFileSize(850)).toBe('850 o');
    expect(formatFileSize(12_300)).toBe('12,3 ko');
    expect(formatFileSize(1_200_000)).toBe('1,2 Mo');
  });
});
