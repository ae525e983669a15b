import type { Plugin } from 'vite';

export function compactHtmlText(text: string, index: number, last: boolean): string;
export function compactHtmlLiterals(code: string, fileName?: string): string;
export function compactHtmlLiteralsPlugin(): Plugin;
