/** The functions an item may perform (the `function` parameter). */
export const FUNCTIONS = [
  'computing',
  'memory',
  'lithography',
  'machining',
  'encryption',
  'thermal_imaging',
  'uav',
  'navigation',
  'surveillance',
  'intrusion_software',
  'quantum_computing',
  'telecommunications',
  'computational_lithography',
  'inertial_navigation',
  'aircraft',
] as const;
