/** Fixed-size bitsets over activity positions (Uint32Array words), with the few operations filters need. */
export type Bits = Uint32Array;

export function words(n: number): number {
  return (n + 31) >>> 5;
}

export function empty(n: number): Bits {
  return new Uint32Array(words(n));
}

export function full(n: number): Bits {
  const b = new Uint32Array(words(n)).fill(0xffffffff);
  const rest = n & 31;
  if (rest !== 0) b[b.length - 1] = (1 << rest) - 1;
  return b;
}

export function set(b: Bits, i: number): void {
  b[i >>> 5]! |= 1 << (i & 31);
}

export function clear(b: Bits, i: number): void {
  b[i >>> 5]! &= ~(1 << (i & 31));
}

export function has(b: Bits, i: number): boolean {
  return (b[i >>> 5]! & (1 << (i & 31))) !== 0;
}

export function andInto(target: Bits, other: Bits): void {
  for (let w = 0; w < target.length; w++) target[w]! &= other[w]!;
}

export function orInto(target: Bits, other: Bits): void {
  for (let w = 0; w < target.length; w++) target[w]! |= other[w]!;
}

/** target = target AND NOT other */
export function andNotInto(target: Bits, other: Bits): void {
  for (let w = 0; w < target.length; w++) target[w]! &= ~other[w]!;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function count(b: Bits): number {
  let n = 0;
  for (let w = 0; w < b.length; w++) if (b[w] !== 0) n += popcount32(b[w]!);
  return n;
}

export function countAnd(a: Bits, b: Bits): number {
  let n = 0;
  for (let w = 0; w < a.length; w++) {
    const x = a[w]! & b[w]!;
    if (x !== 0) n += popcount32(x);
  }
  return n;
}

/** Calls fn with every position set in both a and b. */
export function forEachAnd(a: Bits, b: Bits, fn: (position: number) => void): void {
  for (let w = 0; w < a.length; w++) {
    let x = a[w]! & b[w]!;
    while (x !== 0) {
      const low = x & -x;
      fn((w << 5) + (31 - Math.clz32(low)));
      x ^= low;
    }
  }
}
