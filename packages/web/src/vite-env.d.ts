/// <reference types="vite/client" />

/** Natural Earth 1:50m countries as TopoJSON (world-atlas); typed where it is read (pages/devices/world.ts). */
declare module 'world-atlas/countries-50m.json' {
  const topology: unknown;
  export default topology;
}
