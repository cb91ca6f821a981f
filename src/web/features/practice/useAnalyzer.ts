import { useEffect, useState } from 'react';
import type * as Analyzer from './analyzer.ts';

type AnalyzerModule = typeof Analyzer;

let loading: Promise<AnalyzerModule> | null = null;

/** The core analyzer, loaded on first use (its own chunk) and shared by every editor. */
export function useAnalyzer(): AnalyzerModule | null {
  const [mod, setMod] = useState<AnalyzerModule | null>(null);
  useEffect(() => {
    let live = true;
    loading ??= import('./analyzer.ts');
    void loading.then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, []);
  return mod;
}
