import { createSolver, type Solver } from '@cadre/solver';
import { useEffect, useState } from 'react';

// One solver per page load: the WASM module is fetched and instantiated once.
let loading: Promise<Solver> | null = null;

export function useSolver(): { solver: Solver | null; error: Error | null } {
  const [state, setState] = useState<{ solver: Solver | null; error: Error | null }>({ solver: null, error: null });
  useEffect(() => {
    let live = true;
    loading ??= createSolver();
    loading.then(
      (solver) => live && setState({ solver, error: null }),
      (error: Error) => {
        loading = null;
        if (live) setState({ solver: null, error });
      },
    );
    return () => { live = false; };
  }, []);
  return state;
}
