// The Base Language header's tooltip component, imported by the grid the first time the pointer or
// focus comes to its info button (header.ts): a grid's mount does without it (it was about 20 KB of
// the heap and a good share of the mount-included first render, BENCHMARKS.md note 9).
import '@shoelace-style/shoelace/dist/components/tooltip/tooltip.js';
