/**
 * Replays a precomputed perceptron trace one presentation per tick. This timer paces a
 * replay of a finished 4-point run; it is not a training loop (the worker remains the clock
 * for gradient training).
 */
import { useCallback, useEffect, useState } from 'react';
import type { PerceptronTrace } from './perceptronTrace';

export const SPEEDS = { slow: 1.5, normal: 4, fast: 12 } as const;
export type Speed = keyof typeof SPEEDS;

export interface PerceptronPlayer {
  shown: number;
  playing: boolean;
  speed: Speed;
  setSpeed(s: Speed): void;
  toggle(): void;
  step(): void;
  /** Jumps to the end of the run: the convergence, or the first repeat of a state. */
  finish(): void;
  reset(): void;
}

export function usePerceptronPlayer(trace: PerceptronTrace): PerceptronPlayer {
  const [shown, setShown] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>('normal');
  const n = trace.events.length;
  // A converged run stops at its end; a cycling one keeps going round its loop.
  const endless = trace.result.status === 'cycle';

  useEffect(() => {
    setShown(0);
    setPlaying(false);
  }, [trace]);

  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => {
      setShown((s) => {
        if (!endless && s >= n) return s;
        return s + 1;
      });
    }, 1000 / SPEEDS[speed]);
    return () => clearInterval(id);
  }, [playing, speed, endless, n]);

  useEffect(() => {
    if (playing && !endless && shown >= n) setPlaying(false);
  }, [playing, endless, shown, n]);

  const toggle = useCallback(() => {
    setPlaying((p) => !p);
    setShown((s) => (!endless && s >= n ? 0 : s)); // play again from the start after the end
  }, [endless, n]);
  const step = useCallback(() => {
    setPlaying(false);
    setShown((s) => (endless || s < n ? s + 1 : s));
  }, [endless, n]);
  const finish = useCallback(() => {
    setPlaying(false);
    setShown((s) => Math.max(s, n));
  }, [n]);
  const reset = useCallback(() => {
    setPlaying(false);
    setShown(0);
  }, []);
  return { shown, playing, speed, setSpeed, toggle, step, finish, reset };
}
