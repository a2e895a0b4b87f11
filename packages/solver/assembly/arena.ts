// A bump arena above the static data. The wrapper resets it before each call and places inputs
// and outputs in it; solvers take their scratch from it, so hot loops never allocate and the
// module needs no garbage collector (built with --runtime stub, nothing from it is used).

let top: u64 = 0;

export function arenaReset(): void {
  top = (<u64>__heap_base + 15) & ~(<u64>15);
}

/** Returns a 16-byte aligned block of `bytes`, growing memory as needed; 0 when out of memory. */
export function arenaAlloc(bytes: f64): usize {
  if (top == 0) arenaReset();
  if (!(bytes >= 0) || bytes > 4294967296.0) return 0;
  const ptr = top;
  const end = (ptr + <u64>bytes + 15) & ~(<u64>15);
  const have = <u64>memory.size() << 16;
  if (end > have) {
    if (end > (<u64>65536 << 16)) return 0;
    const pages = <i32>((end - have + 0xffff) >> 16);
    if (memory.grow(pages) < 0) return 0;
  }
  top = end;
  // A zero pointer never comes back for a real block: __heap_base is above 0.
  return <usize>ptr;
}

@inline export function f64At(base: usize, i: i32): f64 {
  return load<f64>(base + (<usize>i << 3));
}
@inline export function setF64(base: usize, i: i32, v: f64): void {
  store<f64>(base + (<usize>i << 3), v);
}
@inline export function i32At(base: usize, i: i32): i32 {
  return load<i32>(base + (<usize>i << 2));
}
@inline export function setI32(base: usize, i: i32, v: i32): void {
  store<i32>(base + (<usize>i << 2), v);
}
@inline export function i8At(base: usize, i: i32): i32 {
  return <i32>load<i8>(base + <usize>i);
}
@inline export function setI8(base: usize, i: i32, v: i32): void {
  store<i8>(base + <usize>i, <i8>v);
}
